// Screenshots of the built site as a reader sees it (desktop and a 390 px phone), for looking at a UI
// change before calling it done: `node tools/screenshot.mjs <out-folder> [page-and-query ...]`.
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { startServer } from './static_server.mjs';

const [out = 'target/screenshots', ...pages] = process.argv.slice(2);
const targets = pages.length ? pages : ['index.html?ent=toutatice&uai=toutatice', 'procedure.html'];
const server = await startServer({ dist: join(import.meta.dirname, '..', 'dist'), mounts: ['/'] });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
try {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    for (const [i, target] of targets.entries()) {
      await page.goto(`${server.origin}/${target}`);
      await page.waitForSelector('.pd-widget');
      // Until the page is idle, the parts below the fold are not painted (widget.css, content-visibility):
      // a full-page capture would show them blank.
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-pronote-delegation-settled'));
      await page.waitForTimeout(300);
      const file = join(out, `${i}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
