import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { forbidden, unauthenticated } from './errors.js';
import { parseRole, type Role } from './roles.js';

/**
 * Who is asking. Every subgraph verifies the bearer token itself (the gateway only forwards it),
 * so a subgraph reached directly is exactly as strict as through the gateway.
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

/** The caller of one request: an identity, or anonymous (with the reason when a token was refused). */
export class Viewer {
  constructor(
    readonly identity: Identity | null,
    /** Why the presented token was refused; reads go on anonymously, writes fail with it. */
    readonly refusal: string | null = null,
  ) {}

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

  /** Every write starts here: a missing or refused token is UNAUTHENTICATED. */
  requireSignedIn(action: string): Identity {
    if (this.identity) return this.identity;
    throw unauthenticated(
      this.refusal
        ? `${action} needs a valid token: ${this.refusal}`
        : `${action} needs a signed-in caller: send Authorization: Bearer <token>`,
    );
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

export type Authenticate = (authorization: string | undefined) => Promise<Viewer>;

/** Verifies `Authorization: Bearer <JWT>` headers with jose; never throws (see Viewer.refusal). */
export function createAuthenticator(config: AuthConfig): Authenticate {
  const key: Uint8Array | JWTVerifyGetKey =
    config.kind === 'secret' ? new TextEncoder().encode(config.secret) : createRemoteJWKSet(new URL(config.jwksUrl));
  const options = {
    ...(config.kind === 'secret' ? { algorithms: ['HS256'] } : {}),
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
  };
  return async (authorization) => {
    if (!authorization) return Viewer.anonymous;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) return new Viewer(null, 'the Authorization header must be "Bearer <token>"');
    try {
      // jwtVerify is overloaded on the key's type; both branches are the same call.
      const { payload } =
        key instanceof Uint8Array ? await jwtVerify(match[1]!, key, options) : await jwtVerify(match[1]!, key, options);
      return new Viewer(identityOf(payload, config.rolesClaim));
    } catch (error) {
      return new Viewer(null, describeRefusal(error));
    }
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
