import { createHash } from 'node:crypto';
import type { ImportInput } from '../validation.js';
import type { RegisterState } from './register-state.js';

export type ImportOutcome = 'CREATED' | 'REVISED' | 'UNCHANGED';

/**
 * The source's fingerprint: its text when given, else the structured document. Provenance is
 * not part of it: it describes the text, so the same text is the same source. An empty revision
 * trail is not either, so a structured document imported before registers kept trails has the
 * fingerprint it had (imported again, it is UNCHANGED rather than a revision that changes nothing).
 */
export function sourceSha256(input: ImportInput): string {
  const { sourceText, provenance: _provenance, documentRevisions, ...rest } = input;
  const document = documentRevisions.length > 0 ? { ...rest, documentRevisions } : rest;
  return createHash('sha256')
    .update(sourceText ?? JSON.stringify(document))
    .digest('hex');
}

/**
 * The document's content; what the registry decides itself is kept from the register's current
 * state: its status (a new register is ACTIVE when the document records an approval) and its
 * last review.
 */
export function importedState(input: ImportInput, before: RegisterState | null): RegisterState {
  const { sourceText: _source, provenance: _provenance, review, ...document } = input;
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

/**
 * Whether importing a source seen before reads something new: the register's current revision is
 * that source, recorded before registers kept their document's revision trail, and the document
 * has one. The trail is then read into a revision of its own (once: that revision keeps it).
 */
export function readsTrailAnew(
  current: { revision: number; sourceSha256: string },
  seen: { revision: number; sourceSha256: string; snapshot: unknown },
  input: ImportInput,
): boolean {
  return (
    seen.revision === current.revision &&
    seen.sourceSha256 === current.sourceSha256 &&
    !('documentRevisions' in (seen.snapshot as object)) &&
    input.documentRevisions.length > 0
  );
}
