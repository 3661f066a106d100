// The standalone page as a school's administrator uses it (#25): the printed sheet (at most two A4 pages, no
// control on paper, addresses broken only between their pieces), every word in the reader's language, one
// h1 and nothing axe-core reports on the standalone and procedure pages, in headless Chromium and Firefox.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { By, Key, until } from 'selenium-webdriver';
import { browsers, printMedia, screenMedia } from './browsers.mjs';
import { startServer } from '../../tools/static_server.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const SUB = '/docs/pronote/';
const SEED = 'index.html?ent=toutatice&uai=0310047H';
// A self-hosted school with a long host name: its addresses are longer than a line of the printed table.
const LONG_HOST = 'pronote.lycee-polyvalent-exemple-de-la-cote-atlantique.ac-exemple.fr';
const LONG = `index.html?ent=toutatice&hosting=custom&url=${encodeURIComponent(`https://${LONG_HOST}/pronote/`)}`;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
// The characters after which an address may break on paper.
const BREAKS_AFTER = '/.?&=';

/** Every text of a language file (`field: "text"`), its `\`-continued lines joined, its escapes read. */
async function words(file) {
  const source = (await readFile(join(ROOT, 'src', 'lang', file), 'utf8')).replace(/\\\n\s*/g, '');
  const texts = {};
  for (const [, field, text] of source.matchAll(/^ {4}([a-z_]+):\s*"((?:[^"\\]|\\.)*)",?$/gm)) {
    texts[field] = text.replace(/\\u\{([0-9a-f]+)\}/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/\\(.)/g, '$1');
  }
  return texts;
}

/** The words only `one` says: for each field, its longest run of text between placeholders, when `other`
 *  (the other language) says it in none of its texts (the console's French labels are in both). */
function onlyIn(one, other) {
  const others = Object.values(other);
  return Object.entries(one).flatMap(([field, text]) => {
    const run = text.split(/\{[a-z_]+\}/).map((part) => part.replace(/\*/g, '').trim())
      .sort((a, b) => b.length - a.length)[0];
    return run.length >= 12 && !others.some((t) => t.replace(/\*/g, '').includes(run)) ? [[field, run]] : [];
  });
}

