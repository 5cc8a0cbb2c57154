import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { assertId, badUserInput, type Database, type Viewer } from '@alliance/core';
import { createdState, patchedState, reviewedState, type ReviewRecord } from '../domain/edits.js';
import type { RegisterState } from '../domain/register-state.js';
import { moveStatus } from '../domain/status.js';
import type { WorkRegister, WorkRegisterStatus } from '../entities/index.js';
import { currentState } from '../repositories/history.js';
import { organizationsByAcronyms } from '../repositories/organizations.js';
import { placeFor, registerForChange, writeRegister, type Links } from '../repositories/write.js';
import { checkRules, validateCreate, validatePatch, validateReview } from '../validation.js';
import { authorizeRegisterWrite } from './authorize.js';
import { decide } from './decide.js';

/**
 * The registry's edits of registers. Each is one unit of work: validate the input, load the
 * register at the revision the caller based the change on, authorize, decide the next state
 * (domain/, pure), and write it as the next revision (repositories/write.ts).
 */

export interface Target {
  id: string;
  expectedRevision: number;
}

export function createRegister(db: Database, viewer: Viewer, links: Links, input: unknown): Promise<WorkRegister> {
  const fields = validateCreate(input);
  viewer.requireSignedIn('Creating a register');
  return db.transaction(async (manager) => {
    const state = createdState(fields, await directoryParties(manager, fields.parties));
    const author = authorizeRegisterWrite(viewer, 'Creating a register', null, state);
    const { slug, existing } = await placeFor(manager, state.title);
    if (existing) {
      throw badUserInput(
        `A register titled "${existing.title}" exists (${existing.slug}); edit it instead`,
        'input.title',
      );
    }
    return writeRegister(manager, {
      current: null,
      before: null,
      state,
      slug,
      source: { sha256: createHash('sha256').update(JSON.stringify(state)).digest('hex'), text: null, fields: [] },
      author,
      summary: 'Created',
      addUnknownOrganizations: false,
      links,
    });
  });
}

/**
 * Applies `next` to the register's current state as a new revision. A change that changes
 * nothing is not a revision: the register comes back as it is.
 */
function change(
  db: Database,
  viewer: Viewer,
  links: Links,
  action: string,
  target: Target,
  next: (before: RegisterState, manager: EntityManager) => Promise<{ state: RegisterState; summary: string }>,
): Promise<WorkRegister> {
  const id = assertId(target.id);
  viewer.requireSignedIn(action);
  return db.transaction(async (manager) => {
    const register = await registerForChange(manager, id, target.expectedRevision);
    const before = await currentState(manager, register.id, register.revision);
    // Refuse before judging the input: a caller who may not edit learns nothing more.
    viewer.requireEditorOfAny(
      action,
      before.parties.map((p) => p.acronym),
    );
    const { state, summary } = await next(before, manager);
    const author = authorizeRegisterWrite(viewer, action, before, state);
    if (JSON.stringify(state) === JSON.stringify(before)) return register;
    return writeRegister(manager, {
      current: register,
      before,
      expectedRevision: target.expectedRevision,
      state,
      author,
      summary,
      addUnknownOrganizations: false,
      links,
    });
  });
}

export function updateRegister(db: Database, viewer: Viewer, links: Links, target: Target, input: unknown) {
  const patch = validatePatch(input);
  return change(db, viewer, links, 'Editing a register', target, async (before, manager) => {
    const parties = patch.parties ? await directoryParties(manager, patch.parties) : undefined;
    const next = patchedState(before, patch, parties);
    checkRules(next.state);
    return next;
  });
}

export const setStatus = (
  db: Database,
  viewer: Viewer,
  links: Links,
  target: Target & { status: WorkRegisterStatus; reason: string | null },
) =>
  change(db, viewer, links, "Changing a register's status", target, async (before) =>
    decide(() => moveStatus(before, target.status, target.reason)),
  );

export function recordReview(
  db: Database,
  viewer: Viewer,
  links: Links,
  target: Target,
  review: ReviewRecord,
  today: string,
): Promise<WorkRegister> {
  validateReview({ ...review, today });
  return change(db, viewer, links, 'Recording a review', target, async (before) =>
    decide(() => reviewedState(before, review)),
  );
}

/** Parties as the directory names them; an acronym it does not hold is the caller's mistake. */
async function directoryParties(manager: EntityManager, parties: RegisterState['parties']) {
  const known = new Map(
    (
      await organizationsByAcronyms(
        manager,
        parties.map((p) => p.acronym),
      )
    ).map((o) => [o.acronym.toUpperCase(), o]),
  );
  return parties.map((party, index) => {
    const organization = known.get(party.acronym.toUpperCase());
    if (!organization) {
      throw badUserInput(`No organization with acronym "${party.acronym}"`, `input.parties[${index}].acronym`);
    }
    return { acronym: organization.acronym, name: organization.name, unit: party.unit };
  });
}
