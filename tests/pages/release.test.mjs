// The release an academy installs without Rust (`make release`, tools/release.mjs), as it would install it:
// the npm tarball installed offline into a scratch folder and the zip unpacked into a sub-folder, each served
// from one origin with CORS `*` (as a CDN serves npm packages) to pages of another origin whose strict
// Content-Security-Policy names the first; the embed lines are the ones LISEZMOI.txt and the package's
// README give. Then every file the widget loads, changed or missing, ends in the fallback: a message and a
// link in the page's language, never addresses computed by a file the release did not ship, with nothing
// thrown into the page and the page's other scripts unaffected. Headless Chromium and Firefox; run by
// `make test-pages` after `make release`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { By, until } from 'selenium-webdriver';
import { browsers } from './browsers.mjs';
import { startServer } from '../../tools/static_server.mjs';
import { cargoVersion, integrity } from '../../tools/seal.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const RELEASE = join(ROOT, 'release');
const VERSION = cargoVersion();
const NAME = `pronote-delegation-${VERSION}`;
const WASM = 'pronote-delegation_bg.wasm';
const SEED_ROOT = 'https://toutatice.index-education.net/pronote/';
const SEED_LOGIN = 'https://www.toutatice.fr/casshib/shib/toutatice/login';
const SEED_VALIDATION = 'https://www.toutatice.fr/casshib/shib/666666/samlValidate';
// Where each copy of the release is served on the widget's origin.
const NPM = '/npm/node_modules/pronote-delegation/';
const ZIP = `/academie/outils/${NAME}/`;

const scratch = mkdtempSync(join(tmpdir(), 'pronote-release-'));
const servers = {};
// Pages of the page origin, written once the widget's origin is known.
const pages = {};

// The embed lines a webmaster copies: from the zip's LISEZMOI.txt, and the package README's CDN line.
function lisezmoiLines(text) {
  const lines = text.split('\n').map((l) => l.trim());
  const script = lines.find((l) => l.startsWith('<script') && l.includes(`/outils/${NAME}/widget.js`));
  const element = lines.find((l) => l.startsWith('<div data-pronote-delegation'));
  assert.ok(script && element, 'LISEZMOI.txt gives the two embed lines');
  return `${script}\n${element}`;
}

// A release file changed in place, in a copy of the installed package under `folder`.
function brokenCopy(folder, change) {
  const copy = join(scratch, 'faults', folder);
  cpSync(join(scratch, 'npm', 'node_modules', 'pronote-delegation'), copy, { recursive: true });
  change(copy);
  return `/faults/${folder}/`;
}

// A valid wasm computing other addresses: one letter of a domain name in its data changed (the same
// length, so the module stays valid), as a tampered server would.
function tamperedWasm(copy) {
  const path = join(copy, WASM);
  const bytes = readFileSync(path);
  const from = Buffer.from('index-education.net');
  const at = bytes.indexOf(from);
  assert.ok(at > 0, 'the wasm holds the hosting domain');
  for (let i = at; i >= 0; i = bytes.indexOf(from, i + 1)) bytes.write('index-educatiom.net', i, 'latin1');
  writeFileSync(path, bytes);
}

const PROBE = `window.__faults = [];
window.__refused = [];
addEventListener('error', (e) => window.__faults.push('error: ' + e.message));
addEventListener('unhandledrejection', (e) => window.__faults.push('rejection: ' + ((e.reason && e.reason.message) || e.reason)));
// Capturing: a script or stylesheet the browser refused (integrity, CORS, 404) reports on its element only.
addEventListener('error', (e) => { if (e.target !== window) window.__refused.push(e.target.src || e.target.href); }, true);`;
// The page's other scripts must keep working whatever happens to the widget.
const OTHER = `document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('other').textContent = 'autre outil prêt'; });`;

