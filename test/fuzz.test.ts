import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, type RunningServer } from '@alliance/core';
import { PERSISTED_OPERATIONS_FILE } from '@alliance/gateway';
import { dumpDatabase, firstDifference } from './support/fuzz-database.js';
import { hugeString, mutatedText, valueFor, wrongValue, anyString, type Known } from './support/fuzz-values.js';
import { startStack, type Stack } from './support/stack.js';

/**
 * Bad input at the gateway (issue 14): at least 10,000 generated requests against a real stack,
 * broken bodies (raw bytes, invalid UTF-8, JSON of the wrong shape), broken documents (random
 * edits of the real operations of gateway/persisted-operations.json), real operations with
 * wrong variables (types, nulls, unknown enums, huge strings), deep nesting, and writes with
 * random inputs as an editor. Every answer must be a 2xx/4xx JSON body whose errors each carry
 * an `extensions.code`, or data; nothing may take longer than the timeout; the stack must still
 * answer afterwards; and no rejected write may change a row of either service's database.
 *
 * FUZZ_SEED (default below) fixes the inputs; FUZZ_RUNS (default 10,500) is how many requests in
 * all. A failure names the seed, the group and the case, so `FUZZ_SEED=<seed>` replays it.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_500);
const CONCURRENCY = 16;
const TIMEOUT_MS = 15_000;

/** How the requests are shared between the groups (fractions of RUNS). */
const SHARE = { bodies: 0.14, known: 0.01, documents: 0.25, variables: 0.25, nesting: 0.07, writes: 0.28 };

interface Case {
  /** The raw body (bytes), or a JSON value to send. */
  body: Buffer | string;
  contentType?: string;
  authorization?: string;
  /** The request may write (a mutation sent as an editor). */
  write?: boolean;
}

interface Answer {
  status: number;
  /** What is wrong with the answer, if anything. */
  problem?: string;
  /** The answer carried errors (a rejected request). */
  rejected: boolean;
}

let stack: Stack;
let gateway: RunningServer;
let url: string;
let schema: GraphQLSchema;
let known: Known;
let editor: string;
const operations = Object.values(JSON.parse(readFileSync(PERSISTED_OPERATIONS_FILE, 'utf8')) as Record<string, string>);

beforeAll(async () => {
  // The event relay and dispatcher poll every 50 ms instead of every second, so that the
  // databases settle quickly after an accepted write (see settledDump).
  process.env.WEBHOOK_POLL_MS = '50';
  stack = await startStack();
  // A gateway of this test's own over the stack's subgraphs: the same code and settings, with a
  // rate limit far above the ~10,000 requests this file sends from one address in a minute (the
  // default, 6,000 a minute, would answer 429 to the fuzz rather than to the input).
  gateway = await stack.gatewayWith(
    { rateLimit: { requests: 1_000_000, windowSeconds: 60 } },
    createLogger('fuzz', process.env.LOG_LEVEL ?? 'silent'),
  );
  url = gateway.url;
  editor = await stack.token('editor:MEF');
  const introspection = await stack.query<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(introspection.data!);
  const ids = await stack.query<any>(
    `{ workRegisters(first: 50) { edges { node { id slug revision pointsOfContact { id contact { id } } } } }
       organizations(first: 50) { edges { node { id acronym } } }
       contacts(first: 50) { edges { node { id revision email } } } }`,
    {},
    stack.tokens.admin,
  );
  expect(ids.errors).toBeUndefined();
  const registers = ids.data.workRegisters.edges.map((e: any) => e.node);
  const organizations = ids.data.organizations.edges.map((e: any) => e.node);
  const contacts = ids.data.contacts.edges.map((e: any) => e.node);
  known = {
    ids: [
      ...registers.flatMap((r: any) => [r.id, ...r.pointsOfContact.flatMap((p: any) => [p.id, p.contact?.id])]),
      ...organizations.map((o: any) => o.id),
      ...contacts.map((c: any) => c.id),
    ].filter((id): id is string => typeof id === 'string'),
    strings: [
      ...registers.map((r: any) => r.slug),
      ...organizations.map((o: any) => o.acronym),
      ...contacts.map((c: any) => c.email).filter(Boolean),
      'MEF',
      'DMTF',
    ],
  };
  expect(known.ids.length).toBeGreaterThan(3);
}, 120_000);

afterAll(() => stack?.stop());

