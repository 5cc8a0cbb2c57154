import { describe, expect, it } from 'vitest';
import { InFlightRequests, SHAREABLE_HEADER } from '../src/dedup.js';

/**
 * The copies the de-duplicating fetcher hands its callers, over a fetcher that answers as a
 * subgraph would (test/dedup.test.ts runs it through real gateways and subgraphs).
 */

const READ = JSON.stringify({ query: '{ workRegisters { totalCount } }' });
const init = { method: 'POST', body: READ, headers: { 'content-type': 'application/json', [SHAREABLE_HEADER]: '1' } };

/** A subgraph that answers every request after `ms`, counting them. */
function subgraph(status: number, body: unknown, ms = 20) {
  const calls: { headers: Record<string, string> }[] = [];
  const fetcher = async (_url: string, request?: { headers?: Record<string, string> }) => {
    calls.push({ headers: request?.headers ?? {} });
    await new Promise((resolve) => setTimeout(resolve, ms));
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', 'cache-control': 'max-age=60, public' },
    }) as never;
  };
  return { calls, dedup: new InFlightRequests(fetcher) };
}

describe('InFlightRequests', () => {
  it('sends identical reads in flight once, and gives each caller a body of its own', async () => {
    const { calls, dedup } = subgraph(200, { data: { workRegisters: { totalCount: 3 } } });
    const [a, b] = await Promise.all([
      dedup.fetch('http://registry/graphql', init),
      dedup.fetch('http://registry/graphql', init),
    ]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.headers[SHAREABLE_HEADER]).toBeUndefined();
    const [bodyA, bodyB] = [await a.json(), await b.json()];
    expect(bodyA).toEqual({ data: { workRegisters: { totalCount: 3 } } });
    expect(bodyB).toEqual(bodyA);
    expect(bodyB).not.toBe(bodyA);
    expect(dedup.stats).toEqual({ sent: 1, shared: 1 });
  });

  it('keeps what the data source reads: status, ok, headers, and a body read once', async () => {
    const errors = {
      errors: [{ message: 'Variable "$on" got invalid value', extensions: { code: 'BAD_USER_INPUT' } }],
    };
    const { dedup } = subgraph(400, errors);
    const response = await dedup.fetch('http://registry/graphql', init);
    expect([response.status, response.ok]).toEqual([400, false]);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('max-age=60, public');
    const copy = response.clone();
    expect(await response.json()).toEqual(errors);
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(/already been read/);
    expect(JSON.parse(await copy.text())).toEqual(errors);
  });

  it('sends a read again once the first has been answered: nothing is kept', async () => {
    const { calls, dedup } = subgraph(200, { data: {} }, 1);
    await (await dedup.fetch('http://registry/graphql', init)).text();
    await (await dedup.fetch('http://registry/graphql', init)).text();
    expect(calls).toHaveLength(2);
  });
});
