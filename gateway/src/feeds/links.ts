import type { Request } from 'express';

/**
 * Feeds link to the web app on the gateway's own origin, as the caller reached it: the Host it
 * asked for, and the scheme Express sees (X-Forwarded-Proto and -Host count only where the
 * app is told to trust a proxy, so a caller cannot make a shared cache keep links to elsewhere).
 */
export function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** The web app's page of a register (web/src/app.tsx: /registers/:slug). */
export function registerUrl(origin: string, slug: string): string {
  return `${origin}/registers/${encodeURIComponent(slug)}`;
}

/** The register's page opened at one revision's changes, in its History section (docs/web.md). */
export function revisionUrl(origin: string, slug: string, revision: number): string {
  return `${registerUrl(origin, slug)}?revision=${revision}#history`;
}

/** `origin + path` with the parameters that are set, in the order given. */
export function urlWith(origin: string, path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) search.set(name, String(value));
  const text = search.toString();
  return `${origin}${path}${text ? `?${text}` : ''}`;
}
