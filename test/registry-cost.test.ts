import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '@alliance/cli';
import { startStack, type Stack } from './support/stack.js';
import { syntheticRegister } from './support/registers.js';
import { statementsWhile } from './support/storage.js';

/**
 * What a request costs the registry (issue 15): which columns its statements read, that search
 * goes through the database's full-text index, and that dashboard figures are cached without
 * ever going stale. Statements are captured from TypeORM's logger, as the bench's diagnosis does.
 */

let stack: Stack;
/** The document's own text, as `alliance import` sends it: long, and shown by no list. */
const sourceOf = (n: number) => `Work Register ${n}\n${'The text of the document as written. '.repeat(200)}`;

beforeAll(async () => {
  stack = await startStack();
  // Each with where its title was read (Source.fields), stored apart like the text.
  const provenance = [{ path: 'title', line: 1, endLine: 1 }];
  for (let n = 0; n < 30; n++) await importDocument(stack.client, syntheticRegister(n), sourceOf(n), { provenance });
}, 120_000);
afterAll(() => stack?.stop());

/** The slug of synthetic register n, found by the number its title ends in. */
async function slugOf(n: number): Promise<string> {
  const { data } = await stack.query(
    `query($n: String!) { workRegisters(filter: { search: $n }) { edges { node { slug } } } }`,
    {
      n: String(n).padStart(3, '0'),
    },
  );
  expect(data.workRegisters.edges).toHaveLength(1);
  return data.workRegisters.edges[0].node.slug;
}

/** The registry's SQL while the gateway answers `query` (without background webhook work), and the answer. */
async function sqlFor(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const { result, statements } = await statementsWhile(stack.registry.db, () => stack.query(query, variables, token));
  expect(result.errors).toBeUndefined();
  // Webhook work in the background (the dispatcher, relayed events) runs on the same data
  // source while the request does; it is no part of the request's cost.
  const own = statements.filter((sql) => !/webhook_|^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/.test(sql));
  return { data: result.data, statements: own, count: own.length };
}

/** Columns of `work_register` no list shows (the document's text, its background and most JSON lists), and where its fields were read. */
const LONG_COLUMNS = [
  'source_text',
  'source_fields',
  'background',
  'projects',
  'objectives',
  'benefits',
  'standards_development',
  'reference_links',
  'approval',
];
const reading = (statements: string[], column: string) => statements.filter((sql) => sql.includes(column));

describe('the columns a request reads', () => {
  const pages = {
    'a page of registers': `{ workRegisters(first: 20) { totalCount edges { node { title status review { dueOn }
      parties { organization { acronym } } } } } }`,
    'a filtered, searched page': `{ workRegisters(first: 20, filter: { anyParty: ["DMTF"], search: "register" },
      orderBy: { field: REVIEW_DUE_ON }) { totalCount edges { node { title } } } }`,
    "an organization's registers and partners": `{ organization(acronym: "DMTF") { workRegisters(first: 20) {
      totalCount edges { node { title } } } partners { organization { acronym } workRegisters(first: 5) {
      edges { node { title slug } } } } } }`,
    'reviews due': `{ reviewsDue(within: 3650) { edges { node { title review { dueOn } } } } }`,
    'milestones and findings with their registers': `{ milestonesDue(within: 3650) { edges { node { workRegister { title } } } }
      findings(first: 20) { edges { node { code workRegister { title } } } } }`,
    'one register by slug, without its source': `query($slug: String!) { workRegister(slug: $slug) { title status
      source { sha256 } milestones { date } } }`,
  };

  for (const [name, query] of Object.entries(pages)) {
    it(`${name}: no statement reads the source text or any other long column`, async () => {
      const { data, statements } = await sqlFor(query, { slug: await slugOf(0) });
      expect(JSON.stringify(data)).toContain('Work Register');
      expect(statements.some((sql) => /work_register/.test(sql))).toBe(true);
      for (const column of LONG_COLUMNS) expect(reading(statements, column), column).toEqual([]);
    });
  }

  it('reads the source text only for source { text }, and the long columns only for fields that show them', async () => {
    const { data, statements } = await sqlFor(
      `query($slug: String!) { workRegister(slug: $slug) { source { text } background objectives } }`,
      { slug: await slugOf(0) },
      stack.tokens.member,
    );
    expect(data.workRegister.source.text).toBe(sourceOf(0));
    expect(data.workRegister.background).toBe('Register number 0.');
    expect(data.workRegister.objectives).toEqual(['Objective 0']);
    expect(reading(statements, 'source_text')).toHaveLength(1);
    // The text is a statement of its own: the body's statement does not carry it.
    expect(reading(statements, 'background')).toHaveLength(1);
    expect(reading(statements, 'background')[0]).not.toContain('source_text');
  });

  it('costs as many statements for 1 register as for 30, when every long field is asked', async () => {
    const page = (
      first: number,
    ) => `{ workRegisters(first: ${first}, filter: { search: "register number" }) { edges { node { title background projects { name }
      objectives benefits standardsDevelopment { mode } delegatedWorkRules { reviewer { acronym } } references { url }
      approval { text } source { sha256 text fields { path line text } } } } } }`;
    // A search's matches are kept per data version from its first page on (loaders.ts): both
    // pages below are asked after it, so they cost the same statements but for their size.
    await sqlFor(page(1), {}, stack.tokens.member);
    const one = await sqlFor(page(1), {}, stack.tokens.member);
    const all = await sqlFor(page(30), {}, stack.tokens.member);
    expect(all.data.workRegisters.edges).toHaveLength(30);
    expect(all.data.workRegisters.edges.every((e: any) => e.node.source.text.length > 1000)).toBe(true);
    // Line 1 of each source: "Work Register n".
    expect(
      all.data.workRegisters.edges.every((e: any) => /^Work Register \d+$/.test(e.node.source.fields[0].text)),
    ).toBe(true);
    expect(all.count).toBe(one.count);
  });
});

