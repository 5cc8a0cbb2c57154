import { WebhookEventEntity } from '@alliance/core';
import { EntitySchema } from 'typeorm';

export type ContactKind = 'PERSON' | 'MAILING_LIST';

/** One person or mailbox, unique by (lower-cased) email across every register. */
export interface Contact {
  id: string;
  kind: ContactKind;
  name: string;
  email: string;
  title: string | null;
  /** An Organization id of the registry subgraph (a federation key, not a foreign key). */
  organizationId: string | null;
  /** Increases by one with every change; a ContactRevision row keeps each state. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** A contact named for one organization in one register, with the role as written. */
export interface PointOfContact {
  id: string;
  /** A WorkRegister id of the registry subgraph. */
  workRegisterId: string;
  contactId: string;
  organizationId: string;
  role: string | null;
  position: number;
  createdAt: string;
}

/** A point of contact as a revision records it (its id and position are not history). */
export interface PointOfContactSnapshot {
  workRegisterId: string;
  organizationId: string;
  role: string | null;
}

/** A contact as it was after one change. Field names are the paths `Contact.changes` reports. */
export interface ContactSnapshot {
  kind: ContactKind;
  name: string;
  email: string;
  title: string | null;
  organizationId: string | null;
  pointsOfContact: PointOfContactSnapshot[];
}

/**
 * One immutable revision of a contact. No foreign key to `contact`: the history of a merged
 * (deleted) contact stays.
 */
export interface ContactRevision {
  id: string;
  contactId: string;
  revision: number;
  authorSubject: string;
  authorName: string | null;
  summary: string;
  snapshot: ContactSnapshot;
  createdAt: string;
}

const id = { type: 'varchar', length: 36, primary: true } as const;
const ref = (name: string, nullable = false) => ({ type: 'varchar', length: 36, name, nullable }) as const;
const timestamp = (name: string) => ({ type: 'varchar', length: 32, name }) as const;

export const ContactEntity = new EntitySchema<Contact>({
  name: 'Contact',
  tableName: 'contact',
  columns: {
    id,
    kind: { type: 'varchar', length: 16 },
    name: { type: 'varchar', length: 200 },
    email: { type: 'varchar', length: 320 },
    title: { type: 'varchar', length: 300, nullable: true },
    organizationId: ref('organization_id', true),
    revision: { type: 'integer' },
    createdAt: timestamp('created_at'),
    updatedAt: timestamp('updated_at'),
  },
});

export const PointOfContactEntity = new EntitySchema<PointOfContact>({
  name: 'PointOfContact',
  tableName: 'point_of_contact',
  columns: {
    id,
    workRegisterId: ref('work_register_id'),
    contactId: ref('contact_id'),
    organizationId: ref('organization_id'),
    role: { type: 'varchar', length: 300, nullable: true },
    position: { type: 'integer' },
    createdAt: timestamp('created_at'),
  },
});

export const ContactRevisionEntity = new EntitySchema<ContactRevision>({
  name: 'ContactRevision',
  tableName: 'contact_revision',
  columns: {
    id,
    contactId: ref('contact_id'),
    revision: { type: 'integer' },
    authorSubject: { type: 'varchar', length: 200, name: 'author_subject' },
    authorName: { type: 'varchar', length: 200, name: 'author_name', nullable: true },
    summary: { type: 'varchar', length: 500 },
    snapshot: { type: 'simple-json' },
    createdAt: timestamp('created_at'),
  },
  uniques: [{ name: 'uq_contact_revision', columns: ['contactId', 'revision'] }],
});

/** The contacts' tables, and the outbox of their events (core webhooks). */
export const entities = [ContactEntity, PointOfContactEntity, ContactRevisionEntity, WebhookEventEntity];
