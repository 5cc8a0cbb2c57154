import { importWorkRegister } from '../commands/import.js';
import { createOrganization, updateOrganization } from '../commands/organizations.js';
import { createRegister, recordReview, setStatus, updateRegister } from '../commands/registers.js';
import { validateImport } from '../validation.js';
import type { MutationResolvers } from '../generated/resolvers.js';

/** Each mutation hands its arguments to one command (commands/: validate, load, authorize, decide, write). */
export const Mutation: MutationResolvers = {
  createOrganization: (_, args, { db, viewer }) => createOrganization(db, viewer, args.input),

  updateOrganization: (_, args, { db, viewer }) => updateOrganization(db, viewer, args.id, args.input),

  createWorkRegister: (_, args, { db, viewer }) => createRegister(db, viewer, args.input),

  updateWorkRegister: (_, args, { db, viewer }) => updateRegister(db, viewer, args, args.input),

  setWorkRegisterStatus: (_, args, { db, viewer }) => setStatus(db, viewer, { ...args, reason: args.reason ?? null }),

  recordReview: (_, args, { db, viewer, schedule }) =>
    recordReview(
      db,
      viewer,
      args,
      { reviewedOn: args.reviewedOn, outcome: args.outcome, nextDueBy: args.nextDueBy ?? null },
      schedule.today,
    ),

  async importWorkRegister(_, args, { db, viewer }) {
    const { outcome, register } = await importWorkRegister(db, viewer, validateImport(args.input), {
      dryRun: args.dryRun,
    });
    return { outcome, slug: register.slug, revision: register.revision, workRegister: args.dryRun ? null : register };
  },
};
