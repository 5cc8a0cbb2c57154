/** Work Register Review Date: the event that triggers a review, and the "no later than" date. */
import { type DateMatch, findDates, pickDate } from './dates.js';
import { type Line, collapse, stripMarkdown } from './text.js';
import type { ReviewDocument } from './types.js';

export interface ReviewResult {
  review: ReviewDocument;
  /** Line of the due date. */
  line: number | null;
  /** True when the due date only made sense read day-first (31/12/2013). */
  dayFirst: boolean;
}

const DEADLINE =
  /(?:[,;]?\s*(?:\bbut\b|\band\b|\bor\b)?\s*)(?:\b(?:by\s+)?no\s+later\s+th[ae]n|\bnot\s+later\s+th[ae]n|\bon\s+or\s+before|\bat\s+the\s+latest\s+(?:by|on|in)|\bat\s+latest\s+(?:by|on|in)|\bdue\s+(?:by|on|in)|\bbefore|\bby)(?:\s*:)?\s+(?:the\s+)?(?:end\s+of\s+)?/gi;
const VERB =
  /\b(?:will\s+|shall\s+|should\s+|is\s+to\s+|to\s+)?(?:be\s+)?(?:reviewed\s+and\s+updated|reviewed|revisited|reassessed|re-?evaluated|renewed)\b[\s,]*/i;
const TRAILING = /(?:[\s,;:–—-]|\bbut\b|\band\b|\bor\b)+$/i;

function tidyTrigger(value: string): string | null {
  const v = collapse(value)
    .replace(TRAILING, '')
    .replace(/^[\s,;:–—-]+/, '')
    // "every year, next no later than …": "next" belongs to the deadline.
    .replace(/[\s,;]+(?:and\s+)?(?:the\s+)?next(?:\s+(?:review|one))?$/i, '')
    .trim();
  if (v === '' || /^(?:date|review(?: date)?|the|on|in|at)$/i.test(v)) return null;
  // "every 12 months (next review no later than 1Q2014)": the parenthesis opened before the
  // deadline is not part of the trigger.
  const open = v.lastIndexOf('(');
  if (open > 0 && !v.slice(open).includes(')')) return tidyTrigger(v.slice(0, open));
  return v;
}

export function readReview(lines: readonly Line[]): ReviewResult | null {
  const text = collapse(lines.map((l) => stripMarkdown(l.text)).join(' '));
  if (text === '') return null;

  let due: DateMatch | null = null;
  let deadlineAt = -1;
  // The strongest deadline phrase followed directly by a date.
  const candidates: { strength: number; at: number; date: DateMatch }[] = [];
  for (const m of text.matchAll(DEADLINE)) {
    const after = m.index + m[0].length;
    const date = findDates(text.slice(after)).find((d) => d.index === 0);
    if (!date) continue;
    const strength = /later|latest|or before/i.test(m[0]) ? 2 : 1;
    candidates.push({ strength, at: m.index, date: { ...date, index: after } });
  }
  const best = candidates.sort((a, b) => b.strength - a.strength || a.at - b.at)[0];
  if (best) {
    due = best.date;
    deadlineAt = best.at;
  } else {
    due = pickDate(text);
    deadlineAt = due ? due.index : -1;
  }

  const verb = VERB.exec(text);
  let trigger: string | null = null;
  if (verb) {
    const from = verb.index + verb[0].length;
    const to = deadlineAt >= from ? deadlineAt : text.length;
    let segment = text.slice(from, to);
    const stop = segment.search(/[.;](?:\s|$)/);
    if (stop >= 0) segment = segment.slice(0, stop);
    trigger = tidyTrigger(segment.replace(/\s+(?:in|on|at|around|during)$/i, ''));
  } else if (deadlineAt > 0) {
    const stop = text.lastIndexOf('. ', deadlineAt);
    const sentenceStart = stop < 0 ? 0 : stop + 2;
    // "Next review at the ODCA Forecast conference; no later than …": the trigger is what
    // follows the noun, as it is what follows "reviewed".
    const segment = text
      .slice(sentenceStart, deadlineAt)
      .replace(/^.*?:\s*/, '')
      .replace(
        /^(?:the\s+)?(?:next\s+)?(?:(?:work\s+)?register\s+)?review(?:\s+(?:is|will\s+be|takes\s+place))?\b\s*/i,
        '',
      );
    trigger = tidyTrigger(segment);
  }

  if (trigger === null && due) {
    // "No later than 1Q2014, or earlier when CIMI 2.0 is published."
    const after = text.slice(due.index + due.text.length);
    const clause = /\b((?:when|once|after|upon|whenever|if)\b.*?)(?=[.;](?:\s|$)|$)/i.exec(after);
    if (clause?.[1]) trigger = tidyTrigger(clause[1]);
  }

  let line: number | null = null;
  if (due) {
    const iso = due.date;
    line =
      lines.find((l) => findDates(stripMarkdown(l.text)).some((d) => d.date === iso))?.no ??
      lines.find((l) => l.text !== '')?.no ??
      null;
  }
  return {
    review: { trigger, dueBy: due?.date ?? null, precision: due?.precision ?? null },
    line,
    dayFirst: due?.dayFirst ?? false,
  };
}
