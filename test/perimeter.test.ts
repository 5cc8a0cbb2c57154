import { readdirSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@alliance/core';
import type { GatewayConfig } from '@alliance/gateway';
import { DEFAULT_LIMITS, type QueryLimits } from '../gateway/src/limits.js';
import { startStack, type Stack } from './support/stack.js';

/**
 * The gateway's perimeter, through real gateways on a real stack: query limits (every published
 * operation well under them, abusive ones refused with 400 naming the limit), field suggestions
 * hidden outside development, unexpected errors masked with the request id the log carries,
 * x-request-id in and out, CSRF prevention, CORS for configured origins only, the body limit.
 */

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ web: { corsOrigins: ['https://intranet.example.org'] } });
}, 60_000);
afterAll(() => stack?.stop());

/** Another gateway on the stack's subgraphs, with other settings: its URL. */
const gatewayWith = async (settings: Partial<GatewayConfig>, logger = createLogger('test', 'silent')) =>
  (await stack.gatewayWith(settings, logger)).url;

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

async function post(url: string, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

/** Every ```graphql block of docs/, and every trusted document (the client's, the web app's, the feeds'). */
function publishedOperations(): { source: string; document: string }[] {
  const docs = new URL('../docs/', import.meta.url);
  const blocks = readdirSync(docs)
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) =>
      [...readFileSync(new URL(file, docs), 'utf8').matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].map(([, text]) => ({
        source: `docs/${file}`,
        document: text!,
      })),
    );
  const manifest = JSON.parse(readFileSync(new URL('../gateway/persisted-operations.json', import.meta.url), 'utf8'));
  const trusted = Object.values(manifest as Record<string, string>).map((document) => ({
    source: 'gateway/persisted-operations.json',
    document,
  }));
  return [...blocks, ...trusted];
}

const twoThirdsOf = (limits: QueryLimits): QueryLimits =>
  Object.fromEntries(Object.entries(limits).map(([name, value]) => [name, Math.floor((value * 2) / 3)])) as QueryLimits;

/** `partners { organization { partners { … acronym } } }`, `levels` partners deep. */
const partnersOfPartners = (levels: number): string =>
  `{ organization(acronym: "MEF") { ${'partners { organization { '.repeat(levels)}acronym${' } }'.repeat(levels)} } }`;

