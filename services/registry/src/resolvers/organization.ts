import { referenced } from '@alliance/core';
import type * as rows from '../entities/index.js';
import type { RegistryContext } from '../loaders.js';
import { pairKey } from '../domain/graph.js';
import type { OrganizationResolvers, PartnershipResolvers, OrganizationUnitResolvers } from '../generated/resolvers.js';

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref: { id: string }, { loaders }) => loaders.organization.load(ref.id),

  units: (organization, _, { loaders }) => loaders.unitsOfOrganization.load(organization.id),

  partners,

  async workRegisters(organization, args, { loaders }) {
    const connection = await loaders.registersOfOrganization.load(organization.id, args);
    return {
      ...connection,
      // organization_register_count keeps how many: no COUNT over the organization's registers.
      totalCount: () => loaders.registerCountOfOrganization.load(organization.id),
      edges: connection.edges.map((edge) => ({
        cursor: edge.cursor,
        node: referenced(loaders.workRegister, edge.node.id),
      })),
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
  async workRegisters(partnership, args, { loaders }) {
    const connection = await loaders.registersOfPartnership.load(partnership.pairKey, args);
    return {
      ...connection,
      // organization_pair keeps how many registers the two share: no COUNT over their parties.
      totalCount: () => Promise.resolve(partnership.registers),
      edges: connection.edges.map((edge) => ({
        cursor: edge.cursor,
        node: referenced(loaders.workRegister, edge.node.id),
      })),
    };
  },
};

export const OrganizationUnit: OrganizationUnitResolvers = {
  organization: (unit, _, { loaders }) => referenced(loaders.organization, unit.organizationId),
};
