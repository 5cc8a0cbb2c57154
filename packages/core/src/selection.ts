import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * What a query asks for below the field being resolved, so a resolver can skip a read no field
 * needs: a list that shows only titles is answered from its listing rows, without loading the
 * registers. The look is conservative: fragments (named and inline) are followed whatever their
 * type condition, and a field under @skip or @include counts as asked for, so the answer may name
 * more fields than the response will hold, never fewer.
 */

/**
 * Answers by the field's nodes, then by path: graphql-js hands every item of a list the same
 * `fieldNodes` array, so the fifty partners of an organization walk the query once.
 */
const answers = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string>>>();

/** The names of the fields selected at `path` below the current field, e.g. `['edges', 'node']`. */
export function selectedFieldNames(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  const byPath = answers.get(info.fieldNodes) ?? answers.set(info.fieldNodes, new Map()).get(info.fieldNodes)!;
  const key = path.join('.');
  let names = byPath.get(key);
  if (!names) byPath.set(key, (names = collect(info, path)));
  return names;
}

function collect(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets = info.fieldNodes.flatMap(subselection);
  for (const name of path) {
    sets = sets
      .flatMap((set) => fieldsOf(set, info).filter((field) => field.name.value === name))
      .flatMap(subselection);
  }
  return new Set(sets.flatMap((set) => fieldsOf(set, info)).map((field) => field.name.value));
}

/** Whether every field selected at `path` is one of `available`. */
export function selectsOnly(
  info: GraphQLResolveInfo,
  path: readonly string[],
  available: ReadonlySet<string>,
): boolean {
  return [...selectedFieldNames(info, path)].every((name) => available.has(name));
}

const subselection = (field: FieldNode): SelectionSetNode[] => (field.selectionSet ? [field.selectionSet] : []);

/** The fields of a selection set, with those of its fragments spread in. */
function fieldsOf(set: SelectionSetNode, info: GraphQLResolveInfo): FieldNode[] {
  return set.selections.flatMap((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return [selection];
      case Kind.INLINE_FRAGMENT:
        return fieldsOf(selection.selectionSet, info);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = info.fragments[selection.name.value];
        return fragment ? fieldsOf(fragment.selectionSet, info) : [];
      }
    }
  });
}
