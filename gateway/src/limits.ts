import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

/** Armor's onReject callback (its types package is not a dependency of ours). */
type RejectCallback = (context: ValidationContext | null, error: GraphQLError) => void;

/**
 * How big a query the gateway plans at all. Every operation the registry publishes (docs/, the
 * web app, @alliance/client, the feeds) stays within two thirds of each default
 * (test/perimeter.test.ts runs them all through limits of two thirds of these values); 2,000
 * aliases, or a partners-of-partners query 12 levels deep, do not.
 */
export interface QueryLimits {
  /** Nesting of fields, fragments flattened (GATEWAY_MAX_DEPTH). */
  depth: number;
  /** Aliased fields in one operation (GATEWAY_MAX_ALIASES). */
  aliases: number;
  /** Directives in one operation (GATEWAY_MAX_DIRECTIVES). */
  directives: number;
  /** Lexical tokens of the document; checked while parsing, so a huge one is not parsed whole (GATEWAY_MAX_TOKENS). */
  tokens: number;
  /**
   * GraphQL Armor's estimate of the answer's size: 2 per object, 1 per scalar, each list times
   * its literal `first`/`last` (GATEWAY_MAX_COST). The web app's contacts page (100 contacts ×
   * 100 registers each) estimates 121,208.
   */
  cost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { depth: 12, aliases: 30, directives: 50, tokens: 2_000, cost: 300_000 };

/** Each limit as the message and the extensions of a rejection name it. */
const LIMIT_NAMES: Record<keyof QueryLimits, { label: string; variable: string }> = {
  depth: { label: 'depth', variable: 'GATEWAY_MAX_DEPTH' },
  aliases: { label: 'aliases', variable: 'GATEWAY_MAX_ALIASES' },
  directives: { label: 'directives', variable: 'GATEWAY_MAX_DIRECTIVES' },
  tokens: { label: 'tokens', variable: 'GATEWAY_MAX_TOKENS' },
  cost: { label: 'estimated cost', variable: 'GATEWAY_MAX_COST' },
};

/**
 * Armor's message ("Syntax Error: Query depth limit of 15 exceeded, found 16.") without the
 * misleading prefix, and with the setting that raises it; Apollo answers a validation error with
 * 400 and GRAPHQL_VALIDATION_FAILED, and keeps `extensions.limit` and `extensions.maximum`.
 */
function rejectAs(limit: keyof QueryLimits, maximum: number): RejectCallback {
  const { label, variable } = LIMIT_NAMES[limit];
  return (context, error) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    const message =
      `The query exceeds the gateway's limit on ${label}: at most ${maximum}` +
      `${found ? `, this one has ${found}` : ''} (${variable}). Split it into smaller queries.`;
    context?.reportError(new GraphQLError(message, { extensions: { limit, maximum } }));
  };
}

// graphql 16 writes "more that"; accept the corrected wording too.
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/**
 * graphql-js stops parsing at `maxTokens` (better than Armor's own counting parser, which parses
 * again); this names the limit in the message as the other limits do.
 */
function tokenLimitMessage(maximum: number): ApolloServerPlugin {
  const { variable } = LIMIT_NAMES.tokens;
  return {
    requestDidStart: async () => ({
      didEncounterErrors: async ({ errors }) => {
        for (const error of errors) {
          if (!TOKEN_LIMIT_MESSAGE.test(error.message)) continue;
          error.message = `The document exceeds the gateway's limit on tokens: at most ${maximum} (${variable}). Split it into smaller queries.`;
          Object.assign(error.extensions, { limit: 'tokens', maximum });
        }
      },
    }),
  };
}

/**
 * Validation errors without graphql-js's "Did you mean …?" (`Cannot query field "registryStat" on
 * type "Query".`): Armor's own rule leaves "[Suggestion hidden]?" in the sentence.
 */
const withoutSuggestions: ApolloServerPlugin = {
  requestDidStart: async () => ({
    didEncounterErrors: async ({ errors }) => {
      for (const error of errors) error.message = error.message.replace(/ Did you mean [^?]*\?/, '');
    },
  }),
};

export interface LimitOptions {
  limits: QueryLimits;
  /** "Did you mean …" in validation errors: a map of the schema for whoever probes it; development only. */
  fieldSuggestions: boolean;
}

/** What Apollo Server takes to enforce the limits: validation rules, a parse option, plugins. */
export function queryLimits({ limits, fieldSuggestions }: LimitOptions): {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  plugins: ApolloServerPlugin[];
} {
  // Our callback reports the error; Armor's own would throw it (a 500 on Apollo).
  const rejection = (limit: keyof QueryLimits) => ({
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [rejectAs(limit, limits[limit])],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth, flattenFragments: true, ...rejection('depth') },
    maxAliases: { n: limits.aliases, ...rejection('aliases') },
    maxDirectives: { n: limits.directives, ...rejection('directives') },
    // Depth is limited on its own; a factor per level would make every deep query look costly.
    costLimit: { maxCost: limits.cost, depthCostFactor: 1, flattenFragments: true, ...rejection('cost') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.tokens },
    // Armor's types name Apollo's CommonJS build, ours its ES module one: the same interface.
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin[]),
      tokenLimitMessage(limits.tokens),
      ...(fieldSuggestions ? [] : [withoutSuggestions]),
    ],
  };
}
