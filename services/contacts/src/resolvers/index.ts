import { renewLoadersAfter, scalarResolvers } from '@alliance/core';
import { createLoaders, type ContactsContext } from '../loaders.js';
import { Contact, ContactRevision, ContactSnapshot, PointOfContactSnapshot } from './contact.js';
import { ContactFinding, Organization, PointOfContact, WorkRegister } from './federation.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import type { Resolvers } from '../generated/resolvers.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  // A write's payload is read with fresh loaders, never from what was cached before it.
  Mutation: renewLoadersAfter(Mutation, (context: ContactsContext) => createLoaders(context.db)),
  Contact,
  ContactRevision,
  ContactSnapshot,
  PointOfContactSnapshot,
  PointOfContact,
  WorkRegister,
  Organization,
  ContactFinding,
};
