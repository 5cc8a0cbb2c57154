import { createContact, mergeContacts, updateContact } from '../commands/contacts.js';
import { addPointOfContact, importPoints, removePointOfContact } from '../commands/points-of-contact.js';
import type { MutationResolvers } from '../generated/resolvers.js';

/** Every write checks the caller's token itself (src/commands); the gateway decides nothing. */
export const Mutation: MutationResolvers = {
  createContact: (_, args, context) => createContact(context, args.input),
  updateContact: (_, args, context) => updateContact(context, args),
  mergeContacts: (_, args, context) => mergeContacts(context, args),
  addPointOfContact: (_, args, context) => addPointOfContact(context, args),
  removePointOfContact: (_, args, context) => removePointOfContact(context, args),
  importPointsOfContact: (_, args, context) => importPoints(context, args),
};
