import { scalarResolvers } from '@alliance/core';
import { WorkRegisterRevision } from './history.js';
import { Mutation } from './mutation.js';
import { Organization, OrganizationUnit, Partnership } from './organization.js';
import { Query } from './query.js';
import { AllianceEdge, AllianceGraph } from './graph.js';
import { RegistryStats } from './stats.js';
import { DelegatedWorkRule, Finding, Milestone, Party, WorkRegister } from './work-register.js';

export const resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Organization,
  OrganizationUnit,
  Partnership,
  WorkRegister,
  Party,
  DelegatedWorkRule,
  Milestone,
  Finding,
  AllianceGraph,
  AllianceEdge,
  RegistryStats,
  WorkRegisterRevision,
};
