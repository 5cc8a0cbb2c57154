import type DataLoader from 'dataloader';
import { referenced, type RevisionKey } from './batching.js';
import { withNodes } from './pagination.js';
import { badUserInput } from './errors.js';
import { visibleChanges, type Author } from './history.js';

/**
 * The history fields every revisioned record has (a register, a contact): `history`,
 * `atRevision(revision)`, `changes(from, to)` and a revision's own `changes`, written once. Each
 * service says how to find its revisions and what a reader may see of one; the kit always hides
 * before it compares (visibleChanges).
 */

interface Revision {
  revision: number;
  createdAt: string;
  authorSubject: string;
  authorName: string | null;
}

/** A page of a record's revisions as its history loader gives it: ids, resolved here to rows. */
interface RevisionPage {
  edges: { cursor: string; node: { id: string } }[];
}

export interface RevisionKit<P, R extends Revision, C, V extends object, H extends RevisionPage> {
  /** What the record is called in messages: "The register", "Contact <id>". */
  name(parent: P): string;
  id(parent: P): string;
  /** The record's current revision. */
  current(parent: P): number;
  /** The record a revision belongs to. */
  recordOf(revision: R): string;
  loaders(context: C): {
    revisionAt: DataLoader<RevisionKey, R | null, string>;
    revisionById: DataLoader<string, R | null, string>;
    history: { load(id: string, args: object): Promise<H> };
  };
  /** The revision's state as this caller may read it (what `changes` compares). */
  visible(revision: R, context: C): V;
}

export function revisionResolvers<P, R extends Revision, C, V extends object, H extends RevisionPage>(
  kit: RevisionKit<P, R, C, V, H>,
) {
  const at = (context: C, id: string, revision: number) => kit.loaders(context).revisionAt.load({ id, revision });

  async function existing(parent: P, revision: number, field: 'from' | 'to', context: C): Promise<R> {
    const found = await at(context, kit.id(parent), revision);
    if (!found) {
      throw badUserInput(`${kit.name(parent)} has no revision ${revision} (it is at ${kit.current(parent)})`, field);
    }
    return found;
  }

  return {
    /** Fields of the record. */
    record: {
      async history(
        parent: P,
        args: object,
        context: C,
      ): Promise<Omit<H, 'edges'> & { edges: { cursor: string; node: Promise<R> }[] }> {
        const loaders = kit.loaders(context);
        const connection = await loaders.history.load(kit.id(parent), args);
        return withNodes(connection, (row) => referenced(loaders.revisionById, row.id));
      },
      atRevision: (parent: P, args: { revision: number }, context: C) => at(context, kit.id(parent), args.revision),
      async changes(parent: P, args: { from: number; to?: number | null }, context: C) {
        const [before, after] = await Promise.all([
          existing(parent, args.from, 'from', context),
          existing(parent, args.to ?? kit.current(parent), 'to', context),
        ]);
        return visibleChanges(before, after, (revision) => kit.visible(revision, context));
      },
    },
    /** Fields of one revision. */
    revision: {
      author: (revision: R): Author => ({ subject: revision.authorSubject, name: revision.authorName }),
      async changes(revision: R, _: unknown, context: C) {
        const previous =
          revision.revision > 1 ? await at(context, kit.recordOf(revision), revision.revision - 1) : null;
        return visibleChanges(previous, revision, (r) => kit.visible(r, context));
      },
    },
  };
}
