import { parseAtomFeed } from 'feedsmith';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '@alliance/core';
import { loadFixtureSet, manifest, TODAY, type ManifestEntry } from './support/fixture-set.js';
import { startStack, type Stack } from './support/stack.js';

/**
 * The feeds partner tools subscribe to, end to end through the real gateway and subgraphs on the
 * seed plus the 33 registers of test/fixtures/registers. Each body is read back with a parser of
 * its format (ical.js, feedsmith), as a calendar app or feed reader would; what is expected comes
 * from the fixture manifest, or from the API asked directly, never from the feeds' own code.
 */

let stack: Stack;
let origin: string;
let alice: string;

beforeAll(async () => {
  stack = await startStack({ today: TODAY });
  await loadFixtureSet(stack);
  origin = stack.gatewayUrl.replace(/\/graphql$/, '');
  alice = await mintToken({
    secret: stack.auth.secret,
    subject: 'alice',
    name: 'Alice Liaison',
    roles: ['editor:DMTF'],
  });
}, 120_000);
afterAll(() => stack?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers });

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const { data, errors } = await stack.query<T>(query, variables, token);
  expect(errors).toBeUndefined();
  return data!;
}

/** A register's id and revision, for a mutation based on it. */
async function register(slug: string): Promise<{ id: string; revision: number }> {
  const data = await ok(`query($slug: String!) { workRegister(slug: $slug) { id revision } }`, { slug });
  return data.workRegister;
}

/** Changes one field of a register as Alice (editor of DMTF); returns the new revision. */
async function edit(slug: string, input: Record<string, unknown>): Promise<number> {
  const { id, revision } = await register(slug);
  const data = await ok(
    `mutation($id: ID!, $rev: Int!, $input: WorkRegisterPatch!) {
      updateWorkRegister(id: $id, expectedRevision: $rev, input: $input) { revision } }`,
    { id, rev: revision, input },
    alice,
  );
  return data.updateWorkRegister.revision;
}

// The seed register (data/seeds): a month-precision review, no milestones.
const SEED: Pick<ManifestEntry, 'slug' | 'parties' | 'reviewDueBy' | 'reviewDueOn' | 'milestones'> = {
  slug: 'mef-dmtf',
  parties: ['MEF', 'DMTF'],
  reviewDueBy: '2013-05',
  reviewDueOn: '2013-05-31',
  milestones: [],
};
const all = [SEED, ...manifest];
const ofDmtf = all.filter((entry) => entry.parties.includes('DMTF'));

interface Event {
  uid: string;
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  description: string;
  url: string;
  kind: string;
  slug: string;
}

/** The VEVENTs of an iCalendar body, as ical.js reads them. */
function events(text: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const url = String(vevent.getFirstPropertyValue('url'));
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
      url,
      kind: String(vevent.getFirstPropertyValue('categories')),
      slug: decodeURIComponent(new URL(url).pathname.replace('/registers/', '')),
    };
  });
}

/** What a calendar of these registers must hold: each review with a date, each PLANNED milestone. */
function expectedEvents(entries: typeof all): string[] {
  return entries
    .flatMap((entry) => [
      ...(entry.reviewDueOn ? [`${entry.slug} Review ${entry.reviewDueOn}`] : []),
      ...entry.milestones.filter((m) => m.status === 'PLANNED').map((m) => `${entry.slug} Milestone ${m.dueOn}`),
    ])
    .sort();
}
const described = (list: Event[]) => list.map((e) => `${e.slug} ${e.kind} ${e.start}`).sort();

async function calendar(query = '?organization=DMTF') {
  const response = await get(`/feeds/reviews.ics${query}`);
  expect(response.status).toBe(200);
  return { response, events: events(await response.text()) };
}