async function send(c: Case): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': c.contentType ?? 'application/json',
        ...(c.authorization ? { authorization: c.authorization } : {}),
      },
      body: c.body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { status: 0, rejected: true, problem: `no answer: ${(error as Error).message}` };
  }
  const status = response.status;
  const text = await response.text();
  if (status >= 500) return { status, rejected: true, problem: `status ${status}: ${text.slice(0, 300)}` };
  if (status === 429)
    return { status, rejected: true, problem: 'rate limited (429), which the limit set here rules out' };
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return { status, rejected: true, problem: `status ${status} with a body that is not JSON: ${text.slice(0, 300)}` };
  }
  const errors = body?.errors;
  if (errors !== undefined) {
    if (!Array.isArray(errors) || errors.length === 0)
      return { status, rejected: true, problem: `errors is not a list: ${text.slice(0, 300)}` };
    const uncoded = errors.find((e: any) => typeof e?.message !== 'string' || typeof e?.extensions?.code !== 'string');
    if (uncoded)
      return {
        status,
        rejected: true,
        problem: `an error without extensions.code: ${JSON.stringify(uncoded).slice(0, 300)}`,
      };
    return { status, rejected: true };
  }
  if (status >= 400)
    return { status, rejected: true, problem: `status ${status} without errors: ${text.slice(0, 300)}` };
  if (typeof body?.data !== 'object' || body.data === null)
    return { status, rejected: true, problem: `no data and no errors: ${text.slice(0, 300)}` };
  return { status, rejected: false };
}

const json = (query: unknown, variables?: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ query, ...(variables === undefined ? {} : { variables }), ...extra });

const describeCase = (c: Case) => {
  const body = typeof c.body === 'string' ? c.body : `<${c.body.length} bytes> ${c.body.toString('latin1')}`;
  return `${c.authorization ? `[${c.authorization.slice(0, 20)}…] ` : ''}${body.slice(0, 600)}${body.length > 600 ? '…' : ''}`;
};

interface Tally {
  statuses: Record<number, number>;
  rejectedWrites: number;
  acceptedWrites: number;
  checkedWrites: number;
  slowestMs: number;
  ms: number;
}

/**
 * Sends `cases`, CONCURRENCY in flight at a time. With `database`, they go in groups of
 * CONCURRENCY bracketed by dumps of both services' databases: a group whose writes were all
 * rejected must leave both exactly as they were (a group with an accepted write takes a new
 * baseline).
 */
async function run(group: string, cases: Case[], options: { database?: boolean } = {}): Promise<Tally> {
  const started = performance.now();
  const tally: Tally = { statuses: {}, rejectedWrites: 0, acceptedWrites: 0, checkedWrites: 0, slowestMs: 0, ms: 0 };
  const failures: string[] = [];
  const one = async (c: Case, index: number) => {
    const t = performance.now();
    const answer = await send(c);
    tally.slowestMs = Math.max(tally.slowestMs, performance.now() - t);
    tally.statuses[answer.status] = (tally.statuses[answer.status] ?? 0) + 1;
    if (answer.problem) failures.push(`#${index}: ${answer.problem}\n    request: ${describeCase(c)}`);
    if (c.write) {
      if (answer.rejected) tally.rejectedWrites++;
      else tally.acceptedWrites++;
    }
    return answer;
  };
  if (!options.database) {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < cases.length && failures.length < 5) {
          const index = next++;
          await one(cases[index]!, index);
        }
      }),
    );
  } else {
    let baseline = await settledDump();
    for (let start = 0; start < cases.length && failures.length < 5; start += CONCURRENCY) {
      const slice = cases.slice(start, start + CONCURRENCY);
      const answers = await Promise.all(slice.map((c, i) => one(c, start + i)));
      if (answers.some((answer, i) => !answer.rejected && slice[i]!.write)) {
        baseline = await settledDump();
        continue;
      }
      const after = await dumps();
      tally.checkedWrites += slice.filter((c) => c.write).length;
      if (after !== baseline) {
        failures.push(
          `#${start}–${start + slice.length - 1}: rejected requests changed the database:\n${firstDifference(baseline, after)}\n` +
            slice.map((c) => `    request: ${describeCase(c)}`).join('\n'),
        );
        baseline = after;
      }
    }
  }
  tally.ms = Math.round(performance.now() - started);
  tally.slowestMs = Math.round(tally.slowestMs);
  if (failures.length > 0) {
    throw new Error(
      `${group}: ${failures.length} bad answer(s) with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}:\n${failures.join('\n')}`,
    );
  }
  return tally;
}

