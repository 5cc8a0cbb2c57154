import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generate } from './generate.js';

/**
 * The five queries of issue 15, as its table names them: one definition for every bench that
 * asks them (the registry CPU bench, the side-by-side of gateways).
 */
export interface Query {
  id: string;
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The registry subgraph answers it alone, so it can also be asked of the registry directly. */
  registryOnly: boolean;
}

/** One register whole, both subgraphs: asked by the side-by-side and by `bench/run.ts` (its question 5). */
export const REGISTER_BY_SLUG = `query($slug: String!) { workRegister(slug: $slug) { title status initiatedOn
  review { dueBy dueOn status } parties { organization { acronym name } unit { name } }
  milestones { date dueOn status overdue } findings { code severity message }
  pointsOfContact { role contact { name email kind } } } }`;

export const queries = (slug: string): Query[] => [
  {
    id: 'register',
    label: 'register by slug, both subgraphs',
    query: REGISTER_BY_SLUG,
    variables: { slug },
    registryOnly: false,
  },
  {
    id: 'page50',
    label: '50 registers with contacts, both subgraphs',
    query: `{ workRegisters(first: 50) { totalCount edges { node { title status parties { organization { acronym } }
      pointsOfContact { role contact { name email kind } } } } pageInfo { hasNextPage endCursor } } }`,
    registryOnly: false,
  },
  {
    id: 'organization',
    label: "an organization's registers and partners",
    query: `{ organization(acronym: "DMTF") { name workRegisters(first: 20) { totalCount edges { node { title } } }
      partners { organization { acronym } workRegisters(first: 5) { totalCount edges { node { title } } } } } }`,
    registryOnly: true,
  },
  {
    id: 'search',
    label: 'search "cloud", 20 titles',
    query: `{ workRegisters(filter: { search: "cloud" }, first: 20) { totalCount edges { node { title } }
      pageInfo { hasNextPage endCursor } } }`,
    registryOnly: true,
  },
  {
    id: 'stats',
    label: '`registryStats`',
    query: `{ registryStats { workRegisters byStatus { status count } byOrganization { organization { acronym } count }
      reviewsDueByMonth { month count } findingsByCode { code count } } }`,
    registryOnly: true,
  },
];

/** The POST body of a query, as every bench sends it. */
export const requestBody = (query: Query): string =>
  JSON.stringify({ query: query.query, variables: query.variables ?? {} });

/**
 * The slug the register query asks for: a DMTF register with the most points of contact among
 * the first hundred generated of the `n`-register data set (the sample `run.ts` takes), read
 * from the seeded registry file in `dataDir`.
 */
export function sampleSlug(dataDir: string, n: number): string {
  const sample = generate(n)
    .registers.slice(0, 100)
    .filter((r) => r.parties.some((p) => p.acronym === 'DMTF'))
    .sort((a, b) => b.contacts.length - a.contacts.length)[0]!;
  const Database = createRequire(import.meta.url)('better-sqlite3') as new (
    file: string,
    options: { readonly: boolean },
  ) => { prepare(sql: string): { get(...p: unknown[]): unknown }; close(): void };
  const db = new Database(join(dataDir, 'registry.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT slug FROM work_register WHERE title = ?').get(sample.title) as { slug: string }).slug;
  } finally {
    db.close();
  }
}
