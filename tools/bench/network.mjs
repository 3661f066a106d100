// `make bench` on a reader's network: a phone on a decent link (Chromium's network emulation: 40 ms round trip,
// 10 Mbit/s down, 5 Mbit/s up; its main thread 4x slower) loading files a web server sends gzip-compressed.
// Time to the addresses of the widget against the hand-written baseline page, loads interleaved in one run;
// and the same widget from a server that compresses everything but `.wasm` (a server whose gzip list names
// text types only, as nginx's default does); with --against, the other build under both as well.
//
// Chromium throttles each request (a response waits at least the latency after its request was sent, and the
// bytes of all responses share one 10 Mbit/s pipe): no TCP slow start nor TLS handshake. Each load checks the
// profile applied: gzip is what the browser received (resource timing's encoded body smaller than the decoded
// one; the wasm's equal to it where the server does not compress it), a small file fetched by the page takes
// at least one round trip, and the wasm's body arrives no faster than its received bytes at 10 Mbit/s. A failed
// check stops the bench: its figures would be false.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { startServer } from '../static_server.mjs';
import { firstRender, fmt, median } from './first_render.mjs';

/** The reader's network and device: round trip (ms), rates (bit/s), CPU slowdown. */
export const PROFILE = { latency: 40, down: 10e6, up: 5e6, cpu: 4 };

// Emulation set on the page's own DevTools session before it navigates, so the HTML's request is throttled too.
async function emulate(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latency,
    downloadThroughput: PROFILE.down / 8,
    uploadThroughput: PROFILE.up / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
}

// Once the page is shown, a small file fetched again by the page, its main thread back to full speed: the round
// trip it sees. Resource timing's responseStart does not show it reliably (a sub-resource's first byte came 10 ms
// after its request here, under a 40 ms latency: Chromium's throttle holds responses back after the timing).
async function roundTrip(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return page.evaluate(async () => {
    const started = performance.now();
    await (await fetch('/b/baseline.html', { cache: 'no-store' })).text();
    return performance.now() - started;
  });
}

// A load checked against the profile: every file received gzip-compressed (but the wasm where the server does
// not compress it), a round trip no shorter than the latency, the wasm's body no faster than the link.
// Returns the wasm's figures.
function checkLoad(load, page) {
  const fail = (what) => { throw new Error(`${page.name}: ${what}`); };
  for (const file of load.resources) {
    const path = new URL(file.name).pathname;
    if (!/\.(html|js|css|wasm)$/.test(path)) continue;
    const gzip = !(path.endsWith('.wasm') && page.wasmGzip === false);
    if (gzip !== file.encoded < file.decoded) {
      fail(`${path} received as ${file.encoded} bytes for ${file.decoded} decoded, expected ${gzip ? 'gzip' : 'uncompressed'}`);
    }
  }
  // 5% slack for the clock's coarsening; without emulation both take a few milliseconds.
  if (load.after < PROFILE.latency * 0.95) {
    fail(`a round trip of ${load.after.toFixed(1)} ms, not ${PROFILE.latency}: the network emulation did not apply`);
  }
  if (page.wasmGzip === undefined) return null;
  const wasm = load.resources.find((r) => new URL(r.name).pathname.endsWith('_bg.wasm'));
  if (!wasm) fail('the page fetched no wasm');
  const floor = (wasm.encoded * 8 / PROFILE.down) * 1000;
  const body = wasm.responseEnd - wasm.responseStart;
  if (body < floor * 0.95) {
    fail(`the wasm's ${wasm.encoded} bytes in ${body.toFixed(1)} ms, not at least ${floor.toFixed(1)} at `
      + `${PROFILE.down / 1e6} Mbit/s: the network emulation did not apply`);
  }
  return { encoded: wasm.encoded, decoded: wasm.decoded, floor, body, fetched: wasm.responseEnd - wasm.startTime };
}

/**
 * Runs `loads` interleaved loads of each page under the profile (after one warm-up each) and returns the lines
 * the bench prints: medians, ratios to the baseline of the same run, the profile's checks.
 */
