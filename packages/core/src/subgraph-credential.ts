import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * The subgraphs are not public: `_entities`, the inputs `@requires` hands a subgraph and the
 * fields only the gateway should ask for would otherwise be open to anyone who reaches the port.
 * The gateway presents each subgraph's own secret in this header; the subgraph refuses every
 * request to /graphql without it (docs/reliability.md). /health stays open for probes.
 */
export const SUBGRAPH_CREDENTIAL_HEADER = 'x-subgraph-credential';

/**
 * Compares in constant time. Both sides are hashed first, so neither the content nor the length
 * of the secret leaks through how long a refusal takes (timingSafeEqual needs equal lengths).
 */
export function credentialMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/** Refuses, with 401 and UNAUTHENTICATED, a request that does not carry the gateway's credential. */
export function requireGatewayCredential(service: string, secret: string): RequestHandler {
  return (req, res, next) => {
    if (credentialMatches(req.get(SUBGRAPH_CREDENTIAL_HEADER), secret)) return next();
    const message = req.get(SUBGRAPH_CREDENTIAL_HEADER)
      ? `The ${service} subgraph refused the credential in ${SUBGRAPH_CREDENTIAL_HEADER}: it answers the gateway only.`
      : `The ${service} subgraph answers the gateway only: send your query to the gateway's /graphql.`;
    // `refused` tells the gateway this is its own credential refused, not a caller's token.
    res
      .status(401)
      .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED', refused: 'SUBGRAPH_CREDENTIAL' } }] });
  };
}
