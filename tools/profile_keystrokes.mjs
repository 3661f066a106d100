// Ad-hoc (not shipped): CPU profile of the keystroke loop, self time per function.
import { chromium } from 'playwright-core';
import { startServer } from './static_server.mjs';
const dist = process.argv[2];
const server = await startServer({ dist, mounts: ['/w/'], csp: false });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`${server.origin}/w/index.html?ent=toutatice`);
await page.waitForSelector('input[data-field="uai"]');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const t = await page.evaluate(async () => {
  const input = document.querySelector('input[data-field="uai"]');
  const keys = 'lyceeexempledebretagne';
  const times = [];
  for (let r = 0; r < 10; r++) for (let i = 1; i <= keys.length; i++) {
    const s = performance.now();
    input.value = keys.slice(0, i);
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await new Promise((res) => setTimeout(res, 0));
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
});
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; let total = 0;
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.functionName || '(anon)' + n.callFrame.url.slice(-30); self.set(k, (self.get(k) || 0) + dt[i]); total += dt[i]; });
console.log('median keystroke (to next task)', t.toFixed(2), 'ms; total sampled', (total / 1000).toFixed(0), 'ms');
[...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] || 45)).forEach(([k, v]) => console.log((v / 1000).toFixed(1).padStart(8), (100 * v / total).toFixed(1).padStart(5) + '%', k.slice(0, 150)));
await browser.close(); await server.close();
