// The one script a page includes: <script type="module" src=".../widget.js"></script> (`async` may be added:
// the download and compilation of the WebAssembly then overlap the parsing of the page).
//
// It loads the widget's stylesheet and WebAssembly from its own folder (so the page may live anywhere),
// mounts a widget on every element carrying `data-pronote-delegation` (also those added later), defines the
// `<pronote-delegation>` element, and exposes the JavaScript API as `window.PronoteDelegation` (`mount`,
// `computeAddresses`, `diagnose`, `ready`, `base`). If the WebAssembly cannot load, each
// element says so in a short message with a link to the standalone page, instead of staying blank.
// No inline script or style is created: the page's Content-Security-Policy may forbid both.

const base = new URL('./', import.meta.url);
const selector = '[data-pronote-delegation], pronote-delegation';

function ensureStylesheet() {
  const href = new URL('widget.css', base).href;
  const present = [...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === href);
  if (!present) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
}

function showFallback(reason) {
  const standalone = new URL('index.html', base);
  for (const element of document.querySelectorAll(selector)) {
    const english = (element.dataset.lang || element.getAttribute('lang') || document.documentElement.lang || 'fr').startsWith('en');
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

// Resolves once the page's elements are parsed: with `async`, this script may run before that.
const parsed = () => (document.readyState === 'loading'
  ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
  : Promise.resolve());

async function start() {
  ensureStylesheet();
  // The wasm download starts now, beside the glue's, rather than after it: one round trip less. With
  // `<script type="module" async>` both start, and the wasm compiles, while the page is still parsing.
  const wasm = fetch(new URL('pronote-delegation_bg.wasm', base));
  // If the glue fails first, nobody awaits this download: its own failure is then only noise.
  wasm.catch(() => {});
  const glue = await import(new URL('pronote-delegation.js', base).href);
  await glue.default({ module_or_path: wasm });
  performance.mark('pronote-delegation:wasm-ready');
  await parsed();
  glue.mountAll();
  followThePage(glue);
  const { mount, computeAddresses, diagnose, mountElement, unmount } = glue;
  return { mount, computeAddresses, diagnose, mountElement, unmount };
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
  mount: async (element, options) => (await ready).mount(element, options ?? {}),
  computeAddresses: async (options) => (await ready).computeAddresses(options ?? {}),
  diagnose: async (options, address) => (await ready).diagnose(options ?? {}, String(address ?? '')),
};
