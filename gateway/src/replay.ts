import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import { rawBodyOf } from '@alliance/core';
import type { RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { DataGeneration, GenerationContext } from './data-generation.js';

/**
 * Replays the bytes of an answer the response cache holds to a request that is byte for byte the
 * one that got it (same body, same Accept, same Authorization), without running it through
 * Apollo again: no parse, no plugins, no cache entry read back from JSON and written out again.
 * An answer from the cache costs the gateway about half as much (docs/performance.md).
 *
 * It keeps only what Apollo's response cache itself holds (a query's answer without errors whose
 * hints make it cacheable, PRIVATE ones only for a signed-in caller) and for no longer, and only
 * for the data generation that answer was read in: after a mutation through any gateway every
 * replay is out of date, exactly as every cache entry is (data-generation.ts). The perimeter runs
 * before it, so a token that no longer verifies or a caller over its rate is refused as before.
 */

/** A body larger than this is a rare query; it is not worth keeping its answer twice. */
const MAX_REQUEST_BYTES = 16 * 1024;

/** What the replays of one gateway may hold in memory, measured by their answers' length. */
export const REPLAY_BYTES = 16 * 1024 * 1024;

/**
 * The headers of Apollo's answer a replay repeats, the ETag Express computed for its body
 * included (the same bytes); the others are the request's own (its id, the perimeter's rate
 * figures), set before. Content-Length is the replay's.
 */
const ANSWER_HEADERS = ['content-type', 'cache-control', 'vary', 'etag'];

interface Replay {
  /** The answer's bytes, encoded once: a replay writes them as they are. */
  body: Buffer;
  headers: Record<string, string>;
  generation: string;
  /** When the answer was computed (ms), for the Age header Apollo's cache sends too. */
  cachedAt: number;
  /** When the cache entry it came from lapses (ms). */
  expiresAt: number;
}

/** Where a request that was not replayed leaves what it may be replayed from next time. */
export interface ReplaySlot {
  answer?: Omit<Replay, 'headers' | 'body'> & { body: string };
}

export interface ReplayContext extends GenerationContext {
  replay?: ReplaySlot;
}

const SLOT = 'replaySlot';

/** The slot the middleware left on this response, for the gateway's context function. */
export const replaySlotOf = (res: Response): ReplaySlot | undefined => res.locals[SLOT] as ReplaySlot | undefined;

export interface Replays<C extends ReplayContext & BaseContext> {
  /** Answers what it can replay, else leaves a slot and lets Apollo answer. */
  middleware: RequestHandler;
  /** Fills the slot with the answer when the response cache stored it or served it. */
  plugin: ApolloServerPlugin<C>;
}

export function createReplays<C extends ReplayContext & BaseContext>(
  generation: DataGeneration,
  maxBytes = REPLAY_BYTES,
): Replays<C> {
  const replays = new LRUCache<string, Replay>({
    maxSize: maxBytes,
    sizeCalculation: (replay, key) => replay.body.length + key.length,
  });

  const middleware: RequestHandler = (req, res, next) => {
    const body = rawBodyOf(req);
    if (req.method !== 'POST' || !body || body.length > MAX_REQUEST_BYTES) return next();
    const key = createHash('sha256')
      .update(req.headers.accept ?? '')
      .update('\0')
      .update(req.headers.authorization ?? '')
      .update('\0')
      .update(body)
      .digest('base64url');
    replayed(key, res).then((done) => {
      if (done) return;
      const slot: ReplaySlot = {};
      res.locals[SLOT] = slot;
      res.once('finish', () => {
        if (!slot.answer || res.statusCode !== 200) return;
        const body = Buffer.from(slot.answer.body);
        replays.set(key, {
          ...slot.answer,
          body,
          headers: { ...answerHeaders(res), 'content-length': String(body.length) },
        });
      });
      next();
    }, next);
  };

  /** Sends the replay kept under `key` when it is still good for the current generation. */
  async function replayed(key: string, res: Response): Promise<boolean> {
    const replay = replays.get(key);
    if (!replay) return false;
    const now = Date.now();
    if (replay.expiresAt <= now) {
      replays.delete(key);
      return false;
    }
    if ((await generation.current()) !== replay.generation) return false;
    // Written as is, not through Express's send, which would encode the body again and hash it
    // for an ETag (15 % of a replay's CPU, docs/performance.md).
    res.writeHead(200, { ...replay.headers, age: String(Math.round((now - replay.cachedAt) / 1000)) });
    res.end(replay.body);
    return true;
  }

  const plugin: ApolloServerPlugin<C> = {
    async requestDidStart({ contextValue }) {
      if (!contextValue.replay) return;
      return {
        async willSendResponse(requestContext) {
          const answer = cacheableAnswer(requestContext);
          if (answer) contextValue.replay!.answer = answer;
        },
      };
    },
  };

  return { middleware, plugin };
}

function answerHeaders(res: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ANSWER_HEADERS) {
    const value = res.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  return headers;
}

/**
 * The answer as it will be sent, when Apollo's response cache holds it: the rules of
 * @apollo/server-plugin-response-cache (a query, data and no errors, a cacheable policy, PRIVATE
 * only with a viewer) and of response-cache.ts (a known generation).
 */
function cacheableAnswer<C extends ReplayContext & BaseContext>(
  requestContext: GraphQLRequestContext<C>,
): ReplaySlot['answer'] | undefined {
  const { response, contextValue } = requestContext;
  const generation = contextValue.dataGeneration;
  if (response.body?.kind !== 'single' || requestContext.operation?.operation !== 'query' || !generation) return;
  const { data, errors, extensions } = response.body.singleResult;
  const policy = requestContext.overallCachePolicy.policyIfCacheable();
  if (errors || !data || !policy) return;
  // The viewer, as the response cache's sessionId has it (response-cache.ts).
  if (policy.scope === 'PRIVATE' && !requestContext.request.http?.headers.get('authorization')) return;
  // Set by the response cache when it served the answer from an entry of that age (s).
  const age = Number(response.http.headers.get('age') ?? 0);
  const now = Date.now();
  return {
    // What Apollo writes (runHttpQuery's prettyJSONStringify of the ordered fields).
    body: `${JSON.stringify({ data, extensions })}\n`,
    generation,
    cachedAt: now - age * 1000,
    // Age is rounded to the second: lapse half a second early rather than outlive the entry.
    expiresAt: now + (policy.maxAge - age - 0.5) * 1000,
  };
}