describe('query limits', () => {
  const operations = publishedOperations();

  it('leave every published operation well under them: all pass limits of two thirds of the defaults', async () => {
    expect(operations.length).toBeGreaterThan(40);
    const url = await gatewayWith({ limits: twoThirdsOf(DEFAULT_LIMITS) });
    const refused: string[] = [];
    for (const { source, document } of operations) {
      const { body } = await post(url, document);
      const limited = (body.errors ?? []).filter((error) => error.extensions?.limit);
      refused.push(...limited.map((error) => `${source}: ${error.message}\n${document}`));
    }
    expect(refused).toEqual([]);
  });

  it('measure the published operations (the largest of each, for docs/reliability.md)', async () => {
    // With every limit at 1 the refusals say how much each operation has.
    const url = await gatewayWith({ limits: { depth: 1, aliases: 1, directives: 1, tokens: 100_000, cost: 1 } });
    const largest: Record<string, { found: number; operation?: string }> = {
      depth: { found: 0 },
      aliases: { found: 0 },
      directives: { found: 0 },
      cost: { found: 0 },
    };
    for (const { source, document } of operations) {
      for (const error of (await post(url, document)).body.errors ?? []) {
        const found = Number(/this one has (\d+)/.exec(error.message)?.[1]);
        const limit = error.extensions?.limit as string | undefined;
        const name = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(document)?.[1] ?? document.trim().slice(0, 40);
        if (limit && found > largest[limit]!.found) largest[limit] = { found, operation: `${source} ${name}` };
      }
    }
    const tokens = Math.max(...operations.map(({ document }) => countTokens(document)));
    console.info(
      `largest published operation: ${JSON.stringify({ ...largest, tokens })}; defaults ${JSON.stringify(DEFAULT_LIMITS)}`,
    );
    expect(largest.depth!.found).toBeGreaterThan(3);
    expect(tokens).toBeLessThanOrEqual((DEFAULT_LIMITS.tokens * 2) / 3);
  });

  it('refuse 2,000 aliases of registryStats with 400, naming the limit and its value', async () => {
    const aliases = Array.from({ length: 2_000 }, (_, i) => `s${i}: registryStats { workRegisters }`).join(' ');
    // At the defaults the document is already too long to parse (6 tokens an alias)…
    const tooLong = await post(stack.gatewayUrl, `{ ${aliases} }`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.data).toBeUndefined();
    expect(tooLong.body.errors?.[0]?.extensions).toEqual({
      code: 'GRAPHQL_PARSE_FAILED',
      limit: 'tokens',
      maximum: DEFAULT_LIMITS.tokens,
    });
    // …and with room for its tokens, the aliases are refused.
    const roomy = await gatewayWith({ limits: { ...DEFAULT_LIMITS, tokens: 100_000 } });
    const { status, body } = await post(roomy, `{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toContainEqual({
      message: `The query exceeds the gateway's limit on aliases: at most ${DEFAULT_LIMITS.aliases}, this one has 2000 (GATEWAY_MAX_ALIASES). Split it into smaller queries.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases', maximum: DEFAULT_LIMITS.aliases },
    });
  });

  it('refuse a partners-of-partners query 12 levels deep, and run one 3 levels deep', async () => {
    const deep = await post(stack.gatewayUrl, partnersOfPartners(12));
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.find((error) => error.extensions?.limit === 'depth')).toEqual({
      message: `The query exceeds the gateway's limit on depth: at most ${DEFAULT_LIMITS.depth}, this one has 26 (GATEWAY_MAX_DEPTH). Split it into smaller queries.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', maximum: DEFAULT_LIMITS.depth },
    });
    const shallow = await post(stack.gatewayUrl, partnersOfPartners(3));
    expect(shallow.status).toBe(200);
    expect(shallow.body.errors).toBeUndefined();
  });

  it('refuse too many directives, too many tokens, and too high an estimated cost', async () => {
    const directives = await post(
      stack.gatewayUrl,
      `{ registryStats { workRegisters ${'@include(if: true) '.repeat(60)} } }`,
    );
    expect(directives.status).toBe(400);
    expect(directives.body.errors?.[0]?.extensions).toMatchObject({ limit: 'directives', maximum: 50 });

    const tokens = await post(stack.gatewayUrl, `{ ${'__typename '.repeat(3_000)} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors?.[0]).toMatchObject({
      message: `The document exceeds the gateway's limit on tokens: at most ${DEFAULT_LIMITS.tokens} (GATEWAY_MAX_TOKENS). Split it into smaller queries.`,
      extensions: { code: 'GRAPHQL_PARSE_FAILED', limit: 'tokens', maximum: DEFAULT_LIMITS.tokens },
    });

    // Within the depth and alias limits, but six times the web app's contacts page (100
    // contacts × 100 registers each) is up to 60,000 registers in one answer.
    const contacts =
      'organization(acronym: "MEF") { contacts(first: 100) { edges { node { name title email ' +
      'workRegisters(first: 100) { edges { role node { slug title } } } } } } }';
    const six = Array.from({ length: 6 }, (_, i) => `o${i}: ${contacts}`).join(' ');
    const cost = await post(stack.gatewayUrl, `{ ${six} }`);
    expect(cost.status).toBe(400);
    expect(cost.body.errors?.map((error) => error.extensions?.limit)).toEqual(['cost']);
    expect(cost.body.errors?.[0]?.message).toMatch(
      /limit on estimated cost: at most 300000, this one has \d{6,} \(GATEWAY_MAX_COST\)/,
    );
  });
});

