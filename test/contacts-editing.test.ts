import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, mintToken, SUBGRAPH_CREDENTIAL_HEADER, type RunningSubgraph } from '@alliance/core';
import { startContacts } from '@alliance/contacts';
import { startStack, type GraphQLResponse, type Stack } from './support/stack.js';
import { freshStorage } from './support/storage.js';
import { ok } from './support/responses.js';

/**
 * Issue 5, contacts side: who sees which addresses, who may change which contacts and points of
 * contact, and the revisions every change leaves. Everything through the gateway with real
 * tokens, except one request straight to the contacts subgraph.
 */

let stack: Stack;
const tokens = {} as Record<'admin' | 'member' | 'mef' | 'dmtf' | 'both' | 'expired' | 'foreign', string>;
/**
 * The seed register (mef-dmtf) and a scratch register between the same two bodies, titled to
 * sort after the seed so `workRegisters(first: 1)` is still the seed.
 */
let seed: { id: string; parties: Record<string, string> };
let scratch: { id: string };

function expectError(response: GraphQLResponse<unknown>, code: string, field?: string) {
  expect(response.errors?.[0]?.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
}

let serial = 0;
const uniqueEmail = (who: string) => `${who}.${++serial}.${Date.now()}@metroethernetforum.org`;

const CONTACT = 'id kind name email title revision organization { acronym }';

const create = (input: Record<string, unknown>, token?: string) =>
  stack.query(`mutation($input: ContactInput!) { createContact(input: $input) { ${CONTACT} } }`, { input }, token);

const update = (id: string, expectedRevision: number, input: Record<string, unknown>, token?: string) =>
  stack.query(
    `mutation($id: ID!, $rev: Int!, $input: ContactPatch!) {
      updateContact(id: $id, expectedRevision: $rev, input: $input) { ${CONTACT} } }`,
    { id, rev: expectedRevision, input },
    token,
  );

const addPoint = (
  args: { workRegisterId: string; contactId: string; organization: string; role?: string },
  token?: string,
) =>
  stack.query(
    `mutation($workRegisterId: ID!, $contactId: ID!, $organization: String!, $role: String) {
      addPointOfContact(workRegisterId: $workRegisterId, contactId: $contactId, organization: $organization, role: $role) {
        id role organization { acronym } workRegister { id } contact { id revision } } }`,
    args,
    token,
  );

const removePoint = (id: string, token?: string) =>
  stack.query(
    `mutation($id: ID!) { removePointOfContact(id: $id) { id role organization { acronym } contact { id revision } } }`,
    { id },
    token,
  );

/** A contact as an admin reads it back (null when it does not exist). */
async function readContact(id: string) {
  const response = await stack.query(
    `query($id: ID) { contact(id: $id) { ${CONTACT}
      workRegisters(first: 20) { edges { role organization { acronym } node { id } } }
      history(first: 1) { totalCount edges { node { revision summary author { subject name } } } } } }`,
    { id },
    tokens.admin,
  );
  return response.data?.contact ?? null;
}

/** A new MEF contact (by the admin), for tests that need one of their own. */
async function newContact(organization: string | null = 'MEF', kind = 'PERSON') {
  const name = `Contact ${++serial}`;
  const data = ok(await create({ organization, name, email: uniqueEmail('c'), title: 'Liaison', kind }, tokens.admin));
  return data.createContact as { id: string; name: string; email: string; revision: number };
}

async function pointsOfContact(registerId: string) {
  const data = ok(
    await stack.query(
      `query($id: ID!) { workRegister(id: $id) { pointsOfContact {
        id role organization { id acronym } contact { id name email kind title revision } } } }`,
      { id: registerId },
      tokens.admin,
    ),
  );
  return data.workRegister.pointsOfContact as any[];
}

beforeAll(async () => {
  stack = await startStack();
  tokens.admin = stack.tokens.admin;
  tokens.member = stack.tokens.member;
  tokens.mef = await stack.token('editor:MEF');
  tokens.dmtf = await stack.token('editor:DMTF');
  tokens.both = await stack.token('editor:MEF', 'editor:DMTF');
  tokens.expired = await mintToken({ secret: stack.auth.secret, subject: 'late', roles: ['admin'], ttl: '-1h' });
  tokens.foreign = await mintToken({ secret: randomBytes(32).toString('base64url'), subject: 'x', roles: ['admin'] });
  const data = ok(
    await stack.query(`{ workRegister(slug: "mef-dmtf") { id parties { organization { id acronym } } } }`),
  );
  seed = {
    id: data.workRegister.id,
    parties: Object.fromEntries(data.workRegister.parties.map((p: any) => [p.organization.acronym, p.organization.id])),
  };
  const created = ok(
    await stack.query(
      `mutation($input: WorkRegisterInput!) { createWorkRegister(input: $input) { id } }`,
      {
        input: {
          title: 'Scratch Register of MEF and DMTF Contacts',
          parties: [{ acronym: 'MEF' }, { acronym: 'DMTF' }],
        },
      },
      tokens.admin,
    ),
  );
  scratch = { id: created.createWorkRegister.id };
}, 60_000);
afterAll(() => stack?.stop());

describe('email visibility', () => {
  const SEED_CONTACTS = `{ workRegisters(first: 1) { edges { node { pointsOfContact { contact { kind email } } } } } }`;
  const contactsIn = (data: any) => data.workRegisters.edges[0].node.pointsOfContact.map((p: any) => p.contact);

  it('hides a person’s address from anonymous readers; a mailing list’s stays public', async () => {
    const anonymous = contactsIn(ok(await stack.query(SEED_CONTACTS)));
    const member = contactsIn(ok(await stack.query(SEED_CONTACTS, {}, tokens.member)));
    expect(anonymous.some((c: any) => c.kind === 'PERSON')).toBe(true);
    expect(anonymous.some((c: any) => c.kind === 'MAILING_LIST')).toBe(true);
    for (const [i, contact] of anonymous.entries()) {
      expect(member[i].email).toMatch(/@/);
      expect(contact.email).toBe(contact.kind === 'PERSON' ? null : member[i].email);
    }
  });

  it('does not let an anonymous search or lookup confirm a person’s address', async () => {
    const seedPoints = await pointsOfContact(seed.id);
    const person = seedPoints.find((p) => p.contact.kind === 'PERSON').contact;
    const list = seedPoints.find((p) => p.contact.kind === 'MAILING_LIST').contact;
    const search = `query($s: String) { contacts(filter: { search: $s }) { totalCount }
      organization(acronym: "MEF") { contacts(filter: { search: $s }) { totalCount } } }`;
    const anonymous = ok(await stack.query(search, { s: person.email }));
    const member = ok(await stack.query(search, { s: person.email }, tokens.member));
    expect(member.contacts.totalCount).toBeGreaterThan(0);
    expect(anonymous.contacts.totalCount).toBe(0);
    expect(anonymous.organization.contacts.totalCount).toBe(0);
    // Names still match for everyone.
    expect(ok(await stack.query(search, { s: person.name })).contacts.totalCount).toBeGreaterThan(0);

    const byEmail = `query($e: String) { contact(email: $e) { id email } }`;
    const hidden = await stack.query(byEmail, { e: person.email });
    const unknown = await stack.query(byEmail, { e: 'nobody.at.all@metroethernetforum.org' });
    expectError(hidden, 'NOT_FOUND');
    expect(hidden.errors![0]!.message.replace(person.email, 'X')).toBe(
      unknown.errors![0]!.message.replace('nobody.at.all@metroethernetforum.org', 'X'),
    );
    expect(ok(await stack.query(byEmail, { e: person.email }, tokens.member)).contact.id).toBe(person.id);
    expect(ok(await stack.query(byEmail, { e: list.email })).contact).toEqual({ id: list.id, email: list.email });
  });

  it('hides addresses in contact findings from anonymous readers', async () => {
    const query = `{ organization(acronym: "DMTF") { contactFindings { code message } } }`;
    const anonymous = ok(await stack.query(query)).organization.contactFindings;
    const member = ok(await stack.query(query, {}, tokens.member)).organization.contactFindings;
    expect(member.some((f: any) => /@/.test(f.message))).toBe(true);
    expect(anonymous.map((f: any) => f.code)).toEqual(member.map((f: any) => f.code));
    for (const finding of anonymous) expect(finding.message).not.toMatch(/@/);
  });
});

describe('createContact', () => {
  it('creates revision 1, written by the editor of the organization', async () => {
    const input = { organization: 'mef', name: 'Ada Lovelace', email: uniqueEmail('Ada'), title: 'Liaison' };
    const created = ok(await create(input, tokens.mef)).createContact;
    expect(created).toMatchObject({
      kind: 'PERSON',
      name: input.name,
      email: input.email.toLowerCase(),
      revision: 1,
      organization: { acronym: 'MEF' },
    });
    const read = await readContact(created.id);
    expect(read.history.totalCount).toBe(1);
    expect(read.history.edges[0].node.author).toEqual({ subject: 'editor:MEF', name: 'Test User' });
    expect(read.history.edges[0].node.summary).toContain(input.name);
  });

  it('refuses callers who may not, and keeps nothing', async () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'UNAUTHENTICATED'],
      [tokens.expired, 'UNAUTHENTICATED'],
      [tokens.foreign, 'UNAUTHENTICATED'],
      [tokens.member, 'FORBIDDEN'],
      [tokens.dmtf, 'FORBIDDEN'],
    ];
    for (const [token, code] of cases) {
      const email = uniqueEmail('refused');
      expectError(await create({ organization: 'MEF', name: 'Refused', email }, token), code);
      const lookup = await stack.query(`query($e: String) { contact(email: $e) { id } }`, { e: email }, tokens.admin);
      expectError(lookup, 'NOT_FOUND');
    }
  });

  it('leaves a contact of no organization to admins', async () => {
    expectError(await create({ name: 'Nobody’s', email: uniqueEmail('none') }, tokens.mef), 'FORBIDDEN');
    const created = ok(await create({ name: 'Nobody’s', email: uniqueEmail('none') }, tokens.admin)).createContact;
    expect(created.organization).toBeNull();
  });

  it('names the offending field', async () => {
    const good = { organization: 'MEF', name: 'Field Test', email: uniqueEmail('field') };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, email: 'not-an-email' }, 'input.email'],
      [{ ...good, name: '   ' }, 'input.name'],
      [{ ...good, title: 'x'.repeat(301) }, 'input.title'],
      [{ ...good, organization: 'NO-SUCH-BODY' }, 'input.organization'],
      [{ ...good, organization: 'editor:MEF' }, 'input.organization'],
    ];
    for (const [input, field] of cases) expectError(await create(input, tokens.admin), 'BAD_USER_INPUT', field);
    // The same input without the fault goes in: each case failed for its field alone.
    expect(ok(await create(good, tokens.admin)).createContact.name).toBe(good.name);
  });

  it('refuses an address that already has a contact, naming it', async () => {
    const existing = await newContact();
    const again = await create({ organization: 'MEF', name: 'Twin', email: existing.email.toUpperCase() }, tokens.mef);
    expectError(again, 'BAD_USER_INPUT', 'input.email');
    expect(again.errors![0]!.message).toContain(existing.id);
  });
});

