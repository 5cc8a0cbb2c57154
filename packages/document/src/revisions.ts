/**
 * A register's own revision trail: "Revised: 12 March 2013" and "Version 1.2 (June 2014): added
 * SNIA liaison" lines, and the entries of a Change History / Revision History / Document History
 * section, whether a table (version | date | author | description, in any order, with or without
 * a header row), tab-separated rows or a list. Dates are read by dates.ts, at their precision.
 *
 * Outside a trail section only lines that cannot be anything else count: "Revised:" with a date,
 * or a version with a date and what changed. "Version 2.0, 16 May 2013" alone is the document's
 * version line, and "reviewed when either glossary is revised" is a sentence.
 */
import { type DateMatch, findDates, parseDateText, periodEnd } from './dates.js';
import { type Line, clean, collapse, stripBullet, stripMarkdown } from './text.js';
import type { DocumentRevisionDocument } from './types.js';

export interface RevisionDraft extends DocumentRevisionDocument {
  line: number;
  /** The date could only be read day/month (31/12/2013). */
  dayFirst: boolean;
}

/** "Revised:", "Last revised on", "Date revised:", "Revision date:", "Revised" + a date. */
const REVISED = /^(?:last\s+|date\s+)?revised(?:\s+on)?\s*[:=–—-]?\s*|^revision\s+date\s*[:=–—-]?\s*/i;
/** "Version 1.2", "v1.2", "Rev. 0.9", "Issue 3", or a bare "1.2" (a bare number needs a dot). */
const VERSION_AT_START =
  /^(?:(?:version|ver\.?|v\.?|rev(?:ision)?\.?|issue|edition)\s*(\d+(?:\.\d+)*[a-z]?)|(\d+\.\d+(?:\.\d+)*[a-z]?))(?![\w.]*\d)/i;
const VERSION_CELL =
  /^(?:(?:version|ver\.?|v\.?|rev(?:ision)?\.?|issue|edition)\s*)?(\d+(?:\.\d+)*[a-z]?|draft\s*\d*)$/i;
/** Punctuation between the parts of an entry. */
const GAP = /^[\s,;:|()[\]–—-]*/;
const NOTHING = /^(?:none|n\/?a|tbd|-+|—)\.?$/i;

type Column = 'version' | 'date' | 'author' | 'description';

/**
 * A header cell's column by the words in it, tried in this order: "Revision date" is a date,
 * "Changed by" and "Revised by" an author, "Rev." a version, "Reason for change" what changed.
 */
