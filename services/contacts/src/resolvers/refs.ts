import type { GraphQLResolveInfo } from 'graphql';

/** Federation references the gateway completes from the registry. */
export const organization = (id: string | null) => (id ? { __typename: 'Organization', id } : null);
export const workRegister = (id: string) => ({ __typename: 'WorkRegister', id });

/**
 * Marks this answer as depending on who asks (a search that looks in addresses, a lookup by
 * address), so no shared cache hands one caller's answer to another. Apollo Server's cache
 * control plugin puts `cacheControl` on info; without it there is nothing to mark.
 */
export function answerIsPrivate(info: GraphQLResolveInfo): void {
  const { cacheControl } = info as { cacheControl?: { setCacheHint(hint: { scope: 'PRIVATE' }): void } };
  cacheControl?.setCacheHint({ scope: 'PRIVATE' });
}
