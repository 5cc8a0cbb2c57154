import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, type RunningServer } from '@alliance/core';
import type { WebConfig } from '@alliance/gateway';
import { startStack, type Stack } from './support/stack.js';

/**
 * The gateway's side of the web app: the build's files, the app's routes and the embeddable
 * views, their security headers, CORS for widgets on other sites, and the explorer. A fake
 * build in a temporary folder stands in for web/dist, so this does not depend on the web app.
 */

const PARTNER = 'https://intranet.partner.example';
const dir = mkdtempSync(join(tmpdir(), 'alliance-web-'));
const files: Record<string, string> = {
  'index.html': '<!doctype html><title>app</title><div id="app"></div>',
  'embed.html': '<!doctype html><title>embed</title><div id="embed"></div>',
  'embed/widgets.js': 'export const widgets = true;',
  'assets/x-1a2b3c.js': 'export const x = 1;',
  'assets/style-4d5e6f.css': 'body { margin: 0 }',
  '.env': 'SECRET=1',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
}

let stack: Stack;
let partnered: RunningServer;
let unbuilt: RunningServer;
const logger = createLogger('test', 'silent');

/** A second gateway on the same subgraphs, with other web settings. */
const gatewayWith = (web: WebConfig) => stack.gatewayWith({ web }, logger);

