import { badUserInput, visibleChanges, visibleTo, type Viewer } from '@alliance/core';
import type * as rows from '../entities/index.js';
import type { RegistryContext } from '../loaders.js';
import type { RegisterState } from '../domain/register-state.js';

/** A revision's state, with the fields the schema shows (findings are read on the register). */
function stateOf(revision: rows.WorkRegisterRevision): Omit<RegisterState, 'findings'> {
  const { findings: _findings, ...state } = revision.snapshot as RegisterState;
  return state;
}

/** The register as this viewer may read it (addresses hidden from anonymous readers). */
const hideFor = (viewer: Viewer) => (state: Omit<RegisterState, 'findings'>) => visibleTo(viewer, state);

async function revisionAt(register: { id: string }, n: number, { loaders }: RegistryContext) {
  return loaders.revisionAt.load({ id: register.id, revision: n });
}

export const WorkRegisterHistory = {
  async history(register: rows.WorkRegister, args: object, { loaders }: RegistryContext) {
    const connection = await loaders.historyOfRegister(register.id, args);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: loaders.revision.load(edge.node.id) })),
    };
  },

  atRevision: (register: rows.WorkRegister, args: { revision: number }, context: RegistryContext) =>
    revisionAt(register, args.revision, context),

  async changes(register: rows.WorkRegister, args: { from: number; to?: number | null }, context: RegistryContext) {
    const to = args.to ?? register.revision;
    const [before, after] = await Promise.all([
      revisionAt(register, args.from, context),
      revisionAt(register, to, context),
    ]);
    if (!before)
      throw badUserInput(`The register has no revision ${args.from} (it is at ${register.revision})`, 'from');
    if (!after) throw badUserInput(`The register has no revision ${to} (it is at ${register.revision})`, 'to');
    return visibleChanges(stateOf(before), stateOf(after), hideFor(context.viewer));
  },
};

export const WorkRegisterRevision = {
  author: (revision: rows.WorkRegisterRevision) => ({ subject: revision.authorSubject, name: revision.authorName }),
  register: (revision: rows.WorkRegisterRevision, _: unknown, { viewer }: RegistryContext) =>
    visibleTo(viewer, stateOf(revision)),
  async changes(revision: rows.WorkRegisterRevision, _: unknown, context: RegistryContext) {
    const previous =
      revision.revision > 1 ? await revisionAt({ id: revision.workRegisterId }, revision.revision - 1, context) : null;
    return visibleChanges(previous && stateOf(previous), stateOf(revision), hideFor(context.viewer));
  },
};
