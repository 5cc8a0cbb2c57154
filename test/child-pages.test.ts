import { createChildConnectionLoader, type Database } from '@alliance/core';
import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from './support/storage.js';

/**
 * Pages under many parents (child-connections.ts), on SQLite and, with DATABASE_URL, PostgreSQL:
 * one UNION ALL of an ORDER BY … LIMIT arm per parent. On SQLite the statement has no outer
 * ORDER BY, so each parent's page is in its order only because SQLite runs the arms one after
 * the other; these are the pages a sort would give, forward, backward and from a cursor, for
 * parents asked in an order of their own.
 */

class CreateItems1700000000000 {
  async up(q: QueryRunner) {
    await q.query(
      'CREATE TABLE item (id varchar(8) PRIMARY KEY, owner varchar(8) NOT NULL, title varchar(20) NOT NULL)',
    );
    await q.query('CREATE INDEX ix_item_page ON item (owner, title, id)');
  }
  async down(q: QueryRunner) {
    await q.query('DROP TABLE item');
  }
}

interface Item {
  id: string;
  owner: string;
  title: string;
}

/** 60 owners with 0 to 14 items each, titles from few letters (ties, broken by id), inserted shuffled. */
const OWNERS = Array.from({ length: 60 }, (_, i) => `o${String(i).padStart(2, '0')}`);
const ITEMS: Item[] = OWNERS.flatMap((owner, o) =>
  Array.from({ length: (o * 7) % 15 }, (_, i) => ({
    id: `i${o}-${i}`,
    owner,
    title: ['delta', 'alpha', 'charlie', 'bravo', 'echo'][(o + i * 3) % 5]! + ((i * 11) % 4),
  })),
).sort((a, b) => (a.id.split('').reverse().join('') < b.id.split('').reverse().join('') ? -1 : 1));

const byTitleThenId = (a: Item, b: Item) =>
  a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const expectedOf = (owner: string) => ITEMS.filter((item) => item.owner === owner).sort(byTitleThenId);

let db: Database;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await freshDatabase('registry', { entities: [], migrations: [CreateItems1700000000000] }));
  for (const item of ITEMS) {
    await db.dataSource.manager
      .createQueryBuilder()
      .insert()
      .into('item', ['id', 'owner', 'title'])
      .values(item)
      .execute();
  }
});
afterAll(() => close());

const loader = () =>
  createChildConnectionLoader(
    (owners) => ({
      query: db.dataSource.manager
        .createQueryBuilder()
        .from('item', 'item')
        .where('item.owner IN (:...owners)', { owners }),
      parentColumn: 'item.owner',
    }),
    [
      { column: 'item.title', alias: 'title' },
      { column: 'item.id', alias: 'id' },
    ],
  );

// Not in the owners' own order: arms in one order, pages grouped back by parent.
const ASKED = [...OWNERS.filter((_, i) => i % 2 === 1), ...OWNERS.filter((_, i) => i % 2 === 0)].reverse();

describe('child connections under 60 parents in one statement', () => {
  it('gives each parent its first page in title order, ties by id', async () => {
    const pages = loader();
    const before = db.statementCount();
    const connections = await Promise.all(ASKED.map((owner) => pages.load(owner, { first: 4 })));
    expect(db.statementCount() - before).toBe(1);
    ASKED.forEach((owner, i) => {
      const expected = expectedOf(owner);
      expect(connections[i]!.edges.map((edge) => edge.node.id)).toEqual(expected.slice(0, 4).map((item) => item.id));
      expect(connections[i]!.pageInfo.hasNextPage).toBe(expected.length > 4);
    });
  });

  it('gives each parent its last page, and the page after a cursor, in title order', async () => {
    const lastPages = loader();
    const last = await Promise.all(ASKED.map((owner) => lastPages.load(owner, { last: 3 })));
    const firstPages = loader();
    const firsts = await Promise.all(ASKED.map((owner) => firstPages.load(owner, { first: 2 })));
    const pages = loader();
    const after = await Promise.all(
      ASKED.map((owner, i) => {
        const cursor = firsts[i]!.pageInfo.endCursor;
        return cursor ? pages.load(owner, { first: 5, after: cursor }) : undefined;
      }),
    );
    ASKED.forEach((owner, i) => {
      const expected = expectedOf(owner).map((item) => item.id);
      expect(last[i]!.edges.map((edge) => edge.node.id)).toEqual(expected.slice(-3));
      if (expected.length > 0) expect(after[i]!.edges.map((edge) => edge.node.id)).toEqual(expected.slice(2, 7));
    });
  });
});
