/**
 * Milestones / Dates: "None" or "TBD" (no milestones), or lines (bullets, a Markdown table) with
 * a date at day, month, quarter or year precision and a description.
 */
import { type DateMatch, pickDate } from './dates.js';
import { type Line, clean, collapse, stripBullet, stripMarkdown } from './text.js';
import type { MilestoneDocument, MilestoneStatus } from './types.js';

export interface MilestoneDraft extends MilestoneDocument {
  line: number;
  dayFirst: boolean;
}

export interface MilestonesResult {
  milestones: MilestoneDraft[];
  /** Lines that read like milestones but carry no date ("TBD – joint plugfest"). */
  undated: { text: string; line: number }[];
}

const NOTHING =
  /^(?:none|tbd|t\.b\.d\.?|n\/?a|to be determined|to be defined|not applicable|not yet defined|none (?:identified|defined|at this time|yet)|no milestones\b.*|nil|-+)\.?$/i;

const STATUS_WORD = String.raw`(completed|complete|done|delivered|achieved|finished|cancel+ed|withdrawn|dropped|abandoned|planned|pending|open|in progress|on track|scheduled)`;
const STATUS_MARKER = new RegExp(
  String.raw`(?:[([]\s*${STATUS_WORD}\s*[)\]]|(?:^|[-–—:|,;]\s*|\bstatus\s*:?\s*)${STATUS_WORD}\s*(?=$|[:.)\]])|^${STATUS_WORD}\s*:)`,
  'i',
);

/** "Milestone   Date", "Date | Description | Status": the header of a table. */
const HEADER_ROW =
  /^(?:(?:milestones?|dates?|target(?: date)?|deliverables?|descriptions?|status|owner|when|what|responsible|item)[\s|/:]*)+$/i;

const STATUS_CELL = new RegExp(String.raw`^\s*${STATUS_WORD}\s*$`, 'i');

/** "(completed September 2011)", "[cancelled 3/2012]", "– delivered in Q2 2014": a status with its date. */
const DATED_STATUS = new RegExp(
  String.raw`[([]\s*(completed|complete|done|delivered|achieved|finished|cancel+ed|withdrawn|dropped|abandoned)\b(?:\s+(?:on|in|by))?\s+([^)\]]*\d[^)\]]*)[)\]]|[-–—:,;]\s*(completed|done|delivered|cancel+ed)\s+(?:on|in)\s+(.*\d.*)$`,
  'i',
);

function statusOf(text: string): MilestoneStatus {
  if (/^~~.*~~$/.test(text.trim())) return 'CANCELLED';
  const dated = DATED_STATUS.exec(text);
  if (dated)
    return /^(?:cancel|withdrawn|dropped|abandoned)/i.test(dated[1] ?? dated[3] ?? '') ? 'CANCELLED' : 'COMPLETED';
  if (/[✓✔☑]|^\s*(?:[-*]\s*)?\[x\]/i.test(text)) return 'COMPLETED';
  const m = STATUS_MARKER.exec(text);
  const word = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').toLowerCase();
  if (/^(?:cancel|withdrawn|dropped|abandoned)/.test(word)) return 'CANCELLED';
  if (/^(?:complete|done|delivered|achieved|finished)/.test(word)) return 'COMPLETED';
  return 'PLANNED';
}

function withoutStatus(text: string): string {
  return text
    .replace(/[✓✔☑]/g, '')
    .replace(/^\s*\[[x ]\]\s*/i, '')
    .replace(/~~/g, '')
    .replace(new RegExp(String.raw`\s*[([]\s*${STATUS_WORD}\s*[)\]]`, 'gi'), '')
    .replace(new RegExp(String.raw`\s*(?:[-–—:|,;]\s*|\bstatus\s*:?\s*)${STATUS_WORD}\s*\.?$`, 'i'), '')
    .replace(new RegExp(String.raw`^${STATUS_WORD}\s*:\s*`, 'i'), '');
}

