import { assertId, authorOf, badUserInput, conflict, notFound, staleRevision } from '@alliance/core';
import type { EntityManager } from 'typeorm';
import type { Contact } from '../entities/index.js';
import type { ContactsContext } from '../loaders.js';
import { requireContactEditor } from './authorize.js';
import { contactsByIds, pointsOfContactByContactIds } from '../repositories/contacts.js';
import * as editing from '../repositories/editing.js';
import { recordRevisions } from '../repositories/history.js';
import { announce } from './announce.js';
import { validateContactInput, validateContactPatch, type ContactPatch } from '../validation.js';

/**
 * createContact, updateContact and mergeContacts: validate the arguments' shape (as the registry
 * does, before anything else), require a signed-in caller, ask the registry what the arguments
 * name (one request, before the transaction, so no transaction waits on HTTP), check the roles,
 * then write and record the revision in one transaction.
 */

// Commands need no loaders: renewLoadersAfter gives the request fresh ones after each write.
type Context = Pick<ContactsContext, 'db' | 'viewer' | 'lookUp' | 'publicUrl'>;

const KIND_NAME = { PERSON: 'person', MAILING_LIST: 'mailing list' } as const;

/** "name", "name and title", "name, email and title". */
const listed = (words: readonly string[]) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

async function loadContact(context: Context, id: string, field: string): Promise<Contact> {
  const [contact] = await contactsByIds(context.db.dataSource.manager, [id]);
  if (!contact) throw notFound(`No contact with id "${id}" (${field})`);
  return contact;
}

/** The registers these contacts are points of contact of: their events name them. */
async function registersListing(context: Context, contactIds: readonly string[]): Promise<string[]> {
  const points = await pointsOfContactByContactIds(context.db.dataSource.manager, contactIds);
  return [...new Set(points.map((point) => point.workRegisterId))];
}

/** An address belongs to one contact; the error names it so the caller can merge or update it. */
async function requireEmailFree(manager: EntityManager, email: string, self: string | null, field: string) {
  const owner = await editing.contactByEmail(manager, email);
  if (owner && owner.id !== self) {
    throw badUserInput(`${field}: ${email} already belongs to contact ${owner.id}`, field);
  }
}

/**
 * Runs a write that may insert an address; under PostgreSQL two writers can both pass the check
 * above, and the UNIQUE index refuses the second: that is the same bad input, not a 500.
 */
async function withUniqueEmail<T>(context: Context, email: string | undefined, field: string, write: () => Promise<T>) {
  try {
    return await write();
  } catch (error) {
    if (!email || !editing.isUniqueViolation(error)) throw error;
    await requireEmailFree(context.db.dataSource.manager, email, null, field);
    throw error;
  }
}

export async function createContact(context: Context, rawInput: unknown): Promise<Contact> {
  const input = validateContactInput(rawInput);
  const identity = context.viewer.requireSignedIn('createContact');
  const { organization: acronym, ...fields } = input;
  const directory = await context.lookUp({
    acronyms: acronym ? [{ acronym, field: 'input.organization' }] : [],
  });
  const organization = acronym ? directory.organization(acronym) : null;
  requireContactEditor(context.viewer, 'createContact', [organization?.acronym ?? null]);
  const at = new Date().toISOString();
  const contact = await withUniqueEmail(context, fields.email, 'input.email', () =>
    context.db.transaction(async (manager) => {
      await requireEmailFree(manager, fields.email, null, 'input.email');
      const created = await editing.insertContact(manager, { ...fields, organizationId: organization?.id ?? null }, at);
      const summary = `Created ${KIND_NAME[created.kind]} "${created.name}"${organization ? ` of ${organization.acronym}` : ''}`;
      const recorded = await recordRevisions(manager, [created], () => summary, authorOf(identity), at);
      await announce(manager, 'contact.changed', recorded, directory, context);
      return created;
    }),
  );
  return contact;
}

const stale = (id: string, current: number, expected: number) => staleRevision(`Contact ${id}`, current, expected);

/** The fields that actually differ, as column values; `organization` is already an id here. */
function differences(contact: Contact, patch: ContactPatch, organizationId: string | null | undefined) {
  const wanted: Partial<editing.ContactFields> = {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.email !== undefined ? { email: patch.email } : {}),
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
    ...(organizationId !== undefined ? { organizationId } : {}),
  };
  return Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => contact[key as keyof editing.ContactFields] !== value),
  ) as Partial<editing.ContactFields>;
}