describe('updateContact', () => {
  it('changes the fields given as a new revision, with history and changes', async () => {
    const contact = await newContact();
    const updated = ok(await update(contact.id, 1, { name: 'Renamed', title: null }, tokens.mef)).updateContact;
    expect(updated).toMatchObject({ name: 'Renamed', title: null, revision: 2, email: contact.email });
    const { data } = await stack.query(
      `query($id: ID) { contact(id: $id) {
        history { totalCount edges { node { revision summary author { subject } contact { name title } } } }
        atRevision(revision: 1) { contact { name title } }
        changes(from: 1) { path kind before after } } }`,
      { id: contact.id },
    );
    expect(data.contact.history.totalCount).toBe(2);
    expect(data.contact.history.edges.map((e: any) => e.node.revision)).toEqual([2, 1]);
    expect(data.contact.history.edges[0].node).toMatchObject({
      author: { subject: 'editor:MEF' },
      contact: { name: 'Renamed', title: null },
    });
    expect(data.contact.history.edges[0].node.summary).toMatch(/name.*title/);
    expect(data.contact.atRevision.contact).toEqual({ name: contact.name, title: 'Liaison' });
    expect(data.contact.changes).toEqual(
      expect.arrayContaining([
        { path: 'name', kind: 'CHANGED', before: contact.name, after: 'Renamed' },
        { path: 'title', kind: 'CHANGED', before: 'Liaison', after: null },
      ]),
    );
  });

  it('answers a stale expectedRevision with CONFLICT naming the current one, and changes nothing', async () => {
    const contact = await newContact();
    ok(await update(contact.id, 1, { title: 'Chair' }, tokens.mef));
    const stale = await update(contact.id, 1, { name: 'Too Late' }, tokens.mef);
    expectError(stale, 'CONFLICT');
    const current = await readContact(contact.id);
    expect(stale.errors![0]!.extensions!.currentRevision).toBe(current.revision);
    expect(stale.errors![0]!.message).toContain(String(current.revision));
    expect(current).toMatchObject({ name: contact.name, title: 'Chair', history: { totalCount: 2 } });
  });

  it('needs the editor of the contact’s organization, and of the new one when it moves', async () => {
    const contact = await newContact();
    const cases: [string | undefined, string][] = [
      [undefined, 'UNAUTHENTICATED'],
      [tokens.expired, 'UNAUTHENTICATED'],
      [tokens.member, 'FORBIDDEN'],
      [tokens.dmtf, 'FORBIDDEN'],
    ];
    for (const [token, code] of cases) expectError(await update(contact.id, 1, { name: 'Hijacked' }, token), code);
    expectError(await update(contact.id, 1, { organization: 'DMTF' }, tokens.mef), 'FORBIDDEN');
    expectError(await update(contact.id, 1, { organization: null }, tokens.mef), 'FORBIDDEN');
    expect(await readContact(contact.id)).toMatchObject({
      name: contact.name,
      revision: 1,
      organization: { acronym: 'MEF' },
    });
    const moved = ok(await update(contact.id, 1, { organization: 'DMTF' }, tokens.both)).updateContact;
    expect(moved).toMatchObject({ revision: 2, organization: { acronym: 'DMTF' } });
    // Now a DMTF contact: MEF's editor no longer manages it.
    expectError(await update(contact.id, 2, { name: 'Back' }, tokens.mef), 'FORBIDDEN');
    expect(ok(await update(contact.id, 2, { name: 'Back' }, tokens.dmtf)).updateContact.revision).toBe(3);
  });

  it('names the offending field', async () => {
    const contact = await newContact();
    const other = await newContact();
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'nope' }, 'input.email'],
      [{ name: null }, 'input.name'],
      [{ kind: null }, 'input.kind'],
      [{ organization: 'NO-SUCH-BODY' }, 'input.organization'],
      [{}, 'input'],
    ];
    for (const [input, field] of cases)
      expectError(await update(contact.id, 1, input, tokens.mef), 'BAD_USER_INPUT', field);
    const taken = await update(contact.id, 1, { email: other.email }, tokens.mef);
    expectError(taken, 'BAD_USER_INPUT', 'input.email');
    expect(taken.errors![0]!.message).toContain(other.id);
    expectError(await update('not-an-id', 1, { name: 'X' }, tokens.mef), 'BAD_USER_INPUT', 'id');
    expectError(await update(contact.id.replace(/^.{8}/, '00000000'), 1, { name: 'X' }, tokens.mef), 'NOT_FOUND');
    expect(await readContact(contact.id)).toMatchObject({ revision: 1, email: contact.email });
  });

  it('lets exactly one of ten concurrent updates from the same revision land', async () => {
    const contact = await newContact();
    const clients = await Promise.all(Array.from({ length: 10 }, () => stack.token('editor:MEF')));
    const results = await Promise.all(clients.map((token, i) => update(contact.id, 1, { name: `Writer ${i}` }, token)));
    const landed = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(landed).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const r of refused) {
      expectError(r, 'CONFLICT');
      expect(r.errors![0]!.extensions!.currentRevision).toBe(2);
    }
    const read = await readContact(contact.id);
    expect(read).toMatchObject({ revision: 2, name: landed[0]!.data.updateContact.name, history: { totalCount: 2 } });
  });
});