const SEPARATORS = /^[\s:;,|.)\]–—-]+|[\s:;,|([–—-]+$/g;
const LEADING_QUALIFIER =
  /^(?:by|before|in|on|at|around|during|due|target(?:ed)?(?: date)?|deadline|date|when|end of|the end of|mid|early|late|beginning of|start of|approx\.?|approximately|est\.?|estimated|expected|planned)\b[\s:,-]*/i;
const TRAILING_PREPOSITION =
  /\s+(?:by|before|in|on|at|around|during|due(?: by| on| in)?|targeted for|target(?:ed)?|scheduled for|planned for|expected(?: by| in)?|no later than|until|for|from|end of|the end of|mid|early|late)$/i;

/** The description of a milestone line: the line without its date and the words around it. */
export function describe(text: string, date: DateMatch): string {
  let before = text.slice(0, date.index).replace(SEPARATORS, '').trim();
  let after = text
    .slice(date.index + date.text.length)
    .replace(SEPARATORS, '')
    .trim();
  let bare = before;
  for (let next = bare.replace(LEADING_QUALIFIER, ''); next !== bare; next = bare.replace(LEADING_QUALIFIER, ''))
    bare = next.trim();
  if (bare.replace(SEPARATORS, '') === '') before = '';
  for (let i = 0; i < 3; i++) before = before.replace(TRAILING_PREPOSITION, '').replace(SEPARATORS, '').trim();
  after = after.replace(/^(?:[:,-]\s*)/, '').trim();
  const description = before === '' ? after : after === '' ? before : `${before} ${after}`;
  return collapse(withoutStatus(description).replace(SEPARATORS, ''));
}

export function readMilestones(lines: readonly Line[]): MilestonesResult {
  const milestones: MilestoneDraft[] = [];
  const undated: { text: string; line: number }[] = [];
  const body = lines.filter((l) => l.text !== '');
  if (body.length === 0 || body.every((l) => NOTHING.test(clean(l.text)))) return { milestones, undated };

  let last: MilestoneDraft | null = null;
  let blankSinceLast = true;
  for (const line of lines) {
    if (line.text === '') {
      blankSinceLast = true;
      continue;
    }
    let text: string;
    let tableCells: string[] | null = null;
    // "•<tab>Kick-off – Q3 2011": the tab after a Word bullet is no column.
    const tabbed = stripBullet(line.raw).split(/\t+|\s{3,}/);
    if (/^\|.*\|$/.test(line.text) || tabbed.length >= 2) {
      tableCells = /^\|.*\|$/.test(line.text)
        ? line.text
            .slice(1, -1)
            .split('|')
            .map((c) => stripMarkdown(c))
        : tabbed.map((c) => clean(c));
      if (tableCells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) continue;
      text = tableCells.join(' | ');
    } else {
      text = clean(line.text);
    }
    if (text === '' || NOTHING.test(text) || HEADER_ROW.test(text) || /^page\s+\d+(?:\s+of\s+\d+)?$/i.test(text)) {
      blankSinceLast = false;
      continue;
    }

    if (tableCells) {
      const dateCell = tableCells.findIndex((c) => pickDate(c) !== null);
      const date = dateCell >= 0 ? pickDate(tableCells[dateCell] ?? '') : null;
      if (!date) {
        // A header row ("Date | Milestone") or an undated row.
        if (!tableCells.some((c) => /^(?:date|when|target|milestone|description|deliverable|status)s?$/i.test(c))) {
          undated.push({ text, line: line.no });
        }
        continue;
      }
      const statusCell = tableCells.findIndex((c, i) => i !== dateCell && STATUS_CELL.test(c));
      const status = statusCell >= 0 ? statusOf(tableCells[statusCell] ?? '') : statusOf(text);
      const description = tableCells
        .filter((c, i) => i !== dateCell && i !== statusCell && c !== '')
        .map((c) => withoutStatus(c))
        .join(' – ');
      milestones.push({
        date: date.date,
        precision: date.precision,
        description: collapse(description),
        status,
        line: line.no,
        dayFirst: date.dayFirst,
      });
      last = null;
      continue;
    }

    // A milestone dated only by its status ("Joint paper (completed May 2018)") takes that date.
    const dated = DATED_STATUS.exec(text);
    const rest = dated ? collapse(text.replace(dated[0], ' ')) : text;
    const statusDate = dated && pickDate(rest) === null ? pickDate(dated[0]) : null;
    if (dated && statusDate) {
      last = {
        date: statusDate.date,
        precision: statusDate.precision,
        description: collapse(withoutStatus(rest).replace(SEPARATORS, '')),
        status: statusOf(text),
        line: line.no,
        dayFirst: statusDate.dayFirst,
      };
      milestones.push(last);
      blankSinceLast = false;
      continue;
    }
    const date = pickDate(text);
    if (date) {
      last = {
        date: date.date,
        precision: date.precision,
        description: describe(text, date),
        status: statusOf(text),
        line: line.no,
        dayFirst: date.dayFirst,
      };
      milestones.push(last);
      blankSinceLast = false;
      continue;
    }
    if (last && last.description === '') {
      // "Q3 2011" on its own line, the description under it.
      last.description = collapse(withoutStatus(text));
      if (last.status === 'PLANNED') last.status = statusOf(text);
    } else if (last && !blankSinceLast && /^[a-z(]/.test(text)) {
      last.description = `${last.description} ${text}`;
    } else if (!/:$/.test(text)) {
      undated.push({ text, line: line.no });
    }
    blankSinceLast = false;
  }
  return { milestones, undated };
}
