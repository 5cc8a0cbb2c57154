/**
 * Provenance: for each field the reader fills, the lines of the source it was read from.
 *
 * The readers of the other modules return their values (and, where they know it, a line). While
 * reading, `readRegister` gathers the lines each part of the register came from (`Evidence`);
 * `traceFields` is the one place that turns them into an entry per field path (the paths findings
 * use: `title`, `parties[0]`, `milestones[2].date`, `contacts[1].email`). Lines are those of the
 * text the reader was given, 1-based, whatever the layout did to them: a line joined from wrapped
 * lines keeps its first and last number (`Line.end`), a key–value table row its row (`Line.row`),
 * and a PDF's lines get their page from the form feeds that end its pages.
 */
import type { Section } from './sections.js';
import { type Line, stripMarkdown } from './text.js';
import type { WorkRegisterDocument } from './types.js';

/** Where one field of the register was read. */
export interface FieldSource {
  /** The field, as findings name it: `title`, `parties[0]`, `milestones[2].date`. */
  path: string;
  /** First line (1-based) of the text the reader was given. */
  line: number;
  /** Last line; equal to `line` when the field stands on one line. */
  endLine: number;
  /** Page of `line`, in a PDF (its text has a form feed after each page). */
  page?: number;
  /** Row of the table `line` is in (1-based, a `|---|` separator not counted), for a field read from a table. */
  row?: number;
}

/** The lines each part of the register was read from, as `readRegister` met them. */
export interface Evidence {
  title: readonly Line[];
  subtitle: readonly Line[];
  version: Line | null;
  initiated: number | null;
  amends: Line | null;
  /** The lines the parties were read from: their section, the header, or the title. */
  parties: readonly Line[];
  /** Per party, the words it was found by (the name as written, the acronym, the unit). */
  partyNames: readonly (readonly (string | null)[])[];
  background: readonly Line[];
  /** Lines names of projects may stand on (the background and the "**" notes). */
  projects: readonly Line[];
  objectives: readonly Line[];
  benefits: readonly Line[];
  standards: readonly Line[];
  rules: readonly Line[];
  references: readonly Line[];
  /** Line of each milestone, in order. */
  milestones: readonly number[];
  review: readonly Line[];
  reviewDate: number | null;
  approval: readonly number[];
  approvalDate: number | null;
  /** Line of each contact's address, in order, and the lines of the contacts section. */
  contacts: readonly number[];
  contactLines: readonly Line[];
  /** Line of each entry of the document's revision trail, in order. */
  revisions: readonly number[];
  sections: readonly Section[];
}

/** Letters and digits only, lower case, one space between words: how values are found in lines. */
const words = (text: string): string =>
  ` ${stripMarkdown(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@]+/gu, ' ')
    .trim()} `;

/** The words of each line, worked out once per list of lines (a list of 2,000 items is searched 2,000 times). */
const cache = new WeakMap<readonly Line[], string[]>();
function wordsOf(lines: readonly Line[]): string[] {
  let texts = cache.get(lines);
  if (!texts) cache.set(lines, (texts = lines.map((l) => words(l.text).trim())));
  return texts;
}

/** An item is looked for over at most this many consecutive lines. */
const MAX_SPAN = 40;

/**
 * The consecutive lines (indexes into `lines`, from `from` on) whose text holds `value` as whole
 * words, starting at the line where it starts; a blank line ends the search from one start.
 */
export function locate(value: string, lines: readonly Line[], from = 0): { start: number; end: number } | null {
  const key = words(value).trim();
  if (key === '') return null;
  const texts = wordsOf(lines);
  for (let i = Math.max(0, from); i < lines.length; i++) {
    if (texts[i] === '') continue;
    let joined = '';
    for (let j = i; j < lines.length && j < i + MAX_SPAN && texts[j] !== ''; j++) {
      joined = joined === '' ? texts[j]! : `${joined} ${texts[j]}`;
      if (` ${joined} `.includes(` ${key} `)) {
        const later = texts.slice(i + 1, j + 1).join(' ');
        if (j > i && ` ${later} `.includes(` ${key} `)) break;
        return { start: i, end: j };
      }
      if (joined.length > texts[i]!.length + key.length + 1) break;
    }
  }
  return null;
}