describe('points of contact', () => {
  it('adds a contact for an organization of the register and removes it again, each as a revision', async () => {
    const contact = await newContact();
    const added = ok(
      await addPoint(
        { workRegisterId: scratch.id, contactId: contact.id, organization: 'MEF', role: 'Liaison MEF' },
        tokens.mef,
      ),
    ).addPointOfContact;
    expect(added).toMatchObject({ role: 'Liaison MEF', organization: { acronym: 'MEF' }, contact: { revision: 2 } });
    const listed = await pointsOfContact(scratch.id);
    expect(listed.map((p) => p.id)).toContain(added.id);
    const afterAdd = await readContact(contact.id);
    expect(afterAdd.workRegisters.edges).toEqual([
      { role: 'Liaison MEF', organization: { acronym: 'MEF' }, node: { id: scratch.id } },
    ]);
    expect(afterAdd.history.edges[0].node.summary).toContain('MEF');

    const removed = ok(await removePoint(added.id, tokens.mef)).removePointOfContact;
    expect(removed).toMatchObject({ id: added.id, role: 'Liaison MEF', organization: { acronym: 'MEF' } });
    expect((await pointsOfContact(scratch.id)).map((p) => p.id)).not.toContain(added.id);
    expect(await readContact(contact.id)).toMatchObject({ revision: 3, workRegisters: { edges: [] } });
  });

  it('is managed by the editor of the side, not of the other party', async () => {
    const contact = await newContact();
    const args = { workRegisterId: scratch.id, contactId: contact.id, organization: 'MEF' };
    expectError(await addPoint(args), 'UNAUTHENTICATED');
    expectError(await addPoint(args, tokens.foreign), 'UNAUTHENTICATED');
    expectError(await addPoint(args, tokens.member), 'FORBIDDEN');
    expectError(await addPoint(args, tokens.dmtf), 'FORBIDDEN');
    expect(await readContact(contact.id)).toMatchObject({ revision: 1, workRegisters: { edges: [] } });
    // A MEF contact listed for DMTF is DMTF's side.
    const forDmtf = ok(await addPoint({ ...args, organization: 'DMTF' }, tokens.dmtf)).addPointOfContact;
    expectError(await removePoint(forDmtf.id, tokens.mef), 'FORBIDDEN');
    expectError(await removePoint(forDmtf.id), 'UNAUTHENTICATED');
    expect((await pointsOfContact(scratch.id)).map((p) => p.id)).toContain(forDmtf.id);
    ok(await removePoint(forDmtf.id, tokens.dmtf));
  });

  it('names the offending argument', async () => {
    const contact = await newContact();
    const args = { workRegisterId: scratch.id, contactId: contact.id, organization: 'MEF' };
    const organizations = ok(await stack.query(`{ organizations(first: 100) { edges { node { acronym } } } }`));
    const outsider = organizations.organizations.edges
      .map((e: any) => e.node.acronym)
      .find((a: string) => a !== 'MEF' && a !== 'DMTF');
    const cases: [Record<string, unknown>, string][] = [
      [{ organization: outsider }, 'organization'],
      [{ organization: 'NO-SUCH-BODY' }, 'organization'],
      [{ workRegisterId: contact.id }, 'workRegisterId'],
      [{ workRegisterId: 'x' }, 'workRegisterId'],
      [{ contactId: scratch.id }, 'contactId'],
      [{ role: '' }, 'role'],
    ];
    for (const [change, field] of cases) {
      expectError(await addPoint({ ...args, ...change } as typeof args, tokens.admin), 'BAD_USER_INPUT', field);
    }
    ok(await addPoint(args, tokens.mef));
    expectError(await addPoint({ ...args, role: 'Again' }, tokens.mef), 'BAD_USER_INPUT', 'contactId');
    expect(await readContact(contact.id)).toMatchObject({ revision: 2 });
    expectError(await removePoint('x', tokens.admin), 'BAD_USER_INPUT', 'id');
    expectError(await removePoint(contact.id, tokens.admin), 'NOT_FOUND');
  });
});

