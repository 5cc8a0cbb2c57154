import { readFile } from 'node:fs/promises';
import { parse } from '@alliance/document';
import type { GraphQLClient } from '@alliance/core/client';
import { importDocument, type ImportResult } from './import.js';

/**
 * The example landscape: the 33 registers of test/fixtures/registers (17 organizations), which
 * the end-to-end tests and docs/queries.md are written against and `npm run demo` shows.
 */
export const LANDSCAPE_DIR = new URL('../../../test/fixtures/registers/', import.meta.url);

/** The day the landscape's findings and review dates are written for (its README says so). */
export const LANDSCAPE_TODAY = '2026-11-24';

export type RegisterStatus = 'DRAFT' | 'ACTIVE' | 'UNDER_REVIEW' | 'INACTIVE' | 'TERMINATED';

/** What loading needs of an entry of the directory's manifest.json (the tests read the rest). */
export interface LandscapeEntry {
  file: string;
  status: RegisterStatus;
  statusReason: string | null;
}

/** The status moves from an import's status (ACTIVE when approved, else DRAFT) to the target. */
const ROUTE: Record<RegisterStatus, RegisterStatus[]> = {
  DRAFT: [],
  ACTIVE: ['ACTIVE'],
  UNDER_REVIEW: ['ACTIVE', 'UNDER_REVIEW'],
  INACTIVE: ['ACTIVE', 'UNDER_REVIEW', 'INACTIVE'],
  TERMINATED: ['ACTIVE', 'UNDER_REVIEW', 'TERMINATED'],
};

const REGISTER_STATUS = `query LandscapeStatus($slug: String!) { workRegister(slug: $slug) { id status revision } }`;

const SET_STATUS = `mutation LandscapeSetStatus($id: ID!, $revision: Int!, $status: WorkRegisterStatus!, $reason: String) {
  setWorkRegisterStatus(id: $id, expectedRevision: $revision, status: $status, reason: $reason) { revision }
}`;

interface RegisterStatusResult {
  workRegister: { id: string; status: RegisterStatus; revision: number };
}

/**
 * Imports every document `dir/manifest.json` lists through the API, as `alliance import` does,
 * then moves each register to the status its entry names. `client` must be signed in as an
 * admin; `now` is the day the documents' findings are judged on (default LANDSCAPE_TODAY).
 */
export async function loadLandscape(
  client: GraphQLClient,
  dir: URL = LANDSCAPE_DIR,
  options: { now?: Date } = {},
): Promise<ImportResult[]> {
  const manifest = JSON.parse(await readFile(new URL('manifest.json', dir), 'utf8')) as LandscapeEntry[];
  const now = options.now ?? new Date(LANDSCAPE_TODAY);
  const results: ImportResult[] = [];
  for (const entry of manifest) {
    const text = await readFile(new URL(entry.file, dir), 'utf8');
    try {
      const result = await importDocument(client, parse(text, { now }), text);
      await moveToStatus(client, result.slug, entry);
      results.push(result);
    } catch (error) {
      throw new Error(`${entry.file}: ${(error as Error).message}`, { cause: error });
    }
  }
  return results;
}

async function moveToStatus(client: GraphQLClient, slug: string, entry: LandscapeEntry): Promise<void> {
  const { workRegister } = await client.request<RegisterStatusResult>(REGISTER_STATUS, { slug });
  const route = ROUTE[entry.status];
  let revision = workRegister.revision;
  for (const status of route.slice(route.indexOf(workRegister.status) + 1)) {
    const moved = await client.request<{ setWorkRegisterStatus: { revision: number } }>(SET_STATUS, {
      id: workRegister.id,
      revision,
      status,
      reason: entry.statusReason,
    });
    revision = moved.setWorkRegisterStatus.revision;
  }
}
