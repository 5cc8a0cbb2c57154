import { DataSource, EntitySchema, In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findByKeys, listLengths, positionalStatement, runPositional } from '../src/positional-sql.js';

/**
 * A statement made positional once (positional-sql.ts) answers as TypeORM's own binding does, for
 * other values of the same shape, on a real SQLite database.
 */
interface Part {
  id: string;
  ownerId: string;
  position: number;
  tags: string[] | null;
  active: boolean;
}
const PartEntity = new EntitySchema<Part>({
  name: 'Part',
  tableName: 'part',
  columns: {
    id: { type: 'varchar', primary: true },
    ownerId: { type: 'varchar', name: 'owner_id' },
    position: { type: 'integer' },
    tags: { type: 'simple-json', nullable: true },
    active: { type: 'boolean' },
  },
});

let db: DataSource;
beforeAll(async () => {
  db = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: [PartEntity], synchronize: true });
  await db.initialize();
  await db.getRepository(PartEntity).insert([
    { id: 'p1', ownerId: 'x', position: 2, tags: ['a', 'b'], active: true },
    { id: 'p2', ownerId: 'x', position: 1, tags: null, active: false },
    { id: 'p3', ownerId: 'y', position: 1, tags: [], active: true },
  ]);
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

describe('findByKeys', () => {
  const parts = () => db.getRepository(PartEntity);

  it("reads what TypeORM's find reads: every column hydrated (JSON, booleans), in the order asked", async () => {
    for (const keys of [['x'], ['x', 'y'], ['y', 'z'], ['x', 'y']]) {
      const read = await findByKeys<Part>(db.manager, PartEntity, { key: 'ownerId', keys, order: 'position' });
      const found = await parts().find({ where: { ownerId: In(keys) }, order: { position: 'ASC' } });
      expect(read.map((p) => p.id).sort()).toEqual(found.map((p) => p.id).sort());
      expect(read.map((p) => p.position)).toEqual(found.map((p) => p.position));
      expect(new Map(read.map((p) => [p.id, p]))).toEqual(new Map(found.map((p) => [p.id, p])));
    }
  });

  it('reads only the columns selected, and nothing for no keys', async () => {
    const [part] = await findByKeys<Part>(db.manager, PartEntity, { key: 'id', keys: ['p1'], select: ['id', 'tags'] });
    expect(part).toEqual(await parts().findOne({ select: { id: true, tags: true }, where: { id: 'p1' } }));
    expect(await findByKeys<Part>(db.manager, PartEntity, { key: 'id', keys: [] })).toEqual([]);
  });
});
