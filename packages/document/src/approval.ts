/** The approval line: "Approved by the <body>; Board Resolution <id> on <date>" and variants. */
import { findDates, pickDate } from './dates.js';
import type { Section } from './sections.js';
import { type Line, collapse, stripBullet, stripMarkdown } from './text.js';
import type { ApprovalDocument } from './types.js';

export interface ApprovalResult {
  approval: ApprovalDocument;
  /** Lines the approval text spans (findings about the approval point at the first). */
  lines: number[];
  /** Line of the approval date. */
  dateLine: number | null;
}

const START = /^(?:this\s+(?:work\s+)?register\s+(?:was|has\s+been|is)\s+)?(?:approved|approval\b|board\s+approval\b)/i;

const LOOSE =
  /\b(?:approved|ratified|endorsed)\b.*\b(?:board|resolution|steering|committee)\b|\b(?:board|steering\s+(?:group|committee))\b.*\b(?:approved|ratified|endorsed)\b/i;

function startsApproval(text: string): boolean {
  return START.test(stripMarkdown(stripBullet(text)));
}

function endsSentence(text: string): boolean {
  return /[.!]$/.test(stripMarkdown(text).trim());
}

/** The approval, wherever it stands (the last section, its own Approval section, the end). */
export function findApproval(sections: readonly Section[]): ApprovalResult | null {
  let span: Line[] | null = null;
  for (const section of sections) {
    const body = section.lines;
    const start = body.findIndex((l) => l.text !== '' && startsApproval(l.text));
    if (start < 0) continue;
    span = [];
    for (let i = start; i < body.length && span.length < 5; i++) {
      const l = body[i];
      if (!l || l.text === '') break;
      if (i > start && /^\s*(?:#|[-*•]\s)/.test(l.text)) break;
      span.push(l);
      if (endsSentence(l.text) && !/\b(?:on|by|resolution|no\.)$/i.test(stripMarkdown(l.text).replace(/\.$/, '')))
        break;
    }
    break;
  }
  if (!span) {
    // "The DMTF Board of Directors approved this register on …" in the last sections.
    for (const section of sections.slice(-3)) {
      if (section.kind === 'review') continue;
      const l = section.lines.find((x) => LOOSE.test(stripMarkdown(x.text)));
      if (l) {
        span = [l];
        break;
      }
    }
  }
  const approvalSection = sections.find((s) => s.kind === 'approval');
  if (!span && approvalSection) {
    span = [];
    for (const l of approvalSection.lines) {
      if (l.text === '' && span.length > 0) break;
      if (l.text !== '') span.push(l);
    }
  }
  if (!span || span.length === 0) return null;

  const text = collapse(span.map((l) => stripMarkdown(l.text)).join(' '));
  return { approval: readApproval(text), lines: span.map((l) => l.no), dateLine: dateLine(span, text) };
}

const RESOLUTION =
  /\b(?:board\s+)?(?:resolution|res\.)\s*(?:no\.?|number|#|id)?\s*[:#]?\s*(?!on\b|of\b|dated\b|number\b)([A-Za-z0-9](?:[A-Za-z0-9._/-]*[A-Za-z0-9])?(?:\s+\d+(?:\/\d+)?(?=\s|[.,;]|$))?)/i;

export function readApproval(text: string): ApprovalDocument {
  const resolutionMatch = RESOLUTION.exec(text);
  const resolution = resolutionMatch?.[1] ?? null;
  // The resolution id may look like a date (2012-05-04); blank it out before looking for one.
  let rest = text;
  if (resolutionMatch) {
    const idAt = resolutionMatch.index + resolutionMatch[0].length - (resolution?.length ?? 0);
    rest = text.slice(0, idAt) + ' '.repeat(resolution?.length ?? 0) + text.slice(idAt + (resolution?.length ?? 0));
  }
  let approvedOn: string | null = null;
  const on = /\b(?:on|dated|effective|as of)\s+/gi;
  for (const m of rest.matchAll(on)) {
    const date = findDates(rest.slice(m.index + m[0].length)).find((d) => d.index === 0);
    if (date) {
      approvedOn = date.date;
      break;
    }
  }
  approvedOn ??= pickDate(rest)?.date ?? null;

  let body: string | null = null;
  const by = /\bby\s+(?:the\s+)?/i.exec(rest);
  const colon = /^\W*approv\w*\s*(?:by)?\s*:\s*/i.exec(rest);
  const from = by ? by.index + by[0].length : colon ? colon[0].length : -1;
  if (from >= 0) {
    const tail = rest.slice(from);
    const end = tail.search(
      /\s*[;,(]|\s+(?:on|in|at|via|with|during|per|under|dated|effective|as\s+of)\s|\s+(?:board\s+)?(?:resolution|res\.)\s|\.\s|\.?\s*$/i,
    );
    let candidate = collapse(end >= 0 ? tail.slice(0, end) : tail).replace(/^the\s+/i, '');
    // "Approved by DMTF Board of Directors 5/16/2012, …": the date is not part of the body.
    const date = findDates(candidate).find((d) => d.precision === 'DAY' || d.precision === 'MONTH');
    if (date)
      candidate = candidate
        .slice(0, date.index)
        .replace(/\s+(?:on|in|at|dated)?\s*$/i, '')
        .trim();
    if (candidate !== '') body = candidate;
  } else {
    // "The DMTF Board of Directors approved this work register on …"
    const subject = /^(?:the\s+)?(.+?)\s+(?:has\s+|have\s+|formally\s+)?(?:approved|ratified|endorsed)\b/i.exec(rest);
    if (subject && subject[1] && subject[1].split(/\s+/).length <= 10) body = collapse(subject[1]);
    else if (!/^\W*(?:approv|board\s+resolution|resolution)/i.test(rest)) {
      // Under an "Approval" heading: "DMTF Board of Directors, 16 May 2012, Resolution 2012-05-04".
      const lead = /^(?:the\s+)?(.+?)(?=\s*[,;(]|\s+(?:board\s+)?resolution\b|\s+(?:on|dated)\s|\s*$)/i.exec(rest);
      const candidate = collapse(lead?.[1] ?? '');
      if (candidate !== '' && !/\d/.test(candidate) && candidate.split(/\s+/).length <= 10 && /^[A-Z]/.test(candidate))
        body = candidate;
    }
  }
  return { body, resolution, approvedOn, text };
}

function dateLine(span: readonly Line[], text: string): number | null {
  const approvedOn = readApproval(text).approvedOn;
  if (!approvedOn) return null;
  for (const l of span) {
    const own = stripMarkdown(l.text);
    const r = RESOLUTION.exec(own);
    const masked = r && r[1] ? own.replace(r[1], ' '.repeat(r[1].length)) : own;
    if (findDates(masked).some((d) => d.date === approvedOn)) return l.no;
  }
  return span[span.length - 1]?.no ?? null;
}
