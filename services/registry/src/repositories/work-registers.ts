import { In, type DataSource } from 'typeorm';
import type { ChildKey, ChildQuery } from '@alliance/core';
import { MilestoneEntity, SectionEntity, WorkRegisterEntity, WorkRegisterPartyEntity } from '../entities/index.js';

/** Reads of registers and the lists that hang off them; every function takes many keys. */

export const registersByIds = (ds: DataSource, ids: readonly string[]) =>
  ds.getRepository(WorkRegisterEntity).findBy({ id: In([...ids]) });

export const registersBySlugs = (ds: DataSource, slugs: readonly string[]) =>
  ds.getRepository(WorkRegisterEntity).findBy({ slug: In([...slugs]) });

export const partiesByRegisterIds = (ds: DataSource, ids: readonly string[]) =>
  ds
    .getRepository(WorkRegisterPartyEntity)
    .find({ where: { workRegisterId: In([...ids]) }, order: { position: 'ASC' } });

export const milestonesByRegisterIds = (ds: DataSource, ids: readonly string[]) =>
  ds.getRepository(MilestoneEntity).find({ where: { workRegisterId: In([...ids]) }, order: { position: 'ASC' } });

export const sectionsByRegisterIds = (ds: DataSource, ids: readonly string[]) =>
  ds.getRepository(SectionEntity).find({ where: { workRegisterId: In([...ids]) }, order: { position: 'ASC' } });

/** Sort key of a nested list of registers (title, then id), as result columns. */
export const registerChildKeys: ChildKey[] = [
  { column: 'register.title', alias: 'title' },
  { column: 'register.id', alias: 'id' },
];

/** The registers each of these organizations (or one of its units) is a party to. */
export const registersOfOrganizations = (ds: DataSource, organizationIds: readonly string[]): ChildQuery => ({
  query: ds
    .createQueryBuilder()
    .from('work_register_party', 'party')
    .innerJoin('work_register', 'register', 'register.id = party.work_register_id')
    .where('party.organization_id IN (:...organizationIds)', { organizationIds: [...organizationIds] }),
  parentColumn: 'party.organization_id',
});
