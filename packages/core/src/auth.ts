import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { forbidden, unauthenticated } from './errors.js';
import { parseRole, type Role } from './roles.js';

/**
 * Who is asking. The gateway verifies the bearer token at the perimeter and forwards it; every
 * subgraph verifies it again with the same code, so a subgraph reached directly is exactly as
 * strict as through the gateway. A token that fails verification fails the whole request with
 * 401, on reads as on writes: a silent downgrade to anonymous would hide from a dashboard why
 * the personal data it showed yesterday is gone.
 */

export interface Identity {
  subject: string;
  name: string | null;
  roles: Role[];
}

/** How tokens are verified: a shared HS256 secret (development) or an issuer's JWKS (production). */
export type AuthConfig =
  | { kind: 'secret'; secret: string; issuer?: string; audience?: string; rolesClaim: string }
  | { kind: 'jwks'; jwksUrl: string; issuer?: string; audience?: string; rolesClaim: string };

/** The caller of one request: an identity, or anonymous (no Authorization header). */
export class Viewer {
  constructor(readonly identity: Identity | null) {}

  static anonymous = new Viewer(null);

  get isAdmin(): boolean {
    return this.identity?.roles.some((role) => role.kind === 'admin') ?? false;
  }

  /** Members, editors and admins see personal email addresses; anonymous readers do not. */
  get seesPersonalData(): boolean {
    return (this.identity?.roles.length ?? 0) > 0;
  }

  /** Acronyms (upper case) this viewer edits for; admins edit everything. */
  get editorOf(): ReadonlySet<string> {
    const acronyms = (this.identity?.roles ?? []).flatMap((r) => (r.kind === 'editor' ? [r.acronym] : []));
    return new Set(acronyms);
  }

  canEdit(acronym: string): boolean {
    return this.isAdmin || this.editorOf.has(acronym.toUpperCase());
  }

  /** Every write starts here: an anonymous caller is UNAUTHENTICATED (a refused token never gets this far). */
  requireSignedIn(action: string): Identity {
    if (this.identity) return this.identity;
    throw unauthenticated(`${action} needs a signed-in caller: send Authorization: Bearer <token>`);
  }

  requireAdmin(action: string): Identity {
    const identity = this.requireSignedIn(action);
    if (!this.isAdmin) throw forbidden(`${action} is for admins only`);
    return identity;
  }

  /** Allowed when the viewer edits for at least one of `acronyms` (or is an admin). */
  requireEditorOfAny(action: string, acronyms: readonly string[]): Identity {
    const identity = this.requireSignedIn(action);
    if (!acronyms.some((a) => this.canEdit(a))) {
      const roles = [...new Set(acronyms.map((a) => `editor:${a.toUpperCase()}`))].join(' or ');
      throw forbidden(`${action} needs the role ${roles || 'admin'}`);
    }
    return identity;
  }

  /** Allowed when the viewer edits for every one of `acronyms` (or is an admin). */
  requireEditorOfAll(action: string, acronyms: readonly string[]): Identity {
    const identity = this.requireSignedIn(action);
    const missing = [...new Set(acronyms.map((a) => a.toUpperCase()))].filter((a) => !this.canEdit(a));
    if (missing.length > 0) {
      throw forbidden(`${action} needs the role ${missing.map((a) => `editor:${a}`).join(' and ')}`);
    }
    return identity;
  }
}

/** Reads a claim by dotted path (`realm_access.roles` for Keycloak, `roles` by default). */
function claimAt(payload: JWTPayload, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], payload);
}

function identityOf(payload: JWTPayload, rolesClaim: string): Identity {
  if (!payload.sub) throw new Error('the token has no subject (sub)');
  const claimed = claimAt(payload, rolesClaim);
  // Commas only: acronyms may hold spaces (editor:TM Forum).
  const values = Array.isArray(claimed)
    ? claimed
    : typeof claimed === 'string'
      ? claimed.split(',').map((r) => r.trim())
      : [];
  const roles = values
    .flatMap((value) => (typeof value === 'string' ? [parseRole(value)] : []))
    .filter((r) => r !== null);
  const name = typeof payload.name === 'string' ? payload.name : null;
  return { subject: payload.sub, name, roles };
}

/** The answer to an Authorization header: who it names, or why it was refused. */
export type Verification = { viewer: Viewer; refusal?: undefined } | { viewer?: undefined; refusal: string };

/** Verifies `Authorization: Bearer <JWT>` headers with jose; no header is anonymous. Never throws. */
export type Verify = (authorization: string | undefined) => Promise<Verification>;

export function createVerifier(config: AuthConfig): Verify {
  const key: Uint8Array | JWTVerifyGetKey =
    config.kind === 'secret' ? new TextEncoder().encode(config.secret) : createRemoteJWKSet(new URL(config.jwksUrl));
  const options = {
    ...(config.kind === 'secret' ? { algorithms: ['HS256'] } : {}),
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
  };
  return async (authorization) => {
    if (authorization === undefined) return { viewer: Viewer.anonymous };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) return { refusal: 'the Authorization header must be "Bearer <token>"' };
    try {
      // jwtVerify is overloaded on the key's type; both branches are the same call.
      const { payload } =
        key instanceof Uint8Array ? await jwtVerify(match[1]!, key, options) : await jwtVerify(match[1]!, key, options);
      return { viewer: new Viewer(identityOf(payload, config.rolesClaim)) };
    } catch (error) {
      return { refusal: describeRefusal(error) };
    }
  };
}

/**
 * The whole request refused for its token: HTTP 401 with UNAUTHENTICATED and the reason, and the
 * `WWW-Authenticate` challenge RFC 6750 asks for. Sending no header at all reads anonymously.
 */
export function tokenRefused(reason: string): GraphQLError {
  return new GraphQLError(
    `The token in the Authorization header was refused: ${reason}. Send a valid token, or no Authorization header to read as an anonymous caller.`,
    { extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401 } } },
  );
}

export type Authenticate = (authorization: string | undefined) => Promise<Viewer>;

/** The viewer a request's Authorization names; a header that fails verification throws tokenRefused (401). */
export function createAuthenticator(config: AuthConfig): Authenticate {
  const verify = createVerifier(config);
  return async (authorization) => {
    const { viewer, refusal } = await verify(authorization);
    if (viewer) return viewer;
    throw tokenRefused(refusal);
  };
}

function describeRefusal(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ERR_JWT_EXPIRED') return 'the token has expired';
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return 'the token is not signed by a key this registry trusts';
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED')
    return `the token's claims are not accepted (${(error as Error).message})`;
  if (code === 'ERR_JWKS_NO_MATCHING_KEY') return "no key of the identity provider matches the token's key id";
  return `the token cannot be verified (${(error as Error).message})`;
}
