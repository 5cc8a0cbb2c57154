import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  GraphQLResponseError,
  ImportWorkRegisterDocument,
  OrganizationRegistersDocument,
  RegisterBySlugDocument,
  RegistersPageDocument,
  ReviewsDueDocument,
  type AllianceClient,
} from '@alliance/client';
import { loadFixtureSet, manifest, TODAY } from '../../../test/support/fixture-set.js';
import { startStack, type Stack } from '../../../test/support/stack.js';
import { instantRetries } from './loopback.js';

/**
 * The client against the real thing: both subgraphs and the gateway on loopback, holding the
 * seed and the 33 registers of test/fixtures/registers, with the registry's today 2026-11-24.
 * Expected answers come from the fixture manifest, never from the client itself.
 */

let stack: Stack;
let client: AllianceClient;
beforeAll(async () => {
  stack = await startStack({ today: TODAY });
  await loadFixtureSet(stack);
  client = createClient({ endpoint: stack.gatewayUrl, token: stack.tokens.member });
}, 120_000);
afterAll(() => stack?.stop());

const SEED = { slug: 'mef-dmtf', parties: ['MEF', 'DMTF'], reviewDueOn: '2013-05-31' };
const all = [SEED, ...manifest];
const HORIZON = '2027-02-22'; // TODAY + 90 days
const MEF = { acronym: 'MEF', name: 'Metro Ethernet Forum' };
const DMTF = { acronym: 'DMTF', name: 'Distributed Management Task Force' };

describe('paginate through the gateway', () => {
  it('walks every register, seven a page, each once, in title order', async () => {
    const slugs: string[] = [];
    const titles: string[] = [];
    for await (const register of client.paginate(RegistersPageDocument, { first: 7 }, (data) => data.workRegisters)) {
      slugs.push(register.slug);
      titles.push(register.title);
    }
    expect(slugs.length).toBe(all.length);
    expect([...slugs].sort()).toEqual(all.map((entry) => entry.slug).sort());
    // The API orders by title (then id), comparing as the database does, not as localeCompare would.
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('reads the reviews due for DMTF in the next 90 days, soonest first', async () => {
    const due = [];
    const pages = client.paginate(
      ReviewsDueDocument,
      { organization: 'DMTF', within: 90, includeOverdue: false, first: 2 },
      (data) => data.reviewsDue,
    );
    for await (const register of pages) due.push(register);
    const expected = all.filter(
      (e) => e.parties.includes('DMTF') && e.reviewDueOn && e.reviewDueOn >= TODAY && e.reviewDueOn <= HORIZON,
    );
    expect(due.map((r) => r.slug).sort()).toEqual(expected.map((e) => e.slug).sort());
    expect(due.length).toBeGreaterThan(2);
    const dueOn = due.map((r) => r.review!.dueOn!);
    expect(dueOn).toEqual([...dueOn].sort());
    expect(due.every((r) => r.review?.status === 'DUE_SOON')).toBe(true);
    expect(due[0]).toMatchObject({ title: 'DMTF / IETF Work Register', review: { dueBy: '2026-11-24' } });
  });

  it("walks one organization's registers, and throws NOT_FOUND for an acronym the directory does not have", async () => {
    const dmtf = [];
    for await (const register of client.paginate(
      OrganizationRegistersDocument,
      { acronym: 'DMTF', first: 5 },
      (data) => data.organization?.workRegisters,
    )) {
      dmtf.push(register.slug);
    }
    expect(dmtf.sort()).toEqual(
      all
        .filter((e) => e.parties.includes('DMTF'))
        .map((e) => e.slug)
        .sort(),
    );
    const none = client.paginate(
      OrganizationRegistersDocument,
      { acronym: 'NOPE' },
      (d) => d.organization?.workRegisters,
    );
    await expect(none.next()).rejects.toMatchObject({ code: 'NOT_FOUND', path: ['organization'] });
  });
});

describe('errors from the real API', () => {
  it('NOT_FOUND with its path', async () => {
    const error = (await client
      .request(RegisterBySlugDocument, { slug: 'no-such-register' })
      .catch((e) => e)) as GraphQLResponseError;
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect([error.code, error.path]).toEqual(['NOT_FOUND', ['workRegister']]);
  });

  it('UNAUTHENTICATED for an anonymous write, FORBIDDEN for a reader', async () => {
    const input = { title: 'A / B Work Register', parties: [MEF, DMTF] };
    const anonymous = createClient({ endpoint: stack.gatewayUrl });
    await expect(anonymous.request(ImportWorkRegisterDocument, { input })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      path: ['importWorkRegister'],
    });
    await expect(client.request(ImportWorkRegisterDocument, { input })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('BAD_USER_INPUT naming the field, from the registry or from the schema, for fieldErrors()', async () => {
    const admin = createClient({ endpoint: stack.gatewayUrl, token: stack.tokens.admin });
    const refused = (input: Record<string, unknown>) =>
      admin
        .request(ImportWorkRegisterDocument, {
          input: { title: 'A / B Work Register', parties: [MEF, DMTF], ...input },
          dryRun: true,
        })
        .catch((e: GraphQLResponseError) => e);
    const byRegistry = (await refused({
      delegatedWorkRules: [{ reviewer: 'MEF', subject: 'ZZZ', commitments: [] }],
    })) as GraphQLResponseError;
    expect([byRegistry.code, byRegistry.field]).toEqual(['BAD_USER_INPUT', 'input.delegatedWorkRules[0].subject']);
    expect(Object.keys(byRegistry.fieldErrors())).toEqual(['input.delegatedWorkRules[0].subject']);
    const bySchema = (await refused({ initiatedOn: '2012-13-45' })) as GraphQLResponseError;
    expect(bySchema.code).toBe('BAD_USER_INPUT');
    expect(bySchema.field).toBeUndefined();
    expect(Object.keys(bySchema.fieldErrors())).toEqual(['input.initiatedOn']);
  });

  // Last: it stops the contacts service for the rest of this file.
  it('gives the register and SERVICE_UNAVAILABLE together when the contacts service is down, after a retry', async () => {
    await stack.contacts.stop();
    const { waits, retry } = instantRetries({ attempts: 2 });
    const degraded = createClient({ endpoint: stack.gatewayUrl, token: stack.tokens.member, retry });

    const { data, errors } = await degraded.query(RegisterBySlugDocument, { slug: 'mef-dmtf' });
    expect(data?.workRegister).toMatchObject({ title: 'MEF / DMTF Work Register', pointsOfContact: null });
    expect(errors[0]).toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'contacts' },
    });
    expect(waits).toHaveLength(1);

    const error = (await degraded
      .request(RegisterBySlugDocument, { slug: 'mef-dmtf' })
      .catch((e) => e)) as GraphQLResponseError;
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.data).toEqual(data);
  });
});
