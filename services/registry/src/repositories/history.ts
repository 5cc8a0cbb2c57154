import { In, type DataSource } from 'typeorm';
import type { ChildKey, ChildQuery } from '@alliance/core';
import { WorkRegisterRevisionEntity } from '../entities/index.js';

/** Reads of registers' revisions; every read takes many keys (see loaders.ts). */

/** Newest first: the key negates the revision number, so the shared ascending keyset applies. */
export const historyChildKeys: ChildKey[] = [
  { column: '(0 - revision.revision)', alias: 'newest' },
  { column: 'revision.id', alias: 'id' },
];

export const revisionsOfRegisters = (ds: DataSource, registerIds: readonly string[]): ChildQuery => ({
  query: ds
    .createQueryBuilder()
    .from('work_register_revision', 'revision')
    .where('revision.work_register_id IN (:...registerIds)', { registerIds: [...registerIds] }),
  parentColumn: 'revision.work_register_id',
});

export const revisionsByIds = (ds: DataSource, ids: readonly string[]) =>
  ds.getRepository(WorkRegisterRevisionEntity).findBy({ id: In([...ids]) });

/** Revisions by `registerId:revision` keys, in one statement. */
export async function revisionsByKeys(ds: DataSource, keys: readonly string[]) {
  const pairs = keys.map((key) => key.split(':') as [string, string]);
  const rows = await ds.getRepository(WorkRegisterRevisionEntity).findBy({
    workRegisterId: In([...new Set(pairs.map(([id]) => id))]),
    revision: In([...new Set(pairs.map(([, n]) => Number(n)))]),
  });
  return rows;
}

export const revisionKey = (workRegisterId: string, revision: number) => `${workRegisterId}:${revision}`;
