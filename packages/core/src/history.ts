import diff from 'microdiff';
import type { Identity, Viewer } from './auth.js';
import { conflict } from './errors.js';

/**
 * What both services keep about every change: who made it, when, a one-line summary, and the
 * record as it was afterwards. Revisions are immutable rows; a change never rewrites one.
 */
export interface Author {
  subject: string;
  name: string | null;
}

export const authorOf = (identity: Identity): Author => ({ subject: identity.subject, name: identity.name });

/** A change based on a revision the record has since moved past: CONFLICT, naming the current one. */
export const staleRevision = (subject: string, current: number, expected: number) =>
  conflict(
    `${subject} is at revision ${current}, not ${expected}: it changed since it was read; reload it and try again`,
    {
      currentRevision: current,
    },
  );

/** One field that differs between two revisions, at a path such as `milestones[2].status`. */
export interface FieldChange {
  path: string;
  kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  before: unknown;
  after: unknown;
}

const KIND = { CREATE: 'ADDED', REMOVE: 'REMOVED', CHANGE: 'CHANGED' } as const;

const pathOf = (keys: readonly (string | number)[]) =>
  keys.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');

/**
 * Field-level differences between two states (plain JSON), leaf by leaf; lists compare position
 * by position, so an added milestone is `milestones[3]` ADDED. microdiff does the walking.
 */
export function fieldChanges(before: object, after: object): FieldChange[] {
  return diff(before as Record<string, unknown>, after as Record<string, unknown>).map((d) => ({
    path: pathOf(d.path),
    kind: KIND[d.type],
    before: d.type === 'CREATE' ? null : d.oldValue,
    after: d.type === 'REMOVE' ? null : d.value,
  }));
}

/**
 * What changed between two states as one reader may see them: each state is hidden first, then
 * compared. Comparing first and hiding after would show a CHANGED entry whose before and after
 * both read "[email hidden]", telling an anonymous reader that an address changed.
 */
export function visibleChanges<S, V extends object>(before: S | null, after: S, hide: (state: S) => V): FieldChange[] {
  return fieldChanges(before ? hide(before) : {}, hide(after));
}

/** Email addresses as they appear in free text (documents' contact sections, finding messages). */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * Text shown to anonymous readers: addresses are personal data (issue 5), so free text hides
 * every one; mailing-list addresses stay readable on the contacts they belong to.
 */
export const redactEmails = (text: string) => text.replace(EMAIL, '[email hidden]');

/**
 * A value (text, snapshot, diff) as this viewer may read it: unchanged for callers with a role,
 * every email address in every string hidden for anonymous readers.
 */
export function visibleTo<T>(viewer: Viewer, value: T): T {
  if (viewer.seesPersonalData) return value;
  if (typeof value === 'string') return redactEmails(value) as T;
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? redactEmails(v) : v)) as T;
}
