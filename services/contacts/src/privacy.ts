import { visibleTo, type Viewer } from '@alliance/core';
import type { ContactKind, ContactSnapshot } from './entities/index.js';

/** What anonymous readers see: mailing lists' addresses, and no person's (docs/identity.md). */

/** A person's address is personal data: callers with any role see it; mailing lists are public. */
export const visibleEmail = (viewer: Viewer, contact: { kind: ContactKind; email: string }): string | null =>
  contact.kind === 'MAILING_LIST' || viewer.seesPersonalData ? contact.email : null;

/** Free text (finding messages, summaries) with every address hidden from anonymous readers. */
export const visibleText = (viewer: Viewer, text: string): string => visibleTo(viewer, text);

/** A snapshot as this viewer may see it (and compare: `changes` diffs visible snapshots). */
export type VisibleSnapshot = Omit<ContactSnapshot, 'email'> & { email: string | null };

export const visibleSnapshot = (viewer: Viewer, snapshot: ContactSnapshot): VisibleSnapshot => ({
  ...snapshot,
  email: visibleEmail(viewer, snapshot),
});
