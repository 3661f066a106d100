// The keystroke measure of `make bench` (tools/bench.mjs), also traced by tools/trace.mjs: the UAI field of
// the full Toutatice view typed keystroke by keystroke, each timed from its input event to the moment every
// address shows the typed value (MutationObserver).

/** The page whose UAI field is typed: Toutatice chosen, no hosting yet (keystroke 1 builds every row). */
export const KEYSTROKE_PAGE = '/w/index.html?ent=toutatice';

// Every prefix of the default is a valid hosting label (a label cannot end with a hyphen).
export const DEFAULT_KEYS = 'lyceeexempledebretagne';

/** Each keystroke's start is marked under this name, for a trace to find it. */
export const KEYSTROKE_MARK = 'pronote-delegation:keystroke';

/**
 * Runs in the page (`page.evaluate(typeKeystrokes, [keys, rounds, mark])`): types `keys` `rounds` times over,
 * each round from its first letter, and resolves to each keystroke's milliseconds.
 */
export async function typeKeystrokes([keys, rounds, mark]) {
  const widget = document.querySelector('.pd-widget');
  const input = widget.querySelector('input[data-field="uai"]');
  const updated = (value) => {
    const shown = [...widget.querySelectorAll('[data-address]')];
    // The service pattern escapes the host's dots, the ENT's bare login and validation URLs name no
    // school, and the login link carries the school percent-encoded (hence the decoding).
    const schoolFree = new Set(['service-pattern', 'cas-login', 'cas-validation']);
    return shown.length > 10 && shown.every((e) => schoolFree.has(e.dataset.address)
      || decodeURIComponent(e.textContent).toLowerCase().includes(`//${value}.`));
  };
  const times = [];
  for (let k = 0; k < rounds * keys.length; k += 1) {
    const i = (k % keys.length) + 1;
    const value = keys.slice(0, i);
    const started = performance.mark(mark).startTime;
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`keystroke ${i} ("${value}") never updated every address`)), 5000);
      const done = () => { clearTimeout(timer); resolve(); };
      const observer = new MutationObserver(() => {
        if (updated(value)) { observer.disconnect(); done(); }
      });
      observer.observe(widget, { subtree: true, childList: true, characterData: true });
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      if (updated(value)) { observer.disconnect(); done(); }
    });
    times.push(performance.now() - started);
  }
  return times;
}