describe("an organization's page of titles", () => {
  const page = (node: string) => `{ organization(acronym: "DMTF") { workRegisters(first: 20) { totalCount
    edges { cursor node { ${node} } } } partners { organization { acronym } workRegisters(first: 5) {
    totalCount edges { cursor node { ${node} } } } } } }`;
  /** Statements that read the register table itself (not organization_register, partnership_register). */
  const readingRegisters = (statements: string[]) => statements.filter((sql) => sql.includes('"work_register"'));
  it('is answered from the listing rows, without reading a register, and equals the page read from the registers', async () => {
    const listed = await sqlFor(page('id title'));
    const read = await sqlFor(page('id title status'));
    expect(readingRegisters(listed.statements)).toEqual([]);
    expect(readingRegisters(read.statements)).toHaveLength(1);
    expect(listed.data.organization.workRegisters.edges.length).toBeGreaterThan(1);
    expect(listed.data.organization.partners.length).toBeGreaterThan(1);
    expect(read.data.organization.workRegisters.edges.every((e: any) => typeof e.node.status === 'string')).toBe(true);
    // Titles, ids, cursors and totals: all equal.
    const withoutStatus = (data: any) =>
      JSON.parse(JSON.stringify(data, (key, value) => (key === 'status' ? undefined : value)));
    expect(listed.data).toEqual(withoutStatus(read.data));
  });

  it('reads the registers when a fragment asks for more than the title', async () => {
    const query = `query { organization(acronym: "DMTF") { workRegisters(first: 3) { edges { node { ...Row } } } } }
      fragment Row on WorkRegister { title slug }`;
    const { data, statements } = await sqlFor(query);
    expect(readingRegisters(statements)).toHaveLength(1);
    expect(data.organization.workRegisters.edges.every((e: any) => e.node.slug.length > 0)).toBe(true);
  });

  it('shows a register under its new title once it is renamed', async () => {
    const slug = await slugOf(10); // DMTF / OGF Work Register 010
    const { data } = await stack.query(`query($slug: String!) { workRegister(slug: $slug) { id revision title } }`, {
      slug,
    });
    const rename = (title: string, expectedRevision: number) =>
      stack.query(
        `mutation($id: ID!, $revision: Int!, $title: String!) {
          updateWorkRegister(id: $id, expectedRevision: $revision, input: { title: $title }) { revision } }`,
        { id: data.workRegister.id, revision: expectedRevision, title },
        stack.tokens.admin,
      );
    const renamed = await rename('000 Renamed DMTF register', data.workRegister.revision);
    expect(renamed.errors).toBeUndefined();
    try {
      const first = await sqlFor(page('title'));
      expect(readingRegisters(first.statements)).toEqual([]);
      expect(first.data.organization.workRegisters.edges[0].node.title).toBe('000 Renamed DMTF register');
    } finally {
      await rename(data.workRegister.title, renamed.data.updateWorkRegister.revision);
    }
  });
});

