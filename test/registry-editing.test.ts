import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.js';
import { ok, refused } from './support/responses.js';

/**
 * The registry's write side through the gateway, with real tokens: who may write what, every
 * mutation's happy path and its bad inputs, and that a refused write changes nothing.
 */

let stack: Stack;
let tokens: Record<'admin' | 'mef' | 'dmtf' | 'snia' | 'member', string>;
beforeAll(async () => {
  stack = await startStack({ seed: false, today: '2026-11-24' });
  tokens = {
    admin: stack.tokens.admin,
    mef: await stack.token('editor:MEF'),
    dmtf: await stack.token('editor:DMTF'),
    snia: await stack.token('editor:SNIA'),
    member: await stack.token('member:MEF', 'member:DMTF'),
  };
}, 60_000);
afterAll(() => stack?.stop());

const REGISTER_FIELDS = `id slug title revision status
  parties { organization { acronym } unit { name } }
  milestones { date status description }
  review { dueBy dueOn lastReviewedOn lastOutcome status }
  findings { code path }`;

const CREATE = `mutation($input: WorkRegisterInput!) { createWorkRegister(input: $input) { ${REGISTER_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $rev: Int!, $input: WorkRegisterPatch!) {
  updateWorkRegister(id: $id, expectedRevision: $rev, input: $input) { ${REGISTER_FIELDS} } }`;
const STATUS = `mutation($id: ID!, $rev: Int!, $status: WorkRegisterStatus!, $reason: String) {
  setWorkRegisterStatus(id: $id, expectedRevision: $rev, status: $status, reason: $reason) { ${REGISTER_FIELDS} statusReason } }`;
const REVIEW = `mutation($id: ID!, $rev: Int!, $on: Date!, $outcome: ReviewOutcome!, $next: PartialDate) {
  recordReview(id: $id, expectedRevision: $rev, reviewedOn: $on, outcome: $outcome, nextDueBy: $next) { ${REGISTER_FIELDS} } }`;
const READ = `query($id: ID!) { workRegister(id: $id) { ${REGISTER_FIELDS} } }`;

let titles = 0;
const mefDmtf = (extra: Record<string, unknown> = {}) => ({
  title: `MEF / DMTF Editing Register ${++titles}`,
  initiatedOn: '2025-03-01',
  parties: [{ acronym: 'MEF' }, { acronym: 'DMTF' }],
  milestones: [{ date: '2027-06', precision: 'MONTH', description: 'First joint draft' }],
  review: { dueBy: '2027-03-01' },
  ...extra,
});

async function create(input = mefDmtf(), token = tokens.mef) {
  return ok(await stack.query(CREATE, { input }, token)).createWorkRegister;
}

const read = async (id: string) => ok(await stack.query(READ, { id })).workRegister;
const count = async () => ok(await stack.query('{ workRegisters(first: 0) { totalCount } }')).workRegisters.totalCount;

