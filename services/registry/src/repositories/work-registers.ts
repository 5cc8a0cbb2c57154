import { In, type EntityManager } from 'typeorm';
import type { ChildKey, ChildQuery } from '@alliance/core';
import { MilestoneEntity, SectionEntity, WorkRegisterEntity, WorkRegisterPartyEntity } from '../entities/index.js';

/** Reads of registers and the lists that hang off them; every function takes many keys. */

export const registersByIds = (db: EntityManager, ids: readonly string[]) =>
  db.getRepository(WorkRegisterEntity).findBy({ id: In([...ids]) });

export const registersBySlugs = (db: EntityManager, slugs: readonly string[]) =>
  db.getRepository(WorkRegisterEntity).findBy({ slug: In([...slugs]) });

export const partiesByRegisterIds = (db: EntityManager, ids: readonly string[]) =>
  db
    .getRepository(WorkRegisterPartyEntity)
    .find({ where: { workRegisterId: In([...ids]) }, order: { position: 'ASC' } });

export const milestonesByRegisterIds = (db: EntityManager, ids: readonly string[]) =>
  db.getRepository(MilestoneEntity).find({ where: { workRegisterId: In([...ids]) }, order: { position: 'ASC' } });

export const sectionsByRegisterIds = (db: EntityManager, ids: readonly string[]) =>
  db.getRepository(SectionEntity).find({ where: { workRegisterId: In([...ids]) }, order: { position: 'ASC' } });

/** Sort key of a nested list of registers (title, then id), as result columns. */
export const registerChildKeys: ChildKey[] = [
  { column: 'register.title', alias: 'title' },
  { column: 'register.id', alias: 'id' },
];

/** The registers each of these organizations (or one of its units) is a party to. */
export const registersOfOrganizations = (db: EntityManager, organizationIds: readonly string[]): ChildQuery => ({
  query: db
    .createQueryBuilder()
    .from('work_register_party', 'party')
    .innerJoin('work_register', 'register', 'register.id = party.work_register_id')
    .where('party.organization_id IN (:...organizationIds)', { organizationIds: [...organizationIds] }),
  parentColumn: 'party.organization_id',
});
