// The live PRONOTE's InfoMobileApp.json, read by the built widget (dist/) in headless Chromium and Firefox:
// a PRONOTE stand-in on another loopback origin serves the file once with `Access-Control-Allow-Origin`
// (the widget reads it itself) and once without (the browser refuses: the reader pastes it). The host
// page's policy is the strict one, with the stand-in allowed in `connect-src`, as a page that wants the
// widget to read the file must allow it. Run by `make test-pages`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { By, until } from 'selenium-webdriver';
import { browsers } from './browsers.mjs';
import { STRICT_CSP, startServer } from '../../tools/static_server.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const FILE = join(import.meta.dirname, '..', 'fixtures', 'published', 'older-2021.json');
const TOKEN = 'FIXTURE-TOKEN-older-7f3a9c2e5b1d';
const SUB = '/docs/pronote/';
const ID = '0D264427-EEFC-4810-A9E9-346942A862A4';

let server;
let pronote;
let file;
// What the stand-in was asked: path and the headers that could carry the reader's identity.
const asked = [];

/** A PRONOTE stand-in: `/cors/pronote/` answers with the header allowing any origin, `/closed/pronote/` without. */
async function startPronote() {
  const stand = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    asked.push({ path: url.pathname, id: url.searchParams.get('id'), cookie: req.headers.cookie, referer: req.headers.referer });
    const open = url.pathname === '/cors/pronote/InfoMobileApp.json';
    if (!open && url.pathname !== '/closed/pronote/InfoMobileApp.json') return res.writeHead(404).end();
    const headers = { 'Content-Type': 'application/json; charset=utf-8' };
    if (open) headers['Access-Control-Allow-Origin'] = '*';
    res.writeHead(200, headers).end(file);
  });
  await new Promise((resolve) => stand.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${stand.address().port}`,
    close: () => new Promise((resolve) => stand.close(resolve)),
  };
}

const hostPage = (root) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>test</title>
<script type="module" src="${SUB}widget.js"></script></head><body>
<div id="w" data-pronote-delegation data-ent="mon_ent_occitanie" data-hosting="custom" data-url="${root}"></div>
</body></html>`;

before(async () => {
  file = await readFile(FILE, 'utf8');
  pronote = await startPronote();
  server = await startServer({
    dist: DIST,
    mounts: [SUB],
    csp: () => STRICT_CSP.replace("default-src 'self';", `default-src 'self'; connect-src 'self' ${pronote.origin};`),
    extra: {
      [`${SUB}open.html`]: hostPage(`${pronote.origin}/cors/pronote/`),
      [`${SUB}closed.html`]: hostPage(`${pronote.origin}/closed/pronote/`),
    },
  });
});
after(async () => {
  await server?.close();
  await pronote?.close();
});

for (const [name, launch] of Object.entries(browsers)) {
  describe(`the live PRONOTE's file in headless ${name}`, () => {
    let driver;
    before(async () => { driver = await launch(); });
    after(async () => { await driver?.quit(); });

    const openPart = async (page) => {
      await driver.get(`${server.origin}${SUB}${page}`);
      const toggle = await driver.wait(until.elementLocated(By.css('#w button[data-part="published"]')), 20000);
      await toggle.click();
    };
    const findings = () => driver.executeScript(
      'return [...document.querySelectorAll("#w .pd-published [data-finding]")].map((e) => e.dataset.finding);');
    const status = async () => (await driver.findElement(By.css('#w [data-status="published"]'))).getText();
    const tokenAnywhere = () => driver.executeScript(`
      const values = [...document.querySelectorAll('input, textarea')].map((e) => e.value);
      return [document.documentElement.outerHTML, location.href, ...values].some((t) => t.includes(arguments[0]));`,
    TOKEN);

    test('a server allowing other origins: the widget reads the file itself, without cookies or referrer', async () => {
      asked.length = 0;
      await openPart('open.html');
      await driver.wait(async () => (await findings()).includes('live-cas-matches'), 15000);
      assert.deepEqual(await findings(), ['live-school', 'live-version', 'live-cas-matches']);
      assert.match(await status(), /lu directement/);
      assert.equal(asked.length, 1);
      assert.deepEqual(asked[0], { path: '/cors/pronote/InfoMobileApp.json', id: ID, cookie: undefined, referer: undefined });
      assert.equal(await tokenAnywhere(), false, 'the token is nowhere in the page');
    });

    test('a server without the header: the browser refuses, the part says to paste, and the paste is read', async () => {
      asked.length = 0;
      await openPart('closed.html');
      await driver.wait(async () => /collez ici/.test(await status().catch(() => '')), 15000);
      assert.equal(asked.length, 1, 'the request was made; the browser kept the answer from the page');
      assert.deepEqual(await findings(), []);
      const field = await driver.findElement(By.css('#w textarea[data-field="published"]'));
      // As a reader's paste: the whole text at once, then the input event.
      await driver.executeScript(`arguments[0].value = arguments[1];
        arguments[0].dispatchEvent(new InputEvent('input', { bubbles: true }));`, field, file);
      await driver.wait(async () => (await findings()).includes('live-school'), 10000);
      assert.deepEqual(await findings(), ['live-school', 'live-version', 'live-cas-matches']);
      assert.equal(await field.getAttribute('value'), '', 'the field is emptied once read');
      assert.equal(await tokenAnywhere(), false, 'the token is nowhere in the page');
    });
  });
}