type Span = { line: Line; last: Line };

/** The non-blank lines of a part, first to last, or null when it has none. */
function whole(lines: readonly Line[]): Span | null {
  const body = lines.filter((l) => l.text !== '');
  const first = body[0];
  const last = body[body.length - 1];
  return first && last ? { line: first, last } : null;
}

class Trace {
  readonly list: FieldSource[] = [];
  constructor(
    private readonly byNumber: ReadonlyMap<number, Line>,
    private readonly pageOf: (line: number) => number | undefined,
  ) {}

  /** The field at `path` was read from `span` (nothing is recorded without one). */
  record(path: string, span: Span | null): void {
    if (!span) return;
    const { line, last } = span;
    const entry: FieldSource = { path, line: line.no, endLine: Math.max(line.no, last.end ?? last.no) };
    const page = this.pageOf(line.no);
    if (page !== undefined) entry.page = page;
    if (line.row !== undefined) entry.row = line.row;
    this.list.push(entry);
  }

  /** The line with source number `no`, as the layout gave it (with its end and row). */
  line(no: number | null): Span | null {
    if (no === null) return null;
    const line = this.byNumber.get(no) ?? { no, raw: '', text: '' };
    return { line, last: line };
  }

  /** Items of a list, each found in `lines` after the one before it (or all of `lines` when not found). */
  spans(values: readonly string[], lines: readonly Line[]): (Span | null)[] {
    let from = 0;
    return values.map((value) => {
      const found = locate(value, lines, from);
      if (found) from = found.start;
      return found ? { line: lines[found.start]!, last: lines[found.end]! } : whole(lines);
    });
  }

  items(path: string, values: readonly string[], lines: readonly Line[]): void {
    this.spans(values, lines).forEach((span, i) => this.record(`${path}[${i}]`, span));
  }

  /**
   * The first of `values` found in `lines`, widened to the others found next to it: a party's
   * name on one line and its "(3GPP)" or its working group on the next.
   */
  around(values: readonly (string | null | undefined)[], lines: readonly Line[]): Span | null {
    const present = values.filter((v): v is string => !!v);
    let span: { start: number; end: number } | null = null;
    for (const value of present) {
      if (!span) {
        span = locate(value, lines);
        continue;
      }
      // The same words again further on are another mention, not this party's.
      const next = locate(value, lines, Math.max(0, span.start - 1));
      if (next && next.start <= span.end + 1)
        span = { start: Math.min(span.start, next.start), end: Math.max(span.end, next.end) };
    }
    return span ? { line: lines[span.start]!, last: lines[span.end]! } : null;
  }

  /** The first of `values` found in `lines`, as a span. */
  find(values: readonly (string | null | undefined)[], lines: readonly Line[], from = 0): Span | null {
    for (const value of values) {
      const found = value ? locate(value, lines, from) : null;
      if (found) return { line: lines[found.start]!, last: lines[found.end]! };
    }
    return null;
  }
}

/**
 * The page of each line of `source` when it is a PDF's text (pages each ended by a form feed),
 * else nothing.
 */
export function pagesOf(source: string): (line: number) => number | undefined {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!lines.some((l) => l.includes('\f'))) return () => undefined;
  const pages: number[] = [];
  let page = 1;
  for (const l of lines) {
    pages.push(page);
    if (l.includes('\f')) page++;
  }
  return (line) => pages[line - 1];
}