const dumps = async () => `${await dumpDatabase(stack.registry.db)}\n${await dumpDatabase(stack.contacts.db)}`;

/** A dump once background work (event relays, deliveries) has stopped changing it. */
async function settledDump(): Promise<string> {
  let previous = await dumps();
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const next = await dumps();
    if (next === previous) return next;
    previous = next;
  }
  throw new Error('the databases kept changing with no request in flight');
}

let offset = 0;
/** `n` values of `arbitrary`, the same for the same seed; each group draws from its own seed. */
function sample<T>(arbitrary: fc.Arbitrary<T>, n: number): T[] {
  offset += 1;
  return fc.sample(arbitrary, { seed: SEED + offset, numRuns: n });
}

const count = (share: number) => Math.max(1, Math.round(RUNS * share));

/** The variable definitions of a document, as [name, input type] pairs of the schema. */
function variablesOf(text: string): [string, GraphQLInputType][] {
  const operation = parse(text).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  return (operation.variableDefinitions ?? []).map((v) => [
    v.variable.name.value,
    typeFromAST(schema, v.type as any) as GraphQLInputType,
  ]);
}

/** Variables for `text`, each drawn from its type; sometimes an extra one, sometimes none. */
function variablesFor(text: string): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, type] of variablesOf(text)) model[name] = valueFor(type, known);
  return fc
    .tuple(
      fc.record(model, { requiredKeys: [] }),
      fc.option(fc.tuple(fc.constantFrom('x', 'first', 'input'), wrongValue), { freq: 5 }),
    )
    .map(([values, extra]) => (extra ? { ...values, [extra[0]]: extra[1] } : values));
}

const isMutation = (text: string) => /^\s*mutation\b/.test(text);
/** Subscriptions are a known 500 today, fuzzed on their own (the first test of the group). */
const noSubscription = (text: string) => !/subscription/.test(text);

