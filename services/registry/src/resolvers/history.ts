import { revisionResolvers, visibleTo } from '@alliance/core';
import type { RegisterState } from '../domain/register-state.js';
import type * as rows from '../entities/index.js';
import type { RegistryContext } from '../loaders.js';
import type { WorkRegisterRevisionResolvers } from '../generated/resolvers.js';

/** A revision's state, with the fields the schema shows (findings are read on the register). */
function stateOf(revision: rows.WorkRegisterRevision): Omit<RegisterState, 'findings'> {
  const { findings: _findings, ...state } = revision.snapshot as RegisterState;
  return state;
}

/** The register's history through core's revision kit; anonymous readers see no addresses. */
const history = revisionResolvers({
  name: () => 'The register',
  id: (register: rows.WorkRegister) => register.id,
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
