import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { Logger } from '@alliance/core';
import type { Redis } from 'ioredis';

/**
 * A counter of the data's versions as the gateways know them: every mutation a gateway forwards
 * moves it on, before the mutation is answered. The response cache keys every entry by the
 * generation its request saw, and in-flight de-duplication only merges requests of the same
 * generation, so a read that starts after a write has been answered can never be handed an
 * answer from before it: the key it looks under did not exist then. Old entries are never looked
 * up again and expire by their maxAge.
 */
export interface DataGeneration {
  /** The current generation; undefined when it cannot be known now (Redis away): do not share. */
  current(): Promise<string | undefined>;
  /** Moves the generation on; resolves once every gateway reading it will see the new one. */
  bump(): Promise<void>;
}

/** One gateway's own counter: enough for a single replica, or replicas that cache nothing. */
export function memoryGeneration(): DataGeneration {
  // The process's start keeps a restarted gateway's generations apart from a previous run's in
  // any cache that outlives it.
  const epoch = Date.now().toString(36);
  let counter = 0;
  return {
    current: async () => `${epoch}.${counter}`,
    bump: async () => {
      counter++;
    },
  };
}

export const GENERATION_KEY = 'alliance-gateway:data-generation';

/**
 * The counter in Redis, shared by every replica: INCR after a write, GET before a read. A replica
 * that cannot reach Redis does not know the generation and so shares nothing until it can.
 */
export function redisGeneration(redis: Redis, namespace: string, logger: Logger): DataGeneration {
  const key = `${GENERATION_KEY}:${namespace}`;
  return {
    current: async () => {
      try {
        return (await redis.get(key)) ?? '0';
      } catch {
        return undefined;
      }
    },
    bump: async () => {
      try {
        await redis.incr(key);
      } catch (error) {
        // The write has been committed; other replicas may answer from before it until their
        // entries' maxAge runs out (docs/performance.md). The operator must know.
        logger.error({ err: error }, 'could not move the data generation on in Redis after a mutation');
      }
    },
  };
}

/** What the plugin puts on the gateway's context for the data sources and the response cache. */
export interface GenerationContext {
  /** The generation a query saw when it started; unset for mutations, or when unknown. */
  dataGeneration?: string;
}

/**
 * Reads the generation when a query is resolved (before the response cache looks it up and
 * before any subgraph is asked), and moves it on after a mutation has run, before its answer
 * leaves: by the time a client can send its next read, that read sees the new generation.
 */
export function dataGenerationPlugin<C extends GenerationContext>(generation: DataGeneration): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext: GraphQLRequestContext<C>) {
          if (requestContext.operation?.operation !== 'query') return;
          const current = await generation.current();
          if (current !== undefined) requestContext.contextValue.dataGeneration = current;
        },
        async willSendResponse(requestContext: GraphQLRequestContext<C>) {
          // Whether it succeeded or not: a failed mutation may still have written part of itself.
          if (requestContext.operation?.operation === 'mutation') await generation.bump();
        },
      };
    },
  };
}
