import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '@alliance/document';
import { importDocument } from '@alliance/cli';
import { loadFixtureSet, manifest, TODAY, type ManifestEntry } from './support/fixture-set.js';
import { syntheticRegister } from './support/registers.js';
import { startStack, type Stack } from './support/stack.js';

/**
 * The questions of a liaison manager, each one query through the gateway, on the seed plus the
 * 33 registers of test/fixtures/registers (17 organizations), with the registry's today fixed
 * at 2026-11-24. Expected answers come from the fixture manifest, never from the API itself.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ today: TODAY });
  await loadFixtureSet(stack);
}, 120_000);
afterAll(() => stack?.stop());

const SEED: Pick<ManifestEntry, 'slug' | 'parties' | 'status' | 'reviewDueOn' | 'initiatedOn' | 'kind'> = {
  slug: 'mef-dmtf',
  parties: ['MEF', 'DMTF'],
  status: 'ACTIVE',
  reviewDueOn: '2013-05-31',
  initiatedOn: '2012-04-25',
  kind: 'REGISTER',
};
const all = [SEED, ...manifest];
const slugs = (entries: { slug: string }[]) => entries.map((e) => e.slug).sort();
const nodes = (connection: { edges: { node: any }[] }) => connection.edges.map((e) => e.node);

/** Asked as a member: people's addresses are shown only to callers with a role (issue 5). */
async function ask(query: string, variables: Record<string, unknown> = {}) {
  const { data, errors } = await stack.query(query, variables, stack.tokens.member);
  expect(errors).toBeUndefined();
  return data;
}

/** Every slug of a register list, following pages of 100. */
async function allSlugs(filter: Record<string, unknown>): Promise<string[]> {
  const data = await ask(
    `query($filter: WorkRegisterFilter) { workRegisters(filter: $filter, first: 100) { totalCount edges { node { slug } } } }`,
    { filter },
  );
  expect(data.workRegisters.totalCount).toBe(data.workRegisters.edges.length);
  return nodes(data.workRegisters)
    .map((n: { slug: string }) => n.slug)
    .sort();
}

describe('1. which alliances does DMTF have, and with whom?', () => {
  it('lists DMTF’s registers, units included', async () => {
    const data = await ask(
      `{ organization(acronym: "DMTF") { workRegisters(first: 100) { totalCount edges { node { slug } } } } }`,
    );
    const expected = all.filter((e) => e.parties.includes('DMTF'));
    expect(slugs(nodes(data.organization.workRegisters))).toEqual(slugs(expected));
    expect(manifest.some((e) => e.parties.includes('DMTF') && e.units.length > 0)).toBe(true);
  });

  it('names each partner with the registers shared', async () => {
    const data = await ask(
      `{ organization(acronym: "DMTF") { partners { organization { acronym } workRegisters(first: 100) { totalCount edges { node { slug } } } } } }`,
    );
    const expected = new Map<string, string[]>();
    for (const entry of all.filter((e) => e.parties.includes('DMTF'))) {
      for (const partner of entry.parties.filter((p) => p !== 'DMTF')) {
        expected.set(partner, [...(expected.get(partner) ?? []), entry.slug].sort());
      }
    }
    const actual = new Map<string, string[]>(
      data.organization.partners.map((p: any) => [p.organization.acronym, slugs(nodes(p.workRegisters))]),
    );
    expect(actual).toEqual(expected);
    for (const p of data.organization.partners) expect(p.workRegisters.totalCount).toBe(p.workRegisters.edges.length);
    const acronyms = data.organization.partners.map((p: any) => p.organization.acronym);
    expect(acronyms).toEqual([...acronyms].sort((a: string, b: string) => a.localeCompare(b)));
  });
});

