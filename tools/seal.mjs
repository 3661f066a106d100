// Seals a built site (Trunk's post-build hook, after every other step: tools/post_build.sh) so that a page
// runs exactly the bytes of one release:
//   1. the wasm-bindgen glue becomes part of widget.js (esbuild bundles it, terser minifies the result), so
//      the page's `integrity` on widget.js covers it, and pronote-delegation.js is no longer shipped;
//   2. widget.js gets the release's version (Cargo.toml) and the sha384 hashes of the wasm and widget.css,
//      which it fetches with them and refuses on any difference;
//   3. every page of the site pins widget.js, widget.css and the wasm preload with their hashes
//      (`integrity` + `crossorigin`), and shows the version where it says `@version@`.
// widget.js cannot hold its own hash, so the pages carry it; the widget reads it from the page's tag for
// the embed code.
//
//   node tools/seal.mjs <site folder>
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { minify } from 'terser';

const GLUE = 'pronote-delegation.js';
const WASM = 'pronote-delegation_bg.wasm';

/** The Subresource Integrity hash of a file's bytes. */
export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The version in Cargo.toml's [package] table (its first `version = "…"` line). */
export function cargoVersion(cargoToml = join(import.meta.dirname, '..', 'Cargo.toml')) {
  const found = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m.exec(readFileSync(cargoToml, 'utf8'));
  if (!found) throw new Error(`${cargoToml}: no version in [package]`);
  return found[1];
}

// Replaces each placeholder exactly once: a placeholder left or missing is a build error, never a file
// that loads unverified.
function fill(text, values, where) {
  for (const [placeholder, value] of Object.entries(values)) {
    const count = text.split(placeholder).length - 1;
    if (count !== 1) throw new Error(`${where}: ${placeholder} found ${count} times, expected once`);
    text = text.replace(placeholder, value);
  }
  return text;
}

// Adds `integrity` and `crossorigin` to each tag naming `file` in `attribute` (src or href), in place of any
// the source had.
function pin(html, file, attribute, hash) {
  const named = `${attribute}="${file}"`;
  const tag = new RegExp(`<(?:script|link)\\b[^>]*\\s${named.replaceAll('.', '\\.')}[^>]*>`, 'g');
  return html.replace(tag, (found) => found
    .replace(/\s(?:integrity|crossorigin)(?:="[^"]*")?(?=[\s>])/g, '')
    .replace(named, `${named} integrity="${hash}" crossorigin="anonymous"`));
}

export async function seal(dir) {
  const bundled = await build({
    entryPoints: [join(dir, 'widget.js')], bundle: true, format: 'esm', write: false, logLevel: 'error',
  });
  const minified = await minify(bundled.outputFiles[0].text, { module: true, compress: true, mangle: true });
  const version = cargoVersion();
  const widget = fill(minified.code, {
    '@version@': version,
    '@wasm-integrity@': integrity(readFileSync(join(dir, WASM))),
    '@css-integrity@': integrity(readFileSync(join(dir, 'widget.css'))),
  }, 'widget.js');
  writeFileSync(join(dir, 'widget.js'), widget);
  rmSync(join(dir, GLUE));

  const hashes = {
    'widget.js': integrity(widget),
    'widget.css': integrity(readFileSync(join(dir, 'widget.css'))),
    [WASM]: integrity(readFileSync(join(dir, WASM))),
  };
  for (const page of readdirSync(dir).filter((name) => name.endsWith('.html'))) {
    const path = join(dir, page);
    let html = readFileSync(path, 'utf8');
    if (html.includes(GLUE)) throw new Error(`${page} still names ${GLUE}, which is now part of widget.js`);
    html = pin(html, 'widget.js', 'src', hashes['widget.js']);
    html = pin(html, 'widget.css', 'href', hashes['widget.css']);
    html = pin(html, WASM, 'href', hashes[WASM]);
    writeFileSync(path, html.replaceAll('@version@', version));
  }
  return { version, hashes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node tools/seal.mjs <site folder>');
    process.exit(2);
  }
  const { version, hashes } = await seal(dir);
  console.log(`seal: ${version}, widget.js ${hashes['widget.js']}`);
}
