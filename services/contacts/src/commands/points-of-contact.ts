import { assertId, authorOf, badUserInput, notFound, type Viewer } from '@alliance/core';
import type { ImportPlan } from '../domain/point-import.js';
import { requireSideEditor } from './authorize.js';
import type { PointOfContact } from '../entities/index.js';
import type { ContactsContext } from '../loaders.js';
import type { Directory, RegisterRef } from '../registry-directory.js';
import {
  contactsByIds,
  loadImportPlan,
  writeImportPlan,
  pointsOfContactByIds,
  pointsOfContactByRegisterIds,
} from '../repositories/contacts.js';
import * as editing from '../repositories/editing.js';
import { bumpRevisions, recordRevisions } from '../repositories/history.js';
import { validatePointOfContactInput, validatePointsOfContact } from '../validation.js';
import { announce } from './announce.js';

/**
 * addPointOfContact, removePointOfContact and importPointsOfContact. A point of contact belongs
 * to one side of its register: the organization it is listed for. Editors of that organization
 * manage it; the contact's own organization does not matter here.
 */

// Commands need no loaders: renewLoadersAfter gives the request fresh ones after each write.
type Context = Pick<ContactsContext, 'db' | 'viewer' | 'lookUp' | 'publicUrl'>;

const registerName = (register: RegisterRef | null, id: string) =>
  register ? `register "${register.title}"` : `register ${id}`;

export async function addPointOfContact(
  context: Context,
  args: { workRegisterId: string; contactId: string; organization: string; role?: string | null },
): Promise<PointOfContact> {
  const input = validatePointOfContactInput(args);
  const identity = context.viewer.requireSignedIn('addPointOfContact');
  const [contact] = await contactsByIds(context.db.dataSource.manager, [input.contactId]);
  const directory = await context.lookUp({
    acronyms: [{ acronym: input.organization, field: 'organization' }],
    // The contact's own organization too: the event names it.
    organizationIds: [contact?.organizationId ?? null],
    workRegisterIds: [input.workRegisterId],
  });
  const register = directory.register(input.workRegisterId);
  if (!register) throw badUserInput(`No work register with id "${input.workRegisterId}"`, 'workRegisterId');
  const organization = directory.organization(input.organization);
  if (!register.parties.some((party) => party.id === organization.id)) {
    const parties = register.parties.map((p) => p.acronym).join(', ');
    throw badUserInput(
      `${organization.acronym} is not a party of ${registerName(register, register.id)}; its parties are ${parties}`,
      'organization',
    );
  }
  requireSideEditor(context.viewer, 'addPointOfContact', organization.acronym);
  if (!contact) throw badUserInput(`No contact with id "${input.contactId}"`, 'contactId');

  const at = new Date().toISOString();
  const fields = {
    workRegisterId: register.id,
    contactId: contact.id,
    organizationId: organization.id,
    role: input.role,
  };
  const duplicate = () =>
    badUserInput(
      `Contact ${contact.id} is already a point of contact for ${organization.acronym} on ${registerName(register, register.id)}`,
      'contactId',
    );
  const write = context.db.transaction(async (manager) => {
    if (await editing.findPointOfContact(manager, fields)) throw duplicate();
    // The revision first: it also proves the contact was not merged away meanwhile.
    const [bumped] = await bumpRevisions(manager, [contact.id], at);
    if (!bumped) throw badUserInput(`No contact with id "${contact.id}"`, 'contactId');
    const poc = await editing.insertPointOfContact(manager, fields, at);
    const summary = `Added as point of contact for ${organization.acronym} on ${registerName(register, register.id)}`;
    const recorded = await recordRevisions(manager, [bumped], () => summary, authorOf(identity), at);
    await announce(manager, 'point_of_contact.changed', recorded, directory, context);
    return poc;
  });
  // Two concurrent adds can both pass the check; the unique index refuses the second.
  const poc = await write.catch((error: unknown) => {
    throw editing.isUniqueViolation(error) ? duplicate() : error;
  });
  return poc;
}

