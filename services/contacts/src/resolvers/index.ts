import { scalarResolvers } from '@alliance/core';
import { Contact, ContactRevision, ContactSnapshot, PointOfContactSnapshot } from './contact.js';
import { ContactFinding, Organization, PointOfContact, WorkRegister } from './federation.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';

export const resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Contact,
  ContactRevision,
  ContactSnapshot,
  PointOfContactSnapshot,
  PointOfContact,
  WorkRegister,
  Organization,
  ContactFinding,
};
