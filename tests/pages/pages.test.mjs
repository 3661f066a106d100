// Page-level tests of the built site (dist/), as an academy would host it: in a sub-folder, under a strict
// Content-Security-Policy sent as a real header, driven in headless Chromium and headless Firefox through
// their WebDriver servers. Run by `make test` after the release build: `make test-pages`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { By, until } from 'selenium-webdriver';
import { browsers } from './browsers.mjs';
import { startServer } from '../../tools/static_server.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages');
const SUB = '/docs/pronote/';
const BROKEN = '/broken/';
// Where an author pastes the embed code: another folder than the widget's.
const AUTHOR_PAGE = '/guides/delegation/page.html';
// The console's "URL d'authentification" is the bare login; the "Vérifier" part's link carries the service.
const SEED_LOGIN = 'https://www.toutatice.fr/casshib/shib/toutatice/login';
const SEED_LOGIN_LINK =
  'https://www.toutatice.fr/casshib/shib/toutatice/login?service=https%3A%2F%2Ftoutatice.index-education.net%2Fpronote%2F';
const SEED_ENT_URL = 'https://toutatice.index-education.net/pronote/**';

const hostPage = (body) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>test</title>
<script type="module" src="${SUB}widget.js"></script></head><body>${body}</body></html>`;


let server;
// Pages made during the tests (the author's page with the copied snippet); the server reads it on each request.
const extra = {};
before(async () => {
  const { readFile } = await import('node:fs/promises');
  server = await startServer({
    dist: DIST,
    mounts: [SUB, BROKEN],
    missing: new Set([`${BROKEN}pronote-delegation_bg.wasm`]),
    extra: Object.assign(extra, {
      [`${SUB}bad-presets.json`]: await readFile(join(FIXTURES, 'bad-presets.json'), 'utf8'),
      [`${SUB}two.html`]: hostPage(`
        <div id="a" data-pronote-delegation data-ent="toutatice" data-uai="0310047H"></div>
        <div id="b" data-pronote-delegation data-ent="toutatice" data-uai="0910626L"></div>`),
      [`${SUB}presets.html`]: hostPage(`
        <div id="w" data-pronote-delegation data-presets="bad-presets.json" data-ent="toutatice" data-uai="toutatice"></div>`),
      [`${BROKEN}host.html`]: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title>
        <script type="module" src="${BROKEN}widget.js"></script></head><body>
        <div id="w" data-pronote-delegation><p>Chargement…</p></div></body></html>`,
    }),
  });
});
after(() => server?.close());

