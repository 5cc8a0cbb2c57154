import { type FieldSource, type Finding, valueAt } from '@alliance/document';
import type { ParsedFile } from './commands/parse.js';

/**
 * `alliance parse --explain`: for people checking what the reader made of a document. Each field
 * with its value, beside the numbered lines of the text it was read from (for a .docx or .pdf,
 * the text extracted from it, which is what the numbers count); then the text the reader placed
 * nowhere and the INFO findings, where it says it was unsure.
 */
export function explain(file: string, { text, document, unplaced, provenance }: ParsedFile): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const width = String(lines.length).length;
  const out = [`${file}: ${document.title}`];
  if (provenance.length === 0) {
    out.push('', 'A JSON register, taken as it is: its fields were not read from lines of a document.');
  }
  for (const source of provenance) {
    out.push('', `${source.path} = ${valueText(valueAt(document, source.path))}${where(source)}`);
    out.push(...sourceLines(lines, source, width));
  }
  if (unplaced.length > 0) {
    out.push('', 'Unplaced (in no field and no section):');
    for (const u of unplaced) out.push(`  ${numbered(u.line, width)}${shorten(u.text)}`);
  }
  const unsure = document.findings.filter((f) => f.severity === 'INFO');
  if (unsure.length > 0) {
    out.push('', 'Unsure (INFO findings):');
    for (const f of unsure) out.push(`  ${findingText(f)}`);
  }
  return out.join('\n');
}

/** The page and the table row, when the field has them: "  (page 2)", "  (table row 4)". */
function where({ page, row }: FieldSource): string {
  const parts = [page !== undefined ? `page ${page}` : null, row !== undefined ? `table row ${row}` : null];
  const known = parts.filter((p) => p !== null);
  return known.length > 0 ? `  (${known.join(', ')})` : '';
}

/** At most this many lines of a field are shown (a long background), then how many more there are. */
const SHOWN_LINES = 6;

function sourceLines(lines: readonly string[], { line, endLine }: FieldSource, width: number): string[] {
  const shown: string[] = [];
  for (let n = line; n <= Math.min(endLine, line + SHOWN_LINES - 1); n++) {
    const raw = lines[n - 1] ?? '';
    shown.push(`  ${numbered(n, width)}${raw.includes('\f') ? '(page break)' : shorten(raw.trimEnd())}`);
  }
  const more = endLine - line + 1 - SHOWN_LINES;
  if (more > 0) shown.push(`  ${' '.repeat(width)} │ … ${more} more line${more === 1 ? '' : 's'}, to line ${endLine}`);
  return shown;
}

const numbered = (n: number, width: number): string => `${String(n).padStart(width)} │ `;

const shorten = (value: string, max = 120): string => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

function valueText(value: unknown): string {
  if (value === undefined) return '(not in the register)';
  const json = JSON.stringify(value);
  return shorten(json, 100);
}

function findingText(f: Finding): string {
  return `${f.path}: ${f.code}${f.line !== null ? ` (line ${f.line})` : ''}: ${f.message}`;
}
