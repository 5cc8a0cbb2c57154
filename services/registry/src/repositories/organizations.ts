import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { badUserInput, findByKeys, paginate, type ConnectionArgs } from '@alliance/core';
import type { StandardsBody } from '@alliance/document';
import {
  OrganizationEntity,
  OrganizationUnitEntity,
  WorkRegisterPartyEntity,
  type EmailDomain,
  type Organization,
  type OrganizationUnit,
} from '../entities/index.js';

/** Reads and writes of organizations and their units. */

export const organizationsByIds = (db: EntityManager, ids: readonly string[]) =>
  findByKeys<Organization>(db, OrganizationEntity, { key: 'id', keys: ids });

/** Acronyms are compared upper-cased: "Dmtf" and "DMTF" are one body. */
export const organizationsByAcronyms = (db: EntityManager, acronyms: readonly string[]) =>
  db
    .getRepository(OrganizationEntity)
    .createQueryBuilder('organization')
    .where('UPPER(organization.acronym) IN (:...acronyms)', { acronyms: acronyms.map((a) => a.toUpperCase()) })
    .getMany();

export const unitsByIds = (db: EntityManager, ids: readonly string[]) =>
  findByKeys<OrganizationUnit>(db, OrganizationUnitEntity, { key: 'id', keys: ids });

export const unitsByOrganizationIds = (db: EntityManager, ids: readonly string[]) =>
  db.getRepository(OrganizationUnitEntity).find({ where: { organizationId: In([...ids]) }, order: { name: 'ASC' } });

export const organizationPage = (db: EntityManager, args: ConnectionArgs) =>
  paginate(db.getRepository(OrganizationEntity).createQueryBuilder('organization'), args, [
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

export interface UnitInput {
  id?: string | null;
  acronym?: string | null;
  name: string;
}

export interface OrganizationFields {
  acronym: string;
  name: string;
  aliases: string[];
  website: string | null;
  emailDomains: EmailDomain[];
  units: UnitInput[];
}

/** Adds a body and its units to the directory, inside the caller's transaction. */
export async function insertOrganization(manager: EntityManager, fields: OrganizationFields): Promise<Organization> {
  const { units, ...rest } = fields;
  const organization = newOrganization(rest);
  await manager.getRepository(OrganizationEntity).insert(organization);
  await replaceUnits(manager, organization.id, units);
  return organization;
}

/**
 * Changes a body's details; a list given replaces the list. Units keep their ids (and the
 * registers naming them) when listed with them; a unit a register names cannot be dropped.
 */
export async function saveOrganization(
  manager: EntityManager,
  organization: Organization,
  patch: Partial<Omit<OrganizationFields, 'acronym'>>,
): Promise<Organization> {
  const { units, ...fields } = patch;
  const updated = { ...organization, ...fields, updatedAt: now() };
  await manager.getRepository(OrganizationEntity).save(updated);
  if (units) await replaceUnits(manager, organization.id, units);
  return updated;
}

export const organizationById = (manager: EntityManager, id: string) =>
  manager.getRepository(OrganizationEntity).findOneBy({ id });

async function replaceUnits(manager: EntityManager, organizationId: string, wanted: UnitInput[]): Promise<void> {
  const repository = manager.getRepository(OrganizationUnitEntity);
  const current = await repository.findBy({ organizationId });
  wanted.forEach((unit, index) => {
    if (unit.id && !current.some((c) => c.id === unit.id!.toLowerCase())) {
      throw badUserInput(`Unit ${unit.id} is not a unit of this organization`, `input.units[${index}].id`);
    }
  });
  const kept = new Set(wanted.flatMap((u) => (u.id ? [u.id.toLowerCase()] : [])));
  const dropped = current.filter((unit) => !kept.has(unit.id));
  if (dropped.length > 0) {
    const named = await manager
      .getRepository(WorkRegisterPartyEntity)
      .countBy({ unitId: In(dropped.map((u) => u.id)) });
    if (named > 0) {
      throw badUserInput(
        `${dropped.map((u) => u.name).join(', ')} cannot be removed: registers name it as a party (${named})`,
        'input.units',
      );
    }
    await repository.delete({ id: In(dropped.map((u) => u.id)) });
  }
  for (const unit of wanted) {
    const id = unit.id?.toLowerCase() ?? randomUUID();
    await repository.save({ id, organizationId, acronym: unit.acronym ?? null, name: unit.name });
  }
}
