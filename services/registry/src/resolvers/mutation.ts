import type { RegistryContext } from '../loaders.js';
import { importWorkRegister } from '../repositories/import.js';
import { validateImport } from '../validation.js';

export const Mutation = {
  async importWorkRegister(_: unknown, args: { input: unknown }, { db }: RegistryContext) {
    const { outcome, register } = await importWorkRegister(db, validateImport(args.input));
    return { outcome, workRegister: register };
  },
};