describe('who may write', () => {
  it('refuses anonymous writes as UNAUTHENTICATED and keeps nothing', async () => {
    const before = await count();
    expect(refused(await stack.query(CREATE, { input: mefDmtf() }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await count()).toBe(before);
  });

  it('lets an editor create a register its organization is a party to, as DRAFT revision 1', async () => {
    const register = await create();
    expect(register).toMatchObject({ revision: 1, status: 'DRAFT' });
    expect(register.parties.map((p: any) => p.organization.acronym)).toEqual(['MEF', 'DMTF']);
  });

  it('refuses members and editors of other bodies with FORBIDDEN, keeping nothing', async () => {
    const before = await count();
    for (const token of [tokens.member, tokens.snia]) {
      const error = refused(await stack.query(CREATE, { input: mefDmtf() }, token));
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/editor:MEF or editor:DMTF/);
    }
    expect(await count()).toBe(before);
  });

  it('lets the editor of either party edit, not a third body', async () => {
    const register = await create();
    const edited = ok(await stack.query(UPDATE, { id: register.id, rev: 1, input: { version: '1.1' } }, tokens.dmtf));
    expect(edited.updateWorkRegister.revision).toBe(2);
    const error = refused(await stack.query(UPDATE, { id: register.id, rev: 2, input: { version: '9' } }, tokens.snia));
    expect(error.code).toBe('FORBIDDEN');
    expect((await read(register.id)).revision).toBe(2);
  });

  it('counts a unit for its organization', async () => {
    const register = await create(
      mefDmtf({ parties: [{ acronym: 'SNIA' }, { acronym: 'DMTF', unit: 'Cloud Management Working Group' }] }),
      tokens.snia,
    );
    expect(register.parties[1]).toMatchObject({
      organization: { acronym: 'DMTF' },
      unit: { name: 'Cloud Management Working Group' },
    });
    const edited = ok(await stack.query(UPDATE, { id: register.id, rev: 1, input: { version: '2' } }, tokens.dmtf));
    expect(edited.updateWorkRegister.revision).toBe(2);
  });

  it('does not let an editor give a register away to other bodies', async () => {
    const register = await create();
    const error = refused(
      await stack.query(
        UPDATE,
        { id: register.id, rev: 1, input: { parties: [{ acronym: 'DMTF' }, { acronym: 'SNIA' }] } },
        tokens.mef,
      ),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect((await read(register.id)).parties.map((p: any) => p.organization.acronym)).toEqual(['MEF', 'DMTF']);
  });

  it('keeps the directory to admins', async () => {
    const input = { acronym: 'XYZF', name: 'XYZ Forum', emailDomains: [{ domain: 'xyz.example' }] };
    const mutation = `mutation($input: OrganizationInput!) { createOrganization(input: $input) { id acronym units { name } } }`;
    expect(refused(await stack.query(mutation, { input }, tokens.mef)).code).toBe('FORBIDDEN');
    expect(refused(await stack.query(mutation, { input })).code).toBe('UNAUTHENTICATED');
    const created = ok(await stack.query(mutation, { input }, tokens.admin)).createOrganization;
    expect(created.acronym).toBe('XYZF');
    const again = refused(await stack.query(mutation, { input: { ...input, acronym: 'xyzf' } }, tokens.admin));
    expect(again).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.acronym' });
  });

  it("refuses an editor's import that would add a body to the directory", async () => {
    const input = {
      title: 'MEF / NEWCO Work Register',
      parties: [
        { acronym: 'MEF', name: 'MEF Forum' },
        { acronym: 'NEWCO', name: 'New Consortium' },
      ],
    };
    const mutation = `mutation($input: WorkRegisterImportInput!) { importWorkRegister(input: $input) { outcome } }`;
    const error = refused(await stack.query(mutation, { input }, tokens.mef));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/NEWCO/);
    expect(refused(await stack.query('{ organization(acronym: "NEWCO") { id } }')).code).toBe('NOT_FOUND');
    const admin = await stack.query(mutation, { input }, tokens.admin);
    expect(admin.errors).toBeUndefined();
    expect(admin.data.importWorkRegister.outcome).toBe('CREATED');
  });
});

describe('createWorkRegister and updateWorkRegister', () => {
  it.each([
    [{ parties: [{ acronym: 'MEF' }, { acronym: 'NOPE' }] }, 'input.parties[1].acronym'],
    [{ references: [{ title: 'Site', url: 'ftp://example.org' }] }, 'input.references[0].url'],
    [{ milestones: [{ date: '2026-06', precision: 'DAY', description: 'x' }] }, 'input.milestones[0].precision'],
    [{ title: 'x'.repeat(301) }, 'input.title'],
    [
      { delegatedWorkRules: [{ reviewer: 'SNIA', subject: 'MEF', commitments: ['review'] }] },
      'input.delegatedWorkRules[0].reviewer',
    ],
  ])('rejects %j naming the field %s', async (bad, field) => {
    const before = await count();
    const error = refused(await stack.query(CREATE, { input: mefDmtf(bad) }, tokens.mef));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count()).toBe(before);
  });

  it('rejects a second register of the same title', async () => {
    const register = await create();
    const error = refused(await stack.query(CREATE, { input: mefDmtf({ title: register.title }) }, tokens.mef));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
  });

  it('changes only the fields given; a list replaces the list', async () => {
    const register = await create();
    const milestones = [
      { date: '2026-06', precision: 'MONTH', description: 'First joint draft', status: 'COMPLETED' },
      { date: '2027-Q1', precision: 'QUARTER', description: 'Publication' },
    ];
    const edited = ok(
      await stack.query(UPDATE, { id: register.id, rev: 1, input: { milestones } }, tokens.mef),
    ).updateWorkRegister;
    expect(edited.milestones).toEqual([
      { date: '2026-06', status: 'COMPLETED', description: 'First joint draft' },
      { date: '2027-Q1', status: 'PLANNED', description: 'Publication' },
    ]);
    expect(edited.title).toBe(register.title);
    expect(edited.review.dueBy).toBe('2027-03-01');
  });

  it('fails a change based on a stale revision with CONFLICT naming the current one, changing nothing', async () => {
    const register = await create();
    ok(await stack.query(UPDATE, { id: register.id, rev: 1, input: { version: 'A' } }, tokens.mef));
    const response = await stack.query(UPDATE, { id: register.id, rev: 1, input: { version: 'B' } }, tokens.dmtf);
    expect(refused(response).code).toBe('CONFLICT');
    expect(response.errors![0]!.extensions!.currentRevision).toBe(2);
    expect(response.errors![0]!.message).toMatch(/revision 2/);
    const { data } = await stack.query(`query($id: ID!) { workRegister(id: $id) { revision version } }`, {
      id: register.id,
    });
    expect(data.workRegister).toEqual({ revision: 2, version: 'A' });
  });

  it('rejects an empty patch and an unknown register', async () => {
    const register = await create();
    expect(refused(await stack.query(UPDATE, { id: register.id, rev: 1, input: {} }, tokens.mef))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input',
    });
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(refused(await stack.query(UPDATE, { id: missing, rev: 1, input: { version: '1' } }, tokens.mef)).code).toBe(
      'NOT_FOUND',
    );
  });

  it('keeps findings current: approval before initiation appears and goes with the dates', async () => {
    const approval = { text: 'Approved by the board on 1 January 2025.', approvedOn: '2025-01-01' };
    const register = await create(mefDmtf({ approval }));
    expect(register.findings).toEqual([{ code: 'APPROVAL_BEFORE_INITIATION', path: 'approval.approvedOn' }]);
    const fixed = ok(
      await stack.query(
        UPDATE,
        { id: register.id, rev: 1, input: { approval: { ...approval, approvedOn: '2025-04-01' } } },
        tokens.mef,
      ),
    ).updateWorkRegister;
    expect(fixed.findings).toEqual([]);
  });
});

