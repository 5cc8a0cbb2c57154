import { importWorkRegister } from '../commands/import.js';
import { createOrganization, updateOrganization } from '../commands/organizations.js';
import { createRegister, recordReview, setStatus, updateRegister } from '../commands/registers.js';
import { validateImport } from '../validation.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { webhookMutations } from './webhooks.js';

/** Each mutation hands its arguments to one command (commands/: validate, load, authorize, decide, write). */
export const Mutation: MutationResolvers = {
  ...webhookMutations,

  createOrganization: (_, args, { db, viewer }) => createOrganization(db, viewer, args.input),

  updateOrganization: (_, args, { db, viewer }) => updateOrganization(db, viewer, args.id, args.input),

  createWorkRegister: (_, args, { db, viewer, links }) => createRegister(db, viewer, links, args.input),

  updateWorkRegister: (_, args, { db, viewer, links }) => updateRegister(db, viewer, links, args, args.input),

  setWorkRegisterStatus: (_, args, { db, viewer, links }) =>
    setStatus(db, viewer, links, { ...args, reason: args.reason ?? null }),

  recordReview: (_, args, { db, viewer, links, schedule }) =>
    recordReview(
      db,
      viewer,
      links,
      args,
      { reviewedOn: args.reviewedOn, outcome: args.outcome, nextDueBy: args.nextDueBy ?? null },
      schedule.today,
    ),

  async importWorkRegister(_, args, { db, viewer, links }) {
    const { outcome, register } = await importWorkRegister(db, viewer, validateImport(args.input), {
      dryRun: args.dryRun,
      links,
    });
    return { outcome, slug: register.slug, revision: register.revision, workRegister: args.dryRun ? null : register };
  },
};
