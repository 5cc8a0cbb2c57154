import type { Database } from '@alliance/core';
import type { MigrationInterface } from 'typeorm';
import { migrations } from '../../src/migrations/index.js';

/**
 * Undoes `migration` and every one after it, newest first, as a downgrade to before it would:
 * the tests of a migration run them all first (the write path needs every table), then undo to
 * the one under test and run them again.
 */
export async function undoTo(db: Database, migration: new () => MigrationInterface): Promise<void> {
  const later = migrations.length - migrations.indexOf(migration);
  for (let i = 0; i < later; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
}