beforeAll(async () => {
  stack = await startStack({ web: { dir } });
  partnered = await gatewayWith({ dir, embedOrigins: [PARTNER], corsOrigins: [PARTNER] });
  unbuilt = await gatewayWith({
    dir: mkdtempSync(join(tmpdir(), 'alliance-web-empty-')),
    embedOrigins: [],
    corsOrigins: [],
  });
});
afterAll(async () => {
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const origin = (server: RunningServer) => server.url.replace(/\/graphql$/, '');
const get = (path: string, init: RequestInit = {}, server?: RunningServer) =>
  fetch(`${origin(server ?? stack.gateway)}${path}`, init);
const policy = (response: Response) => response.headers.get('content-security-policy') ?? '';
const directive = (response: Response, name: string) =>
  policy(response)
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1);

describe('the app', () => {
  it.each(['/', '/alliances', '/registers/mef-dmtf', '/organizations/DMTF', '/graph', '/calendar?month=2026-12'])(
    '%s is index.html, not cached, framed by this origin only',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toBe(files['index.html']);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      expect(directive(response, 'frame-ancestors')).toBe("'self'");
      expect(directive(response, 'default-src')).toBe("'self'");
      expect(directive(response, 'script-src')).toBe("'self'");
      expect(directive(response, 'connect-src')).toBe("'self'");
      expect(directive(response, 'img-src')).toBe("'self' data:");
      expect(policy(response)).not.toMatch(/https?:/);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    },
  );

  it('serves hashed assets for a year, to any site, with their content types', async () => {
    const script = await get('/assets/x-1a2b3c.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    expect(await script.text()).toBe(files['assets/x-1a2b3c.js']);
    expect((await get('/assets/style-4d5e6f.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('answers 404 for a missing asset, not the app', async () => {
    const response = await get('/assets/gone-0000.js');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<title>app</title>');
  });

  it('never serves hidden files or anything outside the build', async () => {
    for (const path of ['/.env', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json']) {
      const text = await (await get(path)).text();
      expect(text).not.toContain('SECRET');
      expect(text).not.toContain('"workspaces"');
    }
  });

  it('revalidates conditional requests (304 Not Modified)', async () => {
    const etag = (await get('/')).headers.get('etag')!;
    // node:http, because fetch() adds `cache-control: no-cache` to a conditional request.
    const status = await new Promise<number | undefined>((resolve, reject) =>
      request(`${origin(stack.gateway)}/`, { headers: { 'if-none-match': etag } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
        .on('error', reject)
        .end(),
    );
    expect(status).toBe(304);
  });
});

describe('the embeddable views', () => {
  it.each([
    '/embed/alliances?organization=DMTF',
    '/embed/reviews-due',
    '/embed/graph',
    '/embed/register?slug=mef-dmtf',
  ])('%s is embed.html, framed by this origin only by default', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(files['embed.html']);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(directive(response, 'frame-ancestors')).toBe("'self'");
    expect(directive(response, 'script-src')).toBe("'self'");
  });

  it('may be framed by the configured origins (EMBED_ORIGINS), the app still may not', async () => {
    const view = await get('/embed/reviews-due?organization=DMTF', {}, partnered);
    expect(directive(view, 'frame-ancestors')).toBe(`'self' ${PARTNER}`);
    expect(directive(await get('/alliances', {}, partnered), 'frame-ancestors')).toBe("'self'");
  });

  it('serves widgets.js to any site as a module script (CORS *), revalidated', async () => {
    const response = await get('/embed/widgets.js', { headers: { origin: 'https://anywhere.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(files['embed/widgets.js']);
  });

  it('answers 404 for a missing script under /embed/', async () => {
    expect((await get('/embed/chunk-gone.js')).status).toBe(404);
  });
});

describe('/graphql from browsers', () => {
  const query = JSON.stringify({ query: '{ workRegister(slug: "mef-dmtf") { title } }' });
  const post = (server: RunningServer, from: string) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: from }, body: query });
  const preflight = (server: RunningServer, from: string) =>
    fetch(server.url, {
      method: 'OPTIONS',
      headers: {
        origin: from,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization, apollo-require-preflight',
      },
    });

  it('still answers a JSON POST', async () => {
    const { status, data } = await stack.query('{ workRegister(slug: "mef-dmtf") { title } }');
    expect(status).toBe(200);
    expect(data.workRegister.title).toBe('MEF / DMTF Work Register');
  });

  it('keeps CSRF prevention: a GET query without a preflight header is refused', async () => {
    const response = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  it('sends no CORS headers by default (same origin only)', async () => {
    expect((await post(stack.gateway, PARTNER)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(stack.gateway, PARTNER)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a configured origin (CORS_ORIGINS) call it, preflight included', async () => {
    const check = await preflight(partnered, PARTNER);
    expect(check.status).toBe(204);
    expect(check.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(check.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = check.headers.get('access-control-allow-headers')!.split(',');
    expect(allowed).toEqual(expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight']));
    const response = await post(partnered, PARTNER);
    expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect((await response.json()).data.workRegister.title).toBe('MEF / DMTF Work Register');
  });

  it('gives any other origin no CORS headers', async () => {
    expect(
      (await preflight(partnered, 'https://elsewhere.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
    expect((await post(partnered, 'https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the explorer (GET /graphql in a browser)', () => {
  let response: Response;
  let html: string;
  beforeAll(async () => {
    response = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    html = await response.text();
  });

  it('is GraphiQL with the examples of docs/ in its tabs', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('query WhichAlliancesDoesDMTFHaveAndWithWhom');
    expect(html).toContain('query OneRegister');
    expect(html).toContain('"defaultTabs"');
  });

  it('loads nothing from elsewhere: no external src, href or url(), and a policy of its own origin', () => {
    // The page's markup and styles, without the inline script (whose strings name sites it never loads).
    const markup = html.replace(/<script>[\s\S]*?<\/script>/g, '');
    expect(markup).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href="(https?:)?\/\//);
    expect(html).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    expect(html).not.toMatch(/@import/);
    expect(policy(response)).not.toMatch(/https?:/);
    expect(directive(response, 'default-src')).toBe("'self'");
    expect(directive(response, 'connect-src')).toBe("'self'");
    expect(directive(response, 'frame-ancestors')).toBe("'self'");
  });

  it('allows its inline script by hash only', async () => {
    const { createHash } = await import('node:crypto');
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, script]) => script!);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]!).digest('base64');
    expect(directive(response, 'script-src')).toBe(`'sha256-${hash}'`);
    expect(policy(response)).not.toContain('unsafe-eval');
  });
});

describe('without a web build', () => {
  it('answers a short page saying so, and the API works', async () => {
    const page = await get('/', {}, unbuilt);
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toMatch(/web app is not built[\s\S]*npm run build/);
    expect(directive(page, 'frame-ancestors')).toBe("'self'");
    expect((await get('/embed/graph', {}, unbuilt)).status).toBe(404);
    const api = await post(unbuilt);
    expect((await api.json()).data.workRegister.title).toBe('MEF / DMTF Work Register');
  });

  const post = (server: RunningServer) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ workRegister(slug: "mef-dmtf") { title } }' }),
    });
});
