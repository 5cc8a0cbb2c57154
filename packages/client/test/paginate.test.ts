import { afterEach, describe, expect, it } from 'vitest';
import { AllianceError, createClient, OrganizationRegistersDocument, ReviewsDueDocument } from '@alliance/client';
import { paginate } from '../src/paginate.js';
import { loopback, type Loopback, type Received } from './loopback.js';

/** paginate over a real HTTP server holding a connection of seven registers, three a page. */

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TITLES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((letter) => `${letter} Work Register`);

/** Array.fromAsync, which Node 20 lacks. */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The page `after` and `first` ask for; cursors are the index of the node. */
function page({ body }: Received) {
  const { first = 3, after } = body.variables as { first?: number; after?: string | null };
  const start = after == null ? 0 : Number(after) + 1;
  const nodes = TITLES.slice(start, start + first).map((title) => ({ title }));
  const end = start + nodes.length - 1;
  return {
    body: {
      data: {
        reviewsDue: {
          totalCount: TITLES.length,
          pageInfo: { hasNextPage: end < TITLES.length - 1, endCursor: nodes.length ? String(end) : null },
          edges: nodes.map((node) => ({ node })),
        },
      },
    },
  };
}

describe('paginate', () => {
  it('yields every node in order, passing each endCursor as after, and stops on the last page', async () => {
    server = await loopback(page);
    const client = createClient({ endpoint: server.url });
    const titles: string[] = [];
    const pages = client.paginate(ReviewsDueDocument, { organization: 'DMTF', first: 3 }, (data) => data.reviewsDue);
    for await (const register of pages) titles.push(register.title);
    expect(titles).toEqual(TITLES);
    expect(server.received.map((r) => r.body.variables)).toEqual([
      { organization: 'DMTF', first: 3, after: null },
      { organization: 'DMTF', first: 3, after: '2' },
      { organization: 'DMTF', first: 3, after: '5' },
    ]);
  });

  it('asks for no further page when the loop stops early', async () => {
    server = await loopback(page);
    const client = createClient({ endpoint: server.url });
    for await (const register of client.paginate(ReviewsDueDocument, { first: 3 }, (data) => data.reviewsDue)) {
      if (register.title.startsWith('D')) break;
    }
    expect(server.received).toHaveLength(2);
  });

  it('yields nothing when there is no connection (an organization that does not exist)', async () => {
    server = await loopback(() => ({ body: { data: { organization: null } } }));
    const client = createClient({ endpoint: server.url });
    const pages = client.paginate(
      OrganizationRegistersDocument,
      { acronym: 'NOPE' },
      (data) => data.organization?.workRegisters,
    );
    expect(await collect(pages)).toEqual([]);
  });

  it('reads `nodes` as well as `edges { node }`', async () => {
    const pages = [
      { nodes: ['DMTF', 'MEF'], pageInfo: { hasNextPage: true, endCursor: 'c0' } },
      { nodes: ['SNIA'], pageInfo: { hasNextPage: false, endCursor: 'c1' } },
    ];
    const asked: unknown[] = [];
    const request = async (variables: { after?: string | null }) => {
      asked.push(variables.after);
      return pages[asked.length - 1]!;
    };
    expect(await collect(paginate(request, {}, (data) => data))).toEqual(['DMTF', 'MEF', 'SNIA']);
    expect(asked).toEqual([null, 'c0']);
  });

  it('refuses to loop on a server that says there is more but gives no new cursor', async () => {
    server = await loopback(() => ({
      body: { data: { reviewsDue: { totalCount: 9, pageInfo: { hasNextPage: true, endCursor: 'same' }, edges: [] } } },
    }));
    const pages = createClient({ endpoint: server.url }).paginate(ReviewsDueDocument, {}, (data) => data.reviewsDue);
    await expect(collect(pages)).rejects.toThrow(AllianceError);
    expect(server.received).toHaveLength(2);
  });

  it('throws the API error of a page: a partial page would silently miss registers', async () => {
    server = await loopback((request, n) =>
      n === 0
        ? page(request)
        : { body: { data: null, errors: [{ message: 'gone', extensions: { code: 'NOT_FOUND' } }] } },
    );
    const seen: string[] = [];
    const pages = createClient({ endpoint: server.url }).paginate(
      ReviewsDueDocument,
      { first: 3 },
      (d) => d.reviewsDue,
    );
    await expect(
      (async () => {
        for await (const register of pages) seen.push(register.title);
      })(),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(seen).toEqual(TITLES.slice(0, 3));
  });
});
