import { revisionResolvers, visibleTo } from '@alliance/core';
import { storedState, withoutFindings } from '../domain/register-state.js';
import type * as rows from '../entities/index.js';
import type { RegisterSummary } from '../repositories/work-registers.js';
import type { RegistryContext } from '../loaders.js';
import type { WorkRegisterRevisionResolvers } from '../generated/resolvers.js';

/** A revision's state, with the fields the schema shows. */
const stateOf = (revision: rows.WorkRegisterRevision) => withoutFindings(storedState(revision.snapshot));

/** The register's history through core's revision kit; anonymous readers see no addresses. */
const history = revisionResolvers({
  name: () => 'The register',
  id: (register: RegisterSummary) => register.id,
  current: (register) => register.revision,
  recordOf: (revision: rows.WorkRegisterRevision) => revision.workRegisterId,
  loaders: ({ loaders }: RegistryContext) => ({
    revisionAt: loaders.revisionAt,
    revisionById: loaders.revisionById,
    history: loaders.historyOfRegister,
  }),
  visible: (revision, { viewer }) => visibleTo(viewer, stateOf(revision)),
});

export const WorkRegisterHistory = history.record;

export const WorkRegisterRevision: WorkRegisterRevisionResolvers = {
  ...history.revision,
  register: (revision, _, { viewer }) => visibleTo(viewer, stateOf(revision)),
};
