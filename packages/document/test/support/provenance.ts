/**
 * The check the provenance tests make of every entry: the source lines an entry names, read
 * straight from the file (not through the reader), hold the field's value as the document writes
 * it. A wrong line number fails it, whatever the reader's own bookkeeping says.
 */
import { type FieldSource, type WorkRegisterDocument, findDates, valueAt } from '../../src/index.js';

/** Letters and digits, lower case, single spaces (Markdown and bullets fall away). */
export const words = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@]+/gu, ' ')
    .trim()} `;

const holds = (text: string, value: string | null | undefined): boolean =>
  !!value && words(text).includes(words(value));

/** The first and the last few words of a long value: enough to say these lines are where it starts and ends. */
function ends(value: string, n = 4): string[] {
  const all = words(value).trim().split(' ');
  return all.length <= 2 * n ? [all.join(' ')] : [all.slice(0, n).join(' '), all.slice(-n).join(' ')];
}

const holdsEnds = (text: string, value: string): boolean => ends(value).every((part) => holds(text, part));

const DATE = /(?:^|\.)(?:initiatedOn|date|dueBy|approvedOn)$/;

/** Why the lines of `entry` do not hold its field, or null when they do. */
export function wrongLines(
  register: WorkRegisterDocument,
  entry: FieldSource,
  source: readonly string[],
): string | null {
  const text = source.slice(entry.line - 1, entry.endLine).join(' ');
  const value = valueAt(register, entry.path) as never;
  const ok = ((): boolean => {
    if (value === undefined) return false;
    if (entry.path === 'kind') return holds(text, 'work register') || holds(text, 'addendum');
    // "2Q2011", "4/25/2012", "25th April 2012": a date the reader finds, in the year of the value.
    if (DATE.test(entry.path)) return findDates(text).length > 0 && text.includes(String(value).slice(0, 4));
    // "Version 1.1", "v1.1", "Rev. 3".
    if (entry.path === 'version') return text.includes(value);
    if (typeof value === 'string') return holdsEnds(text, value);
    const v = value as Record<string, unknown>;
    if (/^parties\[\d+\]$/.test(entry.path)) return holds(text, v.acronym as string) || holds(text, v.name as string);
    if (/^contacts\[\d+\]$/.test(entry.path)) return holds(text, v.email as string) && holds(text, v.name as string);
    if (/^milestones\[\d+\]$/.test(entry.path)) return holds(text, ends(v.description as string)[0]);
    if (/^sections\[\d+\]$/.test(entry.path))
      // A heading may wrap ("Alliance" / "Organizations"); it starts on the line named.
      return (
        holds(source.slice(entry.line - 1, entry.line + 2).join(' '), v.heading as string) &&
        holds(source[entry.line - 1] ?? '', (v.heading as string).split(/\s+/)[0])
      );
    if (/^references\[\d+\]$/.test(entry.path)) return text.includes(v.url as string) || holds(text, v.title as string);
    if (/^projects\[\d+\]$/.test(entry.path)) return holds(text, v.name as string);
    if (entry.path === 'standardsDevelopment') return holdsEnds(text, v.text as string);
    if (entry.path === 'approval') return holdsEnds(text, v.text as string);
    if (entry.path === 'review') return holds(text, (v.trigger as string) ?? '') || findDates(text).length > 0;
    if (/^documentRevisions\[\d+\]$/.test(entry.path))
      return (
        (!!v.version && text.includes(v.version as string)) ||
        (!!v.description && holds(text, ends(v.description as string)[0])) ||
        // "Revised: 3 March 2014" names only a date.
        (!!v.date && findDates(text).length > 0 && text.includes(String(v.date).slice(0, 4)))
      );
    if (/^delegatedWorkRules\[\d+\]$/.test(entry.path)) {
      const commitments = v.commitments as string[];
      return holds(text, ends(commitments[0]!)[0]) && holds(text, ends(commitments[commitments.length - 1]!).at(-1));
    }
    return false;
  })();
  return ok
    ? null
    : `${entry.path} = ${JSON.stringify(value)?.slice(0, 80)} is not on lines ${entry.line}–${entry.endLine}: "${text.slice(0, 160)}"`;
}
