import { createHash } from 'node:crypto';
import type { ImportInput } from '../validation.js';
import type { RegisterState } from './register-state.js';

export type ImportOutcome = 'CREATED' | 'REVISED' | 'UNCHANGED';

/**
 * The source's fingerprint: its text when given, else the structured document. Provenance is
 * not part of it: it describes the text, so the same text is the same source.
 */
export function sourceSha256(input: ImportInput): string {
  const { sourceText, provenance: _provenance, ...document } = input;
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
