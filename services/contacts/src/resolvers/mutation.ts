import type { ContactsContext } from '../loaders.js';
import { createContact, mergeContacts, updateContact } from '../commands/contacts.js';
import { addPointOfContact, importPoints, removePointOfContact } from '../commands/points-of-contact.js';

/** Every write checks the caller's token itself (src/commands); the gateway decides nothing. */
export const Mutation = {
  createContact: (_: unknown, args: { input: unknown }, context: ContactsContext) => createContact(context, args.input),
  updateContact: (
    _: unknown,
    args: { id: string; expectedRevision: number; input: unknown },
    context: ContactsContext,
  ) => updateContact(context, args),
  mergeContacts: (_: unknown, args: { keep: string; merge: string }, context: ContactsContext) =>
    mergeContacts(context, args),
  addPointOfContact: (
    _: unknown,
    args: { workRegisterId: string; contactId: string; organization: string; role?: string | null },
    context: ContactsContext,
  ) => addPointOfContact(context, args),
  removePointOfContact: (_: unknown, args: { id: string }, context: ContactsContext) =>
    removePointOfContact(context, args),
  importPointsOfContact: (_: unknown, args: { workRegisterId: string; contacts: unknown }, context: ContactsContext) =>
    importPoints(context, args),
};
