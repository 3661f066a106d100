// The one script a page includes: <script type="module" src=".../widget.js"></script> (`async` may be added:
// the download and compilation of the WebAssembly then overlap the parsing of the page).
//
// It loads the widget's stylesheet and WebAssembly from its own folder (so the page may live anywhere),
// mounts a widget on every element carrying `data-pronote-delegation` (also those added later), defines the
// `<pronote-delegation>` element, and exposes the JavaScript API as `window.PronoteDelegation` (`mount`,
// `computeAddresses`, `diagnose`, `ready`, `base`, `version`, `integrity`). If the WebAssembly cannot load,
// each element says so in a short message with a link to the standalone page, instead of staying blank.
// No inline script or style is created: the page's Content-Security-Policy may forbid both.
//
// Every byte it runs is verified. The wasm-bindgen glue is part of this file (tools/seal.mjs bundles it at
// build time: a module made from fetched text would need `blob:` in the page's script-src, and `import()`
// takes no integrity), so the page's `integrity` on this script covers it; the build writes here the hashes
// of the wasm and the stylesheet, which are fetched with them and refused, into the fallback, when their
// bytes differ (another release's file from a cache, a CDN's error page, a changed file).
import * as glue from './pronote-delegation.js';

// Written by tools/seal.mjs at build time; left as they are, nothing loads (see `sealed`).
const VERSION = '@version@';
const WASM_INTEGRITY = '@wasm-integrity@';
const CSS_INTEGRITY = '@css-integrity@';
// A hash the browser cannot read is ignored by it, which would let any bytes through: refuse it here.
const sealed = (integrity) => /^sha384-[A-Za-z0-9+/]{64}$/.test(integrity);

const base = new URL('./', import.meta.url);
const selector = '[data-pronote-delegation], pronote-delegation';

// The widget's stylesheet, pinned to its hash; resolves once applied, rejects when refused or missing. A
// page that links it itself (the standalone page) pins it in its own tag.
function stylesheet() {
  const href = new URL('widget.css', base).href;
  const present = [...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === href);
  if (present) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.integrity = CSS_INTEGRITY;
  link.crossOrigin = 'anonymous';
  link.href = href;
  const applied = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`${href}: refused (integrity) or missing`)), { once: true });
  });
  document.head.append(link);
  return applied;
}

// The WebAssembly, refused unless its bytes have the hash written at build time. A copy another release
// left in the browser's cache is fetched once more from the server before giving up.
async function wasmResponse() {
  const url = new URL('pronote-delegation_bg.wasm', base);
  try {
    return await fetch(url, { integrity: WASM_INTEGRITY });
  } catch {
    return fetch(url, { integrity: WASM_INTEGRITY, cache: 'reload' });
  }
}

