import { badUserInput, createClient, GraphQLRequestError, serviceUnavailable } from '@alliance/core';

/**
 * What the contacts service asks the registry before a write. Contacts store organization ids
 * (federation keys) while roles and arguments name acronyms, and whether an organization is a
 * party of a register is the registry's data: so each write asks, over HTTP, everything it needs
 * in ONE request (aliased fields and one `_entities` call), before its transaction starts.
 */

export interface OrganizationRef {
  id: string;
  acronym: string;
}

export interface RegisterRef {
  id: string;
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
  /** Null for an id the registry does not know. */
  acronymOf(organizationId: string | null): string | null;
  /** Null for a register the registry does not know. */
  register(id: string): RegisterRef | null;
}

type Entity =
  | { __typename: 'Organization'; id: string; acronym: string }
  | { __typename: 'WorkRegister'; id: string; title: string; parties: { organization: OrganizationRef }[] }
  | null;

const ENTITY_FIELDS = `__typename
  ... on Organization { id acronym }
  ... on WorkRegister { id title parties { organization { id acronym } } }`;

/** Named after the service, never its URL: the gateway shows this message to clients. */
const registryUnavailable = () =>
  serviceUnavailable(
    'The registry service is unavailable, so organizations and registers cannot be checked; nothing was changed. Try again shortly.',
    'registry',
  );

function buildQuery(acronyms: readonly string[], representations: readonly object[]) {
  const params = acronyms.map((_, i) => `$a${i}: String!`);
  const fields = acronyms.map((_, i) => `a${i}: organization(acronym: $a${i}) { id acronym }`);
  if (representations.length > 0) {
    params.push('$representations: [_Any!]!');
    fields.push(`entities: _entities(representations: $representations) { ${ENTITY_FIELDS} }`);
  }
  const variables: Record<string, unknown> = Object.fromEntries(acronyms.map((a, i) => [`a${i}`, a]));
  if (representations.length > 0) variables.representations = representations;
  return { query: `query ContactsDirectory(${params.join(', ')}) { ${fields.join('\n')} }`, variables };
}

/** An unknown acronym is the caller's mistake (its field); any other failure is the registry's. */
function explain(error: unknown, acronyms: DirectoryRequest['acronyms'] = []): Error {
  if (!(error instanceof GraphQLRequestError)) return error as Error;
  const missing = acronyms.findIndex((_, i) =>
    error.errors.some((e) => e.path?.[0] === `a${i}` && e.extensions?.code === 'NOT_FOUND'),
  );
  if (missing >= 0) {
    const { acronym, field } = acronyms[missing]!;
    return badUserInput(`${field}: no organization with acronym "${acronym}"`, field);
  }
  return registryUnavailable();
}

export async function lookUp(registryUrl: string, request: DirectoryRequest): Promise<Directory> {
  const acronyms = request.acronyms ?? [];
  const organizationIds = [...new Set(request.organizationIds ?? [])].filter((id): id is string => id !== null);
  const registerIds = [...new Set(request.workRegisterIds ?? [])];
  const representations = [
    ...organizationIds.map((id) => ({ __typename: 'Organization', id })),
    ...registerIds.map((id) => ({ __typename: 'WorkRegister', id })),
  ];
  let answer: Record<string, unknown> = {};
  if (acronyms.length + representations.length > 0) {
    const { query, variables } = buildQuery(
      acronyms.map((a) => a.acronym),
      representations,
    );
    answer = await createClient(registryUrl)
      .request<Record<string, unknown>>(query, variables)
      .catch((error: unknown) => {
        throw explain(error, acronyms);
      });
  }
  return directoryOf(answer, acronyms);
}

function directoryOf(answer: Record<string, unknown>, acronyms: NonNullable<DirectoryRequest['acronyms']>): Directory {
  const byAcronym = new Map(acronyms.map((a, i) => [a.acronym, answer[`a${i}`] as OrganizationRef]));
  const entities = (answer.entities ?? []) as Entity[];
  const acronymById = new Map<string, string>();
  const registers = new Map<string, RegisterRef>();
  for (const entity of entities) {
    if (entity?.__typename === 'Organization') acronymById.set(entity.id, entity.acronym);
    if (entity?.__typename === 'WorkRegister') {
      const parties = entity.parties.map((p) => p.organization);
      registers.set(entity.id, { id: entity.id, title: entity.title, parties });
    }
  }
  for (const organization of byAcronym.values()) acronymById.set(organization.id, organization.acronym);
  return {
    organization: (acronym) => byAcronym.get(acronym)!,
    acronymOf: (id) => (id === null ? null : (acronymById.get(id) ?? null)),
    register: (id) => registers.get(id) ?? null,
  };
}
