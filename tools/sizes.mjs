// Prints raw / gzip -9 / brotli bytes of every file the standalone page ships, and their total.
// With `--budget N`, exits 1 when the gzip total exceeds N bytes (size is deterministic: a test).
//
//   node tools/sizes.mjs dist [--budget 130000]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

// What the standalone page (index.html) loads; the example procedure page is documentation, not shipped weight.
export const SHIPPED = [
  'index.html', 'widget.js', 'widget.css', 'page.css', 'pronote-delegation_bg.wasm',
];

export function sizes(dir) {
  return SHIPPED.map((name) => {
    const bytes = readFileSync(join(dir, name));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

function main() {
  const args = process.argv.slice(2);
  const dir = args[0] ?? 'dist';
  const at = args.indexOf('--budget');
  const budget = at >= 0 ? Number(args[at + 1]) : null;
  const rows = sizes(dir);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  const line = (name, r) => `${name.padEnd(30)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(9)} ${String(r.brotli).padStart(9)}`;
  console.log(`${'file'.padEnd(30)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli'.padStart(9)}`);
  for (const r of rows) console.log(line(r.name, r));
  console.log(line('total', total));
  if (budget !== null) {
    const ok = total.gzip <= budget;
    console.log(`${ok ? 'ok' : 'FAILED'}: gzip total ${total.gzip} bytes, budget ${budget} bytes`);
    if (!ok) process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
