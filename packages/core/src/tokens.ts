import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SignJWT } from 'jose';
import { parseRole } from './roles.js';

/**
 * Development tokens: the secret `npm start` keeps in the data directory, and minting tokens
 * from it (`alliance token`, the seed, tests). Loads no database, ORM or Apollo code, so the CLI
 * can import it (`@alliance/core/tokens`) and start fast.
 */

/** The file `npm start` keeps the development secret in, inside the data directory. */
export const secretFile = (dataDir: string) => join(dataDir, 'auth-secret');

/** Creates the development secret on first run (readable by its owner only); returns it. */
export const ensureDevelopmentSecret = (dataDir: string): string => ensureSecretFile(secretFile(dataDir));

/** The development secret in the data directory, when `npm start` has created it. */
export const readSecretFile = (dataDir: string): string | undefined => readSecret(secretFile(dataDir));

/**
 * The file `npm start` keeps a subgraph's credential in: the gateway presents it on every call,
 * the subgraph refuses any request without it (docs/reliability.md). One per subgraph, so a
 * leaked credential opens one service, not both.
 */
export const subgraphSecretFile = (dataDir: string, service: string) => join(dataDir, `subgraph-secret-${service}`);

/** Creates a subgraph's credential on first run (readable by its owner only); returns it. */
export const ensureSubgraphSecret = (dataDir: string, service: string): string =>
  ensureSecretFile(subgraphSecretFile(dataDir, service));

/** A subgraph's credential in the data directory, when `npm start` has created it. */
export const readSubgraphSecret = (dataDir: string, service: string): string | undefined =>
  readSecret(subgraphSecretFile(dataDir, service));

function ensureSecretFile(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, 'utf8').trim();
}

function readSecret(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
}

export interface TokenRequest {
  secret: string;
  subject: string;
  name?: string;
  roles: string[];
  /** Lifetime as jose reads it: `8h`, `30m`, `7d`. */
  ttl?: string;
  issuer?: string;
  audience?: string;
}

/** Mints an HS256 token from the development secret (`alliance token`, the seed, tests). */
export function mintToken(request: TokenRequest): Promise<string> {
  const invalid = request.roles.filter((role) => !parseRole(role));
  if (invalid.length > 0) {
    throw new Error(`unknown role ${invalid.join(', ')}: use admin, editor:<ACRONYM> or member:<ACRONYM>`);
  }
  let jwt = new SignJWT({ roles: request.roles, ...(request.name ? { name: request.name } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuedAt()
    .setExpirationTime(request.ttl ?? '8h');
  if (request.issuer) jwt = jwt.setIssuer(request.issuer);
  if (request.audience) jwt = jwt.setAudience(request.audience);
  return jwt.sign(new TextEncoder().encode(request.secret));
}
