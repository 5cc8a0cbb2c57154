/**
 * The roles a token can carry: `admin`, `editor:<ACRONYM>`, `member:<ACRONYM>`. Pure (no
 * GraphQL, no crypto), so the CLI and the web's token tools read them without loading a server.
 */

export type Role = { kind: 'admin' } | { kind: 'editor' | 'member'; acronym: string };

/** Reads `admin`, `editor:MEF`, `member:DMTF`; anything else (an IdP's own roles) is ignored. */
export function parseRole(value: string): Role | null {
  if (value === 'admin') return { kind: 'admin' };
  const match = /^(editor|member):([A-Za-z0-9][A-Za-z0-9 ._&/-]{0,31})$/.exec(value);
  return match ? { kind: match[1] as 'editor' | 'member', acronym: match[2]!.toUpperCase() } : null;
}
