// The widget's addresses against a real CAS server (django-cas-server, in the venv tools/setup.sh makes)
// and a PRONOTE.net stand-in (tests/cas/pronote.py), at the widget's own addresses: headless Chromium
// resolves the presets' real hosts to loopback addresses, each server listens on its own, with TLS from a
// throwaway certificate. Run by `make test-cas`; what it covers and what it does not: tests/cas/README.md.
//
// For each case the widget is read in the browser first: the console's fields (configure the stand-in),
// the `service-pattern` (the CAS's only registered service), every published space's addresses and the
// Vérifier link (each must complete a round trip on one CAS session). Services the pattern must refuse
// are refused by the CAS, and every address seen goes through `PronoteDelegation.diagnose`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/static_server.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const CAS_DIR = join(ROOT, 'tests', 'cas');
const PYTHON = join(process.env.CAS_VENV ?? join(ROOT, 'target', 'cas-venv'), 'bin', 'python');
// The test user of tests/cas/prepare.py.
const USER = 'eleve.test';
const PASSWORD = 'mot-de-passe-de-test';

// The presets file a page names: two ENTs whose validation is CAS 3 and CAS 2 rather than SAML 1.1.
const PRESETS_FILE = [
  {
    id: 'enthdf', name: 'ENT Hauts-de-France (validation CAS 3)', region: 'Hauts-de-France', family: 'open-ent-ng',
    cas_base: 'https://enthdf.fr/cas', login: 'https://enthdf.fr/cas/login',
    validation: 'https://enthdf.fr/cas/p3/serviceValidate', confidence: 'seen',
    sources: ['test of the CAS 3 validation'],
  },
  {
    id: 'ent77', name: 'ENT 77 (validation CAS 2)', region: 'Seine-et-Marne (77)', family: 'open-ent-ng',
    cas_base: 'https://ent77.seine-et-marne.fr/cas', login: 'https://ent77.seine-et-marne.fr/cas/login',
    validation: 'https://ent77.seine-et-marne.fr/cas/serviceValidate', confidence: 'seen',
    sources: ['test of the CAS 2 validation'],
  },
];

// One case per login shape and per hosting (tests/cas/README.md). `other` is another school's host.
const CASES = [
  { id: 'casshib', shape: 'CASShib path', hosting: 'Toutatice domain',
    options: { ent: 'toutatice', hosting: 'toutatice', uai: '0352235P' }, other: '0350042F.pronote.toutatice.fr' },
  { id: 'cas-path', shape: '/cas/login', hosting: 'Index Education, UAI',
    options: { ent: 'monlycee_net', hosting: 'index-education', uai: '0750650Z' }, other: '0310047H.index-education.net' },
  { id: 'host-root', shape: 'login at the host root', hosting: 'Index Education, name',
    options: { ent: 'agora06', hosting: 'index-education', uai: 'toutatice' }, other: 'demo.index-education.net' },
  { id: 'keycloak', shape: 'Keycloak realms/…/protocol/cas', hosting: 'self-hosted, port and sub-path',
    options: { ent: 'moncollege_valdoise', hosting: 'custom', url: 'https://pronote.college-exemple.fr:8443/scolarite/pronote/eleve.html' },
    other: 'pronote.lycee-voisin.fr:8443' },
  { id: 'cas3', shape: '/cas/login, CAS 3 validation (presets file)', hosting: 'Index Education, UAI',
    options: { ent: 'enthdf', hosting: 'index-education', uai: '0590117G' }, presets: true, other: '0620052V.index-education.net' },
  { id: 'cas2', shape: '/cas/login, CAS 2 validation (presets file)', hosting: 'Index Education, UAI',
    options: { ent: 'ent77', hosting: 'index-education', uai: '0771663P' }, presets: true, other: '0910626L.index-education.net' },
];

const attribute = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const casePage = (c) => `<!doctype html><html lang="fr"><meta charset="utf-8"><title>${c.id}</title>
<link rel="stylesheet" href="/pronote/widget.css"><script type="module" src="/pronote/widget.js"></script>
<div data-pronote-delegation data-show="cas,registry,verify,spaces"${Object.entries(c.options)
  .map(([k, v]) => ` data-${attribute(k)}="${v}"`).join('')}${c.presets ? ' data-presets="/case/presets.json"' : ''}></div>`;

