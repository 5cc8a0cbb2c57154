import type { ConnectionArgs } from '@alliance/core';
import type * as rows from '../entities/index.js';
import type { RegistryContext } from '../loaders.js';

export const Organization = {
  __resolveReference: (ref: { id: string }, { loaders }: RegistryContext) => loaders.organization.load(ref.id),

  units: (organization: rows.Organization, _: unknown, { loaders }: RegistryContext) =>
    loaders.unitsOfOrganization.load(organization.id),

  partners,

  async workRegisters(organization: rows.Organization, args: ConnectionArgs, { loaders }: RegistryContext) {
    const connection = await loaders.registersOfOrganization.load(organization.id, args);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: loaders.workRegister.load(edge.node.id) })),
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
      organization: (await loaders.organization.load(pair.partnerId))!,
      pairKey: `${pair.organizationId}|${pair.partnerId}`,
      registers: pair.registers,
    })),
  );
  return partnerships.sort((a, b) => a.organization.acronym.localeCompare(b.organization.acronym));
}

export const Partnership = {
  async workRegisters(partnership: PartnershipRow, args: ConnectionArgs, { loaders }: RegistryContext) {
    const connection = await loaders.registersOfPartnership.load(partnership.pairKey, args);
    return {
      ...connection,
      // organization_pair keeps how many registers the two share: no COUNT over their parties.
      totalCount: () => Promise.resolve(partnership.registers),
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: loaders.workRegister.load(edge.node.id) })),
    };
  },
};

export const OrganizationUnit = {
  organization: (unit: rows.OrganizationUnit, _: unknown, { loaders }: RegistryContext) =>
    loaders.organization.load(unit.organizationId),
};
