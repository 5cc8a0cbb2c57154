import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '@alliance/document';
import { readDocumentText } from '../src/read-file.js';
import { words, wrongLines } from '../../document/test/support/provenance.js';

/**
 * Provenance of the shapes that are no plain text (issue 13): a PDF's fields name the page and
 * the line of the extracted text (what `alliance parse --explain` numbers), a Word table's the
 * row. Lines are checked as in packages/document/test/provenance.test.ts; pages against pdf.js's
 * own pages and rows against the Word file's own table rows, not against the reader's text.
 */

const dir = new URL('../../document/test/shapes/', import.meta.url);
const shapes = (ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext));
const now = new Date('2026-11-24');

async function read(file: string) {
  const text = await readDocumentText(new URL(file, dir).pathname);
  return { lines: text.split(/\r\n|\r|\n/), ...readDocument(text, { now }) };
}

/** The words of each page of the PDF, as pdf.js gives its text runs. */
async function pdfPages(file: string): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(new URL(file, dir))), disableFontFace: true })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(words(content.items.map((item) => ('str' in item ? item.str : '')).join(' ')));
  }
  await pdf.destroy();
  return pages;
}

/** The rows of every table of the Word file, each as its words (cells in order). */
async function docxRows(file: string): Promise<string[][]> {
  const mammoth = await import('mammoth');
  const { value: html } = await mammoth.convertToHtml({ path: new URL(file, dir).pathname });
  return (html.match(/<table[\s\S]*?<\/table>/g) ?? []).map((table) =>
    (table.match(/<tr[\s\S]*?<\/tr>/g) ?? []).map((row) => words(row.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&'))),
  );
}

describe.each(shapes('.pdf'))('%s', (file) => {
  it('names lines of the extracted text that hold each value, and the page pdf.js shows them on', async () => {
    const { register, provenance, lines } = await read(file);
    expect(provenance.map((e) => wrongLines(register, e, lines)).filter((m) => m !== null)).toEqual([]);
    const pages = await pdfPages(file);
    const wrongPage = provenance.filter((e) => !pages[e.page! - 1]?.includes(words(lines[e.line - 1]!)));
    expect(wrongPage).toEqual([]);
    // Something past the first page, so the page numbers are seen to move.
    expect(Math.max(...provenance.map((e) => e.page!))).toBeGreaterThan(1);
  });
});

describe.each(shapes('.docx'))('%s', (file) => {
  it('names lines that hold each value, and the row of the Word table they are in', async () => {
    const { register, provenance, lines } = await read(file);
    expect(provenance.map((e) => wrongLines(register, e, lines)).filter((m) => m !== null)).toEqual([]);
    const tables = await docxRows(file);
    const inTables = provenance.filter((e) => e.row !== undefined);
    expect(inTables.length).toBeGreaterThan(3);
    // The extracted line writes a cell's paragraphs joined by "<br>".
    const rowWords = (line: string) => words(line.replace(/<br>/g, ' '));
    const wrongRow = inTables.filter((e) => !tables.some((rows) => rows[e.row! - 1] === rowWords(lines[e.line - 1]!)));
    expect(wrongRow).toEqual([]);
  });
});