// Every child process this file starts; all are ended in `after`, and tools/run_group.sh ends whatever
// would still stand (the runner's whole process group) on failure, interruption or timeout.
const children = [];
function start(name, command, args, env = {}) {
  const child = spawn(command, args, { cwd: CAS_DIR, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.log = '';
  const keep = (data) => { child.log = (child.log + data).slice(-4000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.name = name;
  children.push(child);
  return child;
}
async function stopAll() {
  await Promise.all(children.map((child) => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(killer); resolve(); });
    child.kill('SIGTERM');
  })));
}
// Waits until a server accepts connections (bounded), or says which one did not and why.
async function listening(child, host, port) {
  for (let i = 0; i < 150; i += 1) {
    if (child.exitCode !== null) throw new Error(`${child.name} exited (${child.exitCode}):\n${child.log}`);
    const ok = await new Promise((resolve) => {
      const socket = connect({ host, port }, () => { socket.destroy(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${child.name} never listened on ${host}:${port}:\n${child.log}`);
}

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const hostOf = (address) => new URL(address).hostname;
const portOf = (address) => Number(new URL(address).port || 443);
// PRONOTE's loose encoding of a service (tests/cas/pronote.py, assumption 2): `:` and `=` raw.
const loose = (service) => encodeURIComponent(service).replace(/%3A/g, ':').replace(/%3D/g, '=');
const loginWith = (login, service) => `${login}${login.includes('?') ? '&' : '?'}service=${loose(service)}`;

let server;
let browser;
let work;
const counts = { roundTrips: 0, refusals: 0, diagnosed: 0 };

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'pronote-cas-'));
  server = await startServer({
    dist: DIST, mounts: ['/pronote/'],
    extra: { '/case/presets.json': JSON.stringify(PRESETS_FILE), ...Object.fromEntries(CASES.map((c) => [`/case/${c.id}.html`, casePage(c)])) },
  });

  // 1. What the widget shows, read in the browser as a reader sees it.
  const reader = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await reader.newPage();
    for (const c of CASES) {
      await page.goto(`${server.origin}/case/${c.id}.html`);
      // The presets file arrives after the built-in presets: wait for its validation address.
      await page.waitForFunction((presets) => {
        const validation = document.querySelector('[data-console-field="validation"] [data-address]')?.textContent;
        return document.querySelector('[data-address="eleve.mobile"]') && validation
          && (!presets || validation.endsWith('serviceValidate'));
      }, c.presets, { timeout: 20000 });
      Object.assign(c, await page.evaluate(() => {
        const text = (selector) => document.querySelector(selector)?.textContent ?? null;
        const field = (name) => text(`[data-console-field="${name}"] [data-address]`);
        return {
          console: { authentication: field('authentication'), validation: field('validation'), entUrl: field('ent-url') },
          pattern: text('[data-address="service-pattern"]'),
          verify: text('[data-address="cas-login-link"]'),
          root: text('[data-address="root"]'),
          spaces: [...document.querySelectorAll('[data-address$=".desktop"], [data-address$=".mobile"]')]
            .map((e) => ({ key: e.dataset.address, address: e.textContent })),
        };
      }));
    }
  } finally {
    await reader.close();
  }

  // 2. One CAS and one PRONOTE.net per case, each host on its own loopback address, on 127.A.B.* (A and
  // B drawn for this run, so two runs on one machine do not meet).
  const net = `127.${20 + Math.floor(Math.random() * 200)}.${2 + Math.floor(Math.random() * 250)}`;
  const hosts = new Map();
  CASES.forEach((c, i) => {
    c.casHost = hostOf(c.console.authentication);
    c.pronoteHost = hostOf(c.root);
    hosts.set(c.casHost, `${net}.${10 + 2 * i}`);
    hosts.set(c.pronoteHost, `${net}.${11 + 2 * i}`);
  });
  const cert = join(work, 'cert.pem');
  const key = join(work, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=pronote-cas-test',
    '-keyout', key, '-out', cert, '-addext', `subjectAltName=${[...hosts.keys()].map((h) => `DNS:${h}`).join(',')}`],
  { stdio: 'ignore' });
  CASES.forEach((c) => { c.db = join(work, `${c.id}.sqlite3`); });
  execFileSync(PYTHON, ['prepare.py'], { cwd: CAS_DIR, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' }, input: JSON.stringify(CASES.map((c) => ({ db: c.db, pattern: c.pattern }))) });
  const ready = [];
  for (const c of CASES) {
    const cas = start(`CAS ${c.id}`, PYTHON, ['-m', 'gunicorn', '--bind', `${hosts.get(c.casHost)}:443`,
      '--certfile', cert, '--keyfile', key, '--worker-class', 'gthread', '--threads', '4', '--workers', '1',
      'django.core.wsgi:get_wsgi_application()'], {
      DJANGO_SETTINGS_MODULE: 'settings', CAS_TEST_DB: c.db,
      CAS_TEST_LOGIN: new URL(c.console.authentication).pathname, CAS_TEST_VALIDATION: new URL(c.console.validation).pathname,
    });
    const pronote = start(`PRONOTE ${c.id}`, PYTHON, ['pronote.py', JSON.stringify({
      bind: hosts.get(c.pronoteHost), port: portOf(c.root), cert, key, cafile: cert, ...c.console,
      resolve: { [c.casHost]: hosts.get(c.casHost) },
    })]);
    ready.push(listening(cas, hosts.get(c.casHost), 443), listening(pronote, hosts.get(c.pronoteHost), portOf(c.root)));
  }
  await Promise.all(ready);

  // 3. The browser the round trips run in: the real names, resolved to those loopback addresses.
  const rules = [...hosts].map(([host, address]) => `MAP ${host} ${address}`).join(', ');
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', args: [...chromiumArgs, `--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
  });
});

after(async () => {
  await browser?.close();
  await stopAll();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
  console.log(`# CAS: ${CASES.length} cases, ${counts.roundTrips} round trips, ${counts.refusals} refusals, ${counts.diagnosed} addresses diagnosed`);
});

// The page PRONOTE serves after a validated ticket, and the addresses the browser went through.
async function roundTrip(page, address, { login = false } = {}) {
  const seen = [];
  const record = (request) => { if (request.isNavigationRequest() && request.frame() === page.mainFrame()) seen.push(request.url()); };
  page.on('request', record);
  try {
    await page.goto(address);
    if (login) {
      await page.fill('input[name="username"]', USER);
      await page.fill('input[name="password"]', PASSWORD);
      await Promise.all([page.waitForNavigation(), page.click('#login_form button[type="submit"], #login_form input[type="submit"]')]);
    }
    await page.waitForLoadState('load');
    const shown = await page.evaluate(() => ({
      connected: document.querySelector('[data-pronote="connected"]') !== null,
      refused: document.querySelector('[data-pronote="refused"]')?.textContent ?? null,
      user: document.querySelector('[data-user]')?.textContent ?? null,
      page: document.querySelector('[data-page]')?.textContent ?? null,
      service: document.querySelector('[data-service]')?.textContent ?? null,
      text: document.body?.innerText.slice(0, 300) ?? '',
    }));
    return { ...shown, seen, final: page.url() };
  } finally {
    page.off('request', record);
  }
}

// The page of the root (`''`) or a space page an address opens, relative to the root.
const pageOf = (address, root) => {
  const url = new URL(address);
  return url.pathname.slice(new URL(root).pathname.length);
};

// Runs PronoteDelegation.diagnose in the case's page for each address: [{ codes, messages }].
async function diagnose(page, c, addresses) {
  await page.goto(`${server.origin}/case/${c.id}.html`);
  await page.waitForFunction(() => window.PronoteDelegation);
  const results = await page.evaluate(async ({ options, addresses }) => {
    await window.PronoteDelegation.ready;
    return Promise.all(addresses.map(async (address) => {
      const { findings } = await window.PronoteDelegation.diagnose(options, address);
      return { codes: findings.map((f) => f.code), messages: findings.map((f) => f.message) };
    }));
  }, { options: c.options, addresses });
  counts.diagnosed += addresses.length;
  return results;
}

for (const c of CASES) {
  describe(`${c.id}: ${c.shape}, ${c.hosting}`, () => {
    let context;
    let page;
    const seenAddresses = [];
    before(async () => {
      context = await browser.newContext({ ignoreHTTPSErrors: true });
      page = await context.newPage();
    });
    after(async () => { await context?.close(); });

    test('the widget shows what the CAS and PRONOTE are configured with', () => {
      assert.ok(c.console.authentication && c.console.validation && c.console.entUrl, JSON.stringify(c.console));
      assert.ok(!c.console.authentication.includes('service='), 'the URL d\'authentification is bare');
      assert.equal(c.console.entUrl, `${c.root}**`);
      assert.ok(c.pattern, 'a service-pattern');
      assert.ok(c.spaces.length >= 14, `the published spaces' addresses: ${c.spaces.map((s) => s.key)}`);
    });

    test('logs in on the CAS form from one space\'s address, then every space and the Vérifier link on that session', async () => {
      const first = c.spaces.find((s) => s.key === 'eleve.desktop');
      const trips = [{ ...first, login: true }, ...c.spaces, { key: 'verify', address: c.verify }];
      for (const trip of trips) {
        const result = await roundTrip(page, trip.address, { login: trip.login });
        const expectedPage = pageOf(trip.key === 'verify' ? c.root : trip.address, c.root);
        assert.equal(result.refused, null, `${trip.key}: PRONOTE's validation refused the ticket: ${result.refused}`);
        assert.ok(result.connected, `${trip.key}: ${trip.address} ended on ${result.final}: ${result.text}`);
        assert.equal(result.user, USER, trip.key);
        assert.equal(result.page, expectedPage, trip.key);
        assert.match(result.final, /[?&]ticket=ST-/, `${trip.key}: the page came back with a ticket`);
        // The way there: PRONOTE's redirect to the bare login with its service (the Vérifier link starts at the
        // login), then the service with a ticket. Without the form after the first: the CAS session held.
        const logins = result.seen.filter((u) => u.startsWith(c.console.authentication));
        assert.ok(logins.length >= 1, `${trip.key}: through the CAS login: ${result.seen.join(' → ')}`);
        if (!trip.login) {
          assert.equal(result.seen.length, trip.key === 'verify' ? 2 : 3, `${trip.key}: ${result.seen.join(' → ')}`);
        }
        if (trip.key !== 'verify') {
          assert.equal(logins[0], loginWith(c.console.authentication, `${c.root}${expectedPage}`),
            `${trip.key}: PRONOTE sends its configured root and the page, loosely encoded`);
        }
        seenAddresses.push({ key: trip.key, address: trip.address }, ...logins.map((address) => ({ key: `${trip.key} at the CAS`, address })),
          { key: `${trip.key} with its ticket`, address: result.final, ticket: true });
        counts.roundTrips += 1;
      }
    });

    test('every address the browser showed reads as the school\'s in diagnose', async (t) => {
      assert.ok(seenAddresses.length > 0, 'the round trips ran');
      const results = await diagnose(page, c, seenAddresses.map((s) => s.address));
      seenAddresses.forEach((seen, i) => {
        const expected = seen.ticket ? ['service-matches', 'ticket-present'] : ['service-matches'];
        assert.deepEqual(results[i].codes, expected, `${seen.key}: ${seen.address}: ${results[i].messages.join(' | ')}`);
      });
      t.diagnostic(`${seenAddresses.length} addresses diagnosed`);
    });

    test('the CAS refuses what the pattern must refuse, and diagnose says what is wrong', async () => {
      const root = new URL(c.root);
      const page_ = 'eleve.html';
      const withHost = (host) => `${root.protocol}//${host}${root.pathname}${page_}`;
      const refused = [
        { why: 'another school\'s host', service: withHost(c.other), codes: ['service-host'] },
        { why: 'the school\'s host as the start of another domain', service: withHost(`${root.hostname}.attaquant.example${root.port ? `:${root.port}` : ''}`), codes: ['service-host'] },
        { why: 'a sibling path', service: `${root.origin}${root.pathname.replace(/\/$/, '2/')}${page_}`, codes: ['service-path'] },
        { why: 'plain http', service: `http://${root.host}${root.pathname}${page_}`, codes: ['service-scheme'] },
        { why: 'the root without its last slash', service: `${root.origin}${root.pathname.replace(/\/$/, '')}`, codes: ['service-slash'] },
      ];
      const diagnosed = await diagnose(page, c, refused.map((r) => loginWith(c.console.authentication, r.service)));
      for (const [i, r] of refused.entries()) {
        const address = loginWith(c.console.authentication, r.service);
        const result = await roundTrip(page, address);
        assert.equal(result.connected, false, `${r.why}: ${r.service} reached PRONOTE`);
        assert.ok(result.seen.every((u) => !u.includes('ticket=')), `${r.why}: a ticket was given: ${result.seen.join(' → ')}`);
        assert.ok(result.text.includes(`Service ${r.service} not allowed`), `${r.why}: the CAS said: ${result.text}`);
        assert.deepEqual(diagnosed[i].codes, r.codes, `${r.why}: ${diagnosed[i].messages.join(' | ')}`);
        assert.ok(diagnosed[i].messages.every((m) => m.length > 20), diagnosed[i].messages.join(' | '));
        counts.refusals += 1;
      }
    });
  });
}
