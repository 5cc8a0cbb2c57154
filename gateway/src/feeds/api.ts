import { isIPv6 } from 'node:net';
import { createClient, type AllianceClient, type TypedDocument } from '@alliance/client';
import type { Request } from 'express';

/** A feed waits this long for the API; a calendar app asks again at its next refresh. */
const TIMEOUT_MS = 30_000;

/**
 * The public API as an anonymous caller sees it, for one feed request. The feeds are views of
 * /graphql, so they read it as any partner tool does: through the gateway's own endpoint, with
 * no token (public data only, whatever the feed's caller sent; the answers are publicly cached).
 *
 * Core's serve() keeps its ApolloServer to itself, so an in-process executeOperation is out of
 * reach; the request goes over loopback to the address and port this request arrived on, which
 * is this very server whatever HOST and port it was started with.
 */
export function publicApi(req: Request): AllianceClient {
  const address = req.socket.localAddress ?? '127.0.0.1';
  const host = isIPv6(address) ? `[${address}]` : address;
  // No retries: a feed is polled, and the next poll is the retry.
  return createClient({
    endpoint: `http://${host}:${req.socket.localPort}/graphql`,
    timeoutMs: TIMEOUT_MS,
    retry: false,
  });
}

/** An operation's text with the result and variables types the feed's code reads it by. */
export const operation = <TResult, TVariables>(text: string) => text as unknown as TypedDocument<TResult, TVariables>;