describe('importPointsOfContact', () => {
  /** The register's list in the shape import takes. */
  const asImport = (points: any[]) =>
    points.map((p) => ({
      organizationId: p.organization.id,
      name: p.contact.name,
      email: p.contact.email,
      title: p.role,
      kind: p.contact.kind,
    }));
  const importList = (contacts: unknown[], token?: string, workRegisterId = seed.id) =>
    stack.query(
      `mutation($id: ID!, $contacts: [PointOfContactImportInput!]!) {
        importPointsOfContact(workRegisterId: $id, contacts: $contacts) { changed pointsOfContact { role contact { id revision } } } }`,
      { id: workRegisterId, contacts },
      token,
    );

  it('lets an editor of one party re-import an unchanged list; members and strangers may not', async () => {
    const list = asImport(await pointsOfContact(seed.id));
    expect(ok(await importList(list, tokens.dmtf)).importPointsOfContact.changed).toBe(false);
    expectError(await importList(list, tokens.member), 'FORBIDDEN');
    expectError(await importList(list), 'UNAUTHENTICATED');
    expectError(await importList(list, tokens.expired), 'UNAUTHENTICATED');
  });

  it('needs the editor of every side that changes, and then records revisions', async () => {
    const before = await pointsOfContact(seed.id);
    const mefIndex = before.findIndex((p) => p.organization.acronym === 'MEF');
    const changed = asImport(before).map((e, i) => (i === mefIndex ? { ...e, title: `${e.title ?? ''} (acting)` } : e));
    expectError(await importList(changed, tokens.dmtf), 'FORBIDDEN');
    expect(await pointsOfContact(seed.id)).toEqual(before);

    const result = ok(await importList(changed, tokens.mef)).importPointsOfContact;
    expect(result.changed).toBe(true);
    const contact = await readContact(before[mefIndex].contact.id);
    expect(contact.revision).toBe(before[mefIndex].contact.revision + 1);
    expect(contact.history.edges[0].node).toMatchObject({
      revision: contact.revision,
      author: { subject: 'editor:MEF' },
    });
    expect(contact.history.edges[0].node.summary).toMatch(/import/i);
    // Contacts whose points did not change keep their revision.
    const after = await pointsOfContact(seed.id);
    after.forEach((p, i) => i !== mefIndex && expect(p.contact.revision).toBe(before[i].contact.revision));
  });

  it('gives contacts it creates revision 1, and names bad arguments', async () => {
    const email = uniqueEmail('imported');
    const list = [{ organizationId: seed.parties.MEF, name: 'Imported Person', email, title: 'Chair' }];
    const created = ok(await importList(list, tokens.mef, scratch.id)).importPointsOfContact;
    expect(created.pointsOfContact[0].contact.revision).toBe(1);
    const read = await readContact(created.pointsOfContact[0].contact.id);
    expect(read.history.edges[0].node).toMatchObject({ revision: 1, author: { subject: 'editor:MEF' } });
    expect(ok(await importList(list, tokens.mef, scratch.id)).importPointsOfContact.changed).toBe(false);

    const unknownOrganization = [{ ...list[0], organizationId: scratch.id }];
    expectError(
      await importList(unknownOrganization, tokens.admin, scratch.id),
      'BAD_USER_INPUT',
      'contacts[0].organizationId',
    );
    expectError(await importList(list, tokens.admin, read.id), 'BAD_USER_INPUT', 'workRegisterId');
    expectError(
      await importList([{ ...list[0], email: 'x' }], tokens.admin, scratch.id),
      'BAD_USER_INPUT',
      'contacts[0].email',
    );
  });
});

