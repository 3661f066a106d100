// `make bench`: first render of the widget against a hand-written JavaScript baseline page, measured in the
// same run, alternating, in headless Chromium (playwright-core driving Debian's Chromium); then the time
// per keystroke in the UAI field until every address is updated; then first render on a reader's network
// (tools/bench/network.mjs). Sizes are printed by tools/sizes.mjs.
//
//   node tools/bench.mjs [--loads 21] [--keys lyceeexempledebretagne] [--rounds 5] [--dist dist] [--against other-dist]
//                        [--network-loads 15]
//
// --against measures a second build (e.g. of an earlier commit) in the same run, its loads interleaved with
// the other two pages: on a shared machine, two separate runs differ by more than a change does.
// --network-loads 0 leaves the reader's network out (15 loads of each page take about 2 minutes with --against).
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { startServer } from './static_server.mjs';
import { firstRender, fmt, median } from './bench/first_render.mjs';
import { benchNetwork } from './bench/network.mjs';
import { DEFAULT_KEYS, KEYSTROKE_MARK, KEYSTROKE_PAGE, typeKeystrokes } from './bench/keystrokes.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const LOADS = Number(option('--loads', 21));
const KEYS = option('--keys', DEFAULT_KEYS);
// The word is typed this many times over (each round from its first letter): a median of a hundred-odd
// keystrokes moves less with the shared machine than one of twenty.
const ROUNDS = Number(option('--rounds', 5));
const NETWORK_LOADS = Number(option('--network-loads', 15));
const here = import.meta.dirname;

// Another build (e.g. of an earlier commit) can be measured with --dist.
const DIST = option('--dist', join(here, '..', 'dist'));
const server = await startServer({
  dist: DIST,
  mounts: ['/w/'],
  csp: false,
  extra: {
    '/b/baseline.html': await readFile(join(here, 'bench', 'baseline.html'), 'utf8'),
    '/b/baseline.js': await readFile(join(here, 'bench', 'baseline.js'), 'utf8'),
  },
});
const AGAINST = option('--against', null);
const other = AGAINST && await startServer({ dist: AGAINST, mounts: ['/w/'], csp: false });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});

const widgetUrl = `${server.origin}/w/index.html?ent=toutatice&uai=toutatice`;
const baselineUrl = `${server.origin}/b/baseline.html?uai=toutatice`;
const againstUrl = other && `${other.origin}/w/index.html?ent=toutatice&uai=toutatice`;
const pages = [['widget', widgetUrl], ['baseline', baselineUrl], ...(other ? [['against', againstUrl]] : [])];
const times = Object.fromEntries(pages.map(([name]) => [name, []]));
for (const [, url] of pages) await firstRender(browser, url); // warm the servers and the browser's process pool
for (let i = 0; i < LOADS; i += 1) {
  // In turn, each load starting from another page, so drift of the shared machine hits every side alike.
  for (let j = 0; j < pages.length; j += 1) {
    const [name, url] = pages[(i + j) % pages.length];
    times[name].push(await firstRender(browser, url));
  }
}
const widgetTimes = times.widget;
const baselineTimes = times.baseline;

// Elements of the full Toutatice view at first render (the console issue's budget is 240).
const counted = await browser.newPage();
await counted.goto(widgetUrl);
await counted.waitForSelector('[data-address="cas-login"]');
const elements = await counted.evaluate(() => document.querySelectorAll('.pd-widget, .pd-widget *').length);
await counted.close();

// Per keystroke: from the input event to the moment every address shows the typed value (tools/bench/keystrokes.mjs).
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(`${server.origin}${KEYSTROKE_PAGE}`);
await page.waitForSelector('input[data-field="uai"]');
const keystrokes = await page.evaluate(typeKeystrokes, [KEYS, ROUNDS, KEYSTROKE_MARK]);
await context.close();
await server.close();
await other?.close();
const network = NETWORK_LOADS > 0 ? await benchNetwork({ browser, dist: DIST, against: AGAINST, loads: NETWORK_LOADS }) : [];
await browser.close();

const w = median(widgetTimes.map((t) => t.rendered));
const b = median(baselineTimes.map((t) => t.rendered));
const wp = median(widgetTimes.map((t) => t.painted));
const bp = median(baselineTimes.map((t) => t.painted));
console.log(`first render, median of ${LOADS} loads each, alternating (Chromium headless, served locally):`);
console.log('                              addresses in the DOM   painted (frame after)');
console.log(`  baseline (hand-written JS)  ${fmt(b).padEnd(23)}${fmt(bp)}`);
console.log(`  widget                      ${fmt(w).padEnd(23)}${fmt(wp)}`);
console.log(`  ratio widget / baseline     ${`${(w / b).toFixed(2)}x`.padEnd(23)}${(wp / bp).toFixed(2)}x   (target <= 2.0x)`);
if (other) {
  const a = median(times.against.map((t) => t.rendered));
  const ap = median(times.against.map((t) => t.painted));
  console.log(`  --against ${AGAINST}`.padEnd(30) + `${fmt(a).padEnd(23)}${fmt(ap)}`);
  console.log(`  ratio against / baseline    ${`${(a / b).toFixed(2)}x`.padEnd(23)}${(ap / bp).toFixed(2)}x`);
}
console.log(`elements at first render, full Toutatice view: ${elements}`);
console.log(`keystroke until every address is updated, ${keystrokes.length} keystrokes ("${KEYS}"):`);
const slowest = keystrokes.indexOf(Math.max(...keystrokes));
console.log(`  median ${fmt(median(keystrokes))}, max ${fmt(Math.max(...keystrokes))} (keystroke ${slowest + 1})`
  + `, 99th percentile ${fmt([...keystrokes].sort((x, y) => x - y)[Math.floor(keystrokes.length * 0.99)])}`);
console.log(`  (target median <= 1 ms, max <= 16 ms)`);
for (const line of network) console.log(line);
