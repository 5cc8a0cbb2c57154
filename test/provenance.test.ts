import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument, parseFile } from '@alliance/cli';
import { registerSlug } from '@alliance/document';
import { startStack, type Stack } from './support/stack.js';

/**
 * Provenance through the gateway (issue 13): an import keeps where the reader read each field, and
 * `workRegister { source { fields } }` answers it, so the web app can say "read from line 14".
 * Documents go in the way `alliance import` sends them (parseFile, then importDocument).
 */

const SEED = 'data/seeds/mef-dmtf-work-register.txt';
const SHAPES = 'packages/document/test/shapes';
const PDF = `${SHAPES}/o-ran-3gpp-work-register.pdf`;
const DOCX = `${SHAPES}/fido-w3c-work-register.docx`;
const root = new URL('..', import.meta.url);

let stack: Stack;
const slugs = new Map<string, string>();

beforeAll(async () => {
  // The seed comes in through npm start's seeding (seedIfEmpty), the others as alliance import sends them.
  stack = await startStack();
  slugs.set(SEED, 'mef-dmtf');
  for (const file of [PDF, DOCX]) {
    const { text, document, provenance } = await parseFile(new URL(file, root).pathname);
    await importDocument(stack.client, document, text, { provenance });
    slugs.set(file, registerSlug(document.title));
  }
}, 120_000);
afterAll(() => stack?.stop());

const FIELDS = `query($slug: String!) { workRegister(slug: $slug) { initiatedOn
  source { fields { path line endLine page row text } } } }`;

async function fieldsOf(file: string, token?: string) {
  const { data, errors } = await stack.query(FIELDS, { slug: slugs.get(file) }, token);
  expect(errors).toBeUndefined();
  return data.workRegister as {
    initiatedOn: string;
    source: {
      fields: { path: string; line: number; endLine: number; page: number | null; row: number | null; text: string }[];
    };
  };
}

describe('source { fields }', () => {
  it('is what alliance parse reports, field for field', async () => {
    const { provenance } = await parseFile(new URL(SEED, root).pathname);
    const { source } = await fieldsOf(SEED, stack.tokens.member);
    expect(source.fields.map(({ text: _text, ...f }) => f)).toEqual(
      provenance.map((p) => ({ page: null, row: null, ...p })),
    );
  });

  it('points the initiation date at the line of the source that writes it', async () => {
    const { initiatedOn, source } = await fieldsOf(SEED);
    const field = source.fields.find((f) => f.path === 'initiatedOn')!;
    const line = readFileSync(new URL(SEED, root), 'utf8').split('\n')[field.line - 1]!;
    const [year, month, day] = initiatedOn.split('-').map(Number);
    // The seed writes US month/day.
    expect(line).toContain(`${month}/${day}/${year}`);
    expect(field.text).toBe(line);
  });

  it("gives the lines themselves, hiding a person's address from an anonymous reader as source { text } does", async () => {
    const signedIn = (await fieldsOf(SEED, stack.tokens.member)).source.fields.find(
      (f) => f.path === 'contacts[0].email',
    )!;
    const anonymous = (await fieldsOf(SEED)).source.fields.find((f) => f.path === 'contacts[0].email')!;
    expect(signedIn.text).toContain('@metroethernetforum.org');
    expect(anonymous.text).not.toContain('@metroethernetforum.org');
    expect(anonymous.line).toBe(signedIn.line);
  });

  it('names the page of a PDF and the row of a Word table', async () => {
    const pdf = (await fieldsOf(PDF)).source.fields;
    expect(pdf.every((f) => f.page !== null && f.page >= 1)).toBe(true);
    expect(new Set(pdf.map((f) => f.page)).size).toBeGreaterThan(1);
    const docx = (await fieldsOf(DOCX)).source.fields;
    const initiated = docx.find((f) => f.path === 'initiatedOn')!;
    expect(initiated.row).not.toBeNull();
    expect(initiated.text).toMatch(/^\| Date Initiated \|/);
  });

  it('is empty for a register created by mutation', async () => {
    const { data, errors } = await stack.query(
      `mutation($input: WorkRegisterInput!) { createWorkRegister(input: $input) { source { fields { path } } } }`,
      {
        input: {
          title: 'MEF / DMTF Work Register Addendum 9',
          kind: 'ADDENDUM',
          parties: [{ acronym: 'MEF' }, { acronym: 'DMTF' }],
        },
      },
      stack.tokens.admin,
    );
    expect(errors).toBeUndefined();
    expect(data.createWorkRegister.source.fields).toEqual([]);
  });

  it('is added by an unchanged import to a register imported before the registry kept it, with no new revision', async () => {
    const file = new URL('packages/document/test/fixtures/ogf-dmtf-work-register.txt', root).pathname;
    const { text, document, provenance } = await parseFile(file);
    const slug = registerSlug(document.title);
    const read = async () =>
      (
        await stack.query(
          `query($slug: String!) { workRegister(slug: $slug) { revision source { fields { path } } } }`,
          {
            slug,
          },
        )
      ).data.workRegister;
    await importDocument(stack.client, document, text);
    const before = await read();
    expect(before.source.fields).toEqual([]);
    const again = await importDocument(stack.client, document, text, { provenance });
    expect(again.outcome).toBe('UNCHANGED');
    const after = await read();
    expect(after.revision).toBe(before.revision);
    expect(after.source.fields.map((f: { path: string }) => f.path)).toEqual(provenance.map((p) => p.path));
  });

  it('refuses provenance that points past the end of the source', async () => {
    const { text, document } = await parseFile(new URL(SEED, root).pathname);
    const { contacts: _contacts, ...register } = document;
    const lines = text.split('\n').length;
    const { errors } = await stack.query(
      `mutation($input: WorkRegisterImportInput!) { importWorkRegister(input: $input, dryRun: true) { outcome } }`,
      { input: { ...register, sourceText: text, provenance: [{ path: 'title', line: lines + 1 }] } },
      stack.tokens.admin,
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain(`not within the source's ${lines} lines`);
  });
});
