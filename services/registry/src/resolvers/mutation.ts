import { assertId } from '@alliance/core';
import type { WorkRegisterStatus } from '../entities/index.js';
import type { RegistryContext } from '../loaders.js';
import { setStatus } from '../repositories/status.js';
import { importWorkRegister } from '../repositories/import.js';
import { validateImport } from '../validation.js';

export const Mutation = {
  setWorkRegisterStatus: (
    _: unknown,
    args: { id: string; expectedRevision: number; status: WorkRegisterStatus; reason?: string | null },
    { db }: RegistryContext,
  ) => setStatus(db, { ...args, id: assertId(args.id), reason: args.reason ?? null }),

  async importWorkRegister(_: unknown, args: { input: unknown; dryRun: boolean }, { db }: RegistryContext) {
    const { outcome, register } = await importWorkRegister(db, validateImport(args.input), { dryRun: args.dryRun });
    return { outcome, slug: register.slug, revision: register.revision, workRegister: args.dryRun ? null : register };
  },
};
