import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from '@alliance/document';
import { readDocumentText } from '../src/read-file.js';

/**
 * Word and PDF versions of the seed, made here with docx and pdfkit (one paragraph per block of
 * the text), read back through mammoth and pdf.js, parse to the same register as the text.
 */

const seed = readFileSync(new URL('../../../data/seeds/mef-dmtf-work-register.txt', import.meta.url), 'utf8');
const paragraphs = seed
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);
const dir = mkdtempSync(join(tmpdir(), 'alliance-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date('2026-11-24');

async function writeDocx(path: string) {
  const doc = new Document({
    sections: [
      {
        // A block of the text is a Word paragraph; its line breaks stay line breaks.
        children: paragraphs.map(
          (p) =>
            new Paragraph({ children: p.split('\n').map((text, i) => new TextRun({ text, break: i > 0 ? 1 : 0 })) }),
        ),
      },
    ],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}

function writePdf(path: string) {
  return new Promise<void>((resolve) => {
    const pdf = new PDFDocument({ size: [1800, 1400], margin: 50 });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => {
      writeFileSync(path, Buffer.concat(chunks));
      resolve();
    });
    // Fonts shipped inside pdfkit; wide page so lines do not wrap and the text stays as written.
    pdf.font('Helvetica').fontSize(9);
    for (const paragraph of paragraphs) {
      for (const line of paragraph.split('\n')) pdf.text(line, { width: 1700 });
      pdf.moveDown(1);
    }
    pdf.end();
  });
}

describe('readDocumentText', () => {
  const expected = parse(seed, { now });

  it('reads plain text as it is', async () => {
    const path = join(dir, 'seed.txt');
    writeFileSync(path, `\uFEFF${seed}`);
    expect(await readDocumentText(path)).toBe(seed);
  });

  it('reads a Word document to the same register', async () => {
    const path = join(dir, 'seed.docx');
    await writeDocx(path);
    const document = parse(await readDocumentText(path), { now });
    expect({ ...document, findings: [], sections: [] }).toEqual({ ...expected, findings: [], sections: [] });
    expect(document.findings.map((f) => f.code)).toEqual(expected.findings.map((f) => f.code));
  });

  it('reads a PDF with a text layer to the same register', async () => {
    const path = join(dir, 'seed.pdf');
    await writePdf(path);
    const document = parse(await readDocumentText(path), { now });
    expect(document.title).toBe('MEF / DMTF Work Register');
    expect(document.parties).toEqual(expected.parties);
    expect(document.delegatedWorkRules).toEqual(expected.delegatedWorkRules);
    expect(document.contacts).toEqual(expected.contacts);
    expect(document.approval).toEqual(expected.approval);
    expect(document.review).toEqual(expected.review);
  });
});
