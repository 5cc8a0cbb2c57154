import { readFile } from 'node:fs/promises';
import { readDocument } from '@alliance/document';
import {
  RegisterBySlugDocument,
  SetRegisterStatusDocument,
  type AllianceClient,
  type WorkRegisterStatus,
} from '@alliance/client';
import { importDocument, type ImportResult } from './import.js';

/**
 * The example landscape: the 33 registers of test/fixtures/registers (17 organizations), which
 * the end-to-end tests and docs/queries.md are written against and `npm run demo` shows.
 */
export const LANDSCAPE_DIR = new URL('../../../test/fixtures/registers/', import.meta.url);

/** The day the landscape's findings and review dates are written for (its README says so). */
export const LANDSCAPE_TODAY = '2026-11-24';

export type RegisterStatus = WorkRegisterStatus;

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

/**
 * Imports every document `dir/manifest.json` lists through the API, as `alliance import` does,
 * then moves each register to the status its entry names. `client` must be signed in as an
 * admin; `now` is the day the documents' findings are judged on (default LANDSCAPE_TODAY).
 */
export async function loadLandscape(
  client: AllianceClient,
  dir: URL = LANDSCAPE_DIR,
  options: { now?: Date } = {},
): Promise<ImportResult[]> {
  const manifest = JSON.parse(await readFile(new URL('manifest.json', dir), 'utf8')) as LandscapeEntry[];
  const now = options.now ?? new Date(LANDSCAPE_TODAY);
  const results: ImportResult[] = [];
  const documents = await Promise.all(
    manifest.map(async (entry) => {
      const text = await readFile(new URL(entry.file, dir), 'utf8');
      const { register, provenance } = readDocument(text, { now });
      return { entry, text, document: register, provenance };
    }),
  );
  // Registers before their addenda, so that each addendum finds the register it amends.
  const ordered = [...documents].sort(
    (a, b) => Number(a.document.amends !== null) - Number(b.document.amends !== null),
  );
  for (const { entry, text, document, provenance } of ordered) {
    try {
      const result = await importDocument(client, document, text, { provenance });
      await moveToStatus(client, result.slug, entry);
      results.push(result);
    } catch (error) {
      throw new Error(`${entry.file}: ${(error as Error).message}`, { cause: error });
    }
  }
  return results;
}

async function moveToStatus(client: AllianceClient, slug: string, entry: LandscapeEntry): Promise<void> {
  const { workRegister } = await client.request(RegisterBySlugDocument, { slug });
  if (!workRegister) throw new Error(`${slug}: not in the registry after its import`);
  const route = ROUTE[entry.status];
  let revision = workRegister.revision;
  for (const status of route.slice(route.indexOf(workRegister.status) + 1)) {
    const moved = await client.request(SetRegisterStatusDocument, {
      id: workRegister.id,
      expectedRevision: revision,
      status,
      reason: entry.statusReason,
    });
    revision = moved.setWorkRegisterStatus.revision;
  }
}
