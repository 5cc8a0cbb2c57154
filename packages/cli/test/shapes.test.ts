import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, readDocument, type ReadResult } from '@alliance/document';
import { readDocumentText } from '../src/read-file.js';

/**
 * Registers in the shapes they really arrive in (issue 13): two-column Word tables, PDFs with
 * running headers, footers and page numbers, wiki Markdown exports, and other section names and
 * spellings, and registers that carry their own revision trail. Each is read the way `alliance
 * parse` reads it (readDocumentText, then the reader)
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
      'revision-trail': 4,
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

describe('the seed as a narrow PDF over several pages, with a running header and page numbers', () => {
  const seed = readFileSync(new URL('../../../data/seeds/mef-dmtf-work-register.txt', import.meta.url), 'utf8');
  const scratch = mkdtempSync(join(tmpdir(), 'alliance-shapes-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** pdfkit wraps every paragraph at 340 pt and breaks pages where they are full, as a word processor would. */
  function narrowPdf(path: string): Promise<void> {
    return new Promise((resolve) => {
      const pdf = new PDFDocument({ size: [420, 500], margins: { top: 50, bottom: 50, left: 40, right: 40 } });
      const chunks: Buffer[] = [];
      pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
      pdf.on('end', () => {
        writeFileSync(path, Buffer.concat(chunks));
        resolve();
      });
      let page = 1;
      const furniture = () => {
        pdf.fontSize(7).text('MEF Confidential | MEF / DMTF Work Register', 40, 20, { lineBreak: false });
        pdf.text(`Page ${page++}`, 40, 470, { lineBreak: false });
        pdf.fontSize(9);
        pdf.x = 40;
        pdf.y = 50;
      };
      pdf.font('Helvetica');
      furniture();
      pdf.on('pageAdded', furniture);
      for (const paragraph of seed.split(/\n\s*\n/).filter((p) => p.trim() !== '')) {
        for (const line of paragraph.trim().split('\n')) pdf.text(line, { width: 340 });
        pdf.moveDown(1);
      }
      pdf.end();
    });
  }

  it('reads to the same fields and findings as the text', async () => {
    const path = join(scratch, 'seed-narrow.pdf');
    await narrowPdf(path);
    const text = await readDocumentText(path);
    expect(text.split('\f').length).toBeGreaterThan(3);
    const read = readDocument(text, { now });
    const expected = parse(seed, { now });
    const comparable = ({ register: r }: ReadResult) => fields({ register: { ...r, sections: [] }, unplaced: [] });
    expect(comparable(read)).toEqual(comparable({ register: expected, unplaced: [] }));
    expect(read.register.sections.map((s) => s.heading)).toEqual(expected.sections.map((s) => s.heading));
    expect(read.unplaced).toEqual([]);
  });
});
