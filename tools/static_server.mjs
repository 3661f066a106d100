// A small static server for page-level tests and the benchmark: serves `dist/` under a sub-folder with the
// strict Content-Security-Policy of an academy CMS as a real header, records CSP reports, and can serve
// extra in-memory pages (test host pages, presets fixtures).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; report-uri /csp-report";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
};

/**
 * Starts the server on 127.0.0.1 (a free port).
 * @param {object} o
 * @param {string} o.dist        folder served under each mount point
 * @param {string[]} o.mounts    URL prefixes to serve `dist` under (e.g. '/docs/pronote/')
 * @param {Record<string,string>} [o.extra]  path -> body of extra files
 * @param {Set<string>} [o.missing]  paths answered 404 (to break the wasm on purpose)
 * @param {Record<string,number>} [o.delays]  path -> milliseconds to wait before answering (a slow file)
 * @param {boolean|function(string):(string|null)} [o.csp]  send the strict CSP header (default true), or
 *                               the policy for each path (null: none)
 * @param {boolean} [o.cors]     send `Access-Control-Allow-Origin: *`, as a CDN does (default false)
 * @param {boolean|function(string):boolean} [o.gzip]  answer gzip-compressed (`Content-Encoding: gzip`) when
 *                               the request accepts it, as a web server would: every path, or the paths for
 *                               which it returns true (default false: bodies as they are on disk)
 */
export async function startServer({ dist, mounts, extra = {}, missing = new Set(), delays = {}, csp = true, cors = false, gzip = false }) {
  const reports = [];
  // Compressed once per path at zlib's default level (Apache's mod_deflate default), so the server's own
  // time does not weigh on what it serves; files do not change while a server runs.
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/csp-report') {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => { reports.push(body); res.writeHead(204).end(); });
      return;
    }
    if (path in delays) await new Promise((resolve) => setTimeout(resolve, delays[path]));
    const policy = typeof csp === 'function' ? csp(path) : (csp ? STRICT_CSP : null);
    const headers = policy ? { 'Content-Security-Policy': policy } : {};
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    const compress = (typeof gzip === 'function' ? gzip(path) : gzip)
      && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) headers.Vary = 'Accept-Encoding';
    // Content-Length as any static file server sends it (the widget checks a presets file's size on it).
    const send = (status, body, type) => {
      if (compress && status === 200) {
        if (!compressed.has(path)) compressed.set(path, gzipSync(body));
        body = compressed.get(path);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) }).end(body);
    };
    if (missing.has(path)) return send(404, 'not found', 'text/plain');
    if (path in extra) return send(200, extra[path], TYPES[extname(path)] ?? 'text/plain');
    const mount = mounts.find((m) => path.startsWith(m));
    if (!mount) return send(404, 'not found', 'text/plain');
    const relative = normalize(path.slice(mount.length) || 'index.html');
    if (relative.startsWith('..')) return send(403, 'forbidden', 'text/plain');
    try {
      const file = join(dist, relative.endsWith('/') ? `${relative}index.html` : relative);
      send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found', 'text/plain');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    reports,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