export async function updateContact(
  context: Context,
  args: { id: string; expectedRevision: number; input: unknown },
): Promise<Contact> {
  const id = assertId(args.id, 'id');
  const patch = validateContactPatch(args.input);
  const identity = context.viewer.requireSignedIn('updateContact');
  const contact = await loadContact(context, id, 'id');
  const directory = await context.lookUp({
    organizationIds: [contact.organizationId],
    workRegisterIds: await registersListing(context, [contact.id]),
    acronyms: patch.organization ? [{ acronym: patch.organization, field: 'input.organization' }] : [],
  });
  // undefined: stays; null: detached; else the organization it moves to.
  const moveTo =
    typeof patch.organization === 'string' ? directory.organization(patch.organization) : patch.organization;
  // Moving a contact needs its old and its new organization.
  const involved = [
    directory.acronymOf(contact.organizationId),
    ...(moveTo === undefined ? [] : [moveTo?.acronym ?? null]),
  ];
  requireContactEditor(context.viewer, 'updateContact', involved);
  if (contact.revision !== args.expectedRevision) throw stale(contact.id, contact.revision, args.expectedRevision);
  const changes = differences(contact, patch, moveTo === undefined ? undefined : (moveTo?.id ?? null));
  if (Object.keys(changes).length === 0) return contact;

  const at = new Date().toISOString();
  const fieldNames = Object.keys(changes).map((key) => (key === 'organizationId' ? 'organization' : key));
  const updated = await withUniqueEmail(context, changes.email, 'input.email', () =>
    context.db.transaction(async (manager) => {
      if (changes.email) await requireEmailFree(manager, changes.email, contact.id, 'input.email');
      const row = await editing.updateContactAt(manager, contact.id, args.expectedRevision, changes, at);
      if (!row) {
        const now = await editing.contactById(manager, contact.id);
        if (!now) throw notFound(`Contact ${contact.id} was removed (merged into another) while you edited it`);
        throw stale(contact.id, now.revision, args.expectedRevision);
      }
      const summary = `Changed ${listed(fieldNames)}`;
      const recorded = await recordRevisions(manager, [row], () => summary, authorOf(identity), at);
      await announce(manager, 'contact.changed', recorded, directory, context);
      return row;
    }),
  );
  return updated;
}

export async function mergeContacts(context: Context, args: { keep: string; merge: string }): Promise<Contact> {
  const [keepId, mergeId] = [assertId(args.keep, 'keep'), assertId(args.merge, 'merge')];
  if (keepId === mergeId) throw badUserInput('merge must name another contact than keep', 'merge');
  const identity = context.viewer.requireSignedIn('mergeContacts');
  const keep = await loadContact(context, keepId, 'keep');
  const merge = await loadContact(context, mergeId, 'merge');
  const directory = await context.lookUp({
    organizationIds: [keep.organizationId, merge.organizationId],
    workRegisterIds: await registersListing(context, [keep.id, merge.id]),
  });
  requireContactEditor(context.viewer, 'mergeContacts', [
    directory.acronymOf(keep.organizationId),
    directory.acronymOf(merge.organizationId),
  ]);
  const at = new Date().toISOString();
  const kept = await context.db.transaction(async (manager) => {
    // Points of contact first: deleting the merged contact would cascade to them.
    const { moved, dropped } = await editing.movePointsOfContact(manager, merge.id, keep.id);
    // Both at the revisions the permission check saw, or someone changed them meanwhile.
    const deleted = await editing.deleteContactAt(manager, merge.id, merge.revision);
    const row = deleted ? await editing.updateContactAt(manager, keep.id, keep.revision, {}, at) : null;
    if (!row)
      throw conflict('One of the two contacts changed while they were being merged; nothing was changed. Try again.');
    const summary = `Merged contact "${merge.name}" (${merge.id}) into this one: ${moved} points of contact moved, ${dropped} already listed here`;
    const recorded = await recordRevisions(manager, [row], () => summary, authorOf(identity), at);
    await announce(manager, 'contact.changed', recorded, directory, context);
    return row;
  });
  return kept;
}
