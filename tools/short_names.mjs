// Gives the wasm's imports short names, in the wasm and in the wasm-bindgen glue alike (Trunk's post-build
// hook, before tools/seal.mjs hashes the files). wasm-bindgen names each of the ~170 functions the wasm
// imports from the glue `__wbg_<name>_<16 hex digits>`, under the module "./pronote-delegation_bg.js", and
// writes every name twice: in the wasm's import section and as a key of the glue's imports object. The hex
// digits do not compress: about 5.4 KB of gzip for names no reader sees. Here the module becomes "w" and the
// functions "a", "b", … "ab", …, in the order the wasm imports them. The wasm's exports that only the glue
// calls (wasm-bindgen's allocator, closures' `…invoke__h<16 hex digits>`, tables) get short names too, and
// the glue's `wasm.<name>` with them; the API's functions and `memory` keep theirs.
//
// Each old import name must be found exactly once in the glue, as a whole word, and the module's name once;
// an internal export's name only ever after a dot; any other count, an import that is not a function, or a
// wasm that does not read back with the new names, is a build error, never a page that fails to link.
//
//   node tools/short_names.mjs <site folder>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GLUE = 'pronote-delegation.js';
const WASM = 'pronote-delegation_bg.wasm';
const MODULE = 'w';
const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;
const FUNCTION_IMPORT = 0;
// The exports only the glue calls, by wasm-bindgen's prefixes for its runtime.
const INTERNAL = /^(?:__wbindgen_|__externref_|wasm_bindgen__|__abort_handler$|__instance_terminated$)/;

/** The unsigned LEB128 number at `at` in `bytes`, and where it ends. */
function readUnsigned(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** `value` as unsigned LEB128 bytes. */
function unsigned(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** A wasm name: its length, then its UTF-8 bytes. */
const name = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return [...unsigned(bytes.length), ...bytes];
};

/** The wasm name at `at` in `bytes`, and where it ends. */
function readName(bytes, at) {
  const [length, start] = readUnsigned(bytes, at);
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}

/** The `index`th short name: a … z, A … Z, then two letters and more (all valid JS identifiers). */
export function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let text = '';
  let rest = index;
  do {
    text = letters[rest % letters.length] + text;
    rest = Math.floor(rest / letters.length) - 1;
  } while (rest >= 0);
  return text;
}

/** The section `id` of `wasm`: where it starts, where its content starts and where it ends. */
function section(wasm, id) {
  let at = 8;
  while (at < wasm.length) {
    const [size, start] = readUnsigned(wasm, at + 1);
    if (wasm[at] === id) return { at, start, end: start + size };
    at = start + size;
  }
  throw new Error(`${WASM}: no section ${id}`);
}

/** The wasm with its imports renamed; returns the new bytes, the old module name and the old names in order. */
export function renameImports(wasm) {
  const { at, start, end } = section(wasm, IMPORT_SECTION);
  let [count, cursor] = readUnsigned(wasm, start);
  const entries = [];
  const names = [];
  let module = null;
  for (let index = 0; index < count; index++) {
    let from;
    let old;
    [from, cursor] = readName(wasm, cursor);
    [old, cursor] = readName(wasm, cursor);
    if (module !== null && from !== module) throw new Error(`${WASM}: imports from ${module} and ${from}`);
    module = from;
    if (wasm[cursor] !== FUNCTION_IMPORT) throw new Error(`${WASM}: ${old} is not a function import`);
    const [, afterType] = readUnsigned(wasm, cursor + 1);
    entries.push(...name(MODULE), ...name(shortName(index)), ...wasm.subarray(cursor, afterType));
    names.push(old);
    cursor = afterType;
  }
  if (cursor !== end) throw new Error(`${WASM}: the import section does not end where its size says`);
  const body = [...unsigned(count), ...entries];
  const rewritten = Buffer.from([IMPORT_SECTION, ...unsigned(body.length), ...body]);
  return { wasm: Buffer.concat([wasm.subarray(0, at), rewritten, wasm.subarray(end)]), module, names };
}

/** The wasm with its internal exports renamed; returns the new bytes and the [old, new] names. */
export function renameExports(wasm) {
  const { at, start, end } = section(wasm, EXPORT_SECTION);
  let [count, cursor] = readUnsigned(wasm, start);
  const entries = [];
  const kept = [];
  const renamed = [];
  for (let index = 0; index < count; index++) {
    let old;
    [old, cursor] = readName(wasm, cursor);
    const [, afterIndex] = readUnsigned(wasm, cursor + 1);
    const now = INTERNAL.test(old) ? shortName(renamed.length) : old;
    if (now === old) kept.push(old);
    else renamed.push([old, now]);
    entries.push(...name(now), ...wasm.subarray(cursor, afterIndex));
    cursor = afterIndex;
  }
  if (cursor !== end) throw new Error(`${WASM}: the export section does not end where its size says`);
  const clash = renamed.find(([, now]) => kept.includes(now));
  if (clash) throw new Error(`${WASM}: the short name ${clash[1]} is an export's own`);
  const body = [...unsigned(count), ...entries];
  const rewritten = Buffer.from([EXPORT_SECTION, ...unsigned(body.length), ...body]);
  return { wasm: Buffer.concat([wasm.subarray(0, at), rewritten, wasm.subarray(end)]), renamed };
}

/** `glue` with `pattern` (found exactly once) replaced by `replacement`. */
function replaceOnce(glue, pattern, replacement, what) {
  const found = glue.match(pattern) ?? [];
  if (found.length !== 1) throw new Error(`${GLUE}: ${what} found ${found.length} times, expected once`);
  return glue.replace(pattern, replacement);
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function shortNames(dir) {
  const { wasm, module, names } = renameImports(readFileSync(join(dir, WASM)));
  let glue = readFileSync(join(dir, GLUE), 'utf8');
  glue = replaceOnce(glue, new RegExp(`(["'])${escape(module)}\\1`, 'g'), MODULE, module);
  names.forEach((old, index) => {
    glue = replaceOnce(glue, new RegExp(`(?<![\\w$])${escape(old)}(?![\\w$])`, 'g'), shortName(index), old);
  });
  const exported = renameExports(wasm);
  for (const [old, now] of exported.renamed) {
    const word = new RegExp(`(?<![\\w$])${escape(old)}(?![\\w$])`, 'g');
    const dotted = new RegExp(`(?<=\\.)${escape(old)}(?![\\w$])`, 'g');
    if ((glue.match(word) ?? []).length !== (glue.match(dotted) ?? []).length) {
      throw new Error(`${GLUE}: the export ${old} is named other than as a property`);
    }
    glue = glue.replace(dotted, now);
  }
  // The renamed wasm must still be a valid module importing and exporting exactly the new names.
  const module_ = new WebAssembly.Module(exported.wasm);
  const imports = WebAssembly.Module.imports(module_);
  if (imports.some((entry, index) => entry.module !== MODULE || entry.name !== shortName(index))) {
    throw new Error(`${WASM}: the renamed imports do not read back`);
  }
  const exports = new Set(WebAssembly.Module.exports(module_).map((entry) => entry.name));
  if (exported.renamed.some(([old, now]) => exports.has(old) || !exports.has(now))) {
    throw new Error(`${WASM}: the renamed exports do not read back`);
  }
  writeFileSync(join(dir, WASM), exported.wasm);
  writeFileSync(join(dir, GLUE), glue);
  return { imports: names.length, exports: exported.renamed.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node tools/short_names.mjs <site folder>');
    process.exit(2);
  }
  const { imports, exports } = shortNames(dir);
  console.log(`short_names: ${imports} imports and ${exports} exports renamed`);
}
