// One load of a page in a fresh browser context (no cache), timed to its addresses: what `make bench` measures,
// on the local loopback (tools/bench.mjs) and on a reader's network (tools/bench/network.mjs).

export const MARK = 'pronote-delegation:first-render';
const PAINTED = 'bench:painted';

// Both pages mark the moment their addresses are in the document. The frame after it shows when the reader
// can see them: layout and paint of the widget's few hundred elements against the baseline's four.
const paintProbe = ({ mark, painted }) => {
  const original = performance.mark.bind(performance);
  performance.mark = (name, ...rest) => {
    const entry = original(name, ...rest);
    if (name === mark) requestAnimationFrame(() => setTimeout(() => original(painted)));
    return entry;
  };
};

/** The median of a list of numbers. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Milliseconds as the bench prints them. */
export const fmt = (ms) => `${ms.toFixed(2)} ms`;

/**
 * Loads `url` once in a new context and returns milliseconds from navigation start to the first-render mark
 * (`rendered`) and to the end of the frame after it (`painted`), with the resource timing of every file the
 * page fetched (`resources`: name, encoded and decoded body sizes, request and response times).
 * `prepare(context, page)` runs before the navigation (e.g. to emulate a network), `after(page)` once the frame is
 * painted: what it returns is the load's `after`.
 */
export async function firstRender(browser, url, { prepare = async () => {}, after = async () => null } = {}) {
  const context = await browser.newContext();
  await context.addInitScript(paintProbe, { mark: MARK, painted: PAINTED });
  const page = await context.newPage();
  await prepare(context, page);
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, PAINTED, { timeout: 30000 });
  const load = await page.evaluate(([mark, painted]) => ({
    rendered: performance.getEntriesByName(mark)[0].startTime,
    painted: performance.getEntriesByName(painted)[0].startTime,
    resources: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .map((e) => ({
        name: e.name,
        encoded: e.encodedBodySize,
        decoded: e.decodedBodySize,
        startTime: e.startTime,
        requestStart: e.requestStart,
        responseStart: e.responseStart,
        responseEnd: e.responseEnd,
      })),
  }), [MARK, PAINTED]);
  load.after = await after(page);
  await context.close();
  return load;
}
