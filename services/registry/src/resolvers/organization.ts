import type { ConnectionArgs } from '@alliance/core';
import type * as rows from '../entities/index.js';
import type { RegistryContext } from '../loaders.js';

export const Organization = {
  __resolveReference: (ref: { id: string }, { loaders }: RegistryContext) => loaders.organization.load(ref.id),

  units: (organization: rows.Organization, _: unknown, { loaders }: RegistryContext) =>
    loaders.unitsOfOrganization.load(organization.id),

  async workRegisters(organization: rows.Organization, args: ConnectionArgs, { loaders }: RegistryContext) {
    const connection = await loaders.registersOfOrganization(organization.id, args);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: loaders.workRegister.load(edge.node.id) })),
    };
  },
};

export const OrganizationUnit = {
  organization: (unit: rows.OrganizationUnit, _: unknown, { loaders }: RegistryContext) =>
    loaders.organization.load(unit.organizationId),
};
