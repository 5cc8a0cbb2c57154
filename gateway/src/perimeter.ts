import type { ApolloServerPlugin } from '@apollo/server';
import { requestIdOf, tokenRefused, type Logger, type Verify } from '@alliance/core';
import type { Request, RequestHandler, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { RateLimiter } from './rate-limit.js';

/**
 * What the gateway checks before Apollo reads a query: whether its token holds, and whether its
 * client is within its rate. Query limits come after, in Apollo (limits.ts); every answer's
 * x-request-id is chosen by core's serve().
 */

/** A refusal before Apollo, shaped as Apollo's own: a GraphQL response with a code. */
function refuse(req: Request, res: Response, status: number, error: GraphQLFormattedError): void {
  const type = req.accepts(['application/json', 'application/graphql-response+json']) || 'application/json';
  const extensions = { ...error.extensions, requestId: requestIdOf(res) };
  res
    .status(status)
    .type(type)
    .json({ errors: [{ message: error.message, extensions }] });
}

export interface PerimeterOptions {
  /** Verifies Authorization; unset leaves tokens to the subgraphs (and counts every client by address). */
  verify?: Verify;
  /** Unset: no rate limit. */
  rateLimiter?: RateLimiter;
}

/**
 * Verifies the token (a header that fails is 401 here, on reads as on writes), then counts the
 * request against its client: the token's subject, else the address it came from (behind a proxy,
 * see TRUST_PROXY). A refused token is counted by address, so sending bad tokens is limited too.
 */
export function perimeter({ verify, rateLimiter }: PerimeterOptions): RequestHandler {
  return async (req, res, next) => {
    const verification = verify ? await verify(req.headers.authorization) : undefined;
    const subject = verification?.viewer?.identity?.subject;
    if (rateLimiter) {
      const decision = await rateLimiter.take(subject ? `sub:${subject}` : `ip:${req.ip ?? 'unknown'}`);
      if (!decision.allowed) return tooManyRequests(req, res, rateLimiter, decision.retryAfterSeconds);
    }
    if (verification?.refusal) return refuseToken(req, res, verification.refusal);
    next();
  };
}

/** 429 with Retry-After, saying what the budget is and which settings hold it. */
function tooManyRequests(req: Request, res: Response, limiter: RateLimiter, retryAfterSeconds: number): void {
  const { requests, windowSeconds } = limiter.budget;
  res.set('retry-after', String(retryAfterSeconds));
  refuse(req, res, 429, {
    message:
      `Too many requests from this client: at most ${requests} per ${windowSeconds} s ` +
      '(RATE_LIMIT_REQUESTS, RATE_LIMIT_WINDOW_SECONDS), counted per token subject, else per address; ' +
      `try again in ${retryAfterSeconds} s.`,
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
  });
}

/** 401 with the reason and RFC 6750's challenge; the subgraphs answer the same (core's tokenRefused). */
function refuseToken(req: Request, res: Response, reason: string): void {
  const { message, extensions } = tokenRefused(reason);
  res.set('www-authenticate', 'Bearer error="invalid_token"');
  refuse(req, res, 401, { message, extensions: { code: extensions.code, reason } });
}

/**
 * Unexpected errors reach the client masked (core's formatError); this adds the request id to
 * them and writes the original under that id in the log, so the person who reports one gives the
 * id an operator finds it by.
 */
export function requestIdInErrors(logger: Logger): ApolloServerPlugin<{ requestId: string }> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response, contextValue, errors }) => {
        if (response.body.kind !== 'single') return;
        const { requestId } = contextValue;
        (response.body.singleResult.errors ?? []).forEach((error, index) => {
          if (error.extensions?.code !== 'INTERNAL_SERVER_ERROR') return;
          // Formatted errors are the originals in order, one for one.
          const original = errors?.[index];
          logger.error(
            { requestId, err: original?.originalError ?? original, path: error.path },
            'internal error answered',
          );
          Object.assign(error, {
            message: `Internal server error; the service log has the details under request id ${requestId}.`,
            extensions: { ...error.extensions, requestId },
          });
        });
      },
    }),
  };
}