const HEADER_WORDS: ReadonlyArray<[RegExp, Column]> = [
  [/\bdates?\b|^when$|^issued$|^effective$/i, 'date'],
  [/\bby$|\bauthors?\b|\beditors?\b|^who$|\bowner\b|^names?$|\bresponsible\b/i, 'author'],
  [/\bversion\b|^ver\.?$|^v\.?$|^rev(?:ision)?\b|^issue\b|^edition$|^no\.?$|^#$|^release$/i, 'version'],
  [
    /\bdescriptions?\b|\bchanges?\b|\bchanged\b|\bsummary\b|\bcomments?\b|\bnotes?\b|\bdetails?\b|\breason\b|\bremarks?\b|\bmodifications?\b|\bamendments?\b/i,
    'description',
  ],
];

const columnOf = (cell: string): Column | null =>
  cell.length > 40 ? null : (HEADER_WORDS.find(([re]) => re.test(cell.trim()))?.[1] ?? null);

/** A person's name as trails write it: "J. Smith", "Jane Smith", "A. van der Berg", "Smith, J.". */
const NAME =
  /^(?:(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.(?:\s?[A-Z]\.)*)(?:\s+(?:van|von|de|der|den|da|di|du|le|la|[A-Z][a-zà-ÿ'’-]+|[A-Z]\.))+|[A-Z][a-zà-ÿ'’-]+,\s*[A-Z]\.(?:\s?[A-Z]\.)*)$/;
/** A group that writes an entry: "Liaison team", "DMTF Board", "the editors". */
const GROUP =
  /^(?:the\s+)?(?:[A-Z][\w&.-]*\s+)*(?:team|committee|editors?|board|secretariat|office|staff|chairs?|group)$/i;
const isAuthor = (cell: string) => cell.length <= 60 && (NAME.test(cell) || GROUP.test(cell));

/** The date at the very start of `text` (after punctuation), or null. */
function leadingDate(text: string): DateMatch | null {
  const first = findDates(text)[0];
  if (!first || text.slice(0, first.index).replace(/[\s([,;:–—-]/g, '') !== '') return null;
  return first;
}

interface Parts {
  version: string | null;
  date: DateMatch | null;
  author: string | null;
  description: string | null;
}

/** After the date: "by J. Smith", "(v1.1)", ", version 1.1", "J. Smith)" (of "(June 2014, J. Smith)"). */
function readTail(text: string, parts: Parts): string {
  let rest = text;
  for (let guard = 0; guard < 4; guard++) {
    const skipped = rest.replace(GAP, '');
    const by = /^by\s+([^:;()–—]+?)(?=\s*(?:[:;()–—]|\s-\s|$))/i.exec(skipped);
    if (by?.[1] && parts.author === null && isAuthor(by[1].trim())) {
      parts.author = by[1].trim();
      rest = skipped.slice(by[0].length);
      continue;
    }
    const version = parts.version === null ? VERSION_AT_START.exec(skipped) : null;
    if (version && /^(?:version|ver|v|rev|issue|edition)/i.test(skipped)) {
      parts.version = version[1] ?? version[2] ?? null;
      rest = skipped.slice(version[0].length);
      continue;
    }
    // "(June 2014, J. Smith)": a name closing the parentheses that opened before the date.
    const closing = /^([^():;]+?)\)/.exec(skipped);
    if (closing?.[1] && parts.author === null && isAuthor(closing[1].trim())) {
      parts.author = closing[1].trim();
      rest = skipped.slice(closing[0].length);
      continue;
    }
    break;
  }
  return rest;
}

const description = (text: string): string | null => {
  const value = collapse(text.replace(GAP, '').replace(/[\s;,]+$/, ''));
  return value === '' || NOTHING.test(value) ? null : value;
};

/** One entry written on one line, or null when the line is not one. */
function readLine(text: string, strict: boolean): Parts | null {
  let rest = clean(stripBullet(text));
  const revised = REVISED.exec(rest);
  const parts: Parts = { version: null, date: null, author: null, description: null };
  if (revised) rest = rest.slice(revised[0].length);
  const date = leadingDate(rest);
  if (date) {
    parts.date = date;
    rest = rest.slice(date.index + date.text.length);
  } else if (!revised) {
    const version = VERSION_AT_START.exec(rest);
    if (!version) return null;
    parts.version = version[1] ?? version[2] ?? null;
    rest = rest.slice(version[0].length);
    // "v0.1 (draft) – 1 March 2012": a word qualifying the version belongs to it.
    const qualifier = /^\s*(\([^()\d]{1,20}\))/.exec(rest);
    if (qualifier?.[1]) {
      parts.version = `${parts.version} ${qualifier[1]}`;
      rest = rest.slice(qualifier[0].length);
    }
    const after = leadingDate(rest);
    // "Version 1.2 of the MEF specification (June 2014)" is a sentence, not an entry.
    if (after && /^[\s,(–—:-]*(?:dated\s+|of\s+|on\s+)?$/i.test(rest.slice(0, after.index))) {
      parts.date = after;
      rest = rest.slice(after.index + after.text.length);
    } else if (strict) return null;
  }
  if (revised && !parts.date) return null;
  rest = readTail(rest, parts);
  // Outside a trail section a line that starts with a date ("2013 – 2015 Joint Programme") is no entry.
  if (strict && !revised && parts.version === null) return null;
  parts.description = description(rest);
  if (strict && !revised && (parts.description === null || !/^[\s)]*[:–—-]/.test(rest))) return null;
  if (!parts.date && !parts.description) return null;
  return parts;
}

/** A line of a table: `| a | b |`, or cells a Word copy separates with tabs. */
function cellsOf(line: Line): string[] | null {
  if (/^\|.*\|$/.test(line.text))
    return line.text
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => stripMarkdown(c.replace(/\\\|/g, '|')));
  const tabbed = stripBullet(line.raw).split(/\t+|\s{3,}/);
  return tabbed.length >= 2 ? tabbed.map((c) => clean(c)) : null;
}

/** The columns of a header row, or null when the row holds data. */
function headerOf(cells: readonly string[]): (Column | null)[] | null {
  const columns = cells.map(columnOf);
  return columns.filter((c) => c !== null).length >= 2 ? columns : null;
}

/**
 * A row without a header: the version and date cells by their look, a name as the author (one
 * with an initial, "J. Smith", wherever it stands; another name only before the last cell, where
 * trails write what changed), the rest as what changed.
 */
function guessRow(cells: readonly string[]): Parts {
  const parts: Parts = { version: null, date: null, author: null, description: null };
  const rest: string[] = [];
  for (const cell of cells) {
    const version = parts.version === null ? VERSION_CELL.exec(cell) : null;
    const date = parts.date === null ? parseDateText(cell) : null;
    if (version && !date) parts.version = version[1] ?? cell;
    else if (date) parts.date = date;
    else if (cell !== '' && !NOTHING.test(cell)) rest.push(cell);
  }
  const initialled = rest.find((c) => isAuthor(c) && /\b[A-Z]\./.test(c));
  const author = rest.length < 2 ? null : (initialled ?? rest.slice(0, -1).find(isAuthor) ?? null);
  parts.author = author;
  parts.description = description(rest.filter((c) => c !== author).join(' – '));
  return parts;
}

function rowOf(cells: readonly string[], columns: readonly (Column | null)[]): Parts {
  const parts: Parts = { version: null, date: null, author: null, description: null };
  const extra: string[] = [];
  cells.forEach((cell, i) => {
    const value = NOTHING.test(cell) ? '' : cell;
    const column = columns[i];
    if (value === '') return;
    // A version or author cell that holds a sentence is what changed (the registry keeps versions of
    // at most 32 characters, names of 200).
    if (column === 'version' && value.length <= 32) parts.version = VERSION_CELL.exec(value)?.[1] ?? value;
    else if (column === 'date' && findDates(value).length > 0)
      parts.date = parseDateText(value) ?? findDates(value)[0]!;
    else if (column === 'author' && value.length <= 200) parts.author = value;
    else extra.push(value);
  });
  parts.description = description(extra.join(' – '));
  return parts;
}

const draft = (parts: Parts, line: number): RevisionDraft => ({
  version: parts.version,
  date: parts.date?.date ?? null,
  precision: parts.date?.precision ?? null,
  author: parts.author,
  description: parts.description,
  line,
  dayFirst: parts.date?.dayFirst ?? false,
});

/** The entries of a trail section, in the order written. */
export function readRevisions(lines: readonly Line[]): RevisionDraft[] {
  const out: RevisionDraft[] = [];
  let columns: (Column | null)[] | null = null;
  let last: RevisionDraft | null = null;
  for (const line of lines) {
    if (line.text === '') {
      last = null;
      continue;
    }
    const cells = cellsOf(line);
    if (cells) {
      if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) continue;
      const header = headerOf(cells);
      if (header) {
        columns = header;
        continue;
      }
      const parts = columns ? rowOf(cells, columns) : guessRow(cells);
      if (parts.version || parts.date || parts.description) out.push(draft(parts, line.no));
      last = null;
      continue;
    }
    const parts = readLine(line.text, false);
    if (parts) {
      last = draft(parts, line.no);
      out.push(last);
    } else if (last && /^[a-z(]/.test(clean(line.text))) {
      // A description wrapped onto the next line.
      last.description = collapse(`${last.description ?? ''} ${clean(line.text)}`);
    }
  }
  return out;
}

/** A line outside a trail section that is an entry of the trail ("Revised: 12 March 2013"), or null. */
export function revisionLine(line: Line): RevisionDraft | null {
  const parts = readLine(stripMarkdown(line.text), true);
  return parts ? draft(parts, line.no) : null;
}

/** "Revised:" lines only: what a line inside another section may be without being that section's text. */
export function revisedLine(line: Line): RevisionDraft | null {
  return REVISED.test(clean(stripBullet(stripMarkdown(line.text)))) ? revisionLine(line) : null;
}

/** The version of the newest entry (the latest date; the last listed when undated), or null. */
export function latestVersion(entries: readonly DocumentRevisionDocument[]): string | null {
  const versioned = entries.filter((e) => e.version !== null);
  if (versioned.length === 0) return null;
  const end = (e: DocumentRevisionDocument) =>
    e.date && e.precision ? periodEnd({ date: e.date, precision: e.precision }) : '';
  return versioned.reduce((best, e) => (end(e) >= end(best) ? e : best)).version;
}

export interface Trail {
  entries: DocumentRevisionDocument[];
  /** Header lines the trail took (they are no subtitle and no unplaced text). */
  lines: Set<number>;
  /** The newest entry's version: the document's, when its header names none. */
  latestVersion: string | null;
  /** Entries whose date could only be read day/month: index and line. */
  dayFirst: { index: number; line: number; date: string }[];
  /** The line of each entry, in order (provenance.ts). */
  entryLines: number[];
}

/** Sections whose lines mean something else ("Revised" there is a milestone or a review trigger). */
const NOT_TRAIL = new Set(['milestones', 'review', 'revisions']);

/**
 * The document's trail: entries of the header, of its trail sections, and "Revised:" lines in
 * other sections (a footer line that fell into the last section), in document order.
 */
export function readTrail(
  header: readonly Line[],
  sections: readonly { kind: string; lines: readonly Line[] }[],
): Trail {
  const fromHeader = header.map(revisionLine).filter((d): d is RevisionDraft => d !== null);
  const drafts = [
    ...fromHeader,
    ...sections.filter((s) => s.kind === 'revisions').flatMap((s) => readRevisions(s.lines)),
    ...sections
      .filter((s) => !NOT_TRAIL.has(s.kind))
      .flatMap((s) => s.lines.map(revisedLine).filter((d): d is RevisionDraft => d !== null)),
  ].sort((a, b) => a.line - b.line);
  const entries = drafts.map(({ line: _line, dayFirst: _dayFirst, ...entry }) => entry);
  return {
    entries,
    lines: new Set(fromHeader.map((d) => d.line)),
    latestVersion: latestVersion(entries),
    dayFirst: drafts.flatMap((d, index) => (d.dayFirst && d.date ? [{ index, line: d.line, date: d.date }] : [])),
    entryLines: drafts.map((d) => d.line),
  };
}
