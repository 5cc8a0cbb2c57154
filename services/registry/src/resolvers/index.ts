import { renewLoadersAfter, scalarResolvers } from '@alliance/core';
import type { Resolvers } from '../generated/resolvers.js';
import { createLoaders, type RegistryContext } from '../loaders.js';
import { WorkRegisterRevision } from './history.js';
import { Mutation } from './mutation.js';
import { Organization, OrganizationUnit, Partnership } from './organization.js';
import { Query } from './query.js';
import { AllianceEdge, AllianceGraph } from './graph.js';
import { RegistryStats } from './stats.js';
import { WebhookDelivery, WebhookSubscription } from './webhooks.js';
import { DelegatedWorkRule, Finding, Milestone, Party, Source, SourceField, WorkRegister } from './work-register.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  // A write's payload is read with fresh loaders, never from what was cached before it.
  Mutation: renewLoadersAfter(Mutation, (context: RegistryContext) => createLoaders(context.db, context.schedule)),
  Organization,
  OrganizationUnit,
  Partnership,
  WorkRegister,
  Source,
  SourceField,
  Party,
  DelegatedWorkRule,
  Milestone,
  Finding,
  AllianceGraph,
  AllianceEdge,
  RegistryStats,
  WorkRegisterRevision,
  WebhookSubscription,
  WebhookDelivery,
};