describe('GET /feeds/reviews.ics', () => {
  it("holds DMTF's reviews and planned milestones, and nothing else, as iCalendar", async () => {
    const { response, events } = await calendar();
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(described(events)).toEqual(expectedEvents(ofDmtf));
    // Completed and cancelled milestones are in the fixtures, so leaving them out is tested.
    expect(ofDmtf.some((entry) => entry.milestones.some((m) => m.status !== 'PLANNED'))).toBe(true);
  });

  it('without organization, holds every register’s', async () => {
    const { events } = await calendar('');
    expect(described(events)).toEqual(expectedEvents(all));
    expect(events.some((event) => event.slug === 'bbf-onf')).toBe(true);
  });

  it('puts a partial date on the last day of its period, all day, and says the precision', async () => {
    const { events } = await calendar();
    const review = events.find((e) => e.slug === 'mef-dmtf' && e.kind === 'Review')!;
    expect(review).toMatchObject({ allDay: true, start: '2013-05-31', end: '2013-06-01' });
    expect(review.description).toContain('Due by 2013-05 (month precision)');
    expect(review.summary).toContain('MEF / DMTF Work Register');

    // dmtf-csa: a year-precision milestone (2027) and a quarter-precision review (2026-Q4).
    const csa = events.filter((e) => e.slug === 'dmtf-csa');
    expect(csa.find((e) => e.kind === 'Milestone')).toMatchObject({ allDay: true, start: '2027-12-31' });
    expect(csa.find((e) => e.kind === 'Milestone')!.description).toContain('Due by 2027 (year precision)');
    expect(csa.find((e) => e.kind === 'Review')!.description).toContain('Due by 2026-Q4 (quarter precision)');
    // A day-precision date stays on its day.
    const ietf = events.find((e) => e.slug === 'dmtf-ietf' && e.kind === 'Review')!;
    expect(ietf).toMatchObject({ start: '2026-11-24', end: '2026-11-25' });
    expect(ietf.description).toContain('(day precision)');
  });

  it("links each event to its register's page on the gateway's origin", async () => {
    const { events } = await calendar();
    for (const event of events) expect(event.url).toBe(`${origin}/registers/${event.slug}`);
    const page = await get(new URL(events[0]!.url).pathname);
    expect(page.status).toBe(200);
  });

  it('gives every event its own UID, the same on every fetch', async () => {
    const first = (await calendar('')).events.map((e) => e.uid);
    const second = (await calendar('')).events.map((e) => e.uid);
    expect(new Set(first).size).toBe(first.length);
    expect(second).toEqual(first);
  });

  it('keeps UIDs through an unrelated edit, and a milestone’s UID when it moves or others are added', async () => {
    const before = (await calendar()).events.filter((e) => e.slug === 'dmtf-ietf');
    await edit('dmtf-ietf', { background: 'Edited by the feeds test.' });
    const afterEdit = (await calendar()).events.filter((e) => e.slug === 'dmtf-ietf');
    expect(afterEdit.map((e) => [e.uid, e.start])).toEqual(before.map((e) => [e.uid, e.start]));

    // The second milestone (2027-07) moves to 2027-10, and a new one comes first.
    const { workRegister } = await ok(
      `{ workRegister(slug: "dmtf-ietf") { milestones { date precision description status } } }`,
    );
    const [first, second] = workRegister.milestones;
    await edit('dmtf-ietf', {
      milestones: [
        { date: '2027-01', precision: 'MONTH', description: 'Kick-off of the joint model', status: 'PLANNED' },
        first,
        { ...second, date: '2027-10' },
      ],
    });
    const moved = (await calendar()).events.filter((e) => e.slug === 'dmtf-ietf');
    const uidOn = (list: Event[], day: string) => list.find((e) => e.start === day)?.uid;
    expect(uidOn(moved, '2027-10-31')).toBe(uidOn(before, '2027-07-31'));
    expect(uidOn(moved, '2027-03-31')).toBe(uidOn(before, '2027-03-31'));
    expect(moved).toHaveLength(before.length + 1);
    expect(uidOn(moved, '2027-01-31')).not.toBeUndefined();
    expect(before.map((e) => e.uid)).not.toContain(uidOn(moved, '2027-01-31'));
  });

  it('refuses an unknown organization with 400, naming the parameter', async () => {
    const response = await get('/feeds/reviews.ics?organization=NOPE');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; parameter: string };
    expect(body).toMatchObject({ parameter: 'organization' });
    expect(body.error).toContain('NOPE');
  });
});

/** The registers of an organization with their whole histories, asked of the API directly. */
async function revisionsOf(acronym: string) {
  const data = await ok(
    `query($org: String!) { workRegisters(filter: { anyParty: [$org] }, first: 100) { edges { node {
      id slug updatedAt history(first: 100) { edges { node { revision createdAt summary author { name } } } } } } } }`,
    { org: acronym },
  );
  return data.workRegisters.edges
    .flatMap(({ node }: any) => node.history.edges.map(({ node: revision }: any) => ({ register: node, ...revision })))
    .sort((a: any, b: any) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

/** Atom's html text constructs, as a reader shows them. */
const text = (construct: { value?: string; type?: string } | undefined) =>
  (construct?.value ?? '').replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));

async function atom(path = '/feeds/changes.atom?organization=DMTF', headers: Record<string, string> = {}) {
  const response = await get(path, headers);
  expect(response.status).toBe(200);
  return { response, feed: parseAtomFeed(await response.text()) };
}
const link = (links: { rel?: string; href?: string }[] | undefined, rel: string) =>
  links?.find((l) => (l.rel ?? 'alternate') === rel)?.href;

