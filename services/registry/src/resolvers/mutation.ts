import type { ReviewOutcome } from '../domain/register-state.js';
import type { WorkRegisterStatus } from '../entities/index.js';
import type { RegistryContext } from '../loaders.js';
import { importWorkRegister } from '../commands/import.js';
import { createOrganization, updateOrganization } from '../commands/organizations.js';
import { createRegister, recordReview, setStatus, updateRegister, type Target } from '../commands/registers.js';
import { validateImport } from '../validation.js';

/** Each mutation hands its arguments to one command (commands/: validate, load, authorize, decide, write). */
export const Mutation = {
  createOrganization: (_: unknown, args: { input: unknown }, { db, viewer }: RegistryContext) =>
    createOrganization(db, viewer, args.input),

  updateOrganization: (_: unknown, args: { id: string; input: unknown }, { db, viewer }: RegistryContext) =>
    updateOrganization(db, viewer, args.id, args.input),

  createWorkRegister: (_: unknown, args: { input: unknown }, { db, viewer }: RegistryContext) =>
    createRegister(db, viewer, args.input),

  updateWorkRegister: (_: unknown, args: Target & { input: unknown }, { db, viewer }: RegistryContext) =>
    updateRegister(db, viewer, args, args.input),

  setWorkRegisterStatus: (
    _: unknown,
    args: Target & { status: WorkRegisterStatus; reason?: string | null },
    { db, viewer }: RegistryContext,
  ) => setStatus(db, viewer, { ...args, reason: args.reason ?? null }),

  recordReview: (
    _: unknown,
    args: Target & { reviewedOn: string; outcome: ReviewOutcome; nextDueBy?: string | null },
    { db, viewer, schedule }: RegistryContext,
  ) =>
    recordReview(
      db,
      viewer,
      args,
      { reviewedOn: args.reviewedOn, outcome: args.outcome, nextDueBy: args.nextDueBy ?? null },
      schedule.today,
    ),

  async importWorkRegister(_: unknown, args: { input: unknown; dryRun: boolean }, { db, viewer }: RegistryContext) {
    const { outcome, register } = await importWorkRegister(db, viewer, validateImport(args.input), {
      dryRun: args.dryRun,
    });
    return { outcome, slug: register.slug, revision: register.revision, workRegister: args.dryRun ? null : register };
  },
};
