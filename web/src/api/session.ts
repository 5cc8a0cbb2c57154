import { signal } from '@preact/signals';

/**
 * Who is signed in: a bearer token kept in this browser's local storage. In development the
 * token is pasted (`npm run cli -- token`); with a body's single sign-on the identity provider
 * issues it (docs/identity.md). The token is only read here for display and to decide which
 * controls to show: the API checks every write itself.
 */

const KEY = 'alliance-registry.token';

export interface Identity {
  subject: string;
  name: string | null;
  roles: string[];
  /** Seconds since the epoch, when the token says. */
  expiresAt: number | null;
}

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export const token = signal<string | null>(readStored());

export function signIn(value: string): void {
  localStorage.setItem(KEY, value);
  token.value = value;
}

export function signOut(): void {
  localStorage.removeItem(KEY);
  token.value = null;
}

/** The claims of a JWT, unverified (the API verifies); null when it is not one. */
export function identityOf(value: string | null, rolesClaim = 'roles'): Identity | null {
  const payload = value?.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    const roles = claims[rolesClaim];
    return {
      subject: String(claims.sub ?? ''),
      name: typeof claims.name === 'string' ? claims.name : null,
      roles: Array.isArray(roles) ? roles.map(String) : [],
      expiresAt: typeof claims.exp === 'number' ? claims.exp : null,
    };
  } catch {
    return null;
  }
}

/** Whether the identity may edit a register of these parties (admin, or editor of one of them). */
export function mayEdit(identity: Identity | null, acronyms: string[]): boolean {
  if (!identity) return false;
  return identity.roles.some(
    (role) => role === 'admin' || acronyms.some((acronym) => role.toLowerCase() === `editor:${acronym.toLowerCase()}`),
  );
}