describe('search through the full-text index', () => {
  const search = async (text: string) => {
    const { data, statements } = await sqlFor(
      `query($text: String!) { workRegisters(first: 100, filter: { search: $text }) { totalCount edges { node { slug } } } }`,
      { text },
    );
    const slugs = data.workRegisters.edges.map((e: any) => e.node.slug) as string[];
    // Under 100 matches here, so the page holds them all: the total, kept per data version, is
    // never one from before a write.
    expect(data.workRegisters.totalCount).toBe(slugs.length);
    return { slugs, statements };
  };

  it("asks the database's own index: FTS5 on SQLite, a tsvector on PostgreSQL", async () => {
    const first = await search('objective');
    expect(first.slugs.length).toBeGreaterThanOrEqual(30);
    const index =
      stack.registry.db.kind === 'postgres' ? /search_document\s+d\s+WHERE d\.terms @@/ : /search_index MATCH/;
    const asking = (statements: string[]) => statements.filter((sql) => index.test(sql));
    const counting = (statements: string[]) => asking(statements).filter((sql) => /count\(\*\)/i.test(sql));
    const postgres = stack.registry.db.kind === 'postgres';
    // The first time at this data version. PostgreSQL: the count and the page. SQLite: FTS5
    // names the few matches (about 30), and the page and the count come from them
    // (search-pages.test.ts has more).
    expect(asking(first.statements)).toHaveLength(postgres ? 2 : 1);
    expect(counting(first.statements)).toHaveLength(postgres ? 1 : 0);
    // Asked again, the matches are the ones kept for this version: PostgreSQL reads the page
    // alone, SQLite looks the few documents up by rowid without asking the index.
    const again = await search('objective');
    expect(again.slugs).toEqual(first.slugs);
    expect(asking(again.statements)).toHaveLength(postgres ? 1 : 0);
    expect(counting(again.statements)).toHaveLength(0);
    expect(first.statements.some((sql) => sql.includes('search_term'))).toBe(false);
  });

  it('follows every write: new words are found, words a change removed are not', async () => {
    expect((await search('quasarbeam')).slugs).toEqual([]);
    const slug = await slugOf(0);
    const { data } = await stack.query(`query($slug: String!) { workRegister(slug: $slug) { id revision } }`, { slug });
    const { id, revision } = data.workRegister;
    const edit = (background: string, expectedRevision: number) =>
      stack.query(
        `mutation($id: ID!, $revision: Int!, $background: String!) {
          updateWorkRegister(id: $id, expectedRevision: $revision, input: { background: $background }) { revision } }`,
        { id, revision: expectedRevision, background },
        stack.tokens.admin,
      );
    const first = await edit('Now with a Quasarbeam programme.', revision);
    expect(first.errors).toBeUndefined();
    expect((await search('quasar')).slugs).toEqual([slug]);
    expect((await search('QUASARBEAM programme')).slugs).toEqual([slug]);
    const second = await edit('Register number 0.', first.data.updateWorkRegister.revision);
    expect(second.errors).toBeUndefined();
    expect((await search('quasar')).slugs).toEqual([]);
    expect((await search('register number')).slugs).toContain(slug);
  });
});

