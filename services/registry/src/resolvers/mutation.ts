import { assertId } from '@alliance/core';
import type { WorkRegisterStatus } from '../entities/index.js';
import type { RegistryContext } from '../loaders.js';
import { authorizeDirectoryWrite } from '../policy.js';
import { createRegister, recordReview, setStatus, updateRegister } from '../repositories/edit.js';
import { importWorkRegister } from '../repositories/import.js';
import { createOrganization, updateOrganization } from '../repositories/organizations.js';
import type { ReviewOutcome } from '../repositories/register-state.js';
import {
  validateCreate,
  validateImport,
  validateOrganization,
  validateOrganizationPatch,
  validatePatch,
  validateReview,
} from '../validation.js';

export interface Target {
  id: string;
  expectedRevision: number;
}

const target = (args: Target) => ({ id: assertId(args.id), expectedRevision: args.expectedRevision });

/** Each mutation checks its input, then hands over to one repository function (one transaction). */
export const Mutation = {
  createOrganization(_: unknown, args: { input: unknown }, { db, viewer }: RegistryContext) {
    authorizeDirectoryWrite(viewer, 'Adding an organization');
    return createOrganization(db, validateOrganization(args.input));
  },

  updateOrganization(_: unknown, args: { id: string; input: unknown }, { db, viewer }: RegistryContext) {
    authorizeDirectoryWrite(viewer, 'Changing an organization');
    return updateOrganization(db, assertId(args.id), validateOrganizationPatch(args.input));
  },

  createWorkRegister: (_: unknown, args: { input: unknown }, { db, viewer }: RegistryContext) =>
    createRegister(db, viewer, validateCreate(args.input)),

  updateWorkRegister: (_: unknown, args: Target & { input: unknown }, { db, viewer }: RegistryContext) =>
    updateRegister(db, viewer, target(args), validatePatch(args.input)),

  setWorkRegisterStatus: (
    _: unknown,
    args: Target & { status: WorkRegisterStatus; reason?: string | null },
    { db, viewer }: RegistryContext,
  ) => setStatus(db, viewer, { ...target(args), status: args.status, reason: args.reason ?? null }),

  recordReview(
    _: unknown,
    args: Target & { reviewedOn: string; outcome: ReviewOutcome; nextDueBy?: string | null },
    { db, viewer, schedule }: RegistryContext,
  ) {
    validateReview({ ...args, today: schedule.today });
    const review = { reviewedOn: args.reviewedOn, outcome: args.outcome, nextDueBy: args.nextDueBy ?? null };
    return recordReview(db, viewer, target(args), review);
  },

  async importWorkRegister(_: unknown, args: { input: unknown; dryRun: boolean }, { db, viewer }: RegistryContext) {
    const input = validateImport(args.input);
    const { outcome, register } = await importWorkRegister(db, viewer, input, { dryRun: args.dryRun });
    return { outcome, slug: register.slug, revision: register.revision, workRegister: args.dryRun ? null : register };
  },
};
