import { createLogger, type RunningServer } from '@alliance/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCountingProxy, type CountingProxy } from './support/counting-proxy.js';
import { startStack, type Stack } from './support/stack.js';

/**
 * In-flight de-duplication (gateway/src/dedup.ts), through real gateways on the stack's
 * subgraphs. Each subgraph is reached through a counting proxy that holds every request 400 ms,
 * so requests sent together are in flight together and the count is what the subgraph received
 * (on a loaded machine a burst may still straddle two flights: at most 2 is asked of N).
 */
let stack: Stack;
let registry: CountingProxy;
let contacts: CountingProxy;
let merging: RunningServer;
let sending: RunningServer;
const logger = createLogger('test', 'silent');
const N = 16;

const gatewayOn = (deduplicate: boolean) =>
  stack.gatewayWith(
    { subgraphUrls: { registry: registry.url, contacts: contacts.url }, cache: { deduplicate, responses: false } },
    logger,
  );

beforeAll(async () => {
  stack = await startStack();
  registry = await startCountingProxy(stack.registry.url, 400);
  contacts = await startCountingProxy(stack.contacts.url, 400);
  merging = await gatewayOn(true);
  sending = await gatewayOn(false);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await Promise.allSettled([registry?.stop(), contacts?.stop()]);
});

beforeEach(() => {
  registry.reset();
  contacts.reset();
});

async function post(gateway: RunningServer, query: string, token?: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

const together = <T>(count: number, send: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: count }, (_, i) => send(i)));

/**
 * Sends `query` once through each gateway (per token) before a burst, so that the burst measures
 * the subgraph requests alone: a cold query plan is made once per request, and the first ones
 * would reach the subgraph spread over the time planning takes.
 */
async function warm(query: string, tokens: (string | undefined)[] = [undefined]) {
  for (const token of tokens) await Promise.all([post(merging, query, token), post(sending, query, token)]);
  registry.reset();
  contacts.reset();
}

const TITLES = `{ workRegisters(first: 20) { totalCount edges { node { title } } } }`;

describe('identical queries in flight', () => {
  it('reach the registry once (twice at most on a loaded machine), and every caller gets the whole answer', async () => {
    await warm(TITLES);
    const before = stack.registry.db.statementCount();
    const answers = await together(N, () => post(merging, TITLES));
    const statements = stack.registry.db.statementCount() - before;

    expect(registry.requests).toBeLessThanOrEqual(2);
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data.workRegisters.edges[0].node.title).toBe('MEF / DMTF Work Register');
    }
    // The same burst with de-duplication off costs the registry N requests and N times the statements.
    registry.reset();
    const unmergedBefore = stack.registry.db.statementCount();
    await together(N, () => post(sending, TITLES));
    expect(registry.requests).toBe(N);
    expect(stack.registry.db.statementCount() - unmergedBefore).toBeGreaterThanOrEqual((N / 2) * statements);
  });

  it('are merged across subgraphs too: the register with its contacts costs one request to each', async () => {
    const query = `{ workRegister(slug: "mef-dmtf") { title pointsOfContact { role contact { name } } } }`;
    await warm(query);
    const answers = await together(N, () => post(merging, query));
    expect(answers.every((answer) => answer.data.workRegister.pointsOfContact.length === 4)).toBe(true);
    expect(registry.requests).toBeLessThanOrEqual(2);
    expect(contacts.requests).toBeLessThanOrEqual(2);
  });

  it('are not merged between two viewers: each gets what its token shows', async () => {
    const query = `{ contacts(first: 20) { edges { node { name email kind } } } }`;
    await warm(query, [undefined, stack.tokens.member]);
    const answers = await together(N, (i) => post(merging, query, i % 2 ? stack.tokens.member : undefined));

    // A request for the anonymous callers and one for the member (each at most twice), each with its own Authorization.
    expect(contacts.requests).toBeGreaterThanOrEqual(2);
    expect(contacts.requests).toBeLessThanOrEqual(4);
    expect(new Set(contacts.authorizations)).toEqual(new Set([undefined, `Bearer ${stack.tokens.member}`]));
    const personal = (answer: (typeof answers)[number]) =>
      answer.data.contacts.edges.filter((edge: any) => edge.node.kind === 'PERSON' && edge.node.email !== null);
    answers.forEach((answer, i) => {
      if (i % 2) expect(personal(answer).length).toBeGreaterThan(0);
      else expect(personal(answer)).toEqual([]);
    });
  });

  it('are not merged when the variables differ', async () => {
    const query = `query($first: Int) { workRegisters(first: $first) { totalCount } }`;
    await warm(query);
    await together(4, (i) => post(merging, query, undefined, { first: i + 1 }));
    expect(registry.requests).toBe(4);
  });
});

describe('mutations', () => {
  it('are never merged: two identical ones are both sent, and the second is refused as a duplicate', async () => {
    const mutation = `mutation { createContact(input: { organization: "MEF", name: "Dedup Test", email: "dedup-test@mef.net" }) { id } }`;
    const answers = await together(2, () => post(merging, mutation, stack.tokens.admin));

    expect(contacts.mutations).toBe(2);
    expect(answers.filter((answer) => answer.data?.createContact?.id)).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors?.length)).toHaveLength(1);
  });
});
