import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/**
 * Feeds are polled (calendar apps every few hours, feed readers every few minutes) by clients
 * and shared caches alike: every answer says how long it holds and how to ask whether it still
 * does, and a conditional request that still holds costs a query but no rendering or body.
 */

/** Five minutes: a change reaches subscribers that quickly, and a burst of polls hits the API once per cache. */
export const MAX_AGE_SECONDS = 300;

/**
 * A strong ETag of everything a body is built from (the feed, how it is rendered, the links'
 * origin, the parameters and the API's data), so freshness is known before rendering. Bump
 * the feed's rendering version whenever the same data would render differently.
 */
export function etagOf(...parts: unknown[]): string {
  return `"${createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32)}"`;
}

export interface Validators {
  etag: string;
  /** The newest change among the data of the body; none for an empty feed. */
  lastModified: Date | undefined;
}

/**
 * Sets the cache headers of a 200, then answers 304 with no body when the request's
 * preconditions say the client's copy still holds. Returns whether it answered.
 */
export function answeredNotModified(req: Request, res: Response, validators: Validators): boolean {
  res.set('ETag', validators.etag);
  if (validators.lastModified) res.set('Last-Modified', validators.lastModified.toUTCString());
  res.set('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`);
  if (!stillHolds(req, validators)) return false;
  res.status(304).end();
  return true;
}

/**
 * RFC 9110 13.2.2: If-None-Match when sent (weak comparison, `*`), else If-Modified-Since.
 * Not Express's req.fresh, which ignores both when the request says `Cache-Control: no-cache`:
 * fetch() adds that to every request with a condition of its own, and revalidating with the
 * origin is exactly what no-cache asks for.
 */
function stillHolds(req: Request, { etag, lastModified }: Validators): boolean {
  const noneMatch = req.get('if-none-match');
  if (noneMatch !== undefined) {
    const tags = noneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
  }
  const modifiedSince = Date.parse(req.get('if-modified-since') ?? '');
  // HTTP dates have whole seconds: the change's own second counts as not after it.
  return lastModified !== undefined && Math.floor(lastModified.getTime() / 1000) * 1000 <= modifiedSince;
}

/** The newest of some ISO instants, as a Date; undefined for none. */
export function newest(instants: Iterable<string>): Date | undefined {
  let max: string | undefined;
  for (const instant of instants) if (max === undefined || Date.parse(instant) > Date.parse(max)) max = instant;
  return max === undefined ? undefined : new Date(max);
}
