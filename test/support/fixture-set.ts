import { readFileSync } from 'node:fs';
import { LANDSCAPE_DIR, LANDSCAPE_TODAY, loadLandscape, type LandscapeEntry } from '@alliance/cli';
import type { Stack } from './stack.js';

/**
 * The registry landscape of test/fixtures/registers: its documents imported through the API as
 * `alliance import` does, each register then moved to the status its manifest entry names
 * (`loadLandscape` of the CLI package). The manifest says what the tests expect of each.
 */
export interface ManifestEntry extends LandscapeEntry {
  slug: string;
  parties: string[];
  units: string[];
  kind: 'REGISTER' | 'ADDENDUM';
  amends: string | null;
  initiatedOn: string | null;
  reviewDueBy: string | null;
  reviewDueOn: string | null;
  milestones: { date: string; dueOn: string; status: string }[];
  findings: string[];
}

export const TODAY = LANDSCAPE_TODAY;
export const manifest: ManifestEntry[] = JSON.parse(readFileSync(new URL('manifest.json', LANDSCAPE_DIR), 'utf8'));

/** The same loader `npm run demo` uses, with the registry's today the landscape is written for. */
export const loadFixtureSet = (stack: Stack) => loadLandscape(stack.client, LANDSCAPE_DIR, { now: new Date(TODAY) });
