import { In, type EntityManager } from 'typeorm';
import type { ChildKey, ChildQuery, RevisionKey } from '@alliance/core';
import { storedState } from '../domain/register-state.js';
import { WorkRegisterRevisionEntity } from '../entities/index.js';

/** Reads of registers' revisions; every read for the API takes many keys (see loaders.ts). */

/** The order of a register's history, read descending: newest first. */
export const historyChildKeys: ChildKey[] = [
  { column: 'revision.revision', alias: 'revision' },
  { column: 'revision.id', alias: 'id' },
];

export const revisionsOfRegisters = (db: EntityManager, registerIds: readonly string[]): ChildQuery => ({
  query: db
    .createQueryBuilder()
    .from('work_register_revision', 'revision')
    .where('revision.work_register_id IN (:...registerIds)', { registerIds: [...registerIds] }),
  parentColumn: 'revision.work_register_id',
});

export const revisionsByIds = (db: EntityManager, ids: readonly string[]) =>
  db.getRepository(WorkRegisterRevisionEntity).findBy({ id: In([...ids]) });

/** Revisions by register and number, in one statement (rows of other pairs are left to the caller). */
export function revisionsByKeys(db: EntityManager, wanted: readonly RevisionKey[]) {
  return db.getRepository(WorkRegisterRevisionEntity).findBy({
    workRegisterId: In([...new Set(wanted.map((k) => k.id))]),
    revision: In([...new Set(wanted.map((k) => k.revision))]),
  });
}

/** The state a register's current revision recorded; every write starts from it. */
export async function currentState(manager: EntityManager, workRegisterId: string, revision: number) {
  const row = await manager.getRepository(WorkRegisterRevisionEntity).findOneBy({ workRegisterId, revision });
  if (!row) throw new Error(`register ${workRegisterId} has no revision ${revision}`);
  return storedState(row.snapshot);
}
