import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listLengths, positionalStatement, runPositional } from '../src/positional-sql.js';

/**
 * A statement made positional once (positional-sql.ts) answers as TypeORM's own binding does, for
 * other values of the same shape, on a real SQLite database.
 */
let db: DataSource;
beforeAll(async () => {
  db = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
  await db.initialize();
  await db.query('CREATE TABLE item (id TEXT PRIMARY KEY, owner TEXT, rank INTEGER)');
  await db.query("INSERT INTO item VALUES ('a', 'x', 1), ('b', 'x', 2), ('c', 'y', 3), ('d', 'z', 4), ('e', 'y', 5)");
});
afterAll(() => db.destroy());

const query = (owners: string[], above: number) =>
  db
    .createQueryBuilder()
    .from('item', 'item')
    .select('item.id', 'id')
    .where('item.owner IN (:...owners)', { owners })
    .andWhere('item.rank > :above', { above })
    .andWhere('item.owner <> :none OR :none IS NULL', { none: null })
    .orderBy('item.id');

describe('positionalStatement', () => {
  it('binds other values of the same shape to the same text, with the answers TypeORM gives', async () => {
    const built = query(['x', 'y'], 1);
    const statement = positionalStatement(built, built.getQuery(), built.getParameters());
    expect(statement.text).not.toMatch(/:owners|:above|:none/);
    // SQLite's driver would write the number into the text; here it is bound like the rest.
    expect(statement.text).not.toMatch(/> 1\b/);
    for (const [owners, above] of [
      [['x', 'y'], 1],
      [['y', 'z'], 3],
      [['z', 'x'], 0],
    ] as const) {
      const own = query([...owners], above);
      expect(await runPositional(own, statement, own.getParameters())).toEqual(await own.getRawMany());
    }
  });

  it('keys a cache by the lengths of the lists, which the text depends on', () => {
    expect(listLengths(query(['x'], 0).getParameters())).toBe('owners:1');
    expect(listLengths(query(['x', 'y', 'z'], 0).getParameters())).toBe('owners:3');
  });

  it('refuses a value it cannot bind as it is', () => {
    const built = db.createQueryBuilder().from('item', 'item').where('item.rank > :when', { when: new Date() });
    expect(() => positionalStatement(built, built.getQuery(), built.getParameters())).toThrow(
      /:when must be a string, a number or null/,
    );
  });
});
