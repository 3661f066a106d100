// Faults an embedding page can throw at the widget, each in headless Chromium and headless Firefox against
// the built site (dist/) served with the strict Content-Security-Policy: every one must end with a clear
// message in place, throw nothing into the host page, and leave the page's other widget (#ok) working.
// The README's "Faults" table lists them. Run by `make test-pages`, beside tests/pages/pages.test.mjs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { By, until } from 'selenium-webdriver';
import { browsers } from './browsers.mjs';
import { startServer, STRICT_CSP } from '../../tools/static_server.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const SUB = '/docs/pronote/';
// The same site, broken in one way each: the whole widget then falls back to its message.
// The glue is part of widget.js (tools/seal.mjs); the stylesheet is the other file widget.js loads itself.
const NO_CSS = '/no-css/';
const CORRUPT = '/corrupt/';
const NO_WASM_EVAL = '/no-wasm-eval/';
const SEED_LOGIN = 'https://www.toutatice.fr/casshib/shib/toutatice/login';
// Documented limits of a data-presets file (src/browser/presets_file.rs, README "Faults").
const MAX_FILE_KIB = 256;
const MAX_ENTRIES = 500;
const TIMEOUT_S = 10;
// Markup in an attribute: were it ever parsed as HTML, it would add an <img> and set window.__pwned.
const HOSTILE = '"><img src=x onerror="window.__pwned=1"><b>x</b><script>window.__pwned=2</script>';

const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

// No inline script is allowed by the CSP: the host page's own scripts are files too. probe.js records
// whatever reaches the page as an error or an unhandled rejection; it runs before the widget's module.
const hostPage = (body, scripts = []) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>fault</title>
<script src="${SUB}probe.js"></script>
${scripts.map((s) => `<script src="${SUB}${s}"></script>`).join('\n')}
<script type="module" src="${SUB}widget.js"></script></head><body>${body}
<div id="ok" data-pronote-delegation data-ent="toutatice" data-uai="toutatice" data-show="cas"></div>
</body></html>`;
const faulty = (attributes) => hostPage(`<div id="w" data-pronote-delegation ${attributes}></div>`);

const preset = (id, fields = {}) => ({
  id, name: `ENT ${id}`, region: 'Académie de test', family: 'other',
  cas_base: `https://cas.${id}.fr/cas`, login: `https://cas.${id}.fr/cas/login`,
  confidence: 'seen', sources: ['a test'], ...fields,
});

const PROBE = `window.__faults = [];
addEventListener('error', (e) => window.__faults.push('error: ' + e.message));
addEventListener('unhandledrejection', (e) => window.__faults.push('rejection: ' + ((e.reason && e.reason.message) || e.reason)));`;
// The Clipboard API refuses (as without a user gesture or permission), and so does execCommand("copy").
const CLIPBOARD_REFUSED = `if (window.Clipboard) Clipboard.prototype.writeText = function () {
  return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')); };
Document.prototype.execCommand = function () { return false; };`;
// As in a sandboxed iframe without allow-same-origin: replaceState throws a SecurityError.
// Storage refused, as with third-party cookies blocked: the widget must not need it.
const STORAGE_REFUSED = `for (const name of ['localStorage', 'sessionStorage']) Object.defineProperty(window, name, {
  configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`;
const HISTORY_THROWS = `History.prototype.replaceState = function () {
  throw new DOMException('replaceState is not allowed here', 'SecurityError'); };`;


