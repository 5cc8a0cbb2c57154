import type { GraphQLResolveInfo } from 'graphql';

/**
 * The registry's entities as this subgraph knows them: a key the gateway completes, and, in a
 * representation the gateway sends, the `@requires` fields it fetched from the registry first.
 */
export interface OrganizationRef {
  __typename: 'Organization';
  id: string;
  acronym?: string;
  emailDomains?: { domain: string }[];
}
export interface WorkRegisterRef {
  __typename: 'WorkRegister';
  id: string;
  parties?: { organization: { id: string } }[];
}

/** A `@requires` field of a representation: the gateway always sends it, so its absence is a bug. */
export function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new Error(`The gateway sent no ${field} (declared with @requires)`);
  return value;
}

/** Federation references the gateway completes from the registry. */
export function organization(id: string): OrganizationRef;
export function organization(id: string | null): OrganizationRef | null;
export function organization(id: string | null): OrganizationRef | null {
  return id ? { __typename: 'Organization', id } : null;
}
export const workRegister = (id: string): WorkRegisterRef => ({ __typename: 'WorkRegister', id });

/**
 * Marks this answer as depending on who asks (a search that looks in addresses, a lookup by
 * address), so no shared cache hands one caller's answer to another. Apollo Server's cache
 * control plugin puts `cacheControl` on info; without it there is nothing to mark.
 */
export function answerIsPrivate(info: GraphQLResolveInfo): void {
  const { cacheControl } = info as { cacheControl?: { setCacheHint(hint: { scope: 'PRIVATE' }): void } };
  cacheControl?.setCacheHint({ scope: 'PRIVATE' });
}