describe('2 and 3. filters', () => {
  it('finds the registers between MEF and DMTF', async () => {
    expect(await allSlugs({ parties: ['MEF', 'DMTF'] })).toEqual(
      slugs(all.filter((e) => e.parties.includes('MEF') && e.parties.includes('DMTF'))),
    );
  });

  it('finds registers of any of several parties', async () => {
    expect(await allSlugs({ anyParty: ['SNIA', 'TCG'] })).toEqual(
      slugs(all.filter((e) => e.parties.includes('SNIA') || e.parties.includes('TCG'))),
    );
  });

  it('filters by status, kind, initiation and review dates', async () => {
    for (const status of ['DRAFT', 'ACTIVE', 'UNDER_REVIEW', 'INACTIVE', 'TERMINATED']) {
      expect(await allSlugs({ status: [status] })).toEqual(slugs(all.filter((e) => e.status === status)));
    }
    expect(await allSlugs({ kind: 'ADDENDUM' })).toEqual(slugs(all.filter((e) => e.kind === 'ADDENDUM')));
    expect(await allSlugs({ initiated: { from: '2012-01-01', to: '2015-12-31' } })).toEqual(
      slugs(all.filter((e) => e.initiatedOn && e.initiatedOn >= '2012-01-01' && e.initiatedOn <= '2015-12-31')),
    );
    expect(await allSlugs({ reviewDue: { to: '2026-12-31' }, status: ['ACTIVE', 'UNDER_REVIEW'] })).toEqual(
      slugs(
        all.filter(
          (e) => e.reviewDueOn && e.reviewDueOn <= '2026-12-31' && ['ACTIVE', 'UNDER_REVIEW'].includes(e.status),
        ),
      ),
    );
  });

  it('finds registers with findings of a severity, agreeing with each register’s findings', async () => {
    const data = await ask(`{ workRegisters(first: 100) { edges { node { slug findings { severity } } } } }`);
    const worst = (severities: string[], level: string[]) => severities.some((s) => level.includes(s));
    for (const [severity, level] of [
      ['ERROR', ['ERROR']],
      ['WARNING', ['ERROR', 'WARNING']],
    ] as const) {
      const expected = nodes(data.workRegisters).filter((n: any) =>
        worst(
          n.findings.map((f: any) => f.severity),
          [...level],
        ),
      );
      expect(await allSlugs({ findingSeverity: severity })).toEqual(slugs(expected));
    }
  });

  it('searches words case- and accent-insensitively, each word as a prefix', async () => {
    expect(await allSlugs({ search: 'ADDEND' })).toEqual(slugs(all.filter((e) => e.kind === 'ADDENDUM')));
    expect(await allSlugs({ search: 'carrier ethernet CLOUD' })).toContain('mef-dmtf');
    expect(await allSlugs({ search: 'cârrier éthernet' })).toContain('mef-dmtf');
    expect(await allSlugs({ search: 'zzzyzzx' })).toEqual([]);
  });

  it('says which organization it does not know', async () => {
    const response = await stack.query(`{ workRegisters(filter: { parties: ["DMTF", "NOPE"] }) { totalCount } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.parties[1]' });
  });

  it('orders by initiation date and review due date, both ways, undated last', async () => {
    const order = async (field: string, direction: string) => {
      const data = await ask(
        `query($field: WorkRegisterOrderField!, $direction: OrderDirection) {
          workRegisters(first: 100, orderBy: { field: $field, direction: $direction }) { edges { node { slug initiatedOn review { dueOn } } } } }`,
        { field, direction },
      );
      return nodes(data.workRegisters);
    };
    const initiated = (await order('INITIATED_ON', 'ASC')).map((n: any) => n.initiatedOn ?? '9999');
    expect(initiated).toEqual([...initiated].sort());
    const due = (await order('REVIEW_DUE_ON', 'DESC')).map((n: any) => n.review?.dueOn ?? '9999');
    expect(due).toEqual([...due].sort().reverse());
    expect(due[0]).toBe('9999');
  });
});

describe('4. what is due for review?', () => {
  const horizon = '2027-02-22'; // 2026-11-24 + 90 days
  const expectedStatus = (dueOn: string | null) =>
    !dueOn ? 'NOT_SET' : dueOn < TODAY ? 'OVERDUE' : dueOn <= horizon ? 'DUE_SOON' : 'SCHEDULED';

  it('gives every register the review status its due day implies', async () => {
    const data = await ask(`{ workRegisters(first: 100) { edges { node { slug review { status } } } } }`);
    const actual = Object.fromEntries(
      nodes(data.workRegisters).map((n: any) => [n.slug, n.review?.status ?? 'NOT_SET']),
    );
    for (const entry of all)
      expect([entry.slug, actual[entry.slug]]).toEqual([entry.slug, expectedStatus(entry.reviewDueOn)]);
    expect(new Set(Object.values(actual))).toEqual(new Set(['NOT_SET', 'OVERDUE', 'DUE_SOON', 'SCHEDULED']));
  });

  it('lists reviews due within 90 days for DMTF, soonest first, overdue included or not', async () => {
    const data = await ask(`{
      withOverdue: reviewsDue(within: 90, organization: "DMTF", first: 100) { edges { node { slug review { dueOn } } } }
      upcoming: reviewsDue(within: 90, organization: "DMTF", includeOverdue: false, first: 100) { edges { node { slug review { dueOn } } } }
    }`);
    const dmtf = all.filter((e) => e.parties.includes('DMTF') && e.reviewDueOn && e.reviewDueOn <= horizon);
    const due = (list: any) => nodes(list).map((n: any) => n.review.dueOn);
    expect(slugs(nodes(data.withOverdue))).toEqual(slugs(dmtf));
    expect(due(data.withOverdue)).toEqual([...due(data.withOverdue)].sort());
    expect(slugs(nodes(data.upcoming))).toEqual(slugs(dmtf.filter((e) => e.reviewDueOn! >= TODAY)));
  });

  it('lists planned milestones falling due, partial dates at the end of their period', async () => {
    const data = await ask(
      `{ milestonesDue(within: 90, includeOverdue: false, first: 100) { edges { node { date dueOn overdue workRegister { slug } } } } }`,
    );
    const expected = manifest.flatMap((e) =>
      e.milestones
        .filter((m) => m.status === 'PLANNED' && m.dueOn >= TODAY && m.dueOn <= horizon)
        .map((m) => [e.slug, m.dueOn]),
    );
    expect(nodes(data.milestonesDue).map((n: any) => [n.workRegister.slug, n.dueOn])).toEqual(
      expected.sort((a, b) => a[1]!.localeCompare(b[1]!)),
    );
    expect(expected.length).toBeGreaterThan(0);
  });
});

describe('5. what in our data looks wrong?', () => {
  it('shows the seed register’s three findings', async () => {
    const data = await ask(`{ workRegister(slug: "mef-dmtf") { findings { code severity message path } } }`);
    expect(data.workRegister.findings.map((f: any) => f.code).sort()).toEqual([
      'APPROVAL_BEFORE_INITIATION',
      'EMAIL_DOMAIN_MISMATCH',
      'REVIEW_OVERDUE',
    ]);
    const email = data.workRegister.findings.find((f: any) => f.code === 'EMAIL_DOMAIN_MISMATCH');
    expect(email.message).toContain('mef-alliance@dmf.org');
    expect(email.message).toContain('dmtf.org');
  });

  it('gives each register exactly the findings its document and today imply', async () => {
    const data = await ask(`{ workRegisters(first: 100) { edges { node { slug findings { code } } } } }`);
    const actual = Object.fromEntries(
      nodes(data.workRegisters).map((n: any) => [n.slug, n.findings.map((f: any) => f.code).sort()]),
    );
    for (const entry of manifest) {
      const overdueMilestones = entry.milestones
        .filter((m) => m.status === 'PLANNED' && m.dueOn < TODAY)
        .map(() => 'MILESTONE_OVERDUE');
      expect([entry.slug, actual[entry.slug]]).toEqual([entry.slug, [...entry.findings, ...overdueMilestones].sort()]);
    }
  });

  it('words a finding the registry computes exactly as the document reader does, for every precision', async () => {
    const data = await ask(`{ workRegisters(first: 100) { edges { node { slug findings { code message } } } } }`);
    const registry = new Map(
      nodes(data.workRegisters).map((n: any) => [
        n.slug,
        n.findings.find((f: any) => f.code === 'REVIEW_OVERDUE')?.message,
      ]),
    );
    const overdue = manifest.filter((entry) => entry.findings.includes('REVIEW_OVERDUE'));
    expect(overdue.length).toBeGreaterThan(10);
    for (const entry of overdue) {
      const text = readFileSync(new URL(`fixtures/registers/${entry.file}`, import.meta.url), 'utf8');
      const read = parse(text, { now: new Date(TODAY) }).findings.find((f) => f.code === 'REVIEW_OVERDUE');
      expect([entry.slug, registry.get(entry.slug)]).toEqual([entry.slug, read?.message]);
    }
  });
});

describe('5. findings across the registry', () => {
  it('lists every finding, worst first, filtered by code, severity and organization', async () => {
    const data = await ask(`{
      all: findings(first: 100) { totalCount edges { node { code severity workRegister { slug } } } }
      emails: findings(filter: { code: ["EMAIL_DOMAIN_MISMATCH"] }, first: 100) { edges { node { message path workRegister { slug } } } }
      dmtfOverdue: findings(filter: { code: ["REVIEW_OVERDUE"], severity: [WARNING], organization: "DMTF" }, first: 100) {
        totalCount edges { node { workRegister { slug } } } }
    }`);
    const registers = await ask(`{ workRegisters(first: 100) { edges { node { slug findings { code } } } } }`);
    const expectedTotal = nodes(registers.workRegisters).reduce((n: number, r: any) => n + r.findings.length, 0);
    expect(data.all.totalCount).toBe(expectedTotal);
    const ranks = nodes(data.all).map((n: any) => ['ERROR', 'WARNING', 'INFO'].indexOf(n.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(slugs(nodes(data.emails).map((n: any) => n.workRegister))).toEqual(
      slugs(
        all.filter((e) => (e as ManifestEntry).findings?.includes('EMAIL_DOMAIN_MISMATCH') || e.slug === 'mef-dmtf'),
      ),
    );
    expect(slugs(nodes(data.dmtfOverdue).map((n: any) => n.workRegister))).toEqual(
      slugs(all.filter((e) => e.parties.includes('DMTF') && e.reviewDueOn && e.reviewDueOn < TODAY)),
    );
  });

  it('pages through findings with stable cursors, forward and backward, in one order', async () => {
    type Page = { pageInfo: any; edges: { cursor: string; node: any }[] };
    const key = (n: any) => `${n.workRegister.slug} ${n.code} ${n.path}`;
    const walk = async (filter: object, backward: boolean) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (;;) {
        const data: { findings: Page } = await ask(
          `query($filter: FindingFilter, $first: Int, $after: String, $last: Int, $before: String) {
            findings(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { code path workRegister { slug } } } } }`,
          backward ? { filter, last: 7, before: cursor } : { filter, first: 7, after: cursor },
        );
        const keys = nodes(data.findings).map(key);
        if (backward) seen.unshift(...keys);
        else seen.push(...keys);
        const { pageInfo } = data.findings;
        if (!(backward ? pageInfo.hasPreviousPage : pageInfo.hasNextPage)) break;
        cursor = backward ? pageInfo.startCursor : pageInfo.endCursor;
      }
      return seen;
    };
    for (const filter of [{}, { severity: ['WARNING'] }, { organization: 'DMTF' }]) {
      const { findings } = await ask(
        `query($filter: FindingFilter) { findings(filter: $filter, first: 100) { totalCount edges { node { severity code path workRegister { slug title } } } } }`,
        { filter },
      );
      const all = nodes(findings);
      expect(findings.totalCount).toBeLessThanOrEqual(100);
      expect(all).toHaveLength(findings.totalCount);
      // Worst first, then by code, then by register title: the order the cursors walk.
      const rank = { ERROR: 0, WARNING: 1, INFO: 2 } as Record<string, number>;
      const sorted = [...all].sort(
        (a, b) =>
          rank[a.severity]! - rank[b.severity]! ||
          (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
          (a.workRegister.title < b.workRegister.title ? -1 : a.workRegister.title > b.workRegister.title ? 1 : 0),
      );
      expect(all.map(key)).toEqual(sorted.map(key));
      expect(new Set(all.map(key)).size).toBe(all.length);
      expect(await walk(filter, false)).toEqual(all.map(key));
      expect(await walk(filter, true)).toEqual(all.map(key));
    }
  });
});

describe('5. findings about contacts, checked through federation', () => {
  it('flags addresses a typo away from their organization’s domains, naming the closest', async () => {
    const data = await ask(
      `{ organizations(first: 100) { edges { node { acronym contactFindings { code message contact { email } } } } } }`,
    );
    const flagged = nodes(data.organizations).flatMap((o: any) =>
      o.contactFindings
        .filter((f: any) => f.code === 'EMAIL_DOMAIN_MISMATCH')
        .map((f: any) => [o.acronym, f.contact.email]),
    );
    // The typos the documents contain; member-company addresses and former domains are not flagged.
    expect(flagged.sort()).toEqual(
      [
        ['DMTF', 'gpike@dmtf.ogr'],
        ['DMTF', 'mef-alliance@dmf.org'],
        ['ONF', 'prao@opennetworkng.org'],
        ['SNIA', 'obrandt@snia.orgg'],
      ].sort(),
    );
    const dmtf = nodes(data.organizations).find((o: any) => o.acronym === 'DMTF');
    expect(dmtf.contactFindings.find((f: any) => f.contact.email === 'mef-alliance@dmf.org').message).toContain(
      'dmtf.org',
    );
  });

  it('flags one person under two addresses', async () => {
    const data = await ask(`{ organization(acronym: "ETSI") { contactFindings { code contact { email } } } }`);
    const same = data.organization.contactFindings.filter((f: any) => f.code === 'SAME_PERSON_TWO_EMAILS');
    expect(same.map((f: any) => f.contact.email).sort()).toEqual(['ingrid.solberg@etsi.org', 'isolberg@example.no']);
  });

  it('flags registers without a point of contact on one side', async () => {
    const data = await ask(
      `{ workRegisters(first: 100) { edges { node { slug contactFindings { code organization { acronym } } } } } }`,
    );
    const oneSided = nodes(data.workRegisters).flatMap((r: any) =>
      r.contactFindings.map((f: any) => [r.slug, f.code, f.organization.acronym]),
    );
    expect(oneSided.sort()).toEqual(
      [
        ['csa-mef', 'ONE_SIDED_CONTACTS', 'CSA'],
        ['the-open-group-dmtf', 'ONE_SIDED_CONTACTS', 'DMTF'],
      ].sort(),
    );
  });
});

describe('6. who do I call?', () => {
  it('finds contacts by text and kind, with the registers and roles of each', async () => {
    const mef = await ask(`{ organization(acronym: "DMTF") { id } }`);
    const data = await ask(
      `query($org: ID!) {
        lists: contacts(filter: { kind: MAILING_LIST }, first: 100) { edges { node { email kind } } }
        dmtf: contacts(filter: { organizationId: $org, search: "PRESIDENT" }, first: 100) {
          edges { node { name email workRegisters(first: 100) { totalCount edges { role node { slug } } } } } }
        byOrg: organization(acronym: "DMTF") { contacts(filter: { search: "evoss" }) { edges { node { email } } } }
      }`,
      { org: mef.organization.id },
    );
    expect(nodes(data.lists).every((n: any) => n.kind === 'MAILING_LIST')).toBe(true);
    expect(nodes(data.lists).map((n: any) => n.email)).toContain('mef-alliance@dmf.org');
    const president = manifest.flatMap((e) => e.contacts ?? []).filter((c: any) => c.email === 'evoss@dmtf.org');
    expect(president.length).toBe(8);
    const found = nodes(data.dmtf).find((n: any) => n.email === 'evoss@dmtf.org');
    expect(found.workRegisters.totalCount).toBe(8);
    expect(new Set(found.workRegisters.edges.map((e: any) => e.role)).size).toBe(5);
    expect(nodes(data.byOrg.contacts).map((n: any) => n.email)).toEqual(['evoss@dmtf.org']);
  });
});

describe('7. the landscape', () => {
  it('draws the graph around MEF, one alliance deep', async () => {
    const data = await ask(`{ allianceGraph(organization: "MEF", depth: 1) {
      nodes { acronym }
      links { from { acronym } to { acronym } workRegisters }
      edges(first: 100) { totalCount edges { node { from { acronym } to { acronym } status workRegister { slug } } } }
    } }`);
    const mef = all.filter((e) => e.parties.includes('MEF'));
    const partners = new Set(mef.flatMap((e) => e.parties));
    expect(data.allianceGraph.nodes.map((n: any) => n.acronym).sort()).toEqual([...partners].sort());
    const within = all.filter((e) => e.parties.length > 1 && e.parties.every((p) => partners.has(p)));
    expect(data.allianceGraph.edges.totalCount).toBe(within.length);
    for (const { node: edge } of data.allianceGraph.edges.edges) {
      expect(partners.has(edge.from.acronym) && partners.has(edge.to.acronym)).toBe(true);
      expect(all.find((e) => e.slug === edge.workRegister.slug)?.status).toBe(edge.status);
    }
    // One link per pair, counting the registers the pair shares.
    const shared = (a: string, b: string) =>
      within.filter((e) => e.parties.includes(a) && e.parties.includes(b)).length;
    for (const link of data.allianceGraph.links) {
      expect(link.from.acronym.localeCompare(link.to.acronym)).toBeLessThan(0);
      expect(link.workRegisters).toBe(shared(link.from.acronym, link.to.acronym));
    }
    expect(
      data.allianceGraph.links.find((l: any) => l.from.acronym === 'DMTF' && l.to.acronym === 'MEF').workRegisters,
    ).toBe(shared('DMTF', 'MEF'));
  });

  it('finds the shortest chain of alliances, and none to an island', async () => {
    const data = await ask(`{ allianceGraph {
      path(from: "MEF", to: "SNIA") { organizations { acronym } workRegisters { slug parties { organization { acronym } } } }
      island: path(from: "MEF", to: "TCG") { organizations { acronym } }
    } }`);
    const path = data.allianceGraph.path;
    expect(path.organizations.map((o: any) => o.acronym)).toEqual(['MEF', 'DMTF', 'SNIA']);
    path.workRegisters.forEach((register: any, i: number) => {
      const parties = register.parties.map((p: any) => p.organization.acronym);
      expect(parties).toContain(path.organizations[i].acronym);
      expect(parties).toContain(path.organizations[i + 1].acronym);
    });
    expect(data.allianceGraph.island).toBeNull();
  });
});

describe('8. dashboard figures', () => {
  it('counts registers by status and organization, reviews due by month, findings by code', async () => {
    const data = await ask(`{ registryStats {
      workRegisters byStatus { status count } byOrganization { organization { acronym } count }
      reviewsDueByMonth { month count } findingsByCode { code count } } }`);
    const stats = data.registryStats;
    expect(stats.workRegisters).toBe(all.length);
    const byStatus = Object.fromEntries(stats.byStatus.map((s: any) => [s.status, s.count]));
    for (const status of ['DRAFT', 'ACTIVE', 'UNDER_REVIEW', 'INACTIVE', 'TERMINATED']) {
      expect(byStatus[status]).toBe(all.filter((e) => e.status === status).length);
    }

    const dmtf = stats.byOrganization.find((o: any) => o.organization.acronym === 'DMTF');
    expect(dmtf.count).toBe(all.filter((e) => e.parties.includes('DMTF')).length);
    expect(stats.reviewsDueByMonth.map((m: any) => m.month)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
    ]);
    expect(stats.reviewsDueByMonth.find((m: any) => m.month === '2026-12').count).toBe(
      all.filter((e) => e.reviewDueOn?.startsWith('2026-12')).length,
    );
    const overdue = stats.findingsByCode.find((f: any) => f.code === 'REVIEW_OVERDUE');
    expect(overdue.count).toBe(all.filter((e) => e.reviewDueOn && e.reviewDueOn < TODAY).length);
  });
});

// Last: it adds a register, which the figures above do not expect.
describe('3. pagination while data changes', () => {
  it('pages forward and backward with cursors that stay valid while registers are added', async () => {
    const page = async (args: string) => {
      const data = await ask(
        `{ workRegisters(${args}, orderBy: { field: INITIATED_ON }) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { slug } } } }`,
      );
      return data.workRegisters;
    };
    const first = await page('first: 10');
    await importDocument(
      stack.client,
      { ...syntheticRegister(7), title: 'AAA Inserted Meanwhile Work Register', initiatedOn: '1999-01-01' },
      null,
    );
    const second = await page(`first: 10, after: "${first.pageInfo.endCursor}"`);
    const back = await page(`last: 10, before: "${second.pageInfo.startCursor}"`);
    expect(slugs(nodes(back))).toEqual(slugs(nodes(first)));
    expect(nodes(second).some((n: any) => nodes(first).some((m: any) => m.slug === n.slug))).toBe(false);
    expect(back.pageInfo.hasPreviousPage).toBe(true); // the register inserted before the first page
  });
});