describe('search pages', () => {
  const ALL_STATUSES = '[DRAFT, ACTIVE, UNDER_REVIEW, INACTIVE, TERMINATED]';
  /** Every page of a search, `first` at a time, with the total each page gives. */
  async function pages(filter: string, direction: 'ASC' | 'DESC', first = 7) {
    const titles: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    let statements: string[] = [];
    do {
      const page: Awaited<ReturnType<typeof sqlFor>> = await sqlFor(
        `query($after: String) { workRegisters(first: ${first}, after: $after, filter: ${filter},
          orderBy: { field: TITLE, direction: ${direction} }) {
          totalCount edges { node { title } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const connection = page.data.workRegisters;
      titles.push(...connection.edges.map((e: any) => e.node.title));
      totals.add(connection.totalCount);
      statements = page.statements;
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    return { titles, totals: [...totals], statements };
  }

  it('give the same registers, order and total as the same search with a condition that keeps every register', async () => {
    for (const direction of ['ASC', 'DESC'] as const) {
      const alone = await pages('{ search: "register" }', direction);
      const filtered = await pages(`{ search: "register", status: ${ALL_STATUSES} }`, direction);
      expect(alone.titles.length).toBeGreaterThanOrEqual(30);
      expect(alone.titles).toEqual(filtered.titles);
      expect(alone.totals).toEqual([alone.titles.length]);
      expect(filtered.totals).toEqual([alone.titles.length]);
      if (stack.registry.db.kind === 'sqlite') {
        // The search alone walks the documents' title index; the filtered one does not.
        expect(alone.statements.some((sql) => /ORDER BY "?search"?\."?title/.test(sql))).toBe(true);
        expect(filtered.statements.some((sql) => /ORDER BY "?search"?\."?title/.test(sql))).toBe(false);
        // SQLite compares text byte by byte (PostgreSQL by its collation's rules).
        const sorted = [...alone.titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(alone.titles).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
      }
      // The total is the index's count alone: no COUNT over the registers.
      expect(alone.statements.filter((sql) => /count/i.test(sql) && /work_register"? "?register/.test(sql))).toEqual(
        [],
      );
    }
  });

  it('count a filtered list with COUNT(*), without DISTINCT over the registers', async () => {
    const { data, statements } = await sqlFor(
      `{ workRegisters(first: 100, filter: { status: ${ALL_STATUSES} }) { totalCount edges { node { id } } } }`,
    );
    expect(data.workRegisters.totalCount).toBe(data.workRegisters.edges.length);
    expect(statements.filter((sql) => /COUNT\(\*\)/i.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /COUNT\(DISTINCT/i.test(sql))).toEqual([]);
  });

  it('follow a change of title', async () => {
    const slug = await slugOf(7);
    const { data } = await stack.query(`query($slug: String!) { workRegister(slug: $slug) { id revision title } }`, {
      slug,
    });
    const { id, revision, title } = data.workRegister;
    const rename = (to: string, expectedRevision: number) =>
      stack.query(
        `mutation($id: ID!, $revision: Int!, $title: String!) {
          updateWorkRegister(id: $id, expectedRevision: $revision, input: { title: $title }) { revision } }`,
        { id, revision: expectedRevision, title: to },
        stack.tokens.admin,
      );
    const renamed = await rename(`000 First ${title}`, revision);
    expect(renamed.errors).toBeUndefined();
    expect((await pages('{ search: "register" }', 'ASC', 3)).titles[0]).toBe(`000 First ${title}`);
    const back = await rename(title, renamed.data.updateWorkRegister.revision);
    expect(back.errors).toBeUndefined();
    expect((await pages('{ search: "register" }', 'ASC', 3)).titles).not.toContain(`000 First ${title}`);
  });
});

describe('registryStats', () => {
  const STATS = `{ registryStats { workRegisters byStatus { status count } byOrganization { organization { acronym } count }
    reviewsDueByMonth { month count } findingsByCode { code count } } }`;

  it('is computed once, then served from the cache until the data changes', async () => {
    const first = await sqlFor(STATS);
    const again = await sqlFor(STATS);
    expect(again.data).toEqual(first.data);
    // The data version, and the organizations the figures name: no COUNT, no GROUP BY.
    expect(again.statements.filter((sql) => /COUNT|GROUP BY/i.test(sql))).toEqual([]);
    expect(again.count).toBeLessThan(first.count);
  });

  it('sees every committed write at the next read: an import, a status change', async () => {
    const before = (await sqlFor(STATS)).data.registryStats;
    await importDocument(stack.client, syntheticRegister(30), sourceOf(30));
    const afterImport = (await sqlFor(STATS)).data.registryStats;
    expect(afterImport.workRegisters).toBe(before.workRegisters + 1);
    const count = (stats: any, status: string) => stats.byStatus.find((s: any) => s.status === status)?.count ?? 0;

    const { data } = await stack.query(`query($slug: String!) { workRegister(slug: $slug) { id revision status } }`, {
      slug: await slugOf(30),
    });
    const { id, revision, status } = data.workRegister;
    const changed = await stack.query(
      `mutation($id: ID!, $revision: Int!) { setWorkRegisterStatus(id: $id, expectedRevision: $revision, status: ACTIVE,
        reason: "cost test") { status } }`,
      { id, revision },
      stack.tokens.admin,
    );
    expect(changed.errors, JSON.stringify(changed.errors)).toBeUndefined();
    const afterStatus = (await sqlFor(STATS)).data.registryStats;
    expect(status).toBe('DRAFT');
    expect(count(afterStatus, 'ACTIVE')).toBe(count(afterImport, 'ACTIVE') + 1);
    expect(count(afterStatus, status)).toBe(count(afterImport, status) - 1);
  });
});
