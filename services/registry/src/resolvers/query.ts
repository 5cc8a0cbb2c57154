import { assertId, badUserInput, notFound, type ConnectionArgs } from '@alliance/core';
import type { RegistryContext } from '../loaders.js';
import { organizationPage } from '../repositories/organizations.js';
import { registerPage } from '../repositories/work-registers.js';

/** Exactly one of two lookup keys, as `workRegister(id:, slug:)` and `organization(id:, acronym:)` take. */
function oneKey(args: Record<string, string | null | undefined>): [string, string] {
  const given = Object.entries(args).filter((entry): entry is [string, string] => entry[1] != null);
  if (given.length !== 1) {
    throw badUserInput(`Pass exactly one of ${Object.keys(args).join(', ')}`, Object.keys(args)[0]);
  }
  return given[0]!;
}

export const Query = {
  async workRegister(_: unknown, args: { id?: string | null; slug?: string | null }, { loaders }: RegistryContext) {
    const [key, value] = oneKey({ id: args.id, slug: args.slug });
    const register =
      key === 'id' ? await loaders.workRegister.load(assertId(value)) : await loaders.workRegisterBySlug.load(value);
    if (!register) throw notFound(`No work register with ${key} "${value}"`);
    return register;
  },

  workRegisters: (_: unknown, args: ConnectionArgs, { db }: RegistryContext) => registerPage(db.dataSource, args),

  async organization(_: unknown, args: { id?: string | null; acronym?: string | null }, { loaders }: RegistryContext) {
    const [key, value] = oneKey({ id: args.id, acronym: args.acronym });
    const organization =
      key === 'id' ? await loaders.organization.load(assertId(value)) : await loaders.organizationByAcronym.load(value);
    if (!organization) throw notFound(`No organization with ${key} "${value}"`);
    return organization;
  },

  organizations: (_: unknown, args: ConnectionArgs, { db }: RegistryContext) => organizationPage(db.dataSource, args),
};
