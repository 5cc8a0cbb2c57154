import type { RegistryContext } from '../loaders.js';
import { importWorkRegister } from '../repositories/import.js';
import { validateImport } from '../validation.js';

export const Mutation = {
  async importWorkRegister(_: unknown, args: { input: unknown; dryRun: boolean }, { db }: RegistryContext) {
    const { outcome, register } = await importWorkRegister(db, validateImport(args.input), { dryRun: args.dryRun });
    return { outcome, slug: register.slug, revision: register.revision, workRegister: args.dryRun ? null : register };
  },
};
