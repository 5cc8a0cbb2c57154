import { stat } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import cors from 'cors';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The gateway serves the web app's build (web/dist) as plain files: it never imports the web
 * app's code, and the web app talks to /graphql like any partner tool (docs/embedding.md).
 */

/** web/dist of the repository, found from this module (gateway/src or gateway/dist) so the cwd does not matter. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface WebOptions {
  /** The build: index.html (the app), embed.html (the embeddable views), embed/, assets/. */
  dir: string;
  /** Origins that may frame the /embed/ views besides this one (`*`: any). */
  embedOrigins: string[];
}

export type Directives = Record<string, string>;

/** Pages load nothing from elsewhere: scripts, styles, images and API calls come from this origin. */
export const PAGE_DIRECTIVES: Directives = {
  'default-src': "'self'",
  'script-src': "'self'",
  // The graph library sets inline styles on the elements it draws.
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'self'",
};

/** The headers of every HTML response: PAGE_DIRECTIVES with `overrides` as its policy. */
export function pageHeaders(overrides: Directives = {}): Record<string, string> {
  const directives = { ...PAGE_DIRECTIVES, ...overrides };
  return {
    'content-security-policy': Object.entries(directives)
      .map(([name, value]) => `${name} ${value}`)
      .join('; '),
    'x-content-type-options': 'nosniff',
    // The registry tells the sites it links to nothing about what was being read.
    'referrer-policy': 'same-origin',
  };
}

/**
 * CORS for /graphql, for the widgets other sites embed (their pages call the API from their own
 * origin). Without configured origins there is no CORS at all: browsers then allow same-origin
 * calls only. Tokens travel in Authorization, never in cookies, so credentials stay off.
 */
export function graphqlCors(origins: string[]): RequestHandler | undefined {
  if (origins.length === 0) return undefined;
  return cors({
    origin: origins.includes('*') ? '*' : origins,
    methods: ['GET', 'POST'],
    // content-type: JSON is not a "simple" type; the apollo headers satisfy CSRF prevention on GET.
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
    maxAge: 600,
  });
}

/**
 * Mounts the web build after the API: existing files as they are, `/embed/<view>` paths as
 * embed.html, every other path as index.html (the app routes in the browser). Missing files
 * under /assets/ and /embed/ are 404s, never a page a browser would then refuse as a script.
 */
export function mountWeb(app: Express, options: WebOptions): void {
  const root = resolve(options.dir);
  const frameAncestors = ["'self'", ...options.embedOrigins].join(' ');
  const pages: Pages = {
    'index.html': { ...pageHeaders(), 'cache-control': 'no-cache' },
    'embed.html': { ...pageHeaders({ 'frame-ancestors': frameAncestors }), 'cache-control': 'no-cache' },
  };

  app.use(async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = await existingFile(root, req.path);
    if (file) return send(res, file, fileHeaders(root, file, pages), next);
    const page = pageFor(req.path);
    if (!page) return res.status(404).set('x-content-type-options', 'nosniff').type('text/plain').send('Not found\n');
    const html = resolve(root, page);
    if (!(await existingFile(root, `/${page}`)))
      return res.status(404).set(pages['index.html']).type('html').send(NOT_BUILT);
    send(res, html, pages[page], next);
  });
}

type Page = 'index.html' | 'embed.html';
type Pages = Record<Page, Record<string, string>>;

/** Which page a path that is no file gets: none for the API's and the build's own folders. */
function pageFor(path: string): Page | undefined {
  const first = path.split('/')[1];
  if (first === 'assets' || first === 'graphql' || first === 'health') return undefined;
  if (first === 'embed') return extname(path) ? undefined : 'embed.html';
  return 'index.html';
}

/**
 * HTML pages get their policy (embed.html the embed one); other files are public and cacheable
 * by anyone: hashed files under assets/ for a year, the rest revalidated (widgets.js keeps its
 * name across releases). `*` lets other sites load the widgets as module scripts, which needs CORS.
 */
function fileHeaders(root: string, file: string, pages: Pages): Record<string, string> {
  const path = relative(root, file).split(sep).join('/');
  if (extname(path) === '.html')
    return path === 'embed.html' || path.startsWith('embed/') ? pages['embed.html'] : pages['index.html'];
  return {
    'x-content-type-options': 'nosniff',
    'access-control-allow-origin': '*',
    'cross-origin-resource-policy': 'cross-origin',
    'cache-control': path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}

/** The file a URL path names inside `root`, if it is one; hidden files and `..` never are. */
async function existingFile(root: string, urlPath: string): Promise<string | undefined> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const file = resolve(root, `.${path}`);
  if (!file.startsWith(root + sep)) return undefined;
  const stats = await stat(file).catch(() => undefined);
  return stats?.isFile() ? file : undefined;
}

/** res.sendFile does content types, ETags, 304s, HEAD and ranges; the headers are ours. */
function send(res: Response, file: string, headers: Record<string, string>, next: NextFunction): void {
  res.sendFile(file, { headers, cacheControl: false, dotfiles: 'allow' }, (error) => {
    if (error && !res.headersSent) next(error);
  });
}

const NOT_BUILT = `<!doctype html>
<html lang="en">
  <meta charset="utf-8" />
  <title>Alliance Registry</title>
  <h1>The web app is not built</h1>
  <p>Run <code>npm run build</code> (or set <code>WEB_DIR</code> to a built copy) and reload. The API works meanwhile: <a href="/graphql">/graphql</a>.</p>
</html>
`;
