import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { paginate, type ConnectionArgs } from '@alliance/core';
import type { StandardsBody } from '@alliance/document';
import {
  OrganizationEntity,
  OrganizationUnitEntity,
  type Organization,
  type OrganizationUnit,
} from '../entities/index.js';

/** Reads and writes of organizations and their units. */

export const organizationsByIds = (ds: DataSource, ids: readonly string[]) =>
  ds.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });

/** Acronyms are compared upper-cased: "Dmtf" and "DMTF" are one body. */
export const organizationsByAcronyms = (ds: DataSource | EntityManager, acronyms: readonly string[]) =>
  ds
    .getRepository(OrganizationEntity)
    .createQueryBuilder('organization')
    .where('UPPER(organization.acronym) IN (:...acronyms)', { acronyms: acronyms.map((a) => a.toUpperCase()) })
    .getMany();

export const unitsByIds = (ds: DataSource, ids: readonly string[]) =>
  ds.getRepository(OrganizationUnitEntity).findBy({ id: In([...ids]) });

export const unitsByOrganizationIds = (ds: DataSource, ids: readonly string[]) =>
  ds.getRepository(OrganizationUnitEntity).find({ where: { organizationId: In([...ids]) }, order: { name: 'ASC' } });

export const organizationPage = (ds: DataSource, args: ConnectionArgs) =>
  paginate(ds.getRepository(OrganizationEntity).createQueryBuilder('organization'), args, [
    { column: 'organization.acronym', value: (o) => o.acronym },
    { column: 'organization.id', value: (o) => o.id },
  ]);

const now = () => new Date().toISOString();

export function newOrganization(fields: Pick<Organization, 'acronym' | 'name'> & Partial<Organization>): Organization {
  const at = now();
  return { id: randomUUID(), aliases: [], website: null, emailDomains: [], createdAt: at, updatedAt: at, ...fields };
}

/** Loads the directory of well-known standards bodies into an empty registry. */
export async function loadDirectory(manager: EntityManager, bodies: readonly StandardsBody[]): Promise<number> {
  const organizations = manager.getRepository(OrganizationEntity);
  if ((await organizations.count()) > 0) return 0;
  const units: OrganizationUnit[] = [];
  const rows = bodies.map((body) => {
    const organization = newOrganization({
      acronym: body.acronym,
      name: body.name,
      aliases: [...body.aliases],
      website: body.website,
      emailDomains: body.emailDomains.map((d) => ({ domain: d.domain, current: d.current })),
    });
    for (const unit of body.units) {
      units.push({ id: randomUUID(), organizationId: organization.id, acronym: unit.acronym, name: unit.name });
    }
    return organization;
  });
  await organizations.insert(rows);
  if (units.length > 0) await manager.getRepository(OrganizationUnitEntity).insert(units);
  return rows.length;
}
