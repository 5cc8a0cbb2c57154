import type { RegisterState } from './register-state.js';

/**
 * Which webhook events a register write makes, and what they say: pure, so the rules are tested
 * without a database. Every write is `register.created` or `register.changed`; a write that moves
 * the status, or records a review, also says so in an event of its own, so a subscriber to
 * status changes only is not told of every typo fixed.
 */
export type RegisterEventType = 'register.created' | 'register.changed' | 'register.status_changed' | 'review.recorded';

export const REGISTER_EVENT_TYPES: readonly RegisterEventType[] = [
  'register.created',
  'register.changed',
  'register.status_changed',
  'review.recorded',
];

/**
 * Events the contacts service records in its own outbox and relays here, where the subscriptions
 * are (core webhooks/relay.ts): subscribers ask for them like the registry's own.
 */
export const RELAYED_EVENT_TYPES = ['contact.changed', 'point_of_contact.changed'] as const;

/** Every event a subscription can ask for, as payloads name them. */
export const EVENT_TYPES: readonly string[] = [...REGISTER_EVENT_TYPES, ...RELAYED_EVENT_TYPES];

export interface RegisterWritten {
  register: { id: string; slug: string; title: string; revision: number };
  before: RegisterState | null;
  after: RegisterState;
  author: { subject: string; name: string | null };
  summary: string;
  /** The field changes of the revision, as `WorkRegisterRevision.changes` reports them. */
  changes: unknown[];
  /** The register's page in the web app. */
  url: string;
}

export function registerEvents(written: RegisterWritten): { type: RegisterEventType; data: Record<string, unknown> }[] {
  const { before, after } = written;
  const common = {
    workRegister: { ...written.register, status: after.status, url: written.url },
    organizations: after.parties.map((party) => party.acronym),
    revision: {
      number: written.register.revision,
      author: written.author,
      summary: written.summary,
      changes: written.changes,
    },
  };
  const events: { type: RegisterEventType; data: Record<string, unknown> }[] = [
    { type: before ? 'register.changed' : 'register.created', data: common },
  ];
  if (before && before.status !== after.status) {
    events.push({
      type: 'register.status_changed',
      data: { ...common, status: { from: before.status, to: after.status, reason: after.statusReason } },
    });
  }
  const reviewed = after.review?.lastReviewedOn;
  if (before && reviewed && reviewed !== before.review?.lastReviewedOn) {
    events.push({
      type: 'review.recorded',
      data: {
        ...common,
        review: {
          reviewedOn: reviewed,
          outcome: after.review?.lastOutcome ?? null,
          nextDueBy: after.review?.dueBy ?? null,
        },
      },
    });
  }
  return events;
}

/** The organizations an event concerns: the parties before and after (a removed party hears of it). */
export const concernedAcronyms = (before: RegisterState | null, after: RegisterState): string[] => [
  ...new Set([...(before?.parties ?? []), ...after.parties].map((party) => party.acronym.toUpperCase())),
];
