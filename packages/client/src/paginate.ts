import { AllianceError } from './errors.js';

/**
 * What paginate needs of a Relay connection: its nodes (as `edges { node }` or `nodes`) and
 * `pageInfo { hasNextPage endCursor }`. Every list of the API is one (docs/schema.md).
 */
export interface Connection<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges?: readonly ({ node: TNode } | null)[] | null;
  nodes?: readonly (TNode | null)[] | null;
}

/** The variables of a paginated operation, less `after`, which paginate sets page by page. */
export type PageVariables<TVariables> = Omit<TVariables, 'after'>;

/**
 * Asks for page after page, passing each page's `endCursor` as `after`, and yields the nodes
 * one by one; stops after the page whose `hasNextPage` is false, or when `select` finds no
 * connection (a nullable field that is null). Pages are fetched as they are needed: a
 * loop that breaks early asks for no more.
 */
export async function* paginate<TResult, TVariables, TNode>(
  request: (variables: TVariables) => Promise<TResult>,
  variables: PageVariables<TVariables>,
  select: (data: TResult) => Connection<TNode> | null | undefined,
): AsyncGenerator<TNode, void, undefined> {
  let after: string | null = null;
  for (;;) {
    const connection = select(await request({ ...variables, after } as TVariables));
    if (!connection) return;
    for (const edge of connection.edges ?? []) if (edge) yield edge.node;
    for (const node of connection.nodes ?? []) if (node !== null) yield node;
    const { hasNextPage, endCursor } = connection.pageInfo;
    if (!hasNextPage) return;
    // A server that says "more" without a new place to start would have us loop for ever.
    if (!endCursor || endCursor === after) {
      throw new AllianceError(`the connection has a next page but no new endCursor (after ${after ?? 'the start'})`);
    }
    after = endCursor;
  }
}