function showFallback(reason) {
  const standalone = new URL('index.html', base);
  for (const element of document.querySelectorAll(selector)) {
    const english = (element.dataset.lang || element.closest('[lang]')?.lang || 'fr').startsWith('en');
    const box = document.createElement('p');
    box.className = 'pd-fallback';
    box.setAttribute('role', 'alert');
    box.append(english
      ? 'The PRONOTE address builder could not start in this browser. '
      : 'Le calculateur d’adresses PRONOTE n’a pas pu démarrer dans ce navigateur. ');
    if (standalone.href !== new URL(location.href).href.split(/[?#]/)[0]) {
      const link = document.createElement('a');
      link.href = standalone.href;
      link.textContent = english ? 'Open the standalone page.' : 'Ouvrir la page autonome.';
      box.append(link);
    }
    element.replaceChildren(box);
  }
  console.error('pronote-delegation:', reason);
}

// The `integrity` of the page's tag that loaded this file ('' when not pinned).
function pinnedBy() {
  const tag = [...document.querySelectorAll('script[src]')].find((script) => script.src === import.meta.url);
  return tag?.integrity ?? '';
}

// Resolves once the page's elements are parsed: with `async`, this script may run before that.
const parsed = () => (document.readyState === 'loading'
  ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
  : Promise.resolve());

async function start() {
  if (!sealed(WASM_INTEGRITY) || !sealed(CSS_INTEGRITY)) throw new Error('widget.js carries no hashes: not built');
  // The wasm download starts now, beside the stylesheet's. With `<script type="module" async>` both start,
  // and the wasm compiles, while the page is still parsing.
  const wasm = wasmResponse();
  const css = stylesheet();
  // If one fails first, nobody awaits the other: its own failure is then only noise.
  wasm.catch(() => {});
  css.catch(() => {});
  await glue.default({ module_or_path: wasm });
  if (glue.version() !== VERSION) throw new Error(`the wasm of ${glue.version()} under widget.js ${VERSION}`);
  await css;
  performance.mark('pronote-delegation:wasm-ready');
  await parsed();
  glue.mountAll();
  settleWhenIdle();
  followThePage(glue);
  // Named one by one, not destructured: the bundler then keeps only the glue's functions used here.
  return {
    mount: glue.mount, computeAddresses: glue.computeAddresses, diagnose: glue.diagnose,
    mountElement: glue.mountElement, unmount: glue.unmount,
  };
}

// The parts below the fold are laid out and painted only as they near the screen (widget.css,
// `content-visibility`), which keeps that work off a first load. Once the page is idle they all are, once: a
// capture of the whole page (a documentation author's full-page screenshot) then shows every part, not
// blanks where the screen has not been.
function settleWhenIdle() {
  const settle = () => document.documentElement.setAttribute('data-pronote-delegation-settled', '');
  if (window.requestIdleCallback) requestIdleCallback(settle, { timeout: 2000 });
  else setTimeout(settle, 1000);
  // Firefox leaves a skipped part out of a selection's text: a reader who starts selecting (to copy) sooner
  // gets every part too.
  document.addEventListener('selectstart', settle, { once: true });
}

// Documentation sites that swap their content without reloading (instant navigation) add marked elements
// after load and remove others: one observer mounts the new ones, and ends the widgets of removed ones.
// Its work waits for the next frame, so a swap of a whole page costs one pass.
function followThePage(glue) {
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      glue.sweep();
      glue.mountAll();
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
}

// <pronote-delegation ent="toutatice" uai="0310047H" show="cas"></pronote-delegation>: the standard way to
// embed a widget. It mounts when connected, ends its widget when disconnected, and mounts again with the
// new options when an attribute changes.
// The option names, `OptionName` in src/options.rs: written here too because the element observes them before
// the wasm has loaded; tests/native/options/names.rs checks the two lists hold the same names.
const OPTIONS = ['ent', 'hosting', 'uai', 'url', 'lang', 'presets', 'show', 'sync', 'permalink', 'spaces'];
class PronoteDelegationElement extends HTMLElement {
  static get observedAttributes() { return OPTIONS; }

  connectedCallback() { this.remount(); }

  disconnectedCallback() {
    ready.then((glue) => { if (!this.isConnected) glue.unmount(this); }, () => {});
  }

  attributeChangedCallback() { if (this.isConnected) this.remount(); }

  // Once for all the changes of one task: an element's upgrade reports each of its attributes as a change,
  // and each mount ended at once would cost a whole widget for nothing.
  remount() {
    if (this.remounting) return;
    this.remounting = true;
    ready.then((glue) => {
      this.remounting = false;
      if (this.isConnected) glue.mountElement(this);
    }, () => {});
  }
}

const ready = start().catch(async (reason) => {
  await parsed();
  showFallback(reason);
  throw reason;
});
// The rejection is already shown to the reader; callers awaiting `ready` still see it.
ready.catch(() => {});
if (!customElements.get('pronote-delegation')) {
  customElements.define('pronote-delegation', PronoteDelegationElement);
}
window.PronoteDelegation = {
  ready,
  // The widget's folder: the wasm fetches provenance.json from it when a reader opens an ENT's details.
  base: base.href,
  // The release (Cargo's version), and the page's own pin of this file, which the embed code repeats.
  version: VERSION,
  integrity: pinnedBy(),
  mount: async (element, options) => (await ready).mount(element, options ?? {}),
  computeAddresses: async (options) => (await ready).computeAddresses(options ?? {}),
  diagnose: async (options, address) => (await ready).diagnose(options ?? {}, String(address ?? '')),
};
