import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

/**
 * The text of a register document, whatever it was written in: plain text and Markdown as they
 * are, Word (.docx) through mammoth, PDF (with a text layer) through pdf.js. Paragraphs come out
 * separated by blank lines, as the reader expects; Word table rows as `| cell | cell |` lines, PDF
 * pages each ended by a form feed line.
 */
export async function readDocumentText(path: string): Promise<string> {
  const bytes = await readFile(path);
  switch (extname(path).toLowerCase()) {
    case '.docx':
      return docxText(bytes);
    case '.pdf':
      return pdfText(bytes);
    default:
      return bytes.toString('utf8').replace(/^\uFEFF/, '');
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

const decode = (html: string): string =>
  html.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!);

/**
 * mammoth's raw-text mode drops line breaks inside a paragraph (a title block is often one
 * paragraph with breaks), so the text comes from its HTML: paragraphs become blank-line
 * separated blocks, `<br>` a new line, and the few entities mammoth writes are decoded. A table
 * keeps its rows: each row is one `| cell | cell |` line (a Markdown table row), the paragraphs
 * of a cell joined by `<br>`, so a field name stays beside its value (the reader's layout.ts
 * reads two-column tables as fields).
 */
async function docxText(bytes: Buffer): Promise<string> {
  const mammoth = await import('mammoth');
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
  return html
    .split(/(<table[^>]*>[\s\S]*?<\/table>)/)
    .map((part) => (part.startsWith('<table') ? tableText(part) : blockText(part)))
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function blockText(html: string): string {
  return decode(
    html
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<\/(p|h[1-6]|li|tr)>/g, '\n\n')
      .replace(/<[^>]+>/g, ''),
  ).trim();
}

/** A Word table as Markdown table rows; nested tables are flattened into their cell. */
function tableText(html: string): string {
  const rows = html.match(/<tr[^>]*>[\s\S]*?<\/tr>/g) ?? [];
  return rows
    .map((row) => {
      const cells = (row.match(/<t[dh][^>]*>[\s\S]*?<\/t[dh]>/g) ?? []).map(cellText);
      return `| ${cells.join(' | ')} |`;
    })
    .join('\n');
}

function cellText(html: string): string {
  const lines = decode(
    html
      .replace(/<li[^>]*>/g, '- ')
      .replace(/<br\s*\/?>|<\/(?:p|li|h[1-6])>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|'))
    .filter((l) => l !== '');
  return lines.join(' <br> ');
}

interface PdfTextItem {
  str: string;
  transform: number[];
  height: number;
}

interface Row {
  y: number;
  height: number;
  text: string;
}

/**
 * pdf.js gives positioned runs of text. Runs on one baseline form a line; a gap between lines
 * taller than one and a half line heights is a paragraph break. Each page ends with a form feed
 * on a line of its own, so the reader can tell running headers and footers from content and join
 * a paragraph a page break cut (layout.ts).
 */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const rows: Row[] = [];
    for (const item of content.items as PdfTextItem[]) {
      if (typeof item.str !== 'string' || item.str === '') continue;
      const y = item.transform[5]!;
      const last = rows.at(-1);
      if (last && Math.abs(last.y - y) <= 1) last.text += item.str;
      else rows.push({ y, height: item.height, text: item.str });
    }
    const lines = rows.flatMap((row, i) => {
      const previous = rows[i - 1];
      const gap = previous ? previous.y - row.y : 0;
      const paragraph = previous && gap > 1.5 * Math.max(previous.height, row.height, 1);
      return paragraph ? ['', row.text.trimEnd()] : [row.text.trimEnd()];
    });
    pages.push(lines.join('\n'));
  }
  await pdf.destroy();
  return pages.map((page) => `${page}\n\f`).join('\n');
}