export async function removePointOfContact(context: Context, args: { id: string }): Promise<PointOfContact> {
  const id = assertId(args.id);
  const identity = context.viewer.requireSignedIn('removePointOfContact');
  const [poc] = await pointsOfContactByIds(context.db.dataSource.manager, [id]);
  if (!poc) throw notFound(`No point of contact with id "${args.id}"`);
  const [contact] = await contactsByIds(context.db.dataSource.manager, [poc.contactId]);
  const directory = await context.lookUp({
    organizationIds: [poc.organizationId, contact?.organizationId ?? null],
    workRegisterIds: [poc.workRegisterId],
  });
  const acronym = directory.acronymOf(poc.organizationId);
  requireSideEditor(context.viewer, 'removePointOfContact', acronym);
  const at = new Date().toISOString();
  await context.db.transaction(async (manager) => {
    if (!(await editing.deletePointOfContact(manager, poc.id))) {
      throw notFound(`No point of contact with id "${args.id}" (it was removed meanwhile)`);
    }
    const bumped = await bumpRevisions(manager, [poc.contactId], at);
    const register = registerName(directory.register(poc.workRegisterId), poc.workRegisterId);
    const summary = `No longer a point of contact for ${acronym ?? poc.organizationId} on ${register}`;
    const recorded = await recordRevisions(manager, bumped, () => summary, authorOf(identity), at);
    await announce(manager, 'point_of_contact.changed', recorded, directory, context);
  });
  return poc;
}

/**
 * Refuses an import unless the caller edits for a party on the list and for every organization
 * whose side changes: an editor of one party may re-import an unchanged list, not rewrite the
 * other party's contacts.
 */
function authorizeImport(viewer: Viewer, directory: Directory, plan: ImportPlan): void {
  const acronyms = (ids: string[]) => ids.map((id) => directory.acronymOf(id) ?? id);
  viewer.requireEditorOfAny('importPointsOfContact', acronyms(plan.listed));
  viewer.requireEditorOfAll('importPointsOfContact', acronyms(plan.changedSides));
}

export async function importPoints(context: Context, args: { workRegisterId: string; contacts: unknown }) {
  const entries = validatePointsOfContact(args.workRegisterId, args.contacts);
  const identity = context.viewer.requireSignedIn('importPointsOfContact');
  const workRegisterId = args.workRegisterId.toLowerCase();
  // Acronyms of every organization the list names now or will name; read again in the transaction.
  const current = await pointsOfContactByRegisterIds(context.db.dataSource.manager, [workRegisterId]);
  const directory = await context.lookUp({
    organizationIds: [...entries, ...current].map((e) => e.organizationId),
    workRegisterIds: [workRegisterId],
  });
  const register = directory.register(workRegisterId);
  if (!register) throw badUserInput(`No work register with id "${args.workRegisterId}"`, 'workRegisterId');
  const unknown = entries.findIndex((entry) => !directory.acronymOf(entry.organizationId));
  if (unknown >= 0) {
    const field = `contacts[${unknown}].organizationId`;
    throw badUserInput(`${field}: no organization with id "${entries[unknown]!.organizationId}"`, field);
  }
  // Load, decide, authorize, write: one transaction, so the plan the roles were checked against
  // is the one written.
  const result = await context.db.transaction(async (manager) => {
    const at = new Date().toISOString();
    const plan = await loadImportPlan(manager, workRegisterId, entries, at);
    authorizeImport(context.viewer, directory, plan);
    if (plan.unchanged) return { changed: false, pointsOfContact: plan.current };
    const options = { author: authorOf(identity), registerName: registerName(register, workRegisterId) };
    const written = await writeImportPlan(manager, plan, at, options);
    await announce(manager, 'point_of_contact.changed', written.revisions, directory, context);
    return { changed: true, pointsOfContact: written.points };
  });
  return result;
}
