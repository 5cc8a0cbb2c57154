import { readFileSync } from 'node:fs';
import { importDocument } from '@alliance/cli';
import { parse } from '@alliance/document';
import type { Stack } from './stack.js';

/**
 * The registry landscape of test/fixtures/registers: its documents imported through the API as
 * `alliance import` does, each register then moved to the status its manifest entry names.
 */
export interface ManifestEntry {
  file: string;
  slug: string;
  parties: string[];
  units: string[];
  kind: 'REGISTER' | 'ADDENDUM';
  amends: string | null;
  initiatedOn: string | null;
  reviewDueBy: string | null;
  reviewDueOn: string | null;
  milestones: { date: string; dueOn: string; status: string }[];
  status: 'DRAFT' | 'ACTIVE' | 'UNDER_REVIEW' | 'INACTIVE' | 'TERMINATED';
  statusReason: string | null;
  findings: string[];
}

export const TODAY = '2026-11-24';
const dir = new URL('../fixtures/registers/', import.meta.url);
export const manifest: ManifestEntry[] = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8'));

/** The status moves from an import's status (ACTIVE when approved, else DRAFT) to `target`. */
const ROUTE: Record<ManifestEntry['status'], ManifestEntry['status'][]> = {
  DRAFT: [],
  ACTIVE: ['ACTIVE'],
  UNDER_REVIEW: ['ACTIVE', 'UNDER_REVIEW'],
  INACTIVE: ['ACTIVE', 'UNDER_REVIEW', 'INACTIVE'],
  TERMINATED: ['ACTIVE', 'UNDER_REVIEW', 'TERMINATED'],
};

export async function loadFixtureSet(stack: Stack): Promise<void> {
  for (const entry of manifest) {
    const text = readFileSync(new URL(entry.file, dir), 'utf8');
    const result = await importDocument(stack.client, parse(text, { now: new Date(TODAY) }), text);
    let revision = result.revision;
    const { data } = await stack.query(`query($slug: String!) { workRegister(slug: $slug) { id status } }`, {
      slug: result.slug,
    });
    const route = ROUTE[entry.status];
    for (const status of route.slice(route.indexOf(data.workRegister.status) + 1)) {
      const response = await stack.query(
        `mutation($id: ID!, $revision: Int!, $status: WorkRegisterStatus!, $reason: String) {
          setWorkRegisterStatus(id: $id, expectedRevision: $revision, status: $status, reason: $reason) { revision }
        }`,
        { id: data.workRegister.id, revision, status, reason: entry.statusReason },
        stack.tokens.admin,
      );
      if (response.errors) throw new Error(`${entry.file}: ${JSON.stringify(response.errors)}`);
      revision = response.data.setWorkRegisterStatus.revision;
    }
  }
}
