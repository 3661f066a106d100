// The parts below the fold (#23): laid out and painted only as they near the screen, until the page is idle
// (www/widget.css `content-visibility`, www/widget.js `settleWhenIdle`). In headless Chromium and Firefox,
// on the release site (dist/) under the strict CSP: a part far below is really skipped on a first load, and
// yet find-in-page, a selection's text and (in Chromium) the accessibility tree reach it; scrolling moves nothing the
// reader sees; printing and the idle page render every part. Run by `make test-pages`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { By, Key, until } from 'selenium-webdriver';
import { chromium } from 'playwright-core';
import { browsers, printMedia, screenMedia } from './browsers.mjs';
import { startServer } from '../../tools/static_server.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const SUB = '/docs/pronote/';
// The page's idle time is the test's to give: this script, loaded before the widget's, keeps the loader's
// idle callback until the test runs it, so that "before" and "after" do not depend on the machine's speed.
const HOLD = `window.requestIdleCallback = (callback) => { window.settle = callback; return 1; };`;
// The full view of the standalone page, every part shown, the console's steps beside it.
const page = () => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>fold</title>
<script src="${SUB}hold.js"></script><script type="module" src="${SUB}widget.js"></script></head><body>
<div data-pronote-delegation data-ent="toutatice" data-uai="toutatice" data-show="all,checklist"></div></body></html>`;
const PARTS = ['.pd-group-cas', '.pd-group-registry', '.pd-group-verify', '.pd-group-spaces', '.pd-exports', '.pd-checklist'];
// The last space's row: at the bottom of the spaces' table, far below the fold at 1280 x 900 and on a phone.
const FAR = 'Espace Académie';

let server;
before(async () => {
  server = await startServer({
    dist: DIST,
    mounts: [SUB],
    extra: { [`${SUB}hold.js`]: HOLD, [`${SUB}fold.html`]: page() },
  });
});
after(() => server?.close());

for (const [name, launch] of Object.entries(browsers)) {
  describe(`the parts below the fold in headless ${name}`, () => {
    let driver;
    before(async () => { driver = await launch(); });
    after(async () => { await driver?.quit(); });

    const open = async (width, height) => {
      await driver.manage().window().setRect({ width, height });
      await driver.get(`${server.origin}${SUB}fold.html`);
      await driver.wait(until.elementLocated(By.css('.pd-group-spaces [data-address="academie.desktop"]')), 20000);
      // Two frames: the first layout is done, the skipped parts are decided.
      await driver.executeAsyncScript(`const done = arguments[0];
        requestAnimationFrame(() => requestAnimationFrame(() => done()));`);
    };
    // Whether each part is rendered (false: its content is skipped by content-visibility).
    const rendered = () => driver.executeScript(`return ${JSON.stringify(PARTS)}.map((selector) => {
      const part = document.querySelector(selector);
      return part.firstElementChild.checkVisibility({ contentVisibilityAuto: true });
    });`);
    const settled = () => driver.executeScript('return document.documentElement.hasAttribute("data-pronote-delegation-settled")');

    test('on a first load the spaces\' table is skipped; once the page is idle, every part is rendered', async () => {
      await open(1280, 900);
      assert.equal(await settled(), false, 'the idle callback is held');
      const before = await rendered();
      assert.equal(before[0], true, 'the console\'s window, at the fold, is rendered');
      assert.equal(before[PARTS.indexOf('.pd-group-spaces')], false, 'the spaces\' table is skipped');
      await driver.executeScript('window.settle()');
      assert.equal(await settled(), true);
      await driver.executeAsyncScript('requestAnimationFrame(arguments[0])');
      assert.deepEqual(await rendered(), PARTS.map(() => true), 'every part is rendered once idle');
      assert.deepEqual(await driver.executeScript(`return ${JSON.stringify(PARTS)}
        .map((selector) => getComputedStyle(document.querySelector(selector)).contentVisibility);`),
      PARTS.map(() => 'visible'));
    });

    test('find-in-page and a selection\'s text reach a skipped part', async () => {
      await open(1280, 900);
      const skipped = await rendered();
      assert.equal(skipped[PARTS.indexOf('.pd-group-spaces')], false);
      // window.find is the page's own find-in-page (both browsers), here while the part is skipped.
      assert.equal(await driver.executeScript(`return window.find(${JSON.stringify(FAR)})`), true, 'found in the page');
      // What copy takes: the whole page selected as a reader does it (Ctrl+A), its text read once selected.
      await driver.executeScript('getSelection().removeAllRanges()');
      await driver.actions().keyDown(Key.CONTROL).sendKeys('a').keyUp(Key.CONTROL).perform();
      const text = await driver.executeAsyncScript(`const done = arguments[0];
        requestAnimationFrame(() => requestAnimationFrame(() => done(getSelection().toString())));`);
      assert.ok(text.includes(FAR), 'the selection\'s text holds the last space');
      assert.ok(text.includes('https://toutatice.index-education.net/pronote/academie.html'), 'and its address');
    });

    test('scrolling through the page moves nothing the reader sees (desktop and phone)', async () => {
      for (const [width, height] of [[1280, 900], [390, 844]]) {
        await open(width, height);
        // Each step: what is on screen is measured, then measured again two frames later, once the parts
        // that neared the screen are rendered in place of their estimates: nothing on screen may move.
        const moved = await driver.executeAsyncScript(`const done = arguments[0];
          const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const shifts = [];
          const observer = window.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift')
            ? new PerformanceObserver((list) => shifts.push(...list.getEntries().map((e) => e.value))) : null;
          observer?.observe({ type: 'layout-shift' });
          (async () => {
            const moves = [];
            const onScreen = () => [...document.querySelectorAll('.pd-widget *')]
              .map((element) => [element, element.getBoundingClientRect()])
              .filter(([, box]) => box.height > 0 && box.bottom > 0 && box.top < innerHeight);
            for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
              scrollTo(0, y);
              const seen = onScreen();
              await frame();
              for (const [element, box] of seen) {
                const now = element.getBoundingClientRect();
                if (Math.abs(now.top - box.top) > 0.5 || Math.abs(now.left - box.left) > 0.5) {
                  moves.push(element.className || element.tagName);
                }
              }
            }
            observer?.disconnect();
            done({ moves, shift: shifts.reduce((a, b) => a + b, 0), observed: !!observer });
          })();`);
        assert.deepEqual(moved.moves, [], `${width}px: elements on screen moved while scrolling`);
        if (moved.observed) assert.equal(moved.shift, 0, `${width}px: layout shift while scrolling`);
      }
    });

    test('printing renders every part, before the page is idle', async () => {
      await open(1280, 900);
      assert.equal(await settled(), false);
      await printMedia(driver, name);
      try {
        const printed = ['.pd-group-cas', '.pd-group-registry', '.pd-group-spaces'];
        assert.deepEqual(await driver.executeScript(`return ${JSON.stringify(printed)}
          .map((selector) => getComputedStyle(document.querySelector(selector)).contentVisibility);`),
        printed.map(() => 'visible'));
      } finally {
        await screenMedia(driver, name);
      }
    });
  });
}

// A screen reader running when the page loads: accessibility on from the start, through the DevTools protocol
// of a Chromium that playwright-core starts (ChromeDriver's connection turns it on only once the page is up).
describe('the accessibility tree before the page is idle in headless chromium', () => {
  test('the spaces\' table, below the fold, is in the accessibility tree', async () => {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
    });
    try {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const devtools = await tab.context().newCDPSession(tab);
      await devtools.send('Accessibility.enable');
      await tab.goto(`${server.origin}${SUB}fold.html`);
      await tab.waitForSelector('.pd-group-spaces [data-address="academie.desktop"]');
      const { nodes } = await devtools.send('Accessibility.getFullAXTree', {});
      const names = nodes.map((node) => node.name?.value ?? '');
      assert.ok(names.some((n) => n === FAR), 'the last space\'s row header');
      assert.ok(names.some((n) => n.includes('https://toutatice.index-education.net/pronote/academie.html')), 'its address');
      // Before the page is idle: with accessibility on, Chromium itself renders what the tree needs.
      assert.equal(await tab.evaluate(() => document.documentElement.hasAttribute('data-pronote-delegation-settled')), false);
    } finally {
      await browser.close();
    }
  });
});