export async function benchNetwork({ browser, dist, against, loads }) {
  const started = Date.now();
  const extra = {
    '/b/baseline.html': await readFile(join(import.meta.dirname, 'baseline.html'), 'utf8'),
    '/b/baseline.js': await readFile(join(import.meta.dirname, 'baseline.js'), 'utf8'),
  };
  const servers = [];
  const serve = async (folder, gzip) => {
    const server = await startServer({ dist: folder, mounts: ['/w/'], csp: false, extra, gzip });
    servers.push(server);
    return server.origin;
  };
  const wasmPlain = (path) => !path.endsWith('.wasm');
  const view = '/w/index.html?ent=toutatice&uai=toutatice';
  const gzipped = await serve(dist, true);
  const pages = [
    { name: 'baseline (hand-written JS)', url: `${gzipped}/b/baseline.html?uai=toutatice` },
    { name: 'widget', url: `${gzipped}${view}`, wasmGzip: true },
    { name: 'widget, wasm not gzipped', url: `${await serve(dist, wasmPlain)}${view}`, wasmGzip: false },
  ];
  if (against) {
    pages.push({ name: '--against', url: `${await serve(against, true)}${view}`, wasmGzip: true });
    pages.push({ name: '--against, wasm not gzipped', url: `${await serve(against, wasmPlain)}${view}`, wasmGzip: false });
  }
  const run = async (page) => {
    const load = await firstRender(browser, page.url, { prepare: emulate, after: roundTrip });
    return { ...load, wasm: checkLoad(load, page) };
  };
  for (const page of pages) await run(page); // warm the servers and the browser's process pool
  const times = pages.map(() => []);
  for (let i = 0; i < loads; i += 1) {
    // In turn, each round starting from another page, so drift of the shared machine hits every side alike.
    for (let j = 0; j < pages.length; j += 1) {
      const k = (i + j) % pages.length;
      times[k].push(await run(pages[k]));
    }
  }
  await Promise.all(servers.map((s) => s.close()));

  const m = (k, key) => median(times[k].map((t) => t[key]));
  const [b, bp] = [m(0, 'rendered'), m(0, 'painted')];
  const lines = [];
  lines.push(`first render on a reader's network (${PROFILE.latency} ms round trip, ${PROFILE.down / 1e6} Mbit/s down, `
    + `${PROFILE.up / 1e6} Mbit/s up, CPU ${PROFILE.cpu}x slower; files gzip-compressed), median of ${loads} loads each, interleaved`
    + `${against ? ` (--against ${against})` : ''}:`);
  lines.push('                              addresses in the DOM   painted (frame after)');
  pages.forEach((page, k) => {
    lines.push(`  ${page.name}`.padEnd(30) + `${fmt(m(k, 'rendered')).padEnd(23)}${fmt(m(k, 'painted'))}`);
    if (k > 0) {
      lines.push('    ratio to the baseline'.padEnd(30)
        + `${`${(m(k, 'rendered') / b).toFixed(2)}x`.padEnd(23)}${(m(k, 'painted') / bp).toFixed(2)}x`);
    }
  });
  lines.push(`  the profile checked on every load (medians): a small file's round trip ${
    fmt(median(times.flat().map((t) => t.after)))} (${PROFILE.latency} ms emulated); the wasm:`);
  pages.forEach((page, k) => {
    if (page.wasmGzip === undefined) return;
    const w = (key) => median(times[k].map((t) => t.wasm[key]));
    lines.push(`    ${page.name}: ${w('encoded')} bytes received for ${w('decoded')}`
      + ` (${page.wasmGzip ? 'gzip' : 'uncompressed'}), body in ${fmt(w('body'))} (${fmt(w('floor'))} at`
      + ` ${PROFILE.down / 1e6} Mbit/s), fetch to last byte ${fmt(w('fetched'))}`);
  });
  lines.push(`  (${pages.length * (loads + 1)} loads in ${Math.round((Date.now() - started) / 1000)} s)`);
  return lines;
}
