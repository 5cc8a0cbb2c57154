import { visibleTo, type Identity, type Viewer } from '@alliance/core';
import type { ContactKind, ContactSnapshot } from './entities/index.js';

/**
 * Who may write what, and what anonymous readers see. Checked here, with the token this service
 * verified itself: the gateway's word is never taken for it.
 */

/**
 * Editing a contact (or its history) needs editor of every organization involved: the contact's
 * and, when it moves, the new one. An organization that is missing, or that the registry does
 * not know, leaves the contact to admins.
 */
export function requireContactEditor(viewer: Viewer, action: string, acronyms: readonly (string | null)[]): Identity {
  if (acronyms.some((acronym) => acronym === null)) {
    return viewer.requireAdmin(`${action} of a contact without a known organization`);
  }
  return viewer.requireEditorOfAll(action, acronyms as string[]);
}

/** A person's address is personal data: callers with any role see it; mailing lists are public. */
export const visibleEmail = (viewer: Viewer, contact: { kind: ContactKind; email: string }): string | null =>
  contact.kind === 'MAILING_LIST' || viewer.seesPersonalData ? contact.email : null;

/** Free text (finding messages, summaries) with every address hidden from anonymous readers. */
export const visibleText = (viewer: Viewer, text: string): string => visibleTo(viewer, text);

/** A snapshot as this viewer may see it (and compare: `changes` diffs visible snapshots). */
export const visibleSnapshot = (viewer: Viewer, snapshot: ContactSnapshot) => ({
  ...snapshot,
  email: visibleEmail(viewer, snapshot),
});