for (const [name, launch] of Object.entries(browsers)) {
  describe(`pages in headless ${name}`, () => {
    let driver;
    before(async () => { driver = await launch(); });
    after(async () => { await driver?.quit(); });

    const open = async (path, selector) => {
      await driver.get(`${server.origin}${path}`);
      return driver.wait(until.elementLocated(By.css(selector)), 20000);
    };
    const address = async (root, key) => (await root.findElement(By.css(`[data-address="${key}"]`))).getText();
    const typeInto = async (input, text) => {
      await input.clear();
      await input.sendKeys(text);
    };
    const resources = () => driver.executeScript(
      'return performance.getEntriesByType("resource").map((e) => e.name).concat([location.href]);');

    test('the example procedure page renders from a sub-folder under the strict CSP, steps following step 1', async () => {
      const reportsBefore = server.reports.length;
      // The page names no school: the addresses appear once the reader gives theirs in step 1.
      await open(`${SUB}procedure.html`, 'input[data-field="uai"]');
      const widgets = await driver.findElements(By.css('[data-pronote-delegation]:not([data-show="checklist"])'));
      assert.equal(widgets.length, 6);
      await typeInto(await widgets[0].findElement(By.css('input[data-field="uai"]')), 'toutatice');
      await driver.wait(async () => (await address(widgets[2], 'ent-url')) === SEED_ENT_URL, 10000);
      assert.equal(await address(widgets[2], 'cas-login'), SEED_LOGIN);
      assert.equal(await address(widgets[1], 'parent.desktop'), 'https://toutatice.index-education.net/pronote/parent.html');
      assert.equal(await address(widgets[3], 'root'), 'https://toutatice.index-education.net/pronote/');
      assert.match(await address(widgets[3], 'service-pattern'), /toutatice\\\.index-education\\\.net/);
      assert.equal(await address(widgets[5], 'cas-login-link'), SEED_LOGIN_LINK);
      // Reports are posted asynchronously: give them a moment to arrive before asserting there are none.
      await driver.sleep(300);
      assert.deepEqual(server.reports.slice(reportsBefore), [], 'no Content-Security-Policy violation');
      for (const url of await resources()) assert.ok(url.startsWith(server.origin), `same-origin request: ${url}`);
    });

    test('two widgets on one page keep separate state', async () => {
      await open(`${SUB}two.html`, '#b [data-address="root"]');
      const a = await driver.findElement(By.id('a'));
      const b = await driver.findElement(By.id('b'));
      await typeInto(await a.findElement(By.css('input[data-field="uai"]')), '0620052V');
      await driver.wait(async () => (await address(a, 'root')) === 'https://0620052V.index-education.net/pronote/', 10000);
      assert.equal(await address(b, 'root'), 'https://0910626L.index-education.net/pronote/');
      const marks = await driver.executeScript(
        'return performance.getEntriesByName("pronote-delegation:first-render").length');
      assert.equal(marks, 1, 'one first-render mark per page, whatever the number of widgets (make bench)');
    });

    test('a malformed data-presets file shows its error and the built-in presets still work', async () => {
      await open(`${SUB}presets.html`, '#w [data-error="presets"]');
      const widget = await driver.findElement(By.id('w'));
      const errors = await widget.findElements(By.css('[data-error="presets"]'));
      const text = (await Promise.all(errors.map((e) => e.getText()))).join('\n');
      assert.match(text, /bad-presets\.json/, 'the error names the file');
      assert.equal(await address(widget, 'cas-login'), SEED_LOGIN);
      const requested = (await resources()).filter((u) => u.endsWith('.json'));
      assert.deepEqual(requested, [`${server.origin}${SUB}bad-presets.json`], 'only the named presets file is fetched');
    });

    test('computeAddresses gives the seed addresses, and an Error naming the field for a wrong UAI', async () => {
      await open(`${SUB}two.html`, '#a [data-address="root"]');
      const result = await driver.executeAsyncScript(`
        const done = arguments[arguments.length - 1];
        const api = window.PronoteDelegation;
        Promise.all([
          api.computeAddresses({ ent: 'toutatice', uai: 'toutatice' }),
          api.computeAddresses({ ent: 'toutatice', uai: '0310047A' }).then(() => null, (e) => ({
            // instanceof would compare realms (Firefox runs scripts in a sandbox); the tag does not.
            isError: Object.prototype.toString.call(e) === '[object Error]', field: e.field, message: e.message })),
        ]).then(([seed, wrong]) => done({ seed, wrong }), (e) => done({ failed: String(e) }));`);
      assert.equal(result.failed, undefined, result.failed);
      assert.equal(result.seed.root, 'https://toutatice.index-education.net/pronote/');
      assert.equal(result.seed.addresses['cas-login'], SEED_LOGIN);
      assert.equal(result.seed.addresses['cas-login-link'], SEED_LOGIN_LINK);
      assert.equal(result.seed.addresses['ent-url'], SEED_ENT_URL);
      assert.equal(result.seed.addresses['service-keycloak'], 'https://toutatice.index-education.net/pronote/*');
      assert.equal(result.seed.addresses['cas-validation'], 'https://www.toutatice.fr/casshib/shib/666666/samlValidate');
      assert.equal(result.seed.addresses['direct-login'], 'https://toutatice.index-education.net/pronote/?login=true');
      assert.equal(result.seed.addresses['eleve.mobile'], 'https://toutatice.index-education.net/pronote/mobile.eleve.html');
      assert.equal(result.wrong.isError, true);
      assert.equal(result.wrong.field, 'uai');
      assert.match(result.wrong.message, /H/);
    });

    test('mount(element, options) from a page script mounts a widget showing only the asked-for part', async () => {
      await open(`${SUB}two.html`, '#a [data-address="root"]');
      const login = await driver.executeAsyncScript(`
        const done = arguments[arguments.length - 1];
        const host = document.createElement('div');
        host.id = 'scripted';
        document.body.append(host);
        window.PronoteDelegation.mount(host, { ent: 'toutatice', uai: 'toutatice', show: 'cas' })
          .then(() => done('mounted'), (e) => done('failed: ' + e));`);
      assert.equal(login, 'mounted');
      const scripted = await driver.wait(until.elementLocated(By.css('#scripted [data-address="cas-login"]')), 10000);
      assert.equal(await scripted.getText(), SEED_LOGIN);
      const inputs = await driver.findElements(By.css('#scripted input'));
      assert.equal(inputs.length, 0, 'show: "cas" leaves the form out');
    });

    test('the standalone page, in French and in English, has no serious or critical axe-core violation', async () => {
      const axe = await (await import('node:fs/promises')).readFile(
        join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
      for (const lang of ['fr', 'en']) {
        await open(`${SUB}index.html?ent=toutatice&uai=0310047H&lang=${lang}`, '[data-address="cas-login"]');
        assert.equal(await driver.executeScript('return document.querySelector(".pd-widget").lang'), lang);
        await driver.executeScript(axe);
        const violations = await driver.executeAsyncScript(`
          const done = arguments[arguments.length - 1];
          axe.run(document, { resultTypes: ['violations'] })
            .then((r) => done(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
              .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', '))))
            .catch((e) => done(['axe failed: ' + e]));`);
        assert.deepEqual(violations, [], `axe-core (${lang})`);
      }
    });

    test('an ENT\'s notes and sources come from provenance.json beside the widget, once its details are opened', async () => {
      await open(`${SUB}index.html?ent=toutatice&uai=0310047H`, '[data-address="cas-login"]');
      const fetched = async () => (await resources()).filter((u) => u.endsWith('provenance.json'));
      assert.deepEqual(await fetched(), [], 'the first render does not wait for the provenance');
      await (await driver.findElement(By.css('details.pd-provenance summary'))).click();
      const sources = await driver.wait(until.elementLocated(By.css('[data-sources] li')), 10000);
      assert.match(await sources.getText(), /Académie de Rennes|PRONOTE 2022/);
      assert.deepEqual(await fetched(), [`${server.origin}${SUB}provenance.json`], 'fetched from the widget\'s folder');
    });

    test('the embed code copied from the standalone page shows the same addresses in an author\'s page', async () => {
      const addresses = () => driver.executeScript(`return Object.fromEntries([...document.querySelectorAll('[data-address]')]
        .map((e) => [e.dataset.address, e.textContent]));`);
      await open(`${SUB}index.html?ent=toutatice&uai=0310047H&hosting=toutatice&spaces=academie-off`, '[data-address="cas-login"]');
      await (await driver.findElement(By.css('button[data-part="embed"]'))).click();
      const snippet = await driver.wait(until.elementLocated(By.css('[data-snippet="embed"]')), 10000);
      const code = await driver.executeScript('return arguments[0].textContent', snippet);
      assert.match(code, new RegExp(`src="${server.origin}${SUB}widget\\.js"`));
      const expected = await addresses();
      assert.ok(Object.keys(expected).length > 10);

      const reportsBefore = server.reports.length;
      extra[AUTHOR_PAGE] = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>guide</title></head>
        <body><h1>Délégation CAS</h1>${code}</body></html>`;
      await open(AUTHOR_PAGE, '[data-address="cas-login"]');
      assert.deepEqual(await addresses(), expected);
      await driver.sleep(300);
      assert.deepEqual(server.reports.slice(reportsBefore), [], 'no Content-Security-Policy violation');
    });

    test('diagnose reads PRONOTE\'s loosely encoded service, in the page and through the JS API', async () => {
      const pasted = 'https://www.toutatice.fr/casshib/shib/toutatice/login?service=https:%2F%2F0310047H.index-education.net%2Fpronote%2Fmobile.eleve.html%3Ffd=1';
      await open(`${SUB}index.html?ent=toutatice&uai=0310047H`, '[data-address="cas-login"]');
      await (await driver.findElement(By.css('button[data-part="diagnose"]'))).click();
      const input = await driver.wait(until.elementLocated(By.css('input[data-field="diagnose"]')), 10000);
      await typeInto(input, pasted);
      await driver.wait(until.elementLocated(By.css('[data-finding="service-matches"]')), 10000);
      const result = await driver.executeAsyncScript(`
        const done = arguments[arguments.length - 1];
        window.PronoteDelegation.diagnose({ ent: 'toutatice', uai: '0310047H', lang: 'en' }, arguments[0])
          .then(done, (e) => done({ failed: String(e) }));`, pasted.replace('https:%2F%2F0310047H', 'http:%2F%2F0310047H'));
      assert.equal(result.failed, undefined, result.failed);
      assert.deepEqual(result.findings.map((f) => f.code), ['service-scheme']);
      assert.match(result.findings[0].message, /http:\/\/ instead of https:\/\//);
    });

    test('when the wasm cannot load, the element says so and links to the standalone page', async () => {
      const box = await open(`${BROKEN}host.html`, '#w .pd-fallback');
      assert.match(await box.getText(), /n’a pas pu démarrer/);
      const link = await box.findElement(By.css('a'));
      assert.equal(await link.getAttribute('href'), `${server.origin}${BROKEN}index.html`);
    });
  });
}
