import type { Database } from '@alliance/core';

/**
 * Every row of every table of a service's database, as one string that is equal for equal
 * contents (rows sorted, so the order a SELECT happens to return them in does not matter).
 * Works on SQLite (sqlite_master) and PostgreSQL (the service's schema, its search_path).
 */
export async function dumpDatabase(db: Database): Promise<string> {
  const ds = db.dataSource;
  const tables: { name: string }[] =
    db.kind === 'postgres'
      ? await ds.query(
          `SELECT table_name AS name FROM information_schema.tables
           WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
        )
      : await ds.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
  const names = tables.map((t) => t.name).sort();
  const parts: string[] = [];
  for (const name of names) {
    const rows: unknown[] = await ds.query(`SELECT * FROM "${name.replace(/"/g, '""')}"`);
    const lines = rows.map((row) => JSON.stringify(row)).sort();
    parts.push(`## ${name} (${rows.length})\n${lines.join('\n')}`);
  }
  return parts.join('\n');
}

/** The first line where two dumps differ, with its neighbours, for a failure message. */
export function firstDifference(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const table = a.slice(0, i + 1).findLast((line) => line.startsWith('## ')) ?? '';
      return `${table}\n- ${(a[i] ?? '(none)').slice(0, 400)}\n+ ${(b[i] ?? '(none)').slice(0, 400)}`;
    }
  }
  return '(equal)';
}
