import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Database, Viewer } from '@alliance/core';
import { WorkRegisterEntity, WorkRegisterRevisionEntity, type WorkRegister } from '../entities/index.js';
import { authorizeNewOrganizations, authorizeRegisterWrite } from '../policy.js';
import type { ImportInput } from '../validation.js';
import { currentState, type RegisterState } from './register-state.js';
import { placeFor, unknownAcronyms, writeRegister } from './write.js';

export type ImportOutcome = 'CREATED' | 'REVISED' | 'UNCHANGED';

/** The source's fingerprint: its text when given, else the structured document. */
export function sourceSha256(input: ImportInput): string {
  const { sourceText, ...document } = input;
  return createHash('sha256')
    .update(sourceText ?? JSON.stringify(document))
    .digest('hex');
}

/**
 * Creates a register, or makes a new revision of the one with the same slug, in one
 * transaction: a failure part-way leaves nothing behind. Idempotent by the source's sha256: a
 * document seen before (even an older version) changes nothing, so re-importing never rolls a
 * register back.
 */
export async function importWorkRegister(
  db: Database,
  viewer: Viewer,
  input: ImportInput,
  options: { dryRun?: boolean } = {},
): Promise<{ outcome: ImportOutcome; register: WorkRegister }> {
  viewer.requireSignedIn('Importing a register');
  try {
    return await db.transaction((manager) => writeImport(manager, viewer, input, options.dryRun ?? false));
  } catch (error) {
    if (error instanceof DryRunResult) return error.result;
    throw error;
  }
}

/** Thrown to roll a dry run's transaction back; carries what the import would have done. */
class DryRunResult extends Error {
  constructor(readonly result: { outcome: ImportOutcome; register: WorkRegister }) {
    super('dry run');
  }
}

async function writeImport(
  manager: EntityManager,
  viewer: Viewer,
  input: ImportInput,
  dryRun: boolean,
): Promise<{ outcome: ImportOutcome; register: WorkRegister }> {
  const sha256 = sourceSha256(input);
  const seen = await manager.getRepository(WorkRegisterRevisionEntity).findOneBy({ sourceSha256: sha256 });
  if (seen) {
    // Nothing changes, but the caller must still be one who could have imported it.
    const state = seen.snapshot as RegisterState;
    authorizeRegisterWrite(viewer, 'Importing a register', state, state);
    const register = (await manager.getRepository(WorkRegisterEntity).findOneBy({ id: seen.workRegisterId }))!;
    return { outcome: 'UNCHANGED', register };
  }
  const { slug, existing } = await placeFor(manager, input.title);
  const before = existing ? await currentState(manager, existing.id, existing.revision) : null;
  const state = importedState(input, before);
  const author = authorizeRegisterWrite(viewer, 'Importing a register', before, state);
  authorizeNewOrganizations(viewer, await unknownAcronyms(manager, state.parties));
  const register = await writeRegister(manager, {
    current: existing,
    state,
    slug,
    source: { sha256, text: input.sourceText },
    author,
    summary: existing ? 'Imported a new version of the document' : 'Imported the document',
    addUnknownOrganizations: true,
  });
  const result = { outcome: existing ? ('REVISED' as const) : ('CREATED' as const), register };
  if (dryRun) throw new DryRunResult(result);
  return result;
}

/**
 * The document's content; what the registry decides itself is kept from the register's current
 * state: its status (a new register is ACTIVE when the document records an approval) and its
 * last review.
 */
function importedState(input: ImportInput, before: RegisterState | null): RegisterState {
  const { sourceText: _source, review, ...document } = input;
  return {
    ...document,
    status: before?.status ?? (input.approval ? 'ACTIVE' : 'DRAFT'),
    statusReason: before?.statusReason ?? null,
    review: review
      ? {
          ...review,
          lastReviewedOn: before?.review?.lastReviewedOn ?? null,
          lastOutcome: before?.review?.lastOutcome ?? null,
        }
      : null,
  };
}