describe('mergeContacts', () => {
  const merge = (keep: string, other: string, token?: string) =>
    stack.query(
      `mutation($keep: ID!, $merge: ID!) { mergeContacts(keep: $keep, merge: $merge) {
        ${CONTACT} workRegisters { edges { role organization { acronym } node { id } } } } }`,
      { keep, merge: other },
      token,
    );

  it('moves the points of contact, drops duplicates, deletes the merged contact and records it', async () => {
    const keep = await newContact();
    const gone = await newContact();
    ok(
      await addPoint(
        { workRegisterId: scratch.id, contactId: keep.id, organization: 'MEF', role: 'Kept' },
        tokens.admin,
      ),
    );
    ok(
      await addPoint(
        { workRegisterId: scratch.id, contactId: gone.id, organization: 'MEF', role: 'Dropped' },
        tokens.admin,
      ),
    );
    ok(
      await addPoint(
        { workRegisterId: scratch.id, contactId: gone.id, organization: 'DMTF', role: 'Moved' },
        tokens.admin,
      ),
    );
    const before = await readContact(keep.id);

    const merged = ok(await merge(keep.id, gone.id, tokens.mef)).mergeContacts;
    expect(merged.revision).toBe(before.revision + 1);
    expect(merged.workRegisters.edges.map((e: any) => [e.organization.acronym, e.role]).sort()).toEqual([
      ['DMTF', 'Moved'],
      ['MEF', 'Kept'],
    ]);
    expect(await readContact(gone.id)).toBeNull();
    const after = await readContact(keep.id);
    expect(after.history.edges[0].node.summary).toContain(gone.name);
    expect(after.history.edges[0].node.summary).toContain(gone.id);
    const roles = (await pointsOfContact(scratch.id)).map((p) => p.role);
    expect(roles).not.toContain('Dropped');
  });

  it('needs the editor of both contacts’ organizations, and changes nothing otherwise', async () => {
    const keep = await newContact('MEF');
    const other = await newContact('DMTF');
    ok(await addPoint({ workRegisterId: scratch.id, contactId: other.id, organization: 'DMTF' }, tokens.admin));
    for (const [token, code] of [
      [undefined, 'UNAUTHENTICATED'],
      [tokens.foreign, 'UNAUTHENTICATED'],
      [tokens.member, 'FORBIDDEN'],
      [tokens.mef, 'FORBIDDEN'],
      [tokens.dmtf, 'FORBIDDEN'],
    ] as const) {
      expectError(await merge(keep.id, other.id, token), code);
    }
    expect(await readContact(other.id)).toMatchObject({ revision: 2, workRegisters: { edges: [{ role: null }] } });
    expect(await readContact(keep.id)).toMatchObject({ revision: 1 });
    expect(ok(await merge(keep.id, other.id, tokens.both)).mergeContacts.workRegisters.edges).toHaveLength(1);
  });

  it('names the offending argument', async () => {
    const contact = await newContact();
    expectError(await merge(contact.id, contact.id, tokens.admin), 'BAD_USER_INPUT', 'merge');
    expectError(await merge('x', contact.id, tokens.admin), 'BAD_USER_INPUT', 'keep');
    expectError(await merge(contact.id, scratch.id, tokens.admin), 'NOT_FOUND');
  });
});

