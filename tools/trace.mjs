// One load of the standalone page (full Toutatice view) under a Chromium performance trace, with the
// first render's time attributed by phase: the files' fetch, the wasm's compilation and instantiation,
// the widget's mount (catalogue, computation, Yew's tree), style and layout, paint, up to the end of the
// frame after the addresses. For the performance issue's closing note:
// `node tools/trace.mjs [--dist dist] [--loads 5]` (medians over the loads).
//
// V8 compiles a wasm function when it is first called, on the thread that calls it: the functions a first
// render runs are compiled during it, on the main thread. The trace counts them and their bytes, for the
// first render and for the first keystroke (no address yet, then every row), the bench's slowest one.
// Tracing itself slows some work more than other: matching the stylesheet's universal selectors made the
// style phase 2 to 3 times its untraced cost (README.md, "A second look"); time is `make bench`'s.
//
// Then the time between the page's HTML and its script, for the widget and the hand-written page
// (tools/bench/), each in a fresh browser context (a new renderer, as the bench loads) and in a warm one
// (the same context showed a blank page of the site first): what the two pages share is the browser's.
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { startServer } from './static_server.mjs';
import { median } from './bench/first_render.mjs';
import { DEFAULT_KEYS, KEYSTROKE_MARK, KEYSTROKE_PAGE, typeKeystrokes } from './bench/keystrokes.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const LOADS = Number(option('--loads', 5));
const here = import.meta.dirname;
const BLANK = '<!doctype html><title>blank</title>';
const server = await startServer({
  dist: option('--dist', join(here, '..', 'dist')),
  mounts: ['/w/'],
  csp: false,
  extra: {
    '/w/blank.html': BLANK,
    '/b/blank.html': BLANK,
    '/b/baseline.html': await readFile(join(here, 'bench', 'baseline.html'), 'utf8'),
    '/b/baseline.js': await readFile(join(here, 'bench', 'baseline.js'), 'utf8'),
  },
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});

// Trace events (complete events, microseconds) of the page's main thread, grouped into phases. Compiling
// a function on its first call is counted under 'wasm compile' (wasm.CompileLazy) and, function by
// function, by LAZY.
const PHASES = {
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'UpdateLayerTree', 'PrePaint', 'Layerize'],
  paint: ['Paint', 'PaintImage', 'CompositeLayers', 'Commit'],
  'wasm compile': ['v8.wasm.compileModule', 'v8.wasm.streamFromResponseCallback', 'wasm.CompileLazy',
    'v8.wasm.compileConsume', 'v8.wasm.startStreamingCompilation', 'v8.wasm.finishedStreaming'],
};

const LAZY = 'wasm.CompileBaseline';
const CATEGORIES = ['devtools.timeline', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed',
  'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8'];

// The trace's events on the page's main thread, found by `anchor` (the page's navigation, or a mark the page
// made), and the anchor's time.
async function readTrace(path, anchor) {
  const trace = JSON.parse(await readFile(path, 'utf8'));
  await rm(path);
  const events = trace.traceEvents ?? trace;
  const found = events.find(anchor);
  const onMain = (e) => e.pid === found.pid && e.tid === found.tid && e.ph === 'X' && e.dur;
  return { events: events.filter(onMain), origin: found.ts };
}
const navigationTo = (url) => (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(url);
const markNamed = (name) => (e) => e.name === name && e.cat.includes('user_timing');

// The functions compiled on their first call between two moments (trace microseconds).
const lazily = (events, from, until) => {
  const compiled = events.filter((e) => e.name === LAZY && e.ts >= from && e.ts <= until);
  return {
    functions: compiled.length,
    bytes: compiled.reduce((sum, e) => sum + (e.args?.bodySize ?? 0), 0),
    ms: compiled.reduce((sum, e) => sum + e.dur, 0) / 1000,
  };
};

const rows = [];
for (let i = 0; i < LOADS; i += 1) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const path = join(tmpdir(), `pronote-trace-${i}.json`);
  await browser.startTracing(page, { path, categories: CATEGORIES });
  await page.goto(`${server.origin}/w/index.html?ent=toutatice&uai=toutatice`);
  await page.waitForFunction(() => performance.getEntriesByName('pronote-delegation:first-render').length > 0);
  // The end of the frame after the addresses: what is counted stops there.
  const painted = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))));
  const marks = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const resource = (suffix) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(suffix));
    return {
      html: performance.getEntriesByType('navigation')[0].responseEnd,
      widgetJs: resource('widget.js')?.responseEnd,
      wasm: resource('_bg.wasm')?.responseEnd,
      wasmReady: at('pronote-delegation:wasm-ready'),
      firstRender: at('pronote-delegation:first-render'),
      elements: document.querySelectorAll('.pd-widget, .pd-widget *').length,
    };
  });
  await browser.stopTracing();
  const { events, origin } = await readTrace(path, navigationTo('/w/index.html'));
  const until = origin + painted * 1000;
  const phase = Object.fromEntries(Object.keys(PHASES).map((k) => [k, 0]));
  for (const e of events) {
    if (e.ts > until) continue;
    for (const [name, names] of Object.entries(PHASES)) if (names.includes(e.name)) phase[name] += e.dur / 1000;
  }
  const lazy = lazily(events, origin, origin + marks.firstRender * 1000);
  rows.push({ ...marks, ...phase, painted, lazyFunctions: lazy.functions, lazyBytes: lazy.bytes, lazyMs: lazy.ms });
  await context.close();
}

