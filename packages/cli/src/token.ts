import { resolve } from 'node:path';
import { mintToken, readSecretFile } from '@alliance/core/tokens';

/**
 * Development tokens: signed with the same HS256 secret the services verify with, which is
 * AUTH_SECRET or, failing that, the file `npm start` keeps in the data directory.
 */
export function developmentSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.AUTH_SECRET ?? readSecretFile(resolve(env.DATA_DIR ?? './data'));
}

export interface TokenOptions {
  sub: string;
  name?: string;
  role: string[];
  ttl: string;
}

/** `alliance token`: a token for the given subject and roles, from the development secret. */
export function developmentToken(options: TokenOptions, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const secret = developmentSecret(env);
  if (!secret) {
    throw new Error(
      'no development secret: set AUTH_SECRET, or DATA_DIR to the data directory of `npm start` (it creates data/auth-secret)',
    );
  }
  return mintToken({
    secret,
    subject: options.sub,
    roles: options.role,
    ttl: options.ttl,
    ...(options.name ? { name: options.name } : {}),
    ...(env.AUTH_ISSUER ? { issuer: env.AUTH_ISSUER } : {}),
    ...(env.AUTH_AUDIENCE ? { audience: env.AUTH_AUDIENCE } : {}),
  });
}

/** The seed signs in as an admin for a few minutes, the same way `alliance token` would. */
export const seedToken = (env: NodeJS.ProcessEnv = process.env) =>
  developmentToken({ sub: 'seed', name: 'Seed loader', role: ['admin'], ttl: '10m' }, env);