let server;
before(async () => {
  const hostile = escapeAttribute(HOSTILE);
  const attributes = ['ent', 'hosting', 'uai', 'url', 'lang', 'spaces', 'presets', 'show', 'sync', 'permalink']
    .map((name) => `data-${name}="${hostile}"`).join(' ');
  const longUrl = `https://pronote.exemple.fr/${'a'.repeat(1024 * 1024)}/`;
  const fallbackPage = (folder) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>fault</title>
<script src="${SUB}probe.js"></script><script type="module" src="${folder}widget.js"></script></head><body>
<div id="w" data-pronote-delegation data-ent="toutatice" data-uai="toutatice"></div>
<div id="ok" data-pronote-delegation data-ent="toutatice" data-uai="toutatice"></div></body></html>`;
  server = await startServer({
    dist: DIST,
    mounts: [SUB, NO_CSS, CORRUPT, NO_WASM_EVAL],
    missing: new Set([`${NO_CSS}widget.css`]),
    delays: { [`${SUB}slow.json`]: (TIMEOUT_S + 5) * 1000 },
    // The page's policy without 'wasm-unsafe-eval': the browser refuses to compile any WebAssembly.
    csp: (path) => (path.startsWith(NO_WASM_EVAL) ? STRICT_CSP.replace(" 'wasm-unsafe-eval'", '') : STRICT_CSP),
    extra: {
      [`${CORRUPT}pronote-delegation_bg.wasm`]: Buffer.from('\0asm\x01\0\0\0 this is not a module', 'latin1'),
      [`${NO_CSS}host.html`]: fallbackPage(NO_CSS),
      [`${CORRUPT}host.html`]: fallbackPage(CORRUPT),
      [`${NO_WASM_EVAL}host.html`]: fallbackPage(NO_WASM_EVAL),
      [`${SUB}storage-refused.js`]: STORAGE_REFUSED,
      [`${SUB}storage.html`]: hostPage(
        '<div id="w" data-pronote-delegation data-permalink data-ent="toutatice" data-uai="toutatice"></div>',
        ['storage-refused.js']),
      [`${SUB}many-widgets.html`]: hostPage(Array.from({ length: 200 }, (_, i) =>
        `<div class="many" data-pronote-delegation data-ent="toutatice" data-uai="toutatice" data-show="cas"></div>`).join('\n')),
      [`${SUB}probe.js`]: PROBE,
      [`${SUB}clipboard-refused.js`]: CLIPBOARD_REFUSED,
      [`${SUB}history-throws.js`]: HISTORY_THROWS,
      [`${SUB}not-json.html`]: '<!doctype html><html><body><h1>Page introuvable</h1></body></html>',
      [`${SUB}big.json`]: JSON.stringify([preset('gros', { notes: 'x'.repeat(MAX_FILE_KIB * 1024) })]),
      // Small entries, so that the count is what is refused, not the size.
      [`${SUB}many.json`]: JSON.stringify(Array.from({ length: 3000 }, (_, i) => ({ id: `ent${i}` }))),
      [`${SUB}dup.json`]: JSON.stringify([preset('double'), preset('double', { login: 'https://cas.second.fr/cas/login' })]),
      [`${SUB}hosts.json`]: JSON.stringify([preset('melange', {
        login: 'https://login.autre.fr/cas/login', validation: 'https://valid.troisieme.fr/cas/samlValidate' })]),
      [`${SUB}stacked.json`]: JSON.stringify([preset('empile', {
        validation: 'https://cas.empile.fr/cas/p3/serviceValidate/samlValidate' })]),
      [`${SUB}slow.json`]: JSON.stringify([preset('lent')]),
      [`${SUB}presets-slow.html`]: faulty('data-presets="slow.json" data-ent="toutatice" data-uai="toutatice"'),
      [`${SUB}presets-missing.html`]: faulty('data-presets="absent.json" data-ent="toutatice" data-uai="toutatice"'),
      [`${SUB}presets-html.html`]: faulty('data-presets="not-json.html" data-ent="toutatice" data-uai="toutatice"'),
      [`${SUB}presets-big.html`]: faulty('data-presets="big.json" data-ent="toutatice" data-uai="toutatice"'),
      [`${SUB}presets-many.html`]: faulty('data-presets="many.json" data-ent="toutatice" data-uai="toutatice"'),
      [`${SUB}presets-dup.html`]: faulty('data-presets="dup.json" data-ent="double" data-uai="0310047H"'),
      [`${SUB}presets-hosts.html`]: faulty('data-presets="hosts.json" data-ent="melange" data-uai="0310047H"'),
      [`${SUB}presets-stacked.html`]: faulty('data-presets="stacked.json" data-ent="toutatice" data-uai="toutatice"'),
      [`${SUB}clipboard.html`]: hostPage(
        '<div id="w" data-pronote-delegation data-ent="toutatice" data-uai="toutatice"></div>', ['clipboard-refused.js']),
      [`${SUB}history.html`]: hostPage(
        '<div id="w" data-pronote-delegation data-permalink data-ent="toutatice" data-uai="toutatice"></div>',
        ['history-throws.js']),
      [`${SUB}hostile.html`]: hostPage(`<div id="w" data-pronote-delegation ${attributes}></div>`),
      [`${SUB}long-url.html`]: faulty(`data-hosting="custom" data-url="${longUrl}"`),
    },
  });
});
after(() => server?.close());

for (const [name, launch] of Object.entries(browsers)) {
  describe(`faults in headless ${name}`, () => {
    let driver;
    before(async () => { driver = await launch(); });
    after(async () => { await driver?.quit(); });

    const open = async (page, selector, timeout = 20000) => {
      await driver.get(`${server.origin}${SUB}${page}`);
      return driver.wait(until.elementLocated(By.css(selector)), timeout);
    };
    const texts = async (selector) => Promise.all(
      (await driver.findElements(By.css(selector))).map((element) => element.getText()));
    const address = async (selector) => (await driver.findElement(By.css(selector))).getText();
    // What every fault must leave: no error in the page, and the other widget whole.
    const pageIsUnharmed = async () => {
      await driver.wait(until.elementLocated(By.css('#ok [data-address="cas-login"]')), 20000);
      assert.equal(await address('#ok [data-address="cas-login"]'), SEED_LOGIN, 'the other widget works');
      assert.deepEqual(await driver.executeScript('return window.__faults'), [], 'nothing thrown into the page');
      assert.equal(await driver.executeScript('return window.__pwned'), null, 'no markup ran');
    };
    const presetsError = async (file) => {
      await open(file, '#w [data-error="presets"]');
      return (await texts('#w [data-error="presets"]')).join('\n');
    };

    test('a missing presets file: its error names the file and the HTTP status; built-ins work', async () => {
      const text = await presetsError('presets-missing.html');
      assert.match(text, /absent\.json/);
      assert.match(text, /404/);
      assert.equal(await address('#w [data-address="cas-login"]'), SEED_LOGIN);
      await pageIsUnharmed();
    });

    test(`a presets file slower than ${TIMEOUT_S} s is given up with a message; the addresses never waited`, async () => {
      await open('presets-slow.html', '#w [data-address="cas-login"]');
      assert.equal(await address('#w [data-address="cas-login"]'), SEED_LOGIN, 'the addresses do not wait for the file');
      await driver.wait(until.elementLocated(By.css('#w [data-error="presets"]')), (TIMEOUT_S + 4) * 1000);
      const text = (await texts('#w [data-error="presets"]')).join('\n');
      assert.match(text, /slow\.json/);
      await pageIsUnharmed();
    });

    test('a presets address serving an HTML page: "une page web, pas un fichier de préréglages JSON"', async () => {
      const text = await presetsError('presets-html.html');
      assert.match(text, /not-json\.html/);
      // The page speaks French: the whole message is French, no English detail inside it.
      assert.match(text, /est une page web, pas un fichier de préréglages JSON/);
      assert.equal(await address('#w [data-address="cas-login"]'), SEED_LOGIN);
      await pageIsUnharmed();
    });

    test(`a presets file over ${MAX_FILE_KIB} KiB is not read`, async () => {
      const text = await presetsError('presets-big.html');
      assert.match(text, /big\.json/);
      assert.match(text, new RegExp(`dépasse ${MAX_FILE_KIB}\\sKio`));
      assert.equal(await address('#w [data-address="cas-login"]'), SEED_LOGIN);
      await pageIsUnharmed();
    });

    test(`a presets file of thousands of entries is refused past ${MAX_ENTRIES}`, async () => {
      const text = await presetsError('presets-many.html');
      assert.match(text, /many\.json/);
      assert.match(text, new RegExp(`plus de ${MAX_ENTRIES} préréglages`));
      assert.equal(await address('#w [data-address="cas-login"]'), SEED_LOGIN);
      await pageIsUnharmed();
    });

    test('duplicate ids in a presets file: the second is reported, the first is used', async () => {
      const text = await presetsError('presets-dup.html');
      assert.match(text, /dup\.json\[1\]/);
      assert.match(text, /double/);
      await driver.wait(until.elementLocated(By.css('#w [data-address="cas-login"]')), 10000);
      assert.equal(await address('#w [data-address="cas-login"]'), 'https://cas.double.fr/cas/login');
      await pageIsUnharmed();
    });

    test('a preset whose login, validation and CAS base are on different hosts: a warning names them', async () => {
      const warning = await open('presets-hosts.html', '#w [data-warning="hosts-differ"]');
      const text = await warning.getText();
      for (const host of ['login.autre.fr', 'valid.troisieme.fr', 'cas.melange.fr']) assert.ok(text.includes(host), text);
      assert.equal(await address('#w [data-address="cas-login"]'), 'https://login.autre.fr/cas/login');
      await pageIsUnharmed();
    });

    test('a validation address stacking two validation paths is rejected, naming the entry and field', async () => {
      const text = await presetsError('presets-stacked.html');
      assert.match(text, /stacked\.json\[0\]/);
      assert.match(text, /validation/);
      assert.match(text, /serviceValidate\/samlValidate/);
      await pageIsUnharmed();
    });

    test('the Clipboard API refused (and execCommand too): the text is selected and the reader told to press Ctrl+C', async () => {
      await open('clipboard.html', '#w [data-address="cas-login"]');
      await (await driver.findElement(By.css('#w .pd-copy'))).click();
      await driver.wait(async () => (await texts('#w .pd-live')).join('').includes('Ctrl+C'), 10000);
      const selected = await driver.executeScript('return String(getSelection())');
      assert.ok(selected.length > 0, 'something is selected for Ctrl+C');
      await pageIsUnharmed();
    });

    test('history.replaceState throwing (a sandboxed frame): the permalink is given up, the widget keeps working', async () => {
      const input = await open('history.html', '#w input[data-field="uai"]');
      await input.clear();
      await input.sendKeys('0310047H');
      await driver.wait(async () => (await address('#w [data-address="root"]'))
        === 'https://0310047H.index-education.net/pronote/', 10000);
      await driver.sleep(800); // past the permalink's pause, when replaceState is called
      assert.ok(!(await driver.getCurrentUrl()).includes('0310047H'), 'the page address could not change');
      await pageIsUnharmed();
    });

    test('markup in every data- attribute is shown as text, never parsed', async () => {
      await open('hostile.html', '#w [data-error]');
      const errors = (await texts('#w [data-error]')).join('\n');
      assert.ok(errors.includes('<img src=x'), `the markup is quoted as text: ${errors}`);
      const injected = await driver.findElements(By.css('#w img, #w script, #w b'));
      assert.equal(injected.length, 0, 'no element made from an attribute');
      await pageIsUnharmed();
    });

    for (const [folder, fault] of [[NO_CSS, 'the stylesheet missing (404)'], [CORRUPT, 'the wasm corrupt'],
      [NO_WASM_EVAL, 'the page\'s CSP without \'wasm-unsafe-eval\'']]) {
      test(`${fault}: every widget says it could not start and links to the standalone page`, async () => {
        await driver.get(`${server.origin}${folder}host.html`);
        await driver.wait(async () => (await driver.findElements(By.css('.pd-fallback'))).length === 2, 20000);
        for (const box of await driver.findElements(By.css('.pd-fallback'))) {
          assert.match(await box.getText(), /n’a pas pu démarrer/);
          assert.equal(await (await box.findElement(By.css('a'))).getAttribute('href'), `${server.origin}${folder}index.html`);
        }
        assert.deepEqual(await driver.executeScript('return window.__faults'), [], 'nothing thrown into the page');
      });
    }

    test('storage refused (localStorage and sessionStorage throw): the widget does not need it', async () => {
      await open('storage.html', '#w [data-address="cas-login"]');
      assert.equal(await address('#w [data-address="cas-login"]'), SEED_LOGIN);
      await pageIsUnharmed();
    });

    test('200 widgets on one page all mount (the time is the bench\'s to report, not asserted)', async () => {
      await driver.get(`${server.origin}${SUB}many-widgets.html`);
      await driver.wait(async () => (await driver.findElements(By.css('.many [data-address="cas-login"]'))).length === 200,
        120000);
      await pageIsUnharmed();
    });

    test('a 1 MB data-url: the widget answers with a message, the page stays responsive', async () => {
      await open('long-url.html', '#w [data-error="url"]', 60000);
      const errors = (await texts('#w [data-error="url"]')).join('\n');
      assert.match(errors, /.+/, 'a message in place');
      assert.ok(errors.length < 2000, 'the message does not repeat the megabyte');
      await pageIsUnharmed();
    });
  });
}
