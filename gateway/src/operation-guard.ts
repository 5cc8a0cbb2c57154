import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Refuses, as the client's mistake (400), what the gateway cannot plan: an `operationName` that
 * names no operation of the document, and a subscription (no subgraph serves any). Left to
 * @apollo/gateway, both fail inside execution and reach the client as an internal error (500).
 */
export function operationGuard(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (!operation) {
            const named = request.operationName ? `named "${request.operationName}"` : 'to run';
            throw new GraphQLError(`The document has no operation ${named}.`, {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
            });
          }
          if (operation.operation === 'subscription') {
            throw new GraphQLError(
              'Subscriptions are not served: use a query, the feeds or webhooks (docs/partners.md).',
              {
                extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