describe('setWorkRegisterStatus and recordReview', () => {
  it('moves along DRAFT → ACTIVE → UNDER_REVIEW → TERMINATED with a reason, and no further', async () => {
    const { id } = await create();
    let rev = 1;
    for (const [status, reason] of [
      ['ACTIVE', null],
      ['UNDER_REVIEW', null],
      ['TERMINATED', 'Work completed'],
    ]) {
      const moved = ok(await stack.query(STATUS, { id, rev, status, reason }, tokens.dmtf)).setWorkRegisterStatus;
      expect(moved).toMatchObject({ status, revision: rev + 1, statusReason: reason });
      rev = moved.revision;
    }
    const error = refused(await stack.query(STATUS, { id, rev, status: 'ACTIVE' }, tokens.dmtf));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('needs a reason to terminate', async () => {
    const { id } = await create();
    ok(await stack.query(STATUS, { id, rev: 1, status: 'ACTIVE' }, tokens.mef));
    ok(await stack.query(STATUS, { id, rev: 2, status: 'UNDER_REVIEW' }, tokens.mef));
    const error = refused(await stack.query(STATUS, { id, rev: 3, status: 'TERMINATED', reason: '  ' }, tokens.mef));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await read(id)).status).toBe('UNDER_REVIEW');
  });

  it('records a review: the day, the outcome and the next due date', async () => {
    const { id } = await create();
    const reviewed = ok(
      await stack.query(REVIEW, { id, rev: 1, on: '2026-11-20', outcome: 'CONTINUE', next: '2027-11' }, tokens.mef),
    ).recordReview;
    expect(reviewed.review).toEqual({
      dueBy: '2027-11',
      dueOn: '2027-11-30',
      lastReviewedOn: '2026-11-20',
      lastOutcome: 'CONTINUE',
      status: 'SCHEDULED',
    });
    expect(reviewed.revision).toBe(2);
  });

  it.each([
    [{ on: '2026-12-01', outcome: 'CONTINUE', next: '2027-11' }, 'reviewedOn'],
    [{ on: '2026-11-20', outcome: 'CONTINUE', next: '2026-10' }, 'nextDueBy'],
    [{ on: '2026-11-20', outcome: 'AMEND', next: null }, 'nextDueBy'],
  ])('rejects the review %j naming %s', async (review, field) => {
    const { id } = await create();
    const error = refused(await stack.query(REVIEW, { id, rev: 1, ...review }, tokens.mef));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await read(id)).revision).toBe(1);
  });

  it('refuses a review by an editor of another body', async () => {
    const { id } = await create();
    const error = refused(
      await stack.query(REVIEW, { id, rev: 1, on: '2026-11-20', outcome: 'CONTINUE', next: '2027-11' }, tokens.snia),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect((await read(id)).review.lastReviewedOn).toBeNull();
  });
});

