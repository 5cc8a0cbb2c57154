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
export function ensureDevelopmentSecret(dataDir: string): string {
  const file = secretFile(dataDir);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, 'utf8').trim();
}

/** The development secret in the data directory, when `npm start` has created it. */
export function readSecretFile(dataDir: string): string | undefined {
  const file = secretFile(dataDir);
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