const hostPage = (lang, embed) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>guide</title>
<script src="/probe.js"></script><script src="/other.js"></script></head>
<body><h1>Délégation CAS</h1>
${embed}
<p id="other"></p></body></html>`;

before(async () => {
  // The archives as published: SHA256SUMS holds for both.
  const sums = readFileSync(join(RELEASE, 'SHA256SUMS'), 'utf8').trim().split('\n');
  assert.equal(sums.length, 2);
  for (const line of sums) {
    const [sum, file] = line.split(/ {2}/);
    assert.equal(createHash('sha256').update(readFileSync(join(RELEASE, file))).digest('hex'), sum, file);
  }
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--prefix', join(scratch, 'npm'),
    join(RELEASE, `${NAME}.tgz`)], { stdio: 'pipe' });
  mkdirSync(join(scratch, 'academie', 'outils'), { recursive: true });
  execFileSync('unzip', ['-q', join(RELEASE, `${NAME}.zip`), '-d', join(scratch, 'academie', 'outils')]);

  const installed = join(scratch, 'npm', 'node_modules', 'pronote-delegation');
  const widgetHash = integrity(readFileSync(join(installed, 'widget.js')));
  // Faults, each a copy of the package with one file changed; the page still pins the release's widget.js.
  const faults = {
    tamperedWasm: brokenCopy('tampered-wasm', tamperedWasm),
    // The same tampered wasm under a widget.js resealed for it: proves the tampering changes the addresses.
    resealed: brokenCopy('resealed', (copy) => {
      tamperedWasm(copy);
      const widget = readFileSync(join(copy, 'widget.js'), 'utf8');
      const hash = integrity(readFileSync(join(installed, WASM)));
      assert.ok(widget.includes(hash));
      writeFileSync(join(copy, 'widget.js'), widget.replace(hash, integrity(readFileSync(join(copy, WASM)))));
    }),
    // The glue is part of widget.js: one of its messages changed (its names are short since
    // tools/short_names.mjs, so a message, not a `__wbindgen_` name, is what certainly is there).
    changedGlue: brokenCopy('changed-glue', (copy) => {
      const widget = readFileSync(join(copy, 'widget.js'), 'utf8');
      const changed = widget.replace('pass a single object instead', 'pass one single object instead');
      assert.notEqual(changed, widget);
      writeFileSync(join(copy, 'widget.js'), changed);
    }),
    htmlWasm: brokenCopy('html-wasm', (copy) => writeFileSync(join(copy, WASM),
      '<!doctype html><html><body><h1>404 Not Found</h1></body></html>')),
    noWasm: brokenCopy('no-wasm', (copy) => rmSync(join(copy, WASM))),
    changedCss: brokenCopy('changed-css', (copy) => writeFileSync(join(copy, 'widget.css'),
      `${readFileSync(join(copy, 'widget.css'), 'utf8')}.pd-widget{display:none}`)),
  };
  servers.widgets = await startServer({ dist: scratch, mounts: ['/'], cors: true });
  servers.noCors = await startServer({ dist: scratch, mounts: ['/'] });
  const { origin } = servers.widgets;
  const policy = [
    `default-src 'self'`, `script-src 'self' ${origin} ${servers.noCors.origin} 'wasm-unsafe-eval'`,
    `style-src 'self' ${origin}`, `connect-src 'self' ${origin}`, 'report-uri /csp-report',
  ].join('; ');
  servers.pages = await startServer({ dist: scratch, mounts: [], csp: () => policy, extra: pages });

  const lisezmoi = readFileSync(join(scratch, 'academie', 'outils', NAME, 'LISEZMOI.txt'), 'utf8');
  const zipEmbed = lisezmoiLines(lisezmoi).replaceAll(`/outils/${NAME}/`, `${origin}${ZIP}`);
  const readme = readFileSync(join(installed, 'README.md'), 'utf8');
  const cdn = `https://cdn.jsdelivr.net/npm/pronote-delegation@${VERSION}/`;
  const cdnScript = readme.split('\n').find((l) => l.startsWith('<script') && l.includes(cdn));
  assert.ok(cdnScript, 'the package README gives the CDN line');
  const npmEmbed = `${cdnScript.replace(cdn, `${origin}${NPM}`)}
<div id="w" data-pronote-delegation data-ent="toutatice" data-uai="toutatice"></div>`;
  // The fallback content the embed code carries (src/domain/embed_snippet.rs), per language.
  const element = (folder, lang) => `<div id="w" data-pronote-delegation data-ent="toutatice" data-uai="toutatice" data-lang="${lang}"><p>${
    lang === 'en' ? 'The PRONOTE delegation address builder appears here. If it does not, '
      : 'Le calculateur d’adresses de délégation PRONOTE s’affiche ici. S’il n’apparaît pas, '
  }<a href="${origin}${folder}index.html">${lang === 'en' ? 'open it in its own page' : 'ouvrez-le dans sa propre page'}</a>.</p></div>`;
  const embed = (folder, lang, { hash = widgetHash, from = origin } = {}) => `<script type="module" async src="${from}${folder}widget.js" integrity="${hash}" crossorigin="anonymous"></script>
${element(folder, lang)}`;

  Object.assign(pages, {
    '/probe.js': PROBE,
    '/other.js': OTHER,
    '/npm.html': hostPage('fr', npmEmbed),
    '/zip.html': hostPage('fr', zipEmbed.replace('<div data-pronote-delegation', '<div id="w" data-pronote-delegation data-uai="toutatice"')),
    '/resealed.html': hostPage('fr', embed(faults.resealed, 'fr',
      { hash: integrity(readFileSync(join(scratch, faults.resealed, 'widget.js'))) })),
    '/tampered-wasm.html': hostPage('fr', embed(faults.tamperedWasm, 'fr')),
    '/changed-glue.html': hostPage('fr', embed(faults.changedGlue, 'fr')),
    '/html-wasm.html': hostPage('en', embed(faults.htmlWasm, 'en')),
    '/no-wasm.html': hostPage('fr', embed(faults.noWasm, 'fr')),
    '/changed-css.html': hostPage('en', embed(faults.changedCss, 'en')),
    '/wrong-integrity.html': hostPage('en', embed(NPM, 'en', { hash: `sha384-${'A'.repeat(64)}` })),
    '/no-cors.html': hostPage('fr', embed(NPM, 'fr', { from: servers.noCors.origin })),
  });
});
after(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
  rmSync(scratch, { recursive: true, force: true });
});

