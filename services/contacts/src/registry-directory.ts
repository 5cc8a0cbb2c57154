import { badUserInput, serviceUnavailable, type Logger } from '@alliance/core';
import { createClient, GraphQLResponseError } from '@alliance/client';

/**
 * What the contacts service asks the registry before a write. Contacts store organization ids
 * (federation keys) while roles and arguments name acronyms, and whether an organization is a
 * party of a register is the registry's data: so each write asks everything it needs in ONE
 * request of aliased fields, before its transaction starts. It asks the gateway's public API as
 * the caller (their token), like any partner tool: never the registry subgraph around it.
 */

/** A write waits this long for the answer, then fails as SERVICE_UNAVAILABLE, changing nothing. */
const TIMEOUT_MS = 5_000;

export interface OrganizationRef {
  id: string;
  acronym: string;
}

export interface RegisterRef {
  id: string;
  slug: string;
  title: string;
  /** The organizations of its parties; a unit's party counts for its organization. */
  parties: OrganizationRef[];
}

export interface DirectoryRequest {
  /** Acronyms from arguments, each with the argument path an unknown one is reported at. */
  acronyms?: readonly { acronym: string; field: string }[];
  /** Organization ids whose acronyms the role checks need (null entries are skipped). */
  organizationIds?: readonly (string | null)[];
  workRegisterIds?: readonly string[];
}

export interface Directory {
  /** The organization an asked acronym names (lookUp has thrown for unknown ones). */
  organization(acronym: string): OrganizationRef;
  /** Null for an id the registry does not know (asked for, or a party of an asked register). */
  acronymOf(organizationId: string | null): string | null;
  /** Null for a register the registry does not know. */
  register(id: string): RegisterRef | null;
}

const ORGANIZATION_FIELDS = 'id acronym';
const REGISTER_FIELDS = 'id slug title parties { organization { id acronym } }';

/** Named after the service, never its URL: the gateway shows this message to clients. */
const registryUnavailable = () =>
  serviceUnavailable(
    'The registry service is unavailable, so organizations and registers cannot be checked; nothing was changed. Try again shortly.',
    'registry',
  );

/** One aliased field per thing asked: a0…an by acronym, o0… by organization id, r0… by register id. */
function buildQuery(acronyms: readonly string[], organizationIds: readonly string[], registerIds: readonly string[]) {
  const asks = [
    ...acronyms.map((value, i) => ({
      alias: `a${i}`,
      value,
      field: `organization(acronym: $a${i})`,
      type: 'String!',
      select: ORGANIZATION_FIELDS,
    })),
    ...organizationIds.map((value, i) => ({
      alias: `o${i}`,
      value,
      field: `organization(id: $o${i})`,
      type: 'ID!',
      select: ORGANIZATION_FIELDS,
    })),
    ...registerIds.map((value, i) => ({
      alias: `r${i}`,
      value,
      field: `workRegister(id: $r${i})`,
      type: 'ID!',
      select: REGISTER_FIELDS,
    })),
  ];
  const params = asks.map((ask) => `$${ask.alias}: ${ask.type}`).join(', ');
  const fields = asks.map((ask) => `${ask.alias}: ${ask.field} { ${ask.select} }`).join('\n');
  return {
    query: `query ContactsDirectory(${params}) { ${fields} }`,
    variables: Object.fromEntries(asks.map((ask) => [ask.alias, ask.value])),
  };
}

const notFoundAt = (error: GraphQLResponseError, alias: string) =>
  error.errors.some((e) => e.path?.[0] === alias && e.extensions?.code === 'NOT_FOUND');

/**
 * An unknown acronym is the caller's mistake (its field); an unknown id is an answer (null);
 * any other failure is the registry's, logged with its cause and reported without its address.
 */
function explain(error: unknown, acronyms: DirectoryRequest['acronyms'], logger: Logger): Record<string, unknown> {
  if (error instanceof GraphQLResponseError) {
    const missing = (acronyms ?? []).findIndex((_, i) => notFoundAt(error, `a${i}`));
    if (missing >= 0) {
      const { acronym, field } = acronyms![missing]!;
      throw badUserInput(`${field}: no organization with acronym "${acronym}"`, field);
    }
    const onlyUnknownIds = error.errors.every(
      (e) => /^[or]\d+$/.test(String(e.path?.[0])) && e.extensions?.code === 'NOT_FOUND',
    );
    if (onlyUnknownIds && error.data) return error.data as Record<string, unknown>;
  }
  logger.warn({ err: error }, 'asking the registry about organizations and registers failed');
  throw registryUnavailable();
}

export type LookUp = (request: DirectoryRequest) => Promise<Directory>;

/** The look-up of one request: through `gatewayUrl`, with the caller's Authorization header. */
export function directoryLookUp(gatewayUrl: string, authorization: string | undefined, logger: Logger): LookUp {
  const token = authorization?.replace(/^Bearer\s+/i, '');
  return async (request) => {
    const acronyms = request.acronyms ?? [];
    const organizationIds = [...new Set(request.organizationIds ?? [])].filter((id): id is string => id !== null);
    const registerIds = [...new Set(request.workRegisterIds ?? [])];
    if (acronyms.length + organizationIds.length + registerIds.length === 0) return directoryOf({}, acronyms, [], []);
    const { query, variables } = buildQuery(
      acronyms.map((a) => a.acronym),
      organizationIds,
      registerIds,
    );
    // No retries: the write waits at most TIMEOUT_MS, then fails as a whole, changing nothing.
    const answer = await createClient({ endpoint: gatewayUrl, token, timeoutMs: TIMEOUT_MS, retry: false })
      .request<Record<string, unknown>>(query, variables)
      .catch((error: unknown) => explain(error, acronyms, logger));
    return directoryOf(answer, acronyms, organizationIds, registerIds);
  };
}

function directoryOf(
  answer: Record<string, unknown>,
  acronyms: NonNullable<DirectoryRequest['acronyms']>,
  organizationIds: readonly string[],
  registerIds: readonly string[],
): Directory {
  const byAcronym = new Map(acronyms.map((a, i) => [a.acronym, answer[`a${i}`] as OrganizationRef]));
  const organizations = [
    ...byAcronym.values(),
    ...organizationIds.map((_, i) => answer[`o${i}`] as OrganizationRef | null),
  ];
  const registers = new Map<string, RegisterRef>();
  registerIds.forEach((_, i) => {
    const found = answer[`r${i}`] as
      (Omit<RegisterRef, 'parties'> & { parties: { organization: OrganizationRef }[] }) | null;
    if (found) registers.set(found.id, { ...found, parties: found.parties.map((p) => p.organization) });
  });
  const parties = [...registers.values()].flatMap((register) => register.parties);
  const acronymById = new Map([...organizations, ...parties].filter((o) => o).map((o) => [o!.id, o!.acronym]));
  return {
    organization: (acronym) => byAcronym.get(acronym)!,
    acronymOf: (id) => (id === null ? null : (acronymById.get(id) ?? null)),
    register: (id) => registers.get(id) ?? null,
  };
}
