import type { EntityManager } from 'typeorm';
import type { Database, Viewer } from '@alliance/core';
import { importedState, readsTrailAnew, sourceSha256, type ImportOutcome } from '../domain/import.js';
import type { RegisterState } from '../domain/register-state.js';
import { WorkRegisterEntity, WorkRegisterRevisionEntity, type WorkRegister } from '../entities/index.js';
import { currentState } from '../repositories/history.js';
import { addMissingSourceFields, placeFor, unknownAcronyms, writeRegister, type Links } from '../repositories/write.js';
import type { ImportInput } from '../validation.js';
import { authorizeNewOrganizations, authorizeRegisterWrite } from './authorize.js';

/**
 * Creates a register, or makes a new revision of the one with the same slug, in one
 * transaction: a failure part-way leaves nothing behind. Idempotent by the source's sha256: a
 * document seen before (even an older version) changes nothing, so re-importing never rolls a
 * register back. The one exception: the register's current document, imported before registers
 * kept their document's revision trail, has its trail read into a revision of its own, once.
 */
export async function importWorkRegister(
  db: Database,
  viewer: Viewer,
  input: ImportInput,
  options: { dryRun?: boolean; links: Links },
): Promise<{ outcome: ImportOutcome; register: WorkRegister }> {
  viewer.requireSignedIn('Importing a register');
  try {
    return await db.transaction((manager) => writeImport(manager, viewer, input, options));
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
  { dryRun, links }: { dryRun?: boolean; links: Links },
): Promise<{ outcome: ImportOutcome; register: WorkRegister }> {
  const sha256 = sourceSha256(input);
  const seen = await manager.getRepository(WorkRegisterRevisionEntity).findOneBy({ sourceSha256: sha256 });
  if (seen) {
    // Nothing changes, but the caller must still be one who could have imported it.
    const state = seen.snapshot as RegisterState;
    authorizeRegisterWrite(viewer, 'Importing a register', state, state);
    const register = (await manager.getRepository(WorkRegisterEntity).findOneBy({ id: seen.workRegisterId }))!;
    if (!readsTrailAnew(register, seen, input)) {
      // A register imported before the registry kept where its fields were read gets them from its
      // own document; no new revision, since the register is unchanged.
      if (!dryRun && register.sourceSha256 === sha256)
        await addMissingSourceFields(manager, register.id, input.provenance);
      return { outcome: 'UNCHANGED', register };
    }
  }
  const { slug, existing } = await placeFor(manager, input.title);
  const before = existing ? await currentState(manager, existing.id, existing.revision) : null;
  const state = importedState(input, before);
  const author = authorizeRegisterWrite(viewer, 'Importing a register', before, state);
  authorizeNewOrganizations(viewer, await unknownAcronyms(manager, state.parties));
  const register = await writeRegister(manager, {
    current: existing,
    before,
    state,
    slug,
    source: { sha256, text: input.sourceText, fields: input.provenance },
    author,
    summary: seen
      ? "Read the document's own revision trail"
      : existing
        ? 'Imported a new version of the document'
        : 'Imported the document',
    addUnknownOrganizations: true,
    links,
  });
  const result = { outcome: existing ? ('REVISED' as const) : ('CREATED' as const), register };
  if (dryRun) throw new DryRunResult(result);
  return result;
}
