import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_CREDENTIAL_HEADER } from '@alliance/core';
import { startProcessStack, type ProcessStack, type ServiceName } from './support/processes.js';
import { freshStorage } from './support/storage.js';

/**
 * SIGTERM, as a supervisor or an orchestrator sends it: each service stops taking connections,
 * answers every request it has taken, closes its database and exits 0. A write is committed or
 * rolled back whole, never half. Real processes; the burst is in flight when the signal lands.
 */

let stack: ProcessStack;
let drop: () => Promise<void>;
beforeAll(async () => {
  const fresh = await freshStorage();
  drop = fresh.drop;
  stack = await startProcessStack({ storage: fresh.storage });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await drop?.();
});

type Outcome = { answered: true; status: number; body: any } | { answered: false; code: string };

/**
 * One POST on a connection of its own (no keep-alive pool to race with): either a whole answer,
 * or the error of a connection the server did not take (ECONNREFUSED) or dropped (ECONNRESET).
 */
function postOnce(url: string, body: object, headers: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(url, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', ...headers },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ answered: true, status: res.statusCode!, body: JSON.parse(text) }));
      res.on('error', (error: NodeJS.ErrnoException) =>
        resolve({ answered: false, code: error.code ?? error.message }),
      );
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ answered: false, code: error.code ?? error.message }));
    req.end(JSON.stringify(body));
  });
}

/**
 * Starts `count` requests at once and sends SIGTERM as soon as the first is answered; 100 ms
 * later, while the others are still being answered, one more request is sent: it must not be served.
 */
async function burstThenSignal(service: ServiceName, count: number, send: (i: number) => Promise<Outcome>) {
  const target = stack.services[service];
  const outcomes = Array.from({ length: count }, (_, i) => send(i));
  await Promise.race(outcomes);
  const exit = target.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 100));
  const late = await postOnce(`${target.origin}/graphql`, { query: '{ __typename }' }, {});
  const refusedWhileRunning = target.child !== undefined;
  const result = { outcomes: await Promise.all(outcomes), code: await exit, late, refusedWhileRunning };
  return result;
}

/**
 * Nothing is dropped: each request is answered whole (served, or 503 SERVICE_UNAVAILABLE when it
 * arrived during the drain), or its connection was refused; none is reset.
 */
function expectNoneDropped(outcomes: Outcome[]) {
  const dropped = outcomes.filter((outcome) => !outcome.answered && outcome.code !== 'ECONNREFUSED');
  expect(dropped.map((o) => (o as { code: string }).code)).toEqual([]);
  for (const outcome of outcomes) {
    if (outcome.answered && outcome.status === 503) {
      expect(outcome.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    }
  }
}

/** A request answered 503 while the service drained: it ran nothing. */
const served = (outcome: Outcome) => outcome.answered && outcome.status !== 503;

const CREATE = `mutation($input: WorkRegisterInput!) { createWorkRegister(input: $input) { id title } }`;
const registerInput = (i: number) => ({
  title: `Shutdown Register ${i}`,
  parties: [{ acronym: 'MEF' }, { acronym: 'DMTF' }],
  objectives: ['first objective', 'second objective', 'third objective'],
  benefits: ['a benefit'],
  milestones: [{ date: '2027-01', precision: 'MONTH', description: `milestone ${i}` }],
});

describe.sequential('SIGTERM', () => {
  it('registry: refuses new connections, finishes every write it has taken, closes its database, exits 0; each write whole or absent', async () => {
    const admin = `Bearer ${await stack.token('admin')}`;
    const credential = { [SUBGRAPH_CREDENTIAL_HEADER]: stack.secrets.registry, authorization: admin };
    const { outcomes, code, late, refusedWhileRunning } = await burstThenSignal('registry', 60, (i) =>
      postOnce(
        `${stack.services.registry.origin}/graphql`,
        { query: CREATE, variables: { input: registerInput(i) } },
        credential,
      ),
    );
    expect(code).toBe(0);
    // A request arriving after the signal is not served: a clear 503 while draining, or refused
    // after. Or reset: a connection still in the kernel's accept queue when the listening socket
    // closes is reset by the kernel (seen once under a loaded full run); it ran nothing either.
    expect(String(late.answered ? late.status : late.code)).toMatch(/^(503|ECONNREFUSED|ECONNRESET)$/);
    expect(refusedWhileRunning).toBe(true);
    expect(stack.services.registry.output()).toMatch(/registry database closed/);
    expectNoneDropped(outcomes);
    const committed = outcomes.flatMap((o) =>
      o.answered && o.body.data ? [o.body.data.createWorkRegister.title] : [],
    );
    expect(committed.length).toBeGreaterThan(0);

    await stack.services.registry.start();
    const { data } = await stack.query(
      `{ workRegisters(first: 100) { edges { node { title revision parties { organization { acronym } } objectives benefits milestones { description } history(first: 10) { totalCount } } } } }`,
    );
    const stored = data.workRegisters.edges
      .map((edge: any) => edge.node)
      .filter((node: any) => node.title.startsWith('Shutdown Register'));
    // Every answered write is there; whatever is there is whole (no register without its parties,
    // lists or first revision).
    expect(stored.map((node: any) => node.title)).toEqual(expect.arrayContaining(committed));
    for (const node of stored) {
      expect(node.parties).toHaveLength(2);
      expect(node.objectives).toHaveLength(3);
      expect(node.benefits).toHaveLength(1);
      expect(node.milestones).toHaveLength(1);
      expect(node.revision).toBe(1);
      expect(node.history.totalCount).toBe(1);
    }
  });

  it('contacts: answers the reads it has taken, closes its database, exits 0', async () => {
    const credential = { [SUBGRAPH_CREDENTIAL_HEADER]: stack.secrets.contacts };
    try {
      const { outcomes, code } = await burstThenSignal('contacts', 40, () =>
        postOnce(
          `${stack.services.contacts.origin}/graphql`,
          { query: '{ contacts(first: 20) { totalCount } }' },
          credential,
        ),
      );
      expect(code).toBe(0);
      expect(stack.services.contacts.output()).toMatch(/contacts database closed/);
      expectNoneDropped(outcomes);
      for (const outcome of outcomes.filter(served)) {
        expect(outcome).toMatchObject({ status: 200, body: { data: { contacts: { totalCount: 4 } } } });
      }
    } finally {
      // The gateway's test needs contacts back, whatever happened here.
      if (!stack.services.contacts.child) await stack.services.contacts.start();
    }
  });

  it('gateway: answers the requests it has taken, whole, and exits 0', async () => {
    // Both subgraphs up, whatever the tests before found: this one is about the gateway alone.
    for (const name of ['registry', 'contacts'] as const) {
      if (!stack.services[name].child) await stack.services[name].start();
    }
    const query = '{ workRegister(slug: "mef-dmtf") { title pointsOfContact { role } } }';
    const { outcomes, code } = await burstThenSignal('gateway', 40, () => postOnce(stack.gatewayUrl, { query }, {}));
    expect(code).toBe(0);
    expectNoneDropped(outcomes);
    for (const outcome of outcomes.filter(served)) {
      expect(outcome).toMatchObject({
        status: 200,
        body: { data: { workRegister: { title: 'MEF / DMTF Work Register' } } },
      });
      expect((outcome as { body: any }).body.errors).toBeUndefined();
    }
  });
});
