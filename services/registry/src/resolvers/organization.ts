import { referenced, selectsOnly, withNodes, type ChildRow, type Connection } from '@alliance/core';
import type { GraphQLResolveInfo } from 'graphql';
import type * as rows from '../entities/index.js';
import type { Loaders, RegistryContext } from '../loaders.js';
import type { RegisterSummary } from '../repositories/work-registers.js';
import { pairKey } from '../domain/graph.js';
import type { OrganizationResolvers, PartnershipResolvers, OrganizationUnitResolvers } from '../generated/resolvers.js';

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref: { id: string }, { loaders }) => loaders.organization.load(ref.id),

  units: (organization, _, { loaders }) => loaders.unitsOfOrganization.load(organization.id),

  partners,

  async workRegisters(organization, args, { loaders }, info) {
    const connection = await loaders.registersOfOrganization.load(organization.id, args);
    return {
      ...registerNodes(connection, info, loaders),
      // organization_register_count keeps how many: no COUNT over the organization's registers.
      totalCount: () => loaders.registerCountOfOrganization.load(organization.id),
    };
  },
};

export interface PartnershipRow {
  organization: rows.Organization;
  pairKey: string;
  /** How many registers the two share. */
  registers: number;
}

/** Organization.partners: each partner, by acronym; the registers shared page per partnership. */
async function partners(organization: rows.Organization, _: unknown, { loaders }: RegistryContext) {
  const pairs = await loaders.partnersOfOrganization.load(organization.id);
  const partnerships = await Promise.all(
    pairs.map(async (pair): Promise<PartnershipRow> => ({
      organization: await referenced(loaders.organization, pair.partnerId),
      pairKey: pairKey(pair.organizationId, pair.partnerId),
      registers: pair.registers,
    })),
  );
  return partnerships.sort((a, b) => a.organization.acronym.localeCompare(b.organization.acronym));
}

export const Partnership: PartnershipResolvers = {
  async workRegisters(partnership, args, { loaders }, info) {
    const connection = await loaders.registersOfPartnership.load(partnership.pairKey, args);
    return {
      ...registerNodes(connection, info, loaders),
      // organization_pair keeps how many registers the two share: no COUNT over their parties.
      totalCount: () => Promise.resolve(partnership.registers),
    };
  },
};

/** What a listing row (organization_register, partnership_register) holds of a register. */
const LISTED_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'title']);

/**
 * A page of listing rows as registers. When the query asks nothing of a node but its id and
 * title (a list of titles, as an organization page shows), the rows answer it: no register is
 * read. Any other field loads the registers, all of the request's in one statement.
 */
function registerNodes(connection: Connection<ChildRow>, info: GraphQLResolveInfo, loaders: Loaders) {
  return selectsOnly(info, ['edges', 'node'], LISTED_FIELDS)
    ? withNodes(connection, listedRegister)
    : withNodes(connection, (row) => referenced(loaders.workRegister, row.id));
}

/**
 * A register as its listing row has it. Only id and title are set; that is safe because
 * registerNodes returns it only to a selection of those fields (LISTED_FIELDS).
 */
const listedRegister = (row: ChildRow) => ({ id: row.id, title: String(row.values.title) }) as RegisterSummary;

export const OrganizationUnit: OrganizationUnitResolvers = {
  organization: (unit, _, { loaders }) => referenced(loaders.organization, unit.organizationId),
};