describe('history', () => {
  let contact: { id: string; email: string; name: string };
  beforeAll(async () => {
    contact = await newContact();
    ok(await update(contact.id, 1, { email: uniqueEmail('moved') }, tokens.mef));
    ok(
      await addPoint(
        { workRegisterId: scratch.id, contactId: contact.id, organization: 'MEF', role: 'Chair' },
        tokens.both,
      ),
    );
  });

  const read = (fields: string, token?: string) =>
    stack.query(`query($id: ID) { contact(id: $id) { ${fields} } }`, { id: contact.id }, token);

  it('pages through revisions newest first, with authors', async () => {
    const first = ok(
      await read(`history(first: 2) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { revision author { subject name } } } }`),
    ).contact.history;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => [e.node.revision, e.node.author.subject])).toEqual([
      [3, 'editor:MEF+editor:DMTF'],
      [2, 'editor:MEF'],
    ]);
    const rest = ok(
      await stack.query(
        `query($id: ID, $after: String) { contact(id: $id) { history(first: 2, after: $after) { edges { node { revision author { subject } } } } } }`,
        { id: contact.id, after: first.pageInfo.endCursor },
      ),
    ).contact.history;
    expect(rest.edges.map((e: any) => [e.node.revision, e.node.author.subject])).toEqual([[1, 'admin']]);
    const oldest = ok(await read(`history(last: 1) { edges { node { revision } } }`)).contact.history;
    expect(oldest.edges.map((e: any) => e.node.revision)).toEqual([1]);
  });

  it('keeps each state: atRevision and changes between any two', async () => {
    const data = ok(
      await read(
        `atRevision(revision: 3) { revision contact { email pointsOfContact { workRegisterId role organization { acronym } } } }
         none: atRevision(revision: 99) { revision }
         changes(from: 1) { path kind before after }
         latest: history(first: 1) { edges { node { changes { path kind } } } }`,
        tokens.member,
      ),
    ).contact;
    expect(data.none).toBeNull();
    expect(data.atRevision.contact.pointsOfContact).toEqual([
      { workRegisterId: scratch.id, role: 'Chair', organization: { acronym: 'MEF' } },
    ]);
    expect(data.changes).toContainEqual({
      path: 'email',
      kind: 'CHANGED',
      before: contact.email,
      after: data.atRevision.contact.email,
    });
    expect(data.changes).toContainEqual({
      path: 'pointsOfContact[0]',
      kind: 'ADDED',
      before: null,
      after: { workRegisterId: scratch.id, organizationId: seed.parties.MEF, role: 'Chair' },
    });
    expect(data.latest.edges[0].node.changes).toEqual([{ path: 'pointsOfContact[0]', kind: 'ADDED' }]);
    expectError(await read(`changes(from: 99) { path }`), 'BAD_USER_INPUT', 'from');
    expectError(await read(`changes(from: 1, to: 42) { path }`), 'BAD_USER_INPUT', 'to');
  });

  it('hides a person’s address in snapshots and changes from anonymous readers', async () => {
    const query = `atRevision(revision: 1) { contact { email } } changes(from: 1, to: 2) { path before after }`;
    const anonymous = ok(await read(query)).contact;
    const member = ok(await read(query, tokens.member)).contact;
    expect(member.atRevision.contact.email).toBe(contact.email);
    expect(member.changes.map((c: any) => c.path)).toContain('email');
    expect(anonymous.atRevision.contact.email).toBeNull();
    expect(JSON.stringify(anonymous.changes)).not.toMatch(/@/);
  });
});

