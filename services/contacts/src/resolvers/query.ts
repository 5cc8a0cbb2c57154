import { assertId, badUserInput, notFound, type Viewer } from '@alliance/core';
import type { ContactsContext } from '../loaders.js';
import { visibleEmail } from '../privacy.js';
import { normalizeEmail } from '../domain/point-import.js';
import type { ContactFilter } from '../repositories/contacts.js';
import { answerIsPrivate } from './refs.js';
import type { QueryResolvers } from '../generated/resolvers.js';

/** The filter as given, plus whose addresses its search may look in (privacy.ts). */
export function readFilter(filter: ContactFilter | null | undefined, viewer: Viewer): ContactFilter {
  const searchEmails = viewer.seesPersonalData ? 'ALL' : 'MAILING_LISTS';
  if (!filter) return { searchEmails };
  return {
    organizationId: filter.organizationId ? assertId(filter.organizationId, 'filter.organizationId') : null,
    search: filter.search?.trim() || null,
    kind: filter.kind ?? null,
    searchEmails,
  };
}

async function contactByEmail(email: string, { loaders, viewer }: ContactsContext) {
  const contact = await loaders.contactByEmail.load(normalizeEmail(email));
  // A person's address must not be confirmable by anonymous readers: answered as if unknown.
  return contact && visibleEmail(viewer, contact) !== null ? contact : null;
}

export const Query: QueryResolvers = {
  async contact(_, args, context, info) {
    if ((args.id == null) === (args.email == null)) throw badUserInput('Pass exactly one of id, email', 'id');
    if (args.email != null) answerIsPrivate(info);
    const contact = args.id
      ? await context.loaders.contact.load(assertId(args.id))
      : await contactByEmail(args.email!, context);
    if (!contact) throw notFound(`No contact with ${args.id ? `id "${args.id}"` : `email "${args.email}"`}`);
    return contact;
  },
  contacts(_, args, { loaders, viewer }, info) {
    if (args.filter?.search) answerIsPrivate(info);
    return loaders.reads.contactPage(args, readFilter(args.filter, viewer));
  },
};
