/**
 * The roles a token can carry: `admin`, `editor:<ACRONYM>`, `member:<ACRONYM>`. Pure (no
 * GraphQL, no crypto), so the CLI and the web's token tools read them without loading a server.
 */

export type Role = { kind: 'admin' } | { kind: 'editor' | 'member'; acronym: string };

/**
 * An organization's acronym, wherever one is accepted (roles, organizations, registers,
 * contacts): MEF, ITU-T, TM Forum, Wi-Fi Alliance, IEEE 802.3, OASIS TOSCA TC.
 */
export const ACRONYM = /^[A-Za-z0-9][A-Za-z0-9 ._&/+-]{0,31}$/;

/** Reads `admin`, `editor:MEF`, `member:DMTF`; anything else (an IdP's own roles) is ignored. */
export function parseRole(value: string): Role | null {
  if (value === 'admin') return { kind: 'admin' };
  const match = /^(editor|member):(.*)$/.exec(value);
  return match && ACRONYM.test(match[2]!)
    ? { kind: match[1] as 'editor' | 'member', acronym: match[2]!.toUpperCase() }
    : null;
}