describe('batching', () => {
  it('reads histories, revisions and changes of many contacts in as many statements as of one', async () => {
    // Twenty contacts alike (two revisions each), so both pages ask the same of every contact.
    for (let n = 0; n < 20; n++) {
      const { id } = ok(
        await create({ organization: 'MEF', name: `Batch ${n}`, email: uniqueEmail('batch') }, tokens.mef),
      ).createContact;
      ok(await update(id, 1, { title: 'Batched' }, tokens.mef));
    }
    const page = (first: number) => `{ contacts(first: ${first}, filter: { search: "Batch " }) { edges { node {
      history(first: 2) { totalCount edges { node { revision author { subject } summary contact { name } changes { path } } } }
      atRevision(revision: 1) { summary }
      changes(from: 1) { path } } } } }`;
    const statements = async (first: number) => {
      const before = stack.contacts.db.statementCount();
      const data = ok(await stack.query(page(first), {}, tokens.member));
      expect(data.contacts.edges).toHaveLength(first);
      return stack.contacts.db.statementCount() - before;
    };
    expect(await statements(20)).toBe(await statements(1));
  });
});

describe('the contacts subgraph on its own', () => {
  it('refuses a write with a token it cannot verify, even without the gateway', async () => {
    const response = await fetch(stack.contacts.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens.foreign}`,
        [SUBGRAPH_CREDENTIAL_HEADER]: stack.subgraphSecrets.contacts,
      },
      body: JSON.stringify({
        query: `mutation($input: ContactInput!) { createContact(input: $input) { id } }`,
        variables: { input: { organization: 'MEF', name: 'Direct', email: uniqueEmail('direct') } },
      }),
    });
    const body = (await response.json()) as GraphQLResponse<unknown>;
    expectError(body, 'UNAUTHENTICATED');
  });

  it('answers SERVICE_UNAVAILABLE, naming the registry, when the registry cannot be reached', async () => {
    const deadUrl = `http://127.0.0.1:${await closedPort()}/graphql`;
    const { storage, drop } = await freshStorage();
    const auth = { kind: 'secret' as const, secret: randomBytes(32).toString('base64url'), rolesClaim: 'roles' };
    const gatewaySecret = randomBytes(32).toString('base64url');
    const config = { host: '127.0.0.1', port: 0, logLevel: 'silent', storage, auth, gatewaySecret };
    let contacts: RunningSubgraph | undefined;
    try {
      contacts = await startContacts(config, createLogger('test', 'silent'), deadUrl);
      const admin = await mintToken({ secret: auth.secret, subject: 'admin', roles: ['admin'] });
      const response = await fetch(contacts.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${admin}`,
          [SUBGRAPH_CREDENTIAL_HEADER]: gatewaySecret,
        },
        body: JSON.stringify({
          query: `mutation { createContact(input: { organization: "MEF", name: "N", email: "n@example.org" }) { id } }`,
        }),
      });
      const body = (await response.json()) as GraphQLResponse<unknown>;
      expectError(body, 'SERVICE_UNAVAILABLE');
      expect(body.errors![0]!.message).toMatch(/registry/);
      expect(body.errors![0]!.message).not.toContain(deadUrl.replace('/graphql', ''));
    } finally {
      await contacts?.stop();
      await drop();
    }
  });
});

/** A loopback port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
