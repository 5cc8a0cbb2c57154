import type { ConnectionArgs } from '@alliance/core';
import type * as rows from '../entities/index.js';
import type { RegistryContext } from '../loaders.js';

export const Organization = {
  __resolveReference: (ref: { id: string }, { loaders }: RegistryContext) => loaders.organization.load(ref.id),

  units: (organization: rows.Organization, _: unknown, { loaders }: RegistryContext) =>
    loaders.unitsOfOrganization.load(organization.id),

  partners,

  async workRegisters(organization: rows.Organization, args: ConnectionArgs, { loaders }: RegistryContext) {
    const connection = await loaders.registersOfOrganization(organization.id, args);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: loaders.workRegister.load(edge.node.id) })),
    };
  },
};

/** Organization.partners: each partner with the registers shared, by partner acronym. */
async function partners(organization: rows.Organization, _: unknown, { loaders }: RegistryContext) {
  const rowsOf = await loaders.partnersOfOrganization.load(organization.id);
  const shared = new Map<string, string[]>();
  for (const row of rowsOf) shared.set(row.partner, [...(shared.get(row.partner) ?? []), row.workRegisterId]);
  const partnerships = await Promise.all(
    [...shared].map(async ([partner, registerIds]) => ({
      organization: (await loaders.organization.load(partner))!,
      workRegisters: registerIds.map((id) => loaders.workRegister.load(id)),
    })),
  );
  return partnerships.sort((a, b) => a.organization.acronym.localeCompare(b.organization.acronym));
}

export const OrganizationUnit = {
  organization: (unit: rows.OrganizationUnit, _: unknown, { loaders }: RegistryContext) =>
    loaders.organization.load(unit.organizationId),
};