describe('GET /feeds/changes.atom', () => {
  it('lists the newest revisions of DMTF’s registers first, as Atom', async () => {
    const { response, feed } = await atom();
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const entries = feed.entries ?? [];
    expect(entries).toHaveLength(20);
    const times = entries.map((e) => Date.parse(e.updated!));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const dmtf = new Set(ofDmtf.map((e) => e.slug));
    for (const entry of entries)
      expect(dmtf).toContain(new URL(link(entry.links, 'alternate')!).pathname.split('/')[2]);
    expect(link(feed.links, 'self')).toBe(`${origin}/feeds/changes.atom?organization=DMTF`);
  });

  it('shows a revision made through the API first: author, summary, changed fields, history link', async () => {
    const revision = await edit('dmtf-snia', { background: 'Revised background, from the feeds test.' });
    const { id } = await register('dmtf-snia');
    const [newest] = await revisionsOf('DMTF');
    expect(newest).toMatchObject({ revision, register: { slug: 'dmtf-snia' } });

    const entry = (await atom()).feed.entries![0]!;
    expect(entry.id).toBe(`urn:alliance-registry:register:${id}:revision:${revision}`);
    expect(entry.authors).toEqual([{ name: 'Alice Liaison' }]);
    expect(text(entry.summary)).toBe(newest.summary);
    expect(newest.summary).toMatch(/background/i);
    expect(text(entry.content)).toContain('<code>background</code> changed');
    expect(link(entry.links, 'alternate')).toBe(`${origin}/registers/dmtf-snia?revision=${revision}#history`);
    expect(Date.parse(entry.updated!)).toBe(Date.parse(newest.createdAt));
  });

  it('pages through with rel="next": every revision once, newest first, as the API has them', async () => {
    const expected = (await revisionsOf('DMTF')).slice(0, 100);
    expect(expected.length).toBeGreaterThan(20);
    const seen: string[] = [];
    let path: string | undefined = '/feeds/changes.atom?organization=DMTF';
    let pages = 0;
    while (path) {
      const { feed } = await atom(path);
      pages++;
      seen.push(...(feed.entries ?? []).map((e) => e.id!));
      const next = link(feed.links, 'next');
      if (next)
        expect(link((await atom(new URL(next).pathname + new URL(next).search)).feed.links, 'previous')).toBe(
          `${origin}${path}`,
        );
      path = next && new URL(next).pathname + new URL(next).search;
    }
    expect(pages).toBe(Math.ceil(expected.length / 20));
    expect(seen).toEqual(
      expected.map((r: any) => `urn:alliance-registry:register:${r.register.id}:revision:${r.revision}`),
    );
  });

  it('refuses an unknown organization and a page out of range with 400, naming the parameter', async () => {
    for (const [query, parameter] of [
      ['organization=NOPE', 'organization'],
      ['page=0', 'page'],
      ['page=two', 'page'],
      ['page=6', 'page'],
    ]) {
      const response = await get(`/feeds/changes.atom?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { parameter: string }).parameter, query).toBe(parameter);
    }
  });

  it('asks the API the same number of statements for one register as for many', async () => {
    const statements = async (path: string) => {
      const before = stack.registry.db.statementCount();
      await atom(path);
      return stack.registry.db.statementCount() - before;
    };
    // W3C: two registers, one of them three revisions deep; DMTF: fifteen.
    const few = all.filter((entry) => entry.parties.includes('W3C'));
    expect(few.length).toBe(2);
    expect(ofDmtf.length).toBe(15);
    expect(await statements('/feeds/changes.atom?organization=DMTF')).toBe(
      await statements('/feeds/changes.atom?organization=W3C'),
    );
  });
});

describe('caching', () => {
  it.each(['/feeds/reviews.ics?organization=DMTF', '/feeds/changes.atom?organization=DMTF'])(
    '%s: ETag, Last-Modified of the newest change, public max-age; 304 while unchanged, 200 after a change',
    async (path) => {
      const first = await get(path);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      const lastModified = first.headers.get('last-modified')!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
      const [newest] = await revisionsOf('DMTF');
      expect(lastModified).toBe(new Date(newest.createdAt).toUTCString());

      // fetch() sends Cache-Control: no-cache with a condition of its own, as some readers do.
      const again = await get(path, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect((await get(path, { 'if-modified-since': lastModified })).status).toBe(304);
      expect((await get(path, { 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
      expect((await get(path, { 'if-none-match': '"something-else"' })).status).toBe(200);
      const before = new Date(Date.parse(lastModified) - 1000).toUTCString();
      expect((await get(path, { 'if-modified-since': before })).status).toBe(200);

      await edit('dmtf-tm-forum', { background: `Changed at ${Date.now()} by the caching test.` });
      const changed = await get(path, { 'if-none-match': etag });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
      expect(Date.parse(changed.headers.get('last-modified')!)).toBeGreaterThanOrEqual(Date.parse(lastModified));
      expect((await get(path, { 'if-none-match': changed.headers.get('etag')! })).status).toBe(304);
    },
  );
});
