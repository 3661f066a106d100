// Widgets that arrive late, in headless Chromium and Firefox against the test build of the site
// (target/dist-test: `make dist-test`, with the cargo feature `test-api`) served from a sub-folder under the
// strict CSP: elements added after load, the <pronote-delegation> custom element, and
// a documentation site that swaps its pages in place (www/docs-*.html with docs-nav.js) fifty times.
// Run by `make test-pages`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { By, until } from 'selenium-webdriver';
import { browsers } from './browsers.mjs';
import { startServer } from '../../tools/static_server.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'target', 'dist-test');
const SUB = '/docs/pronote/';
const SWAPS = 50;

let server;
before(async () => { server = await startServer({ dist: DIST, mounts: [SUB] }); });
after(() => server?.close());

for (const [name, launch] of Object.entries(browsers)) {
  describe(`late widgets in headless ${name}`, () => {
    let driver;
    before(async () => { driver = await launch(); });
    after(async () => { await driver?.quit(); });

    const open = async (path, selector) => {
      await driver.get(`${server.origin}${path}`);
      return driver.wait(until.elementLocated(By.css(selector)), 20000);
    };
    // `testApi`: the test build's own functions (how many widgets are alive, the wasm memory's size), set on
    // the window when its wasm starts (src/entry/test_api.rs); the site an academy copies has neither.
    const script = (body) => driver.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      (async () => {
        await window.PronoteDelegation.ready;
        const testApi = window.pronoteDelegationTestApi;
        ${body} })().then(done, (e) => done({ failed: String(e) }));`);
    const rootOf = (selector) => driver.executeScript(
      `return document.querySelector(${JSON.stringify(`${selector} [data-address="root"]`)})?.textContent ?? null;`);

    test('an element added after load mounts, and a copy of a mounted widget\'s markup comes alive', async () => {
      await open(`${SUB}docs-1.html`, '[data-pronote-delegation] input[data-field="uai"]');
      await driver.executeScript(`
        const late = document.createElement('div');
        late.id = 'late';
        late.dataset.pronoteDelegation = '';
        late.dataset.ent = 'toutatice';
        late.dataset.uai = '0310047H';
        late.dataset.show = 'registry';
        document.querySelector('main').append(late);`);
      await driver.wait(async () => (await rootOf('#late')) === 'https://0310047H.index-education.net/pronote/', 10000);
      // A copy carries the markup and the mounted mark, but no app: it must be mounted afresh.
      await driver.executeScript(`
        const copy = document.createElement('div');
        copy.innerHTML = document.querySelector('#late').outerHTML.replace('id="late"', 'id="copy"');
        document.querySelector('main').append(copy.firstElementChild);`);
      const alive = await script(`
        for (let i = 0; i < 100; i += 1) {
          await new Promise((r) => setTimeout(r, 50));
          if (testApi.liveApps() === 4) return true;
        }
        return testApi.liveApps();`);
      assert.equal(alive, true, 'the two widgets of the page, the late one and the copy');
      assert.equal(await rootOf('#copy'), 'https://0310047H.index-education.net/pronote/');
    });

    test('the custom element mounts, unmounts, mounts again, and follows its attributes', async () => {
      await open(`${SUB}docs-2.html`, 'pronote-delegation [data-address="cas-login"]');
      const result = await script(`
        const wait = async (check) => { for (let i = 0; i < 100; i += 1) { if (await check()) return true; await new Promise((r) => setTimeout(r, 50)); } return false; };
        const before = testApi.liveApps();
        const element = document.createElement('pronote-delegation');
        element.setAttribute('ent', 'toutatice');
        element.setAttribute('uai', 'toutatice');
        element.setAttribute('show', 'cas');
        document.querySelector('main').append(element);
        const entUrl = () => element.querySelector('[data-address="ent-url"]')?.textContent;
        const mounted = await wait(() => entUrl() === 'https://toutatice.index-education.net/pronote/**');
        const liveMounted = testApi.liveApps();
        element.remove();
        await wait(async () => (testApi.liveApps()) === before);
        const liveRemoved = testApi.liveApps();
        const emptied = element.childElementCount === 0;
        document.querySelector('main').append(element);
        const remounted = await wait(() => entUrl() === 'https://toutatice.index-education.net/pronote/**');
        element.setAttribute('uai', '0310047H');
        const followed = await wait(() => entUrl() === 'https://0310047H.index-education.net/pronote/**');
        return { before, mounted, liveMounted, liveRemoved, emptied, remounted, followed, liveAfter: testApi.liveApps() };`);
      assert.equal(result.failed, undefined, result.failed);
      assert.equal(result.mounted, true);
      assert.equal(result.liveMounted, result.before + 1);
      assert.equal(result.liveRemoved, result.before, 'removing the element ends its widget');
      assert.equal(result.emptied, true);
      assert.equal(result.remounted, true, 'connected again, it mounts again');
      assert.equal(result.followed, true, 'an attribute change is applied');
      assert.equal(result.liveAfter, result.before + 1, 'one widget, not one per mount');
    });

    test(`${SWAPS} page swaps leave exactly the widgets on screen alive, and the memory flat`, async () => {
      await open(`${SUB}docs-1.html`, '[data-pronote-delegation] input[data-field="uai"]');
      const result = await script(`
        const wait = async (check) => { for (let i = 0; i < 200; i += 1) { if (await check()) return true; await new Promise((r) => setTimeout(r, 25)); } return false; };
        const onScreen = () => document.querySelectorAll('main [data-pronote-delegation], main pronote-delegation').length;
        const mountedOnScreen = () => [...document.querySelectorAll('main [data-pronote-delegation], main pronote-delegation')]
          .every((element) => element.querySelector('.pd-widget'));
        const memory = [];
        for (let swap = 1; swap <= ${SWAPS}; swap += 1) {
          const page = swap % 2 ? 'docs-2.html' : 'docs-1.html';
          document.querySelector('a[data-instant][href="' + page + '"]').click();
          if (!await wait(() => document.title.includes(swap % 2 ? '2/2' : '1/2') && mountedOnScreen())) return { stuck: swap };
          if (!await wait(async () => (testApi.liveApps()) === onScreen())) return { live: testApi.liveApps(), onScreen: onScreen(), swap };
          if (swap === 10 || swap === ${SWAPS}) memory.push(testApi.memoryBytes());
        }
        return { live: testApi.liveApps(), onScreen: onScreen(), memory };`);
      assert.equal(result.stuck, undefined, `swap ${result.stuck} never showed its widgets`);
      assert.equal(result.live, result.onScreen, 'exactly the widgets on screen are alive');
      const [atTen, atEnd] = result.memory;
      // The wasm memory grows by 64 KiB pages and never shrinks: widgets that leaked would add megabytes.
      assert.ok(atEnd - atTen <= 1024 * 1024, `memory ${atTen} bytes after 10 swaps, ${atEnd} after ${SWAPS}`);
      // The last page (docs-1) is interactive: a UAI typed in its form reaches its spaces table.
      const input = await driver.findElement(By.css('main [data-pronote-delegation] input[data-field="uai"]'));
      await input.clear();
      await input.sendKeys('0620052V');
      await driver.wait(async () => (await driver.executeScript(
        'return document.querySelector(\'main pronote-delegation [data-address="commune.desktop"]\')?.textContent'))
        === 'https://0620052V.index-education.net/pronote/', 10000);
    });
  });
}