test('the npm package is the release folder: Cargo\'s version and license, no scripts, no dependencies', () => {
  const manifest = JSON.parse(readFileSync(join(scratch, 'npm', 'node_modules', 'pronote-delegation', 'package.json'), 'utf8'));
  const cargo = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  assert.equal(manifest.name, 'pronote-delegation');
  assert.equal(manifest.version, VERSION);
  assert.equal(manifest.license, /^license = "(.*)"/m.exec(cargo)[1]);
  for (const key of ['scripts', 'dependencies', 'bin', 'gypfile']) assert.equal(manifest[key], undefined, key);
  const shipped = readdirSync(join(scratch, 'npm', 'node_modules', 'pronote-delegation')).sort();
  for (const file of ['widget.js', WASM, 'widget.css', 'index.html', 'LICENSE-MIT', 'LICENSE-APACHE']) {
    assert.ok(shipped.includes(file), file);
  }
  assert.ok(!shipped.includes('pronote-delegation.js'), 'the glue is part of widget.js');
  assert.ok(!shipped.some((f) => f.endsWith('.rs') || f === 'Cargo.toml' || f === 'docs-nav.js'), shipped.join(' '));
  // The zip holds the same site in one versioned folder.
  assert.deepEqual(readdirSync(join(scratch, 'academie', 'outils')), [NAME]);
  const zipped = readdirSync(join(scratch, 'academie', 'outils', NAME)).sort();
  assert.deepEqual(zipped.filter((f) => f !== 'LISEZMOI.txt'),
    shipped.filter((f) => !['package.json', 'README.md', 'LISEZMOI.txt'].includes(f)));
});

test('the README\'s first section, the changelog and the embed code name Cargo\'s version', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const first = readme.slice(readme.indexOf('## Installer sans compiler'), readme.indexOf('## Two commands'));
  assert.ok(first.includes(`${NAME}.zip`) && first.includes(`pronote-delegation@${VERSION}/widget.js`), first);
  assert.match(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## \\[${VERSION.replaceAll('.', '\\.')}\\] - `, 'm'));
});

