import { authorOf, forbidden, type Author, type Viewer } from '@alliance/core';
import type { RegisterState } from '../domain/register-state.js';

/**
 * Who may write what in the registry (docs/identity.md). `admin` may do everything; `editor:X`
 * creates registers X is a party to and changes registers X (or a unit of X) is a party to,
 * before and after the change, so an editor can neither take over nor give away a register of
 * other bodies. Everyone else only reads.
 */

const acronymsOf = (state: RegisterState) => state.parties.map((party) => party.acronym);

export function authorizeRegisterWrite(
  viewer: Viewer,
  action: string,
  before: RegisterState | null,
  after: RegisterState,
): Author {
  const identity = viewer.requireSignedIn(action);
  if (before) viewer.requireEditorOfAny(action, acronymsOf(before));
  viewer.requireEditorOfAny(action, acronymsOf(after));
  return authorOf(identity);
}

/** The directory of standards bodies is kept by admins. */
export const authorizeDirectoryWrite = (viewer: Viewer, action: string): Author =>
  authorOf(viewer.requireAdmin(action));

/** An import may name bodies the directory does not know; only an admin adds them. */
export function authorizeNewOrganizations(viewer: Viewer, acronyms: readonly string[]): void {
  if (acronyms.length > 0 && !viewer.isAdmin) {
    throw forbidden(
      `Only an admin can add organizations to the directory (${acronyms.join(', ')}); ask one to run createOrganization first`,
    );
  }
}