describe('bad input at the gateway', { timeout: 600_000 }, () => {
  const totals: Record<string, Tally> = {};

  it('broken bodies: raw bytes, invalid UTF-8, JSON of the wrong shape, bad tokens', async () => {
    const realQuery = fc.constantFrom(...operations.filter((o) => !isMutation(o)));
    const cases = sample(
      fc.oneof<fc.Arbitrary<Case>[]>(
        fc.uint8Array({ maxLength: 3_000 }).map((bytes) => ({ body: Buffer.from(bytes) })),
        // A real query with bytes that are not UTF-8 inside its text.
        fc
          .tuple(realQuery, fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.double({ min: 0, max: 1, noNaN: true }))
          .map(([text, bytes, f]) => {
            const body = json(text);
            const i = Math.floor(body.length * f);
            return {
              body: Buffer.concat([Buffer.from(body.slice(0, i)), Buffer.from(bytes), Buffer.from(body.slice(i))]),
            };
          }),
        fc
          .constantFrom(
            Buffer.from([0xc3, 0x28]),
            Buffer.from([0xff, 0xfe, 0x7b, 0x00]),
            Buffer.from('{"query":"{ registryStats { workRegisters } }\udc00"}'),
          )
          .map((body) => ({ body })),
        fc.jsonValue({ maxDepth: 4 }).map((value) => ({ body: JSON.stringify(value) })),
        fc.tuple(realQuery, fc.double({ min: 0, max: 1, noNaN: true })).map(([text, f]) => {
          const body = json(text);
          return { body: body.slice(0, Math.floor(body.length * f)) };
        }),
        fc
          .array(realQuery, { minLength: 2, maxLength: 5 })
          .map((texts) => ({ body: JSON.stringify(texts.map((query) => ({ query }))) })),
        fc.tuple(wrongValue, wrongValue).map(([query, variables]) => ({ body: json(query, variables) })),
        fc
          .tuple(realQuery, fc.oneof(anyString, fc.constant([]), fc.integer()))
          .map(([text, variables]) => ({ body: json(text, variables) })),
        fc
          .tuple(fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), anyString), fc.oneof(fc.constant(1), wrongValue))
          .map(([sha256Hash, version]) => ({
            body: JSON.stringify({ extensions: { persistedQuery: { version, sha256Hash } } }),
          })),
        fc
          .tuple(
            realQuery,
            fc.constantFrom(
              'text/plain',
              'application/x-www-form-urlencoded',
              'multipart/form-data',
              'application/graphql',
              '',
              'application/json; charset=latin1',
            ),
          )
          .map(([text, contentType]) => ({ body: json(text), contentType })),
        fc
          .tuple(
            realQuery,
            fc.oneof(
              anyString.map((s) => `Bearer ${s}`),
              anyString,
              fc.constant('Bearer '),
              fc.constant('Basic YWRtaW46YWRtaW4='),
            ),
          )
          .map(([text, authorization]) => ({
            body: json(text),
            // A header value must be a ByteString; the others are what fetch refuses to send.
            authorization: authorization.replace(/[^\x20-\x7e]/g, '?').trim() || 'x',
          })),
        hugeString.map((s) => ({ body: json(`{ organization(acronym: "${s.replace(/["\\]/g, '')}") { name } }`) })),
        fc.constant({ body: json(`{ registryStats { workRegisters } } ${'#'.repeat(2_100_000)}`) }),
      ),
      count(SHARE.bodies),
    );
    totals.bodies = await run('bodies', cases, { database: false });
  });

  // A group of its own: the fuzz found these answered 500 (an operation name that names no
  // operation of the document, and a subscription); gateway/src/operation-guard.ts makes them 400.
  it('operation names that name no operation, and subscriptions, are refused as bad requests', async () => {
    const realQuery = fc.constantFrom(...operations.filter((o) => !isMutation(o)));
    const cases = sample(
      fc.oneof<fc.Arbitrary<Case>[]>(
        fc
          .tuple(realQuery, fc.oneof(anyString, fc.stringMatching(/^[A-Za-z_]\w{0,20}$/)))
          .map(([text, operationName]) => ({ body: json(text, {}, { operationName }) })),
        realQuery.map((text) => ({ body: json(text.replace(/^(\s*)query\b/, '$1subscription')) })),
      ),
      count(SHARE.known),
    );
    totals.known = await run('known', cases);
  });

  it('broken documents: random text and random edits of the real operations', async () => {
    const documents = [...operations, '{ registryStats { workRegisters } }', '{ __schema { types { name } } }'];
    const cases = sample(
      fc.oneof<fc.Arbitrary<Case>[]>(
        {
          weight: 6,
          arbitrary: mutatedText(documents)
            .filter(noSubscription)
            .map((text) => ({ body: json(text) })),
        },
        { weight: 1, arbitrary: anyString.map((text) => ({ body: json(text) })) },
        {
          weight: 1,
          arbitrary: fc
            .string({
              unit: fc.constantFrom(...'{}()[]:$!@".#\n query mutation fragment on'.split('')),
              maxLength: 300,
            })
            .map((text) => ({ body: json(text) })),
        },
      ),
      count(SHARE.documents),
    );
    const before = await settledDump();
    totals.documents = await run('documents', cases);
    expect(firstDifference(before, await settledDump())).toBe('(equal)');
  });

  it('real queries with wrong variables: types, nulls, unknown enums, huge strings', async () => {
    const queries = operations.filter((o) => !isMutation(o));
    const cases = sample(
      fc.oneof(
        ...queries.map((text) => variablesFor(text).map((variables): Case => ({ body: json(text, variables) }))),
      ),
      count(SHARE.variables),
    );
    const before = await settledDump();
    totals.variables = await run('variables', cases);
    expect(firstDifference(before, await settledDump())).toBe('(equal)');
  });

  it('deep nesting: selections, lists, input objects and parentheses thousands deep', async () => {
    const depth = fc.oneof(fc.integer({ min: 10, max: 200 }), fc.integer({ min: 200, max: 20_000 }));
    const cases = sample(
      fc.oneof<fc.Arbitrary<Case>[]>(
        depth.map((n) => ({
          body: json(
            `{ ${'organization(acronym: "MEF") { workRegisters { edges { node { parties { organization { '.repeat(Math.ceil(n / 6))}acronym${' } } } } } }'.repeat(Math.ceil(n / 6))} }`,
          ),
        })),
        depth.map((n) => ({ body: json(`{ ${'a { '.repeat(n)}b${' }'.repeat(n)} }`) })),
        depth.map((n) => ({
          body: json(`{ workRegisters(filter: ${'{ and: '.repeat(n)}{}${' }'.repeat(n)}) { totalCount } }`),
        })),
        depth.map((n) => ({
          body: json('query($f: WorkRegisterFilter) { workRegisters(filter: $f) { totalCount } }', { f: nested(n) }),
        })),
        depth.map((n) => ({
          body: `{"query":"{ registryStats { workRegisters } }","variables":{"x":${'['.repeat(n)}${']'.repeat(n)}}}`,
        })),
        depth.map((n) => ({ body: `${'['.repeat(n)}${']'.repeat(n)}` })),
        depth.map((n) => ({
          body: json(`{ ${'...on Query { '.repeat(n)}registryStats { workRegisters }${' }'.repeat(n)} }`),
        })),
        depth.map((n) => ({ body: json(`{ organization(acronym: ${'['.repeat(n)}"MEF"${']'.repeat(n)}) { name } }`) })),
        depth.map((n) => ({ body: json(`{ registryStats { registers ${'@skip(if: false) '.repeat(n)} } }`) })),
        depth.map((n) => ({
          body: json(`{ ${Array.from({ length: n }, (_, i) => `a${i}: registryStats { workRegisters }`).join(' ')} }`),
        })),
      ),
      count(SHARE.nesting),
    );
    const before = await settledDump();
    totals.nesting = await run('nesting', cases);
    expect(firstDifference(before, await settledDump())).toBe('(equal)');
  });

  it('writes with random inputs as an editor (and some anonymous) leave the databases as they were when rejected', async () => {
    // The real mutations, and one operation per mutation field of the schema.
    const generated = Object.values(schema.getMutationType()!.getFields()).map((field) => {
      const definitions = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      return `mutation Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''} { __typename } }`;
    });
    const mutations = [...operations.filter(isMutation), ...generated];
    const editorBearer = `Bearer ${editor}`;
    const cases = sample(
      fc.oneof(
        ...mutations.map((text) =>
          fc.tuple(variablesFor(text), fc.integer({ min: 0, max: 9 })).map(([variables, who]): Case => ({
            body: json(text, variables),
            authorization: who === 0 ? undefined : editorBearer,
            write: true,
          })),
        ),
        mutatedText(operations.filter(isMutation))
          .filter(noSubscription)
          .map((text): Case => ({ body: json(text), authorization: editorBearer, write: true })),
      ),
      count(SHARE.writes),
    );
    const tally = await run('writes', cases, { database: true });
    totals.writes = tally;
    // The check must have had something to check: most random writes are refused.
    expect(tally.checkedWrites).toBeGreaterThan(cases.length / 2);
  });

  it('the dumps see a write (the control of the check above)', async () => {
    const before = await settledDump();
    const found = await stack.query<any>(
      '{ workRegisters(first: 1) { edges { node { id revision } } } }',
      {},
      stack.tokens.admin,
    );
    const { id, revision } = found.data.workRegisters.edges[0].node;
    const written = await stack.query(
      'mutation($id: ID!, $revision: Int!) { updateWorkRegister(id: $id, expectedRevision: $revision, input: { background: "Fuzz control." }) { revision } }',
      { id, revision },
      stack.tokens.admin,
    );
    expect(written.errors).toBeUndefined();
    expect(await settledDump()).not.toBe(before);
  });

  it('the stack still answers, and every group was sent', async () => {
    const sent = Object.values(totals).reduce((n, t) => n + Object.values(t.statuses).reduce((a, b) => a + b, 0), 0);
    const answer = await stack.query('{ registryStats { workRegisters } }');
    expect(answer.status).toBe(200);
    expect((answer.data as any).registryStats.workRegisters).toBeGreaterThan(0);
    console.log(
      `fuzz (FUZZ_SEED=${SEED}): ${sent} requests; ` +
        Object.entries(totals)
          .map(
            ([group, t]) =>
              `${group} ${JSON.stringify(t.statuses)} in ${t.ms} ms (slowest ${t.slowestMs} ms)${t.acceptedWrites + t.rejectedWrites > 0 ? ` writes rejected ${t.rejectedWrites}, accepted ${t.acceptedWrites}, checked against dumps ${t.checkedWrites}` : ''}`,
          )
          .join('; '),
    );
    for (const group of ['bodies', 'documents', 'variables', 'nesting', 'writes']) expect(totals).toHaveProperty(group);
    expect(sent).toBeGreaterThanOrEqual(Math.min(RUNS, 10_000) * 0.98);
  });
});

function nested(n: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < Math.min(n, 2_000); i++) value = { and: [value] };
  return value;
}