/** An entry per field of `register`, from the lines `evidence` says each part was read from. */
export function traceFields(
  register: WorkRegisterDocument,
  evidence: Evidence,
  layoutLines: readonly Line[],
  pageOf: (line: number) => number | undefined,
): FieldSource[] {
  const byNumber = new Map<number, Line>();
  for (const l of layoutLines) if (!byNumber.has(l.no)) byNumber.set(l.no, l);
  const t = new Trace(byNumber, pageOf);
  const e = evidence;

  t.record('title', whole(e.title));
  t.record('kind', whole(e.title));
  if (register.subtitle !== null) t.record('subtitle', whole(e.subtitle));
  if (register.version !== null) t.record('version', e.version ? { line: e.version, last: e.version } : null);
  if (register.initiatedOn !== null) t.record('initiatedOn', t.line(e.initiated));
  if (register.amends !== null) t.record('amends', e.amends ? { line: e.amends, last: e.amends } : whole(e.title));
  register.parties.forEach((p, i) => {
    t.record(`parties[${i}]`, t.around([...(e.partyNames[i] ?? []), p.name, p.acronym], e.parties) ?? whole(e.parties));
  });
  if (register.background !== null) t.record('background', whole(e.background));
  register.projects.forEach((p, i) => t.record(`projects[${i}]`, t.find([p.name], e.projects)));
  t.items('objectives', register.objectives, e.objectives);
  t.items('benefits', register.benefits, e.benefits);
  if (register.standardsDevelopment) t.record('standardsDevelopment', whole(e.standards));
  register.delegatedWorkRules.forEach((rule, i) => {
    const commitments = t.spans(rule.commitments, e.rules);
    const [first, last] = [commitments[0], commitments[commitments.length - 1]];
    t.record(`delegatedWorkRules[${i}]`, first && last ? { line: first.line, last: last.last } : whole(e.rules));
    commitments.forEach((span, j) => t.record(`delegatedWorkRules[${i}].commitments[${j}]`, span));
  });
  register.references.forEach((r, i) => t.record(`references[${i}]`, t.find([r.url, r.title], e.references)));
  register.milestones.forEach((_, i) => {
    const at = t.line(e.milestones[i] ?? null);
    t.record(`milestones[${i}]`, at);
    t.record(`milestones[${i}].date`, at);
  });
  if (register.review) {
    t.record('review', whole(e.review));
    if (register.review.dueBy !== null) t.record('review.dueBy', t.line(e.reviewDate));
  }
  if (register.approval) {
    const lines = e.approval.map((no) => t.line(no)!);
    t.record('approval', lines.length > 0 ? { line: lines[0]!.line, last: lines[lines.length - 1]!.last } : null);
    if (register.approval.approvedOn !== null) t.record('approval.approvedOn', t.line(e.approvalDate));
  }
  traceContacts(t, register, e);
  register.documentRevisions.forEach((r, i) => {
    const at = t.line(e.revisions[i] ?? null);
    t.record(`documentRevisions[${i}]`, at);
    if (r.date !== null) t.record(`documentRevisions[${i}].date`, at);
  });
  register.sections.forEach((_, i) => {
    const s = e.sections[i];
    if (!s) return;
    const heading = t.line(s.line)!;
    t.record(`sections[${i}]`, { line: heading.line, last: whole(s.lines)?.last ?? heading.last });
  });
  return t.list;
}

/** A contact from the line that names it (at most a few lines above its address) to its address. */
function traceContacts(t: Trace, register: WorkRegisterDocument, e: Evidence): void {
  const indexOf = new Map<number, number>();
  e.contactLines.forEach((l, i) => indexOf.set(l.no, indexOf.get(l.no) ?? i));
  register.contacts.forEach((c, i) => {
    const at = t.line(e.contacts[i] ?? null);
    if (!at) return;
    const index = indexOf.get(at.line.no) ?? -1;
    const above = index < 0 ? [] : e.contactLines.slice(Math.max(0, index - 4), index + 1);
    const named = t.find([c.name], above);
    t.record(`contacts[${i}]`, named && named.line.no <= at.line.no ? { line: named.line, last: at.last } : at);
    t.record(`contacts[${i}].email`, t.find([c.email], above) ?? at);
  });
}

/** The value at a path of the register as findings write it: `milestones[2].date`, `parties[0]`. */
export function valueAt(register: WorkRegisterDocument, path: string): unknown {
  let value: unknown = register;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key ?? Number(index)];
  }
  return value;
}

/**
 * The entry for `path`, or for the nearest field that holds it (`milestones[2].description` is
 * read where `milestones[2]` is); undefined when the reader recorded none.
 */
export function sourceOf(fields: readonly FieldSource[], path: string): FieldSource | undefined {
  for (let p: string | null = path; p !== null; p = parentPath(p)) {
    const hit = fields.find((f) => f.path === p);
    if (hit) return hit;
  }
  return undefined;
}

function parentPath(path: string): string | null {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut > 0 ? path.slice(0, cut) : null;
}
