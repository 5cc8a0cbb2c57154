import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument, type ReadResult } from '@alliance/document';
import { readDocumentText } from '../src/read-file.js';

/**
 * Registers in the shapes they really arrive in (issue 13): two-column Word tables, PDFs with
 * running headers, footers and page numbers, wiki Markdown exports, and other section names and
 * spellings. Each is read the way `alliance parse` reads it (readDocumentText, then the reader)
 * and compared field by field with its `.expected.json`. The Word and PDF files are written by
 * packages/document/scripts/make-shape-fixtures.mjs.
 */

const dir = new URL('../../document/test/shapes/', import.meta.url);
const files = readdirSync(dir).filter((f) => /\.(?:docx|pdf|md|txt)$/.test(f));
const now = new Date('2026-11-24');

interface Expected extends Record<string, unknown> {
  shape: string;
}

const expectedOf = (file: string): Expected =>
  JSON.parse(readFileSync(new URL(file.replace(/\.[a-z]+$/, '.expected.json'), dir), 'utf8')) as Expected;

/** The fields as the expected files hold them: sections by heading, findings by code, severity and path. */
function fields({ register: r, unplaced }: ReadResult): Record<string, unknown> {
  const { sections, findings, ...rest } = r;
  return {
    ...rest,
    sections: sections.map((s) => s.heading),
    findings: findings.map((f) => [f.code, f.severity, f.path]),
    unplaced,
  };
}

describe('registers in the shapes they arrive in', () => {
  it('has at least three fixtures of each shape', () => {
    const counts = new Map<string, number>();
    for (const f of files) counts.set(expectedOf(f).shape, (counts.get(expectedOf(f).shape) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      'pdf-furniture': 3,
      'section-spellings': 3,
      'wiki-markdown': 3,
      'word-table': 3,
    });
  });

  describe.each(files)('%s', (file) => {
    const { shape, ...expected } = expectedOf(file);
    let actual: Record<string, unknown>;

    it(`reads as a ${shape}`, async () => {
      actual = fields(readDocument(await readDocumentText(new URL(file, dir).pathname), { now }));
      expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    });

    it.each(Object.keys(expected))('reads %s', (field) => {
      expect(actual[field]).toEqual(expected[field]);
    });
  });
});
