import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  isCompositeType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * An operation's cache policy read from the schema's `@cacheControl` hints and the operation's
 * text, once per parsed document, instead of Apollo's cache control plugin working it out field
 * by field as each resolves. That plugin wraps every resolver of the schema and allocates a
 * policy and two closures for every field of every answer: on the registry's organization page
 * (about 1,100 fields) a fifth of what a request allocates (docs/performance.md).
 *
 * The rules are that plugin's (Apollo Server's `plugin/cacheControl`), for hints that are all
 * static: a field's hint replaces its type's; a root field, or one that returns an object, a
 * union or an interface, is maxAge 0 unless a hint says otherwise or `inheritMaxAge` lets it
 * take its parent's; scalars take their parent's; the policy is the smallest maxAge and the
 * narrowest scope over all fields. `_entities` takes the hints of the entity types it selects,
 * as @apollo/subgraph's resolver does at run time. Where the plugin sees only the fields an
 * answer reaches, this sees every field the operation names (under a null, an empty list, a
 * `@skip`): never a longer maxAge or a wider scope, at worst a shorter or a narrower one.
 *
 * Only for a schema whose resolvers set no hints (`info.cacheControl` is absent with this): the
 * registry's. Contacts marks some answers PRIVATE at run time and keeps Apollo's plugin.
 */

/** Apollo's CacheHint (of @apollo/cache-control-types, which Apollo Server takes structurally). */
export interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

type Annotation = CacheHint & { inheritMaxAge?: true };

/** What `@cacheControl` on a type or field says, as Apollo's plugin reads it. */
function annotationOf(node: { directives?: readonly ConstDirectiveNode[] } | null | undefined) {
  const directive = node?.directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive) return undefined;
  const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
  const scopeValue = argument('scope');
  const scope =
    scopeValue?.kind === Kind.ENUM && (scopeValue.value === 'PUBLIC' || scopeValue.value === 'PRIVATE')
      ? scopeValue.value
      : undefined;
  const inherit = argument('inheritMaxAge');
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, scope } as Annotation;
  const maxAge = argument('maxAge');
  return { maxAge: maxAge?.kind === Kind.INT ? parseInt(maxAge.value, 10) : undefined, scope } as Annotation;
}

const typeAnnotation = (type: GraphQLNamedType): Annotation =>
  annotationOf(type.astNode) ?? type.extensionASTNodes.map(annotationOf).find(Boolean) ?? {};

const fieldAnnotation = (field: GraphQLField<unknown, unknown>): Annotation => annotationOf(field.astNode) ?? {};

/** A policy being narrowed: Apollo's CachePolicy `replace` and `restrict`, on a plain object. */
class Policy {
  maxAge?: number;
  scope?: CacheHint['scope'];
  replace(hint: CacheHint) {
    if (hint.maxAge !== undefined) this.maxAge = hint.maxAge;
    if (hint.scope !== undefined) this.scope = hint.scope;
  }
  restrict(hint: CacheHint) {
    if (hint.maxAge !== undefined && (this.maxAge === undefined || hint.maxAge < this.maxAge))
      this.maxAge = hint.maxAge;
    if (hint.scope === 'PRIVATE') this.scope = 'PRIVATE';
  }
}

/** The policy of one operation of `document` against `schema`, by the rules above. */
export function staticCachePolicy(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): CacheHint {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const overall = new Policy();
  const root = schema.getRootType(operation.operation);
  if (!root) return { maxAge: 0 };

  /** An inline fragment, or the definition a spread names. */
  const fragmentOf = (selection: InlineFragmentNode | FragmentSpreadNode) =>
    selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;

  const walk = (selections: SelectionSetNode, parent: GraphQLCompositeType, isRoot: boolean) => {
    for (const selection of selections.selections) {
      if (selection.kind !== Kind.FIELD) {
        const fragment = fragmentOf(selection);
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) walk(fragment.selectionSet, condition, isRoot);
        continue;
      }
      if (!('getFields' in parent)) continue; // on a union only __typename is selectable
      const field = parent.getFields()[selection.name.value];
      if (!field) continue; // __typename and the introspection fields
      const target = getNamedType(field.type);
      const composite = isCompositeType(target);
      const policy = new Policy();
      let inheritMaxAge = false;
      if (composite) {
        const annotation = typeAnnotation(target);
        policy.replace(annotation);
        inheritMaxAge = !!annotation.inheritMaxAge;
      }
      const annotation = fieldAnnotation(field);
      if (annotation.inheritMaxAge && policy.maxAge === undefined) {
        inheritMaxAge = true;
        if (annotation.scope) policy.replace({ scope: annotation.scope });
      } else policy.replace(annotation);
      if (isRoot && field.name === '_entities' && selection.selectionSet)
        for (const type of entityTypes(selection.selectionSet)) policy.restrict(typeAnnotation(type));
      if (policy.maxAge === undefined && ((composite && !inheritMaxAge) || isRoot)) policy.restrict({ maxAge: 0 });
      overall.restrict(policy);
      if (composite && selection.selectionSet) walk(selection.selectionSet, target, false);
    }
  };

  /** The types `_entities { ... on T }` asks for, through named fragments too. */
  const entityTypes = (selections: SelectionSetNode): GraphQLNamedType[] =>
    selections.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [];
      const fragment = fragmentOf(selection);
      const type = fragment?.typeCondition && schema.getType(fragment.typeCondition.name.value);
      return type ? [type] : [];
    });

  walk(operation.selectionSet, root, true);
  return { maxAge: overall.maxAge ?? 0, scope: overall.scope ?? 'PUBLIC' };
}

/**
 * Apollo Server's cache control for a schema of static hints: the policy of each operation from
 * `staticCachePolicy`, memoized per operation of a parsed document (Apollo keeps one per query text), and the
 * `Cache-Control` header Apollo's plugin would send (the gateway reads it). Use it with
 * `ApolloServerPluginCacheControlDisabled()`, which keeps Apollo from wrapping the resolvers.
 */
export function staticCacheControl<C extends BaseContext>(): ApolloServerPlugin<C> {
  // By the operation's node: Apollo parses a query text once, so the node is the same each time.
  const policies = new WeakMap<OperationDefinitionNode, CacheHint>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, overallCachePolicy }) {
          if (!operation) return;
          let policy = policies.get(operation);
          if (!policy) policies.set(operation, (policy = staticCachePolicy(schema, document, operation)));
          overallCachePolicy.restrict(policy);
        },
        async willSendResponse({ response, overallCachePolicy }) {
          const cacheable = overallCachePolicy.policyIfCacheable();
          const answered = response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set(
            'cache-control',
            cacheable && answered ? `max-age=${cacheable.maxAge}, ${cacheable.scope.toLowerCase()}` : 'no-store',
          );
        },
      };
    },
  };
}
