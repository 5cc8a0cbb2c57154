import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { badUserInput, notFound, paginate, type ConnectionArgs, type Database } from '@alliance/core';
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

/** Adds a body to the directory (admins; see commands/authorize.ts). Acronyms are unique, case-insensitively. */
export function createOrganization(db: Database, fields: OrganizationFields): Promise<Organization> {
  return db.transaction(async (manager) => {
    const [clash] = await organizationsByAcronyms(manager, [fields.acronym]);
    if (clash) throw badUserInput(`The directory already holds ${clash.acronym} (${clash.name})`, 'input.acronym');
    const { units, ...rest } = fields;
    const organization = newOrganization(rest);
    await manager.getRepository(OrganizationEntity).insert(organization);
    await replaceUnits(manager, organization.id, units);
    return organization;
  });
}

/**
 * Changes a body's details; a list given replaces the list. Units keep their ids (and the
 * registers naming them) when listed with them; a unit a register names cannot be dropped.
 */
export function updateOrganization(
  db: Database,
  id: string,
  patch: Partial<Omit<OrganizationFields, 'acronym'>>,
): Promise<Organization> {
  return db.transaction(async (manager) => {
    const organizations = manager.getRepository(OrganizationEntity);
    const organization = await organizations.findOneBy({ id });
    if (!organization) throw notFound(`No organization with id "${id}"`);
    const { units, ...fields } = patch;
    const updated = { ...organization, ...fields, updatedAt: now() };
    await organizations.save(updated);
    if (units) await replaceUnits(manager, id, units);
    return updated;
  });
}

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
