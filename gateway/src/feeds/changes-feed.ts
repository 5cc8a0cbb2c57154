import type { AllianceClient } from '@alliance/client';
import { Feed } from 'feed';
import { operation } from './api.js';
import { registerUrl, revisionUrl, urlWith } from './links.js';

/**
 * GET /feeds/changes.atom: every revision of a body's registers (or of all registers) as an
 * entry of an Atom (RFC 4287) feed, newest first, in pages linked by rel="next" (RFC 5005).
 *
 * The API has no list of revisions across registers, so the feed merges registers' histories.
 * That takes one request whatever the number of registers: the newest n revisions anywhere are
 * among the newest n of the n most recently changed registers (a register's updatedAt is its
 * newest revision's time, and each register changed more recently holds a newer revision). The
 * API's pages hold at most 100, so the feed reaches back through the newest 100 revisions.
 */

/** Bump when the same data would render differently (it is part of the ETag). */
export const CHANGES_RENDERING = 1;
export const PAGE_SIZE = 20;
/** The API's largest page (registers, and revisions of each) bounds how far back the feed reaches. */
export const WINDOW = 100;
export const LAST_PAGE = WINDOW / PAGE_SIZE;
/** An entry lists this many changed fields; a first revision (everything ADDED) says how many more. */
const LISTED_CHANGES = 30;

export interface Revision {
  revision: number;
  createdAt: string;
  summary: string;
  author: { subject: string; name: string | null };
  changes: { path: string; kind: 'ADDED' | 'REMOVED' | 'CHANGED' }[];
}

export interface ChangedRegister {
  id: string;
  slug: string;
  title: string;
  updatedAt: string;
  history: { edges: { node: Revision }[] };
}

interface ChangesData {
  workRegisters: { edges: { node: ChangedRegister }[] };
}

const CHANGES_QUERY = operation<ChangesData, { filter: { anyParty: string[] } | null; depth: number }>(`
  query FeedChanges($filter: WorkRegisterFilter, $depth: Int!) {
    workRegisters(filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }, first: $depth) {
      edges { node {
        id slug title updatedAt
        history(first: $depth) { edges { node {
          revision createdAt summary author { subject name } changes { path kind }
        } } }
      } }
    }
  }`);

export interface ChangesPage {
  entries: { register: ChangedRegister; revision: Revision }[];
  hasNext: boolean;
  /** The newest change of any register of the feed (the first page's first entry). */
  updated: string | undefined;
}

/** One page: the newest `page × PAGE_SIZE` revisions (and one more, to know of a next page) in one request. */
export async function loadChanges(
  api: AllianceClient,
  organization: string | undefined,
  page: number,
): Promise<ChangesPage> {
  const end = page * PAGE_SIZE;
  const depth = Math.min(end + 1, WINDOW);
  const filter = organization ? { anyParty: [organization] } : null;
  const { workRegisters } = await api.request(CHANGES_QUERY, { filter, depth });
  const registers = workRegisters.edges.map((edge) => edge.node);
  const merged = registers
    .flatMap((register) => register.history.edges.map(({ node }) => ({ register, revision: node })))
    .sort(newestFirst);
  return {
    entries: merged.slice(end - PAGE_SIZE, end),
    hasNext: end < WINDOW && merged.length > end,
    updated: registers[0]?.updatedAt,
  };
}

/** By time, newest first; ties (one transaction's instant) by register id, then revision, so pages are stable. */
function newestFirst(a: ChangesPage['entries'][number], b: ChangesPage['entries'][number]): number {
  return (
    Date.parse(b.revision.createdAt) - Date.parse(a.revision.createdAt) ||
    a.register.id.localeCompare(b.register.id) ||
    b.revision.revision - a.revision.revision
  );
}

/** Entry ids never change: a reader that has seen one never shows it again as new. */
function entryId(registerId: string, revision: number): string {
  return `urn:alliance-registry:register:${registerId}:revision:${revision}`;
}

export interface ChangesOptions {
  origin: string;
  organization: string | undefined;
  page: number;
}

export function renderChanges(data: ChangesPage, options: ChangesOptions): string {
  const { origin, organization, page } = options;
  const pageUrl = (n: number) => urlWith(origin, '/feeds/changes.atom', { organization, page: n > 1 ? n : undefined });
  const feed = new Feed({
    // The same on every page: the pages are one logical feed (RFC 5005 section 3).
    id: `urn:alliance-registry:changes${organization ? `:organization:${encodeURIComponent(organization.toUpperCase())}` : ''}`,
    title: `Alliance Registry: changes to ${organization ? `${organization}'s registers` : 'the registers'}`,
    description: 'Every revision of a Work Register: who changed what, newest first.',
    // An empty feed has changed never; the epoch keeps its body (and ETag) the same on every fetch.
    updated: new Date(data.updated ?? 0),
    generator: 'Alliance Registry',
    link: urlWith(origin, '/alliances', { anyParty: organization, order: 'UPDATED_AT', dir: 'DESC' }),
    feedLinks: { atom: pageUrl(page) },
  });
  for (const { register, revision } of data.entries) feed.addItem(entryOf(register, revision, origin));
  const links = {
    next: data.hasNext ? pageUrl(page + 1) : undefined,
    previous: page > 1 ? pageUrl(page - 1) : undefined,
  };
  return withPagingLinks(feed.atom1(), links);
}

function entryOf(register: ChangedRegister, revision: Revision, origin: string) {
  const author = revision.author.name ?? revision.author.subject;
  const date = new Date(revision.createdAt);
  return {
    id: entryId(register.id, revision.revision),
    // `feed` writes title, summary and content as type="html": text goes in escaped.
    title: escapeHtml(`${register.title}: ${revision.summary}`),
    link: revisionUrl(origin, register.slug, revision.revision),
    date,
    published: date,
    description: escapeHtml(revision.summary),
    content: contentOf(register, revision, origin, author),
    author: [{ name: author }],
  };
}

/** Which revision of which register, by whom, and the fields it changed. */
function contentOf(register: ChangedRegister, revision: Revision, origin: string, author: string): string {
  const listed = revision.changes
    .slice(0, LISTED_CHANGES)
    .map((change) => `<li><code>${escapeHtml(change.path)}</code> ${change.kind.toLowerCase()}</li>`);
  const more = revision.changes.length - listed.length;
  if (more > 0) listed.push(`<li>and ${more} more</li>`);
  const link = `<a href="${escapeHtml(registerUrl(origin, register.slug))}">${escapeHtml(register.title)}</a>`;
  return [
    `<p>Revision ${revision.revision} of ${link}, by ${escapeHtml(author)}: ${escapeHtml(revision.summary)}</p>`,
    listed.length ? `<p>Changed fields:</p><ul>${listed.join('')}</ul>` : '',
  ].join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * `feed` writes the alternate, self and hub links only; RFC 5005's paging links go right after
 * self, their hrefs escaped for XML.
 */
function withPagingLinks(xml: string, links: Record<string, string | undefined>): string {
  const tags = Object.entries(links)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([rel, href]) => `\n    <link rel="${rel}" href="${escapeHtml(href)}"/>`)
    .join('');
  return xml.replace(/<link rel="self"[^>]*\/>/, (self) => self + tags);
}
