import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A counter every change to what `registryStats` counts moves on, kept by triggers so no write
 * path can forget it (imports, edits, status and review changes, organization merges, migrations):
 * inserts, updates and deletes of registers, parties, milestones, findings and organizations (and,
 * since SearchDataVersion1766200000000, search documents). The figure cache (repositories/stats.ts)
 * keeps its figures per value of the counter, so a read after a committed write, in any process on
 * the same database, sees the write.
 *
 * On PostgreSQL the triggers run once a statement, and the counter row is a lock two register
 * writes take in turn until they commit; register writes are few (a person editing a register),
 * so that order costs nothing measurable.
 */
const TABLES = ['work_register', 'work_register_party', 'milestone', 'finding', 'organization'];

export class DataVersion1765400000000 implements MigrationInterface {
  name = 'DataVersion1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE data_version (id integer PRIMARY KEY, version bigint NOT NULL)');
    await q.query('INSERT INTO data_version (id, version) VALUES (1, 0)');
    if (q.connection.driver.options.type === 'postgres') {
      const [{ schema }] = (await q.query('SELECT current_schema() AS schema')) as [{ schema: string }];
      await q.query(`CREATE FUNCTION "${schema}".data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN UPDATE "${schema}".data_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$`);
    }
    await moveVersionOnChangesTo(q, TABLES);
  }

  async down(q: QueryRunner): Promise<void> {
    await stopVersionOnChangesTo(q, TABLES);
    if (q.connection.driver.options.type === 'postgres') await q.query('DROP FUNCTION data_changed()');
    await q.query('DROP TABLE data_version');
  }
}

const EVENTS = ['insert', 'update', 'delete'];

/** Triggers that move the data version on at every insert, update and delete of these tables. */
export async function moveVersionOnChangesTo(q: QueryRunner, tables: readonly string[]): Promise<void> {
  const postgres = q.connection.driver.options.type === 'postgres';
  const schema = postgres
    ? ((await q.query('SELECT current_schema() AS schema')) as [{ schema: string }])[0].schema
    : undefined;
  for (const table of tables) {
    if (postgres) {
      await q.query(`CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION "${schema}".data_changed()`);
      continue;
    }
    for (const event of EVENTS) {
      await q.query(`CREATE TRIGGER ${table}_${event}_changed AFTER ${event.toUpperCase()} ON ${table}
        BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END`);
    }
  }
}

export async function stopVersionOnChangesTo(q: QueryRunner, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    if (q.connection.driver.options.type === 'postgres') await q.query(`DROP TRIGGER ${table}_changed ON ${table}`);
    else for (const event of EVENTS) await q.query(`DROP TRIGGER ${table}_${event}_changed`);
  }
}