// The first keystroke of `make bench`'s, measured by the same code: a hosting typed where there was none,
// so every row is built, by code that has not run yet.
const keystrokes = [];
for (let i = 0; i < LOADS; i += 1) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}${KEYSTROKE_PAGE}`);
  await page.waitForSelector('input[data-field="uai"]');
  const path = join(tmpdir(), `pronote-trace-key-${i}.json`);
  await browser.startTracing(page, { path, categories: CATEGORIES });
  const [span] = await page.evaluate(typeKeystrokes, [DEFAULT_KEYS.slice(0, 1), 1, KEYSTROKE_MARK]);
  await browser.stopTracing();
  const { events, origin } = await readTrace(path, markNamed(KEYSTROKE_MARK));
  const lazy = lazily(events, origin, origin + span * 1000);
  keystrokes.push({ ms: span, lazyFunctions: lazy.functions, lazyBytes: lazy.bytes, lazyMs: lazy.ms });
  await context.close();
}

// The page's HTML, its script requested and received: fresh and warm contexts, both pages, alternating.
const gaps = {};
for (let i = 0; i < LOADS; i += 1) {
  for (const [name, folder, address, script] of [
    ['widget', '/w/', '/w/index.html?ent=toutatice&uai=toutatice', 'widget.js'],
    ['hand-written', '/b/', '/b/baseline.html?uai=toutatice', 'baseline.js'],
  ]) {
    for (const warm of [false, true]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (warm) await page.goto(`${server.origin}${folder}blank.html`);
      await page.goto(`${server.origin}${address}`);
      await page.waitForFunction(() => performance.getEntriesByName('pronote-delegation:first-render').length > 0);
      const gap = await page.evaluate((file) => {
        const loaded = performance.getEntriesByType('resource').find((e) => e.name.includes(file));
        return {
          html: performance.getEntriesByType('navigation')[0].responseEnd,
          requested: loaded.startTime,
          received: loaded.responseEnd,
        };
      }, script);
      (gaps[`${name}, ${warm ? 'warm' : 'fresh'} context`] ??= []).push(gap);
      await context.close();
    }
  }
}
await browser.close();
await server.close();

const m = (key) => median(rows.map((r) => r[key]));
console.log(`one load of the full Toutatice view, medians of ${LOADS} traced loads (ms from navigation start):`);
console.log(`  page HTML received           ${m('html').toFixed(1)}`);
console.log(`  widget.js received           ${m('widgetJs').toFixed(1)}`);
console.log(`  wasm received                ${m('wasm').toFixed(1)}`);
console.log(`  wasm compiled + instantiated ${m('wasmReady').toFixed(1)}   (+${(m('wasmReady') - m('wasm')).toFixed(1)} after its download)`);
console.log(`  addresses in the DOM         ${m('firstRender').toFixed(1)}   (+${(m('firstRender') - m('wasmReady')).toFixed(1)}: parse wait, catalogue, computation, Yew's tree)`);
console.log(`main-thread time by phase, up to the frame after the addresses (trace):`);
for (const name of Object.keys(PHASES)) console.log(`  ${name.padEnd(28)} ${m(name).toFixed(1)}`);
console.log(`  (the frame after the addresses ends at ${m('painted').toFixed(1)})`);
console.log(`wasm compiled on first call, on the main thread, before the addresses: ${m('lazyFunctions')} functions, `
  + `${(m('lazyBytes') / 1000).toFixed(1)} KB of code, ${m('lazyMs').toFixed(1)} ms compiling (Liftoff)`);
const k = (key) => median(keystrokes.map((r) => r[key]));
console.log(`the first keystroke (every row built), traced: ${k('ms').toFixed(1)} ms, of which compiling `
  + `${k('lazyFunctions')} functions on first call (${(k('lazyBytes') / 1000).toFixed(1)} KB): ${k('lazyMs').toFixed(1)} ms`);
console.log(`elements at first render: ${m('elements')}`);
console.log(`the page's HTML and its script (ms from navigation start, medians of ${LOADS}):`);
console.log('                                 HTML received  script requested  script received');
for (const [name, list] of Object.entries(gaps)) {
  const g = (key) => median(list.map((r) => r[key])).toFixed(1);
  console.log(`  ${name.padEnd(31)}${g('html').padEnd(15)}${g('requested').padEnd(18)}${g('received')}`);
}
