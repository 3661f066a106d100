// `make release`: the files an academy installs without Rust, from the sealed site in dist/ (`make dist`):
//   release/pronote-delegation-<version>.zip  the site folder to copy, with LISEZMOI.txt for webmasters
//   release/pronote-delegation-<version>.tgz  `npm pack` of the package `pronote-delegation` (the same folder)
//   release/SHA256SUMS                         of both
// The version is Cargo.toml's, as in widget.js, the footer and the embed code. Publishing is RELEASING.md's.
// Both archives are reproducible: the files' dates are the last commit's, the zip lists them sorted, and
// npm pack fixes its own.
//
//   node tools/release.mjs [dist] [release]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cargoVersion, integrity } from './seal.mjs';

const ROOT = join(import.meta.dirname, '..');
const WASM = 'pronote-delegation_bg.wasm';
// The two-page example of a site with instant navigation is for the project's tests, not for webmasters.
const EXAMPLES_ONLY = new Set(['docs-1.html', 'docs-2.html', 'docs-nav.js']);
const LICENSES = ['LICENSE-MIT', 'LICENSE-APACHE'];

const dist = process.argv[2] ?? join(ROOT, 'dist');
const out = process.argv[3] ?? join(ROOT, 'release');
const staging = join(ROOT, 'target', 'release-staging');

const version = cargoVersion();
const name = `pronote-delegation-${version}`;
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const files = (dir) => readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile()).sort();

// The built site must be this version's, sealed (tools/seal.mjs): never package a stale or unsealed dist/.
const widget = readFileSync(join(dist, 'widget.js'), 'utf8');
if (!widget.includes(`"${version}"`) && !widget.includes(`'${version}'`)) {
  throw new Error(`${dist}/widget.js is not version ${version}: run make dist`);
}
if (widget.includes('@wasm-integrity@')) throw new Error(`${dist}/widget.js is not sealed: run make dist`);

const site = files(dist).filter((f) => !EXAMPLES_ONLY.has(f));
const bytes = (f) => readFileSync(join(dist, f));
const total = site.reduce((t, f) => ({ raw: t.raw + bytes(f).length, gzip: t.gzip + gzipSync(bytes(f), { level: 6 }).length }),
  { raw: 0, gzip: 0 });
const fill = (template) => template
  .replaceAll('{version}', version).replaceAll('{folder}', name)
  .replaceAll('{integrity}', integrity(bytes('widget.js')))
  .replaceAll('{wasm_raw}', bytes(WASM).length.toLocaleString('fr-FR'))
  .replaceAll('{wasm_gzip}', gzipSync(bytes(WASM), { level: 6 }).length.toLocaleString('fr-FR'))
  .replaceAll('{total_raw}', total.raw.toLocaleString('fr-FR'))
  .replaceAll('{total_gzip}', total.gzip.toLocaleString('fr-FR'));

// One folder, filled as shipped: the site, the licenses, the notes.
function stage(folder, extra) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const f of site) cpSync(join(dist, f), join(folder, f));
  for (const f of LICENSES) cpSync(join(ROOT, f), join(folder, f));
  for (const [f, text] of Object.entries(extra)) writeFileSync(join(folder, f), text);
}

const epoch = Number(process.env.SOURCE_DATE_EPOCH
  ?? execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' }).trim());
const lisezmoi = fill(readFileSync(join(ROOT, 'tools', 'release', 'LISEZMOI.txt'), 'utf8'));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The zip: the folder to copy, under its versioned name.
const zipRoot = join(staging, 'zip');
stage(join(zipRoot, name), { 'LISEZMOI.txt': lisezmoi });
const listed = files(join(zipRoot, name)).map((f) => join(name, f));
for (const f of [...listed, name]) utimesSync(join(zipRoot, f), epoch, epoch);
const zip = join(out, `${name}.zip`);
execFileSync('zip', ['-X', '-D', '-9', '-q', zip, '-@'], {
  cwd: zipRoot, input: listed.join('\n'), env: { ...process.env, TZ: 'UTC' },
});

// The npm package: the same folder, its package.json generated from Cargo.toml. No scripts, no dependencies.
const cargo = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
const field = (key) => new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, 'm').exec(cargo)?.[1];
const manifest = {
  name: 'pronote-delegation',
  version,
  description: field('description'),
  license: field('license'),
  keywords: ['pronote', 'cas', 'ent', 'delegation', 'widget', 'webassembly'],
  type: 'module',
  browser: 'widget.js',
  files: [...site, ...LICENSES, 'LISEZMOI.txt'],
};
const npmRoot = join(staging, 'npm');
stage(npmRoot, {
  'package.json': `${JSON.stringify(manifest, null, 2)}\n`,
  'README.md': fill(readFileSync(join(ROOT, 'tools', 'release', 'README.md'), 'utf8')),
  'LISEZMOI.txt': lisezmoi,
});
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
  cwd: npmRoot, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' },
}))[0];
if (packed.filename !== `${name}.tgz`) throw new Error(`npm pack wrote ${packed.filename}, expected ${name}.tgz`);

const archives = [`${name}.zip`, `${name}.tgz`];
writeFileSync(join(out, 'SHA256SUMS'), archives.map((f) => `${sha256(readFileSync(join(out, f)))}  ${f}\n`).join(''));
for (const f of archives) console.log(`${relative(ROOT, join(out, f))}  ${statSync(join(out, f)).size} bytes`);
console.log(`${relative(ROOT, join(out, 'SHA256SUMS'))}  widget.js ${integrity(bytes('widget.js'))}`);
