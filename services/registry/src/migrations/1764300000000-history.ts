import { columns as c } from '@alliance/core';
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

interface OldRevision {
  id: string;
  work_register_id: string;
  revision: number;
  snapshot: string;
}

/**
 * Every revision records who made it and why, and keeps the whole register as it was (a
 * RegisterState), so history can be read and compared. Older revisions held either the import
 * document or a status change; they are rewritten into states, replaying each register's
 * changes in order, and attributed to `import` (the only writer before identities existed).
 */
export class History1764300000000 implements MigrationInterface {
  name = 'History1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('work_register', [
      new TableColumn(c.varchar('review_last_reviewed_on', 10, true)),
      new TableColumn(c.varchar('review_last_outcome', 16, true)),
    ]);
    await q.addColumns('work_register_revision', [
      new TableColumn({ ...c.varchar('author_subject', 200), default: "'import'" }),
      new TableColumn(c.varchar('author_name', 200, true)),
      new TableColumn({ ...c.text('summary', false), default: "''" }),
    ]);
    const rows: OldRevision[] = await q.query(
      'SELECT id, work_register_id, revision, snapshot FROM work_register_revision ORDER BY work_register_id, revision',
    );
    let state: Record<string, unknown> | null = null;
    let register: string | null = null;
    for (const row of rows) {
      if (row.work_register_id !== register) [register, state] = [row.work_register_id, null];
      const { next, summary } = replay(state, JSON.parse(row.snapshot) as Record<string, unknown>);
      state = next;
      // Plain SQL: a query builder would map the table to today's entity and encode the JSON twice.
      const [sql, parameters] = q.connection.driver.escapeQueryWithParameters(
        'UPDATE work_register_revision SET snapshot = :snapshot, summary = :summary WHERE id = :id',
        { snapshot: JSON.stringify(state), summary, id: row.id },
      );
      await q.query(sql, parameters);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('work_register_revision', 'summary');
    await q.dropColumn('work_register_revision', 'author_name');
    await q.dropColumn('work_register_revision', 'author_subject');
    await q.dropColumn('work_register', 'review_last_outcome');
    await q.dropColumn('work_register', 'review_last_reviewed_on');
  }
}

/** One old revision applied to the state before it. */
function replay(
  state: Record<string, unknown> | null,
  old: Record<string, unknown>,
): { next: Record<string, unknown>; summary: string } {
  if (old.change === 'status') {
    const next = { ...state, status: old.to, statusReason: old.reason ?? null };
    return { next, summary: `Status ${String(old.from)} → ${String(old.to)}` };
  }
  const {
    sourceText: _text,
    review,
    ...document
  } = old as {
    sourceText?: unknown;
    review?: object | null;
    approval?: unknown;
  };
  const next = {
    ...document,
    status: state?.status ?? (document.approval ? 'ACTIVE' : 'DRAFT'),
    statusReason: state?.statusReason ?? null,
    review: review ? { ...review, lastReviewedOn: null, lastOutcome: null } : null,
  };
  return { next, summary: state ? 'Imported a new version of the document' : 'Imported the document' };
}