describe('updateOrganization', () => {
  const UPDATE_ORG = `mutation($id: ID!, $input: OrganizationPatch!) {
    updateOrganization(id: $id, input: $input) { acronym name website units { id name acronym } emailDomains { domain current } } }`;

  it('changes details and units (admin), keeping unit ids and refusing to drop a unit in use', async () => {
    const dmtf = ok(
      await stack.query('{ organization(acronym: "DMTF") { id units { id name acronym } } }'),
    ).organization;
    const cmwg = dmtf.units.find((u: any) => u.name === 'Cloud Management Working Group');
    const units = [...dmtf.units, { acronym: 'RFWG', name: 'Redfish Forum' }];
    const updated = ok(
      await stack.query(UPDATE_ORG, { id: dmtf.id, input: { website: 'https://www.dmtf.org', units } }, tokens.admin),
    ).updateOrganization;
    expect(updated.website).toBe('https://www.dmtf.org');
    expect(updated.units.map((u: any) => u.name)).toContain('Redfish Forum');
    expect(updated.units.find((u: any) => u.name === cmwg.name).id).toBe(cmwg.id);

    // The unit test above made a register name CMWG; dropping it would orphan that party.
    const without = dmtf.units.filter((u: any) => u.id !== cmwg.id);
    const error = refused(await stack.query(UPDATE_ORG, { id: dmtf.id, input: { units: without } }, tokens.admin));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.units' });
  });

  it('validates domains and URLs, and is for admins only', async () => {
    const { id } = ok(await stack.query('{ organization(acronym: "SNIA") { id } }')).organization;
    const bad = refused(
      await stack.query(UPDATE_ORG, { id, input: { emailDomains: [{ domain: 'not a domain' }] } }, tokens.admin),
    );
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.emailDomains[0].domain' });
    const url = refused(await stack.query(UPDATE_ORG, { id, input: { website: 'snia' } }, tokens.admin));
    expect(url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.website' });
    expect(refused(await stack.query(UPDATE_ORG, { id, input: { name: 'S' } }, tokens.snia)).code).toBe('FORBIDDEN');
  });
});

describe('the cost of a write', () => {
  const BODIES = ['MEF', 'DMTF', 'SNIA', 'OASIS', 'ETSI', 'IETF', 'W3C', 'OGF', 'BBF', 'ONF'];
  const register = (title: string, n: number) => ({
    title,
    amends: 'The Amended Register',
    kind: 'ADDENDUM',
    parties: BODIES.slice(0, n).map((acronym, i) => ({ acronym, unit: `${title} Working Group ${i}` })),
    milestones: Array.from({ length: n }, (_, i) => ({
      date: `2027-0${i + 1}`,
      precision: 'MONTH',
      description: `Step ${i}`,
    })),
    delegatedWorkRules: [{ reviewer: 'MEF', subject: 'DMTF', commitments: ['Review drafts'] }],
  });

  /** Registry statements of one write through the gateway. */
  async function statements(query: string, variables: Record<string, unknown>) {
    const before = stack.registry.db.statementCount();
    const response = await stack.query(query, variables, tokens.admin);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return { count: stack.registry.db.statementCount() - before, data: response.data };
  }

  it('is the same number of statements for 2 parties and 8, each with a new unit, and their pairs', async () => {
    expect(
      (
        await stack.query(
          CREATE,
          { input: { title: 'The Amended Register', parties: [{ acronym: 'MEF' }, { acronym: 'DMTF' }] } },
          tokens.admin,
        )
      ).errors,
    ).toBeUndefined();
    const small = await statements(CREATE, { input: register('Cost Register Small', 2) });
    const large = await statements(CREATE, { input: register('Cost Register Large', 8) });
    expect(large.data.createWorkRegister.slug).toBe('cost-register-large');
    expect(large.count).toBe(small.count);

    // Changing the parties of each (units, pairs and all) costs the same again.
    const change = (id: string, n: number) =>
      statements(UPDATE, {
        id,
        rev: 1,
        input: {
          parties: BODIES.slice(10 - n).map((acronym) => ({ acronym, unit: `Renamed ${acronym} Group` })),
          delegatedWorkRules: [{ reviewer: 'BBF', subject: 'ONF', commitments: ['Review drafts'] }],
        },
      });
    const smaller = await change(small.data.createWorkRegister.id, 2);
    const larger = await change(large.data.createWorkRegister.id, 8);
    expect(larger.count).toBe(smaller.count);
  });
});
