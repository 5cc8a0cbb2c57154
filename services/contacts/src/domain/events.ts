import type { ContactSnapshot } from '../entities/index.js';

/**
 * The webhook events a contacts write makes, one per contact revision: pure, so what a payload
 * says is tested without a database. The registry delivers them (the subscriptions are there);
 * the contacts service relays them from its outbox (core webhooks/relay.ts).
 *
 * Payloads carry the contact's address: a subscription is made by an admin or an editor, and
 * any role may read personal addresses (docs/identity.md).
 */
export type ContactEventType = 'contact.changed' | 'point_of_contact.changed';

/** One revision as recorded, with the state before it (null for a new contact). */
export interface RecordedRevision {
  contactId: string;
  revision: number;
  summary: string;
  author: { subject: string; name: string | null };
  before: ContactSnapshot | null;
  after: ContactSnapshot;
}

/** An event for the outbox (core's NewEvent). */
export interface ContactEvent {
  type: ContactEventType;
  orderingKey: string;
  position: number;
  organizationIds: string[];
  data: Record<string, unknown>;
}

/** What the write's directory look-up knew: acronyms and registers, by id. */
export interface EventNames {
  acronymOf(organizationId: string | null): string | null;
  register(id: string): { id: string; slug: string; title: string } | null;
  /** The web app's address, for links to register pages. */
  publicUrl: string;
}

/** The organizations a revision concerns, before and after: the contact's and its points' sides. */
const concerned = (snapshots: readonly (ContactSnapshot | null)[]) => [
  ...new Set(
    snapshots.flatMap((s) =>
      s ? [s.organizationId, ...s.pointsOfContact.map((p) => p.organizationId)].filter((id) => id !== null) : [],
    ),
  ),
];

/** `changes` gives each revision's field changes, as `Contact.changes` reports them. */
export function contactEvents(
  type: ContactEventType,
  revisions: readonly (RecordedRevision & { changes: unknown[] })[],
  names: EventNames,
): ContactEvent[] {
  const organization = (id: string | null) => (id === null ? null : { id, acronym: names.acronymOf(id) });
  const workRegister = (id: string) => {
    const known = names.register(id);
    return known
      ? { id, slug: known.slug, title: known.title, url: `${names.publicUrl}/registers/${known.slug}` }
      : { id, slug: null, title: null, url: null };
  };
  return revisions.map(({ contactId, revision, summary, author, before, after, changes }) => {
    const organizationIds = concerned([before, after]);
    return {
      type,
      // In order per contact: each of its revisions is one event.
      orderingKey: contactId,
      position: revision,
      organizationIds,
      data: {
        contact: {
          id: contactId,
          kind: after.kind,
          name: after.name,
          title: after.title,
          email: after.email,
          organization: organization(after.organizationId),
          revision,
        },
        organizations: organizationIds.map((id) => names.acronymOf(id) ?? id),
        revision: { number: revision, author, summary, changes },
        pointsOfContact: after.pointsOfContact.map((point) => ({
          workRegister: workRegister(point.workRegisterId),
          organization: organization(point.organizationId),
          role: point.role,
        })),
      },
    };
  });
}
