import { createContext } from 'preact';
import type { Register } from './findings';

export type SourceField = Register['source'] extends infer S ? (S extends { fields: (infer F)[] } ? F : never) : never;

/** The register's source fields, so that each part of its page can say where it was read. */
export const SourceFields = createContext<readonly SourceField[] | undefined>(undefined);

/**
 * Where a part of the register was read in its document, from `source.fields`: "read from line
 * 14", "read from lines 29–41", "read from page 2, line 26", "read from table row 4 (line 8)".
 * `head` is a field (`initiatedOn`) or a list (`parties`), whose items' lines are joined into one
 * span. Null when the register keeps none (created by mutation, or imported from JSON).
 */
export function readFrom(fields: readonly SourceField[] | undefined, head: string): string | null {
  const mine = (fields ?? []).filter((f) => f.path === head || f.path.startsWith(`${head}[`));
  const first = mine.reduce<SourceField | null>((a, f) => (a === null || f.line < a.line ? f : a), null);
  if (!first) return null;
  const end = Math.max(...mine.map((f) => f.endLine));
  const lines = end > first.line ? `lines ${first.line}–${end}` : `line ${first.line}`;
  const rows = new Set(mine.map((f) => f.row));
  if (first.row != null && rows.size === 1) return `read from table row ${first.row} (${lines})`;
  return `read from ${first.page != null ? `page ${first.page}, ` : ''}${lines}`;
}
