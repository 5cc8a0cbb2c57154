import { In, type DataSource } from 'typeorm';
import { parseRevisionKey, type ChildKey, type ChildQuery } from '@alliance/core';
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

/** Revisions by `revisionKey(register, revision)` keys, in one statement. */
export function revisionsByKeys(ds: DataSource, keys: readonly string[]) {
  const wanted = keys.map(parseRevisionKey);
  return ds.getRepository(WorkRegisterRevisionEntity).findBy({
    workRegisterId: In([...new Set(wanted.map((k) => k.id))]),
    revision: In([...new Set(wanted.map((k) => k.revision))]),
  });
}
