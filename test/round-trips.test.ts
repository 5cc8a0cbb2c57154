import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand, parseFile, type Output } from '@alliance/cli';
import { loadFixtureSet, manifest, TODAY } from './support/fixture-set.js';
import { startStack, type Stack } from './support/stack.js';

/**
 * Exports read back whole (issue 13): every register of the fixture set, exported in every
 * format `alliance export` writes, signed in and anonymously, and read back by `alliance parse`'s
 * own reader, is the register the JSON export shows that same caller — field for field. An
 * address the caller may not see stays a contact (name, role, organization) marked withheld.
 */

let stack: Stack;
const scratch = mkdtempSync(join(tmpdir(), 'alliance-round-trips-'));
const quiet: Output = { print: () => undefined, progress: () => undefined, error: (text) => console.error(text) };

beforeAll(async () => {
  stack = await startStack({ seed: false, today: TODAY });
  await loadFixtureSet(stack);
}, 180_000);
afterAll(async () => {
  await stack?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** Exports every register in `format` as the caller into a folder of its own; answers the folder. */
async function exported(format: 'json' | 'text' | 'markdown', token: string | undefined): Promise<string> {
  const out = join(scratch, `${format}-${token ? 'signed-in' : 'anonymous'}`);
  const code = await exportCommand({ endpoint: stack.gatewayUrl, token, format, out }, quiet);
  expect(code).toBe(0);
  return out;
}

/** What a read-back is compared on: everything but the findings (the registry adds today's). */
const fields = ({ findings: _findings, ...register }: Record<string, unknown>) => register;

describe.each([
  ['signed in', () => stack.tokens.admin],
  ['anonymously', () => undefined],
])('exported %s', (_who, token) => {
  let truth: Map<string, Record<string, unknown>>;
  beforeAll(async () => {
    const folder = await exported('json', token());
    truth = new Map();
    for (const file of readdirSync(folder)) {
      const { document } = await parseFile(join(folder, file));
      truth.set(file.replace(/\.json$/, ''), document as unknown as Record<string, unknown>);
    }
    expect(truth.size).toBe(manifest.length);
  }, 120_000);

  it.each(['text', 'markdown'] as const)(
    'as %s reads back to the same registers',
    async (format) => {
      const folder = await exported(format, token());
      for (const file of readdirSync(folder)) {
        const slug = file.replace(/\.(txt|md)$/, '');
        const { document } = await parseFile(join(folder, file));
        expect(fields(document as never), `${format} ${slug}`).toEqual(fields(truth.get(slug)!));
      }
    },
    120_000,
  );

  it('keeps every contact, with its address or saying it was withheld', () => {
    const contacts = [...truth.values()].flatMap((register) => register.contacts as { email: string; kind: string }[]);
    expect(contacts.length).toBeGreaterThan(manifest.length);
    // Mailing lists are public: never withheld.
    expect(contacts.filter((c) => c.kind === 'MAILING_LIST' && c.email === '')).toEqual([]);
    if (token()) expect(contacts.filter((c) => c.email === '')).toEqual([]);
  });
});
