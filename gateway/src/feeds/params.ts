import type { Request } from 'express';

/** A feed request the feed cannot answer as asked: its status, and the query parameter at fault. */
export class FeedRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

type Query = Request['query'];

/** `organization=DMTF`: an acronym (the API says whether it knows it); absent or empty means every register. */
export function readOrganization(query: Query): string | undefined {
  const value = query.organization;
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new FeedRequestError(400, 'organization takes one acronym, e.g. organization=DMTF', 'organization');
  }
  return value.trim() || undefined;
}

/** `page=2`: a page number from 1 to `last`; absent means the first page. */
export function readPage(query: Query, last: number): number {
  const value = query.page;
  if (value === undefined) return 1;
  const page = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(page >= 1 && page <= last)) {
    throw new FeedRequestError(
      400,
      `page must be a whole number from 1 to ${last}, got ${JSON.stringify(value)}`,
      'page',
    );
  }
  return page;
}