/** A PDF's pages: its page objects, in its own text or in its compressed object streams (Firefox's). */
function pageCount(pdf) {
  const raw = pdf.toString('latin1');
  const texts = [raw];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    try {
      texts.push(inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1'));
    } catch { /* not a compressed stream */ }
  }
  return texts.join('\n').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

let server;
before(async () => {
  server = await startServer({
    dist: join(ROOT, 'dist'),
    mounts: [SUB],
    extra: {
      // A page whose author wrote a wrong UAI into the widget's attributes.
      [`${SUB}author.html`]: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title>
        <script type="module" src="${SUB}widget.js"></script></head><body>
        <div id="w" data-pronote-delegation data-ent="toutatice" data-uai="0310047"></div></body></html>`,
      // A phone's width for any browser (Firefox's windows are at least 500 px wide): the page in a frame.
      ...Object.fromEntries(['fr', 'en'].map((lang) => [`${SUB}phone-${lang}.html`,
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>390 px</title></head><body>
        <iframe width="390" height="844" title="390 px" src="${SEED}&lang=${lang}"></iframe></body></html>`])),
      [`${SUB}phone-procedure.html`]: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>390 px</title>
        </head><body><iframe width="390" height="844" title="390 px" src="procedure.html"></iframe></body></html>`,
    },
  });
});
after(() => server?.close());

for (const [name, launch] of Object.entries(browsers)) {
  describe(`the sheet, the English page and axe-core in headless ${name}`, () => {
    let driver;
    before(async () => { driver = await launch(); });
    after(async () => { await driver?.quit(); });

    const open = async (path, selector = '[data-address="root"]') => {
      await driver.get(`${server.origin}${SUB}${path}`);
      return driver.wait(until.elementLocated(By.css(selector)), 20000);
    };
    /** The viewport's width in CSS pixels, set through the window (whose frame is measured first). */
    const viewport = async (width, height = 900) => {
      await driver.manage().window().setRect({ width, height });
      const frame = await driver.executeScript('return window.outerWidth - window.innerWidth');
      await driver.manage().window().setRect({ width: width + frame, height });
      assert.equal(await driver.executeScript('return window.innerWidth'), width, 'the viewport\'s width');
    };
    /** Clicks the print button with the browser's dialog replaced by a counter. */
    const printSheet = async () => {
      await driver.executeScript('window.__prints = 0; window.print = () => { window.__prints += 1; };');
      await (await driver.findElement(By.css('button.pd-print'))).click();
      await driver.wait(until.elementLocated(By.css('[data-sheet]')), 10000);
      await driver.wait(async () => (await driver.executeScript('return window.__prints')) === 1, 10000);
    };
    const pdfPages = async () => {
      const pdf = Buffer.from(await driver.printPage({ width: 21, height: 29.7 }), 'base64');
      assert.match(pdf.toString('latin1', 0, 8), /^%PDF-/);
      return pageCount(pdf);
    };

    test('the print button builds the sheet: the school, its ENT with the console\'s label, the date, the version', async () => {
      const version = (await readFile(join(ROOT, 'Cargo.toml'), 'utf8')).match(/^version = "([^"]+)"/m)[1];
      for (const [lang, today] of [['fr', /Fiche du \d{1,2} \p{L}+ 20\d\d, calculateur version /u],
        ['en', /Sheet of \d{1,2} [A-Z][a-z]+ 20\d\d, builder version /]]) {
        await open(`${SEED}&lang=${lang}`);
        assert.equal((await driver.findElements(By.css('[data-sheet]'))).length, 0, 'not built before printing');
        await printSheet();
        const sheet = await driver.executeScript('return document.querySelector("[data-sheet]").textContent');
        assert.match(sheet, /0310047H/);
        assert.match(sheet, /Toutatice.*Toutatice \(Académie de Rennes\)/s, 'the ENT and its label in the console');
        assert.match(sheet, today);
        assert.ok(sheet.includes(`version ${version}.`), sheet);
      }
    });

    test('on paper: no control, the sheet and the console\'s window shown, only published spaces', async () => {
      await viewport(760);
      await open(`${SEED}&spaces=academie-off&show=all`);
      await printSheet();
      await printMedia(driver, name);
      const shown = await driver.executeScript(`
        const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
        return {
          controls: [...document.querySelectorAll('button, input, select, textarea, [role=search]')]
            .filter(visible).map((e) => e.outerHTML.slice(0, 80)),
          sheet: visible(document.querySelector('[data-sheet]')),
          fields: [...document.querySelectorAll('[data-console-field]')].filter(visible).length,
          registry: [...document.querySelectorAll('.pd-group-registry [data-address]')].filter(visible).length,
          spaces: [...document.querySelectorAll('tr[data-space]')].filter(visible).map((e) => e.dataset.space),
        };`);
      assert.deepEqual(shown.controls, [], 'no form control or button on paper');
      assert.equal(shown.sheet, true);
      assert.equal(shown.fields, 7, 'the console\'s window, field by field');
      assert.equal(shown.registry, 4, 'the registry formats');
      assert.ok(shown.spaces.includes('eleve') && shown.spaces.includes('commune'), shown.spaces.join());
      assert.ok(!shown.spaces.includes('academie') && !shown.spaces.includes('etablissement'),
        `unpublished spaces left out: ${shown.spaces.join()}`);
      await screenMedia(driver, name);
      await viewport(1280);
    });

    test('on paper an address breaks only after / . ? & = and its text is unchanged', async () => {
      await viewport(760);
      await open(LONG);
      await printSheet();
      await printMedia(driver, name);
      const lines = await driver.executeScript(`
        return [...document.querySelectorAll('[data-address]')].filter((e) => e.getClientRects().length)
          .map((element) => {
            // The text's characters in order, each with the top of the line it is laid out on.
            const tops = [];
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (let i = 0; i < node.data.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                tops.push([node.data[i], range.getClientRects()[0]?.top ?? -1]);
              }
            }
            const breaks = [];
            for (let i = 1; i < tops.length; i++) if (tops[i][1] > tops[i - 1][1] + 2) breaks.push(tops[i - 1][0]);
            return { text: element.textContent, breaks, hyphens: getComputedStyle(element).hyphens };
          });`);
      assert.ok(lines.length >= 20, `${lines.length} addresses on paper`);
      const broken = lines.filter((line) => line.breaks.length);
      assert.ok(broken.length >= 5, 'the long addresses do run over a line (the check below is not empty)');
      for (const line of lines) {
        assert.ok(line.text.startsWith('https://') || line.text.startsWith('^https://'), line.text);
        assert.notEqual(line.hyphens, 'auto', 'no hyphen added');
        for (const after of line.breaks) assert.ok(BREAKS_AFTER.includes(after), `${line.text} breaks after "${after}"`);
      }
      await screenMedia(driver, name);
      await viewport(1280);
    });

    test('the sheet prints on at most two A4 pages, with and without the QR codes', async () => {
      await open(SEED);
      await printSheet();
      const pages = await pdfPages();
      assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
      await (await driver.findElement(By.css('button.pd-qr-toggle'))).click();
      await driver.wait(until.elementLocated(By.css('.pd-qr')), 10000);
      const withQr = await pdfPages();
      assert.ok(withQr >= 1 && withQr <= 2, `${withQr} pages with the QR codes`);
    });

    test('with lang=en every word of the standalone page is English, the steps included; in French, French', async () => {
      const [french, english] = [await words('fr.rs'), await words('en.rs')];
      const frenchOnly = onlyIn(french, english);
      const englishOnly = onlyIn(english, french);
      assert.ok(frenchOnly.length > 100 && englishOnly.length > 100, 'the language files were read');
      for (const [lang, foreign, own] of [['en', frenchOnly, english], ['fr', englishOnly, french]]) {
        await open(`${SEED}&lang=${lang}`);
        await (await driver.findElement(By.css('button[data-part="diagnose"]'))).click();
        await (await driver.findElement(By.css('button[data-part="embed"]'))).click();
        await driver.wait(until.elementLocated(By.css('[data-snippet="embed"]')), 10000);
        const page = await driver.executeScript(`return {
          text: document.body.innerText,
          labels: [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
            .map((e) => [e.getAttribute('aria-label'), e.title, e.placeholder].join(' ')).join('\\n'),
          lang: document.documentElement.lang,
          title: document.title,
          h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
        }`);
        assert.equal(page.lang, lang);
        assert.equal(page.title, own.page_title);
        assert.deepEqual(page.h1, [own.title], 'one h1, the page\'s title');
        for (const step of ['checklist_heading', 'checklist_sign_in', 'checklist_publish']) {
          assert.ok(page.text.includes(own[step].replace(/\*/g, '')), `${lang}: the step ${step}`);
        }
        const found = foreign.filter(([, run]) => page.text.includes(run) || page.labels.includes(run));
        assert.deepEqual(found, [], `${lang}: words of the other language`);
      }
    });

    test('the procedure page has one h1 and says which language it is in', async () => {
      await open('procedure.html', '.pd-checklist');
      const page = await driver.executeScript(`return {
        h1: document.querySelectorAll('h1').length,
        note: document.querySelector('[lang="en"]')?.textContent ?? '',
      }`);
      assert.equal(page.h1, 1);
      assert.match(page.note, /written in French/);
    });

    test('errors wait for the reader to act: an empty field shows its hint, a short value its error on leaving', async () => {
      const uai = await open('index.html?ent=toutatice', 'input[data-field="uai"]');
      const state = () => driver.executeScript(`return {
        error: document.querySelector('[data-error="uai"]')?.textContent ?? null,
        invalid: document.querySelector('input[data-field="uai"]').getAttribute('aria-invalid'),
        hint: document.querySelector('[id$="uai-hint"]')?.textContent ?? '',
      }`);
      let now = await state();
      assert.deepEqual([now.error, now.invalid], [null, 'false'], 'nothing red before anyone typed');
      assert.match(now.hint, /0310047H/, 'the hint says what to type');
      await uai.sendKeys('0310047');
      await driver.sleep(300);
      assert.equal((await state()).error, null, 'a UAI being typed is not an error yet');
      await uai.sendKeys(Key.TAB);
      await driver.wait(async () => (await state()).error !== null, 10000);
      assert.equal((await state()).invalid, 'true', 'left short: an error beside the field');
      // From then on the error follows the value while typing.
      await uai.sendKeys('H');
      await driver.wait(until.elementLocated(By.css('[data-address="root"]')), 10000);
      assert.equal((await state()).error, null);
    });

    test('a wrong UAI shows its error while typing once it has a UAI\'s length; the page\'s own values at once', async () => {
      const uai = await open('index.html?ent=toutatice', 'input[data-field="uai"]');
      await uai.sendKeys('0310047');
      await driver.sleep(300);
      assert.equal((await driver.findElements(By.css('[data-error="uai"]'))).length, 0, 'seven characters: still typing');
      await uai.sendKeys('A');
      const error = await driver.wait(until.elementLocated(By.css('[data-error="uai"]')), 10000);
      assert.match(await error.getText(), /H/, 'the right check letter, without leaving the field');
      const addressed = await open('index.html?ent=toutatice&uai=0310047', '[data-error="uai"]');
      assert.match(await addressed.getText(), /0310047/);
      const authored = await driver.get(`${server.origin}${SUB}author.html`)
        .then(() => driver.wait(until.elementLocated(By.css('#w [data-error="uai"]')), 20000));
      assert.match(await authored.getText(), /0310047/);
    });

    test('axe-core finds nothing on the standalone page (fr, en; 1280 and 390 px; diagnose and embed open) and the procedure page', async () => {
      const axe = await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
      const run = async (what) => {
        await driver.executeScript(axe);
        const violations = await driver.executeAsyncScript(`
          const done = arguments[arguments.length - 1];
          axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] })
            .then((r) => done(r.violations.map((v) => v.id + ' (' + v.impact + '): '
              + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', '))))
            .catch((e) => done(['axe failed: ' + e]));`);
        assert.deepEqual(violations, [], what);
      };
      const openParts = async () => {
        await (await driver.findElement(By.css('button[data-part="diagnose"]'))).click();
        await (await driver.findElement(By.css('button[data-part="embed"]'))).click();
        await driver.wait(until.elementLocated(By.css('[data-snippet="embed"]')), 10000);
      };
      await viewport(1280);
      for (const lang of ['fr', 'en']) {
        await open(`${SEED}&lang=${lang}`);
        await openParts();
        await run(`standalone page, ${lang}, 1280 px`);
        // 390 px: the page in a frame that wide, checked inside the frame.
        await driver.get(`${server.origin}${SUB}phone-${lang}.html`);
        await driver.switchTo().frame(await driver.wait(until.elementLocated(By.css('iframe')), 10000));
        await driver.wait(until.elementLocated(By.css('[data-address="root"]')), 20000);
        assert.equal(await driver.executeScript('return window.innerWidth'), 390);
        await openParts();
        await run(`standalone page, ${lang}, 390 px`);
        await driver.switchTo().defaultContent();
      }
      await open('procedure.html', '.pd-checklist');
      await run('procedure page, 1280 px');
      await driver.get(`${server.origin}${SUB}phone-procedure.html`);
      await driver.switchTo().frame(await driver.wait(until.elementLocated(By.css('iframe')), 10000));
      await driver.wait(until.elementLocated(By.css('.pd-checklist')), 20000);
      await run('procedure page, 390 px');
      await driver.switchTo().defaultContent();
    });
  });
}