/** Lexical tokens as graphql-js counts them for maxTokens (punctuators, names, values). */
function countTokens(document: string): number {
  return (
    document.replace(/#.*$/gm, '').match(/"""[\s\S]*?"""|"(?:[^"\\]|\\.)*"|\.\.\.|[!$&():=@[\]{|}]|[-\w.]+/g) ?? []
  ).length;
}

describe('errors', () => {
  it('hide field suggestions outside development, and give them in development', async () => {
    const hidden = await post(stack.gatewayUrl, '{ registryStat { workRegisters } }');
    expect(hidden.status).toBe(400);
    expect(hidden.body.errors?.[0]?.message).toBe('Cannot query field "registryStat" on type "Query".');
    const argument = await post(stack.gatewayUrl, '{ workRegisters(frist: 1) { totalCount } }');
    expect(argument.body.errors?.[0]?.message).toBe('Unknown argument "frist" on field "Query.workRegisters".');
    const development = await gatewayWith({ development: true });
    const shown = await post(development, '{ registryStat { workRegisters } }');
    expect(shown.body.errors?.[0]?.message).toMatch(/Did you mean "registryStats"/);
  });

  it('mask an unexpected error, giving the request id the log carries', async () => {
    const lines: Record<string, any>[] = [];
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    const url = await gatewayWith({}, pino({ level: 'error' }, sink));
    // A table gone from under the registry: a real internal error, with the SQL in its message.
    const db = stack.registry.db.dataSource;
    await db.query('ALTER TABLE organization_unit RENAME TO organization_unit_gone');
    let answer: Answer;
    try {
      answer = await post(url, '{ organization(acronym: "MEF") { acronym units { name } } }', {
        'x-request-id': 'dashboard-42',
      });
    } finally {
      await db.query('ALTER TABLE organization_unit_gone RENAME TO organization_unit');
    }
    const masked = answer.body.errors?.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
    expect(masked).toMatchObject({
      message: 'Internal server error; the service log has the details under request id dashboard-42.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'dashboard-42' },
    });
    expect(JSON.stringify(answer.body)).not.toMatch(/organization_unit|SQL|sqlite|relation/i);
    expect(lines.filter((line) => line.requestId === 'dashboard-42').length).toBeGreaterThan(0);
  });
});

describe('x-request-id', () => {
  it('is kept when well-formed, and returned', async () => {
    const { headers } = await post(stack.gatewayUrl, '{ __typename }', { 'x-request-id': 'probe-7.a:b' });
    expect(headers.get('x-request-id')).toBe('probe-7.a:b');
  });

  it.each([
    ['missing', {}],
    ['malformed', { 'x-request-id': 'has spaces and "quotes"' }],
    ['too long', { 'x-request-id': 'x'.repeat(200) }],
  ])('is generated when %s, on every kind of answer', async (_, headers) => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const answers = [
      (await post(stack.gatewayUrl, '{ __typename }', headers)).headers,
      (await post(stack.gatewayUrl, '{ nope }', headers)).headers,
      (await post(stack.gatewayUrl, '{ __typename }', { ...headers, authorization: 'Bearer x' })).headers,
      (await fetch(new URL('/', stack.gatewayUrl), { headers })).headers,
      (await fetch(new URL('/health', stack.gatewayUrl), { headers })).headers,
    ];
    for (const answer of answers) expect(answer.get('x-request-id')).toMatch(uuid);
  });
});

describe('browsers', () => {
  it('keeps CSRF prevention on: a GET without a preflight header is refused', async () => {
    const url = `${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`;
    const simple = await fetch(url, { headers: { accept: 'application/json' } });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    const preflighted = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': '1' } });
    expect(preflighted.status).toBe(200);
  });

  it('allows CORS for the configured origins only', async () => {
    const preflight = (origin: string) =>
      fetch(stack.gatewayUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://intranet.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://intranet.example.org');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const { headers } = await post(stack.gatewayUrl, '{ __typename }', { origin: 'https://evil.example.com' });
    expect(headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits the body: over 2 MB is 413', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses batches', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });
});
