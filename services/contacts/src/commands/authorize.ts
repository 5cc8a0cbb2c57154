import type { Identity, Viewer } from '@alliance/core';

/**
 * Who may write what, checked with the token this service verified itself: the gateway's word
 * is never taken for it.
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

/** A point of contact's side: its editor; a side the registry no longer knows is left to admins. */
export function requireSideEditor(viewer: Viewer, action: string, acronym: string | null): Identity {
  return acronym ? viewer.requireEditorOfAll(action, [acronym]) : viewer.requireAdmin(action);
}