for (const [name, launch] of Object.entries(browsers)) {
  describe(`the release in headless ${name}`, () => {
    let driver;
    before(async () => { driver = await launch(); });
    after(async () => { await driver?.quit(); });

    const open = async (path) => {
      await driver.get(`${servers.pages.origin}${path}`);
      await driver.wait(until.elementLocated(By.id('other')), 10000);
    };
    const address = async (key) => (await driver.wait(
      until.elementLocated(By.css(`#w [data-address="${key}"]`)), 20000)).getText();
    const state = () => driver.executeScript(`return {
      faults: window.__faults, refused: window.__refused,
      other: document.getElementById('other').textContent,
      addresses: document.querySelectorAll('[data-address]').length,
      widgets: document.querySelectorAll('.pd-widget').length,
      text: document.getElementById('w').textContent,
      links: [...document.querySelectorAll('#w a')].map((a) => a.href),
      api: 'PronoteDelegation' in window,
      version: window.PronoteDelegation && window.PronoteDelegation.version,
    };`);

    // The release works: addresses right, Cargo's version, nothing refused by the page's policy.
    const works = async (path) => {
      const reports = servers.pages.reports.length;
      await open(path);
      await address('cas-login').catch(async (e) => {
        const logs = await driver.manage().logs().get('browser').catch(() => []);
        console.log(JSON.stringify(await state()), await driver.getPageSource(), logs.map((l) => l.message));
        throw e;
      });
      assert.equal(await address('cas-login'), SEED_LOGIN);
      assert.equal(await address('cas-validation'), SEED_VALIDATION);
      assert.equal(await address('root'), SEED_ROOT);
      const seen = await state();
      assert.equal(seen.version, VERSION);
      assert.deepEqual(seen.faults, []);
      assert.equal(seen.other, 'autre outil prêt');
      await driver.sleep(300);
      assert.deepEqual(servers.pages.reports.slice(reports), [], 'no Content-Security-Policy violation');
      const resources = await driver.executeScript(
        'return performance.getEntriesByType("resource").map((e) => e.name)');
      assert.ok(resources.some((u) => u === `${servers.widgets.origin}${path === '/npm.html' ? NPM : ZIP}${WASM}`),
        'the wasm comes from the widget\'s origin');
    };

    // The loader started and refused a file: its message and link in the page's language, nothing else.
    const fallsBack = async (path, lang) => {
      await open(path);
      const message = await driver.wait(until.elementLocated(By.css('#w .pd-fallback')), 20000);
      assert.match(await message.getText(), lang === 'en' ? /could not start/ : /n’a pas pu démarrer/);
      const seen = await state();
      assert.equal(seen.addresses, 0, 'no address computed by a refused file');
      assert.equal(seen.widgets, 0, 'nothing half mounted');
      assert.equal(seen.links.length, 1);
      assert.match(seen.links[0], /\/index\.html$/);
      assert.deepEqual(seen.faults, [], 'nothing thrown into the page');
      assert.equal(seen.other, 'autre outil prêt');
      return seen;
    };

    // widget.js never ran: the embed code's own sentence and link stay.
    const neverRuns = async (path, lang) => {
      await open(path);
      await driver.wait(async () => (await state()).refused.length > 0, 20000);
      await driver.sleep(500);
      const seen = await state();
      assert.match(seen.text, lang === 'en' ? /appears here/ : /s’affiche ici/);
      assert.equal(seen.links.length, 1);
      assert.match(seen.links[0], /\/index\.html$/);
      assert.equal(seen.addresses, 0);
      assert.equal(seen.widgets, 0);
      assert.equal(seen.api, false, 'widget.js never ran');
      assert.deepEqual(seen.faults, [], 'nothing thrown into the page');
      assert.equal(seen.other, 'autre outil prêt');
    };

    test('the npm package, installed offline and served from another origin: addresses right, Cargo\'s version',
      () => works('/npm.html'));

    test('the zip unpacked into a sub-folder of another origin, with LISEZMOI.txt\'s lines: the same', () => works('/zip.html'));

    test('the zip\'s standalone page shows the version and an embed code pinning widget.js', async () => {
      const folder = `${servers.widgets.origin}${ZIP}`;
      await driver.get(`${folder}index.html?ent=toutatice&uai=toutatice`);
      await driver.wait(until.elementLocated(By.css('[data-address="cas-login"]')), 20000);
      assert.match(await driver.findElement(By.css('footer')).getText(), new RegExp(`version ${VERSION.replaceAll('.', '\\.')}`));
      await (await driver.findElement(By.css('button[data-part="embed"]'))).click();
      const code = await (await driver.wait(until.elementLocated(By.css('[data-snippet="embed"]')), 10000)).getText();
      const hash = integrity(readFileSync(join(scratch, 'academie', 'outils', NAME, 'widget.js')));
      assert.ok(code.startsWith(`<!-- pronote-delegation ${VERSION} -->`), code);
      assert.ok(code.includes(`src="${folder}widget.js" integrity="${hash}" crossorigin="anonymous"`), code);
      assert.ok(code.includes(`<a href="${folder}index.html?ent=toutatice&amp;hosting=index-education&amp;uai=toutatice&amp;lang=fr">`), code);
    });

    test('a valid wasm computing other addresses is refused: the fallback, no address', async () => {
      // Control: under a widget.js resealed for it, the tampered wasm runs and computes another root.
      await open('/resealed.html');
      assert.equal(await address('root'), 'https://toutatice.index-educatiom.net/pronote/');
      await fallsBack('/tampered-wasm.html', 'fr');
    });

    test('a changed glue (part of widget.js) is refused by the page\'s integrity: the embed code\'s text and link stay',
      () => neverRuns('/changed-glue.html', 'fr'));

    test('a wrong integrity in the page: the embed code\'s text and link stay, in the page\'s language',
      () => neverRuns('/wrong-integrity.html', 'en'));

    test('a server without CORS: the embed code\'s text and link stay, no uncaught error',
      () => neverRuns('/no-cors.html', 'fr'));

    test('a CDN answering an HTML page instead of the wasm: the fallback, in English on an English page',
      () => fallsBack('/html-wasm.html', 'en'));

    test('the wasm missing: the fallback', () => fallsBack('/no-wasm.html', 'fr'));

    test('a changed stylesheet is refused: the fallback', () => fallsBack('/changed-css.html', 'en'));
  });
}
