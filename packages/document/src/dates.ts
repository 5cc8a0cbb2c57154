/**
 * Dates as Work Registers write them: 4/25/2012 (US month/day), April 1 2010, June 30, 2011,
 * 2012-04-25, 16 May 2012, May 2013, Q3 2011, 1Q2012, third quarter of 2011, 2012, and the vague
 * ones, H1 2013 (half), mid-2013 (third), spring 2014 (year). Parsing is done by date-fns with
 * explicit formats; the regular expressions here only find candidates in running text.
 */
// One module per function: the package's index pulls in all of date-fns (some 860 modules),
// which alone doubled the start-up of `alliance parse`.
import { addMonths } from 'date-fns/addMonths';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { endOfYear } from 'date-fns/endOfYear';
import { format } from 'date-fns/format';
import { getQuarter } from 'date-fns/getQuarter';
import { isValid } from 'date-fns/isValid';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { parse } from 'date-fns/parse';
import type { DatePrecision } from './types.js';

export interface PartialDate {
  /** ISO at its precision: `2012-09-15`, `2013-05`, `2011-Q3`, `2013-H1`, `2013-mid`, `2012`. */
  date: string;
  precision: DatePrecision;
}

export interface DateMatch extends PartialDate {
  /** Where the date was found in the text searched, and the text it spans. */
  index: number;
  text: string;
  /** True when a numeric date only made sense as day/month (31/12/2012), not US month/day. */
  dayFirst: boolean;
  /** True when a numeric date reads both ways (4/5/2012) and the document states no convention. */
  ambiguous?: boolean;
  /** True when a numeric date reading both ways was read day-first by the convention the document's other dates show. */
  inferred?: boolean;
  /** The vague words of a date kept at a coarser precision ("mid-2013", "H1 2013"). */
  vague?: string;
}

/** How a document writes numeric dates, when it says so ("dates are given as day/month/year"). */
export type DateOrder = 'DMY' | 'MDY';

/**
 * The convention of the document being read. `parse` is synchronous and sets it for the span of
 * one call (withDateOrder), so the many places that read dates need not pass it along.
 */
let documentOrder: DateOrder | null = null;
/** True when documentOrder was inferred from the document's dates rather than stated. */
let orderInferred = false;
/** Ambiguous, inferred and vague dates met while reading the document (the reader reports those it used). */
let noted: DateMatch[] | null = null;

/**
 * Runs `read` with numeric dates read in `order` (null: US month/day, ambiguous ones marked), and
 * returns with its value the ambiguous, inferred and vague dates met on the way. `inferred`: the
 * order is the one the document's own dates show (inferredDateOrder), not one it states.
 */
export function withDateOrder<T>(
  order: DateOrder | null,
  read: () => T,
  inferred = false,
): { value: T; uncertain: DateMatch[] } {
  const previous = { documentOrder, orderInferred, noted };
  documentOrder = order;
  orderInferred = inferred && order !== null;
  noted = [];
  try {
    const value = read();
    return { value, uncertain: noted };
  } finally {
    documentOrder = previous.documentOrder;
    orderInferred = previous.orderInferred;
    noted = previous.noted;
  }
}

/** The convention a document states for its numeric dates, if it states one. */
export function statedDateOrder(text: string): DateOrder | null {
  const flat = text.replace(/\s+/g, ' ');
  const dayFirst =
    /\b(?:day\s*[/.-]\s*month\s*[/.-]\s*year|dd\s*[/.-]\s*mm\s*[/.-]\s*(?:yyyy|yy)|dates?\b[^.]{0,60}\b(?:day[- ]first|european (?:format|order|convention)))\b/i;
  const monthFirst =
    /\b(?:month\s*[/.-]\s*day\s*[/.-]\s*year|mm\s*[/.-]\s*dd\s*[/.-]\s*(?:yyyy|yy)|dates?\b[^.]{0,60}\b(?:month[- ]first|us (?:format|order|convention)))\b/i;
  const d = dayFirst.exec(flat);
  const m = monthFirst.exec(flat);
  if (d && (!m || d.index < m.index)) return 'DMY';
  return m ? 'MDY' : null;
}

/** A numeric date that is day-first beyond doubt (25/04/2012: no 25th month), or month-first (4/25/2012). */
const NUMERIC = /(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/.-]*\d)/g;

/** Where a document's numeric dates show its convention without stating it. */
export interface InferredOrder {
  order: 'DMY';
  /** The date that shows it, as written ("25/04/2012"). */
  evidence: string;
}

/**
 * The convention a document's own numeric dates show when it states none: one that can only be
 * day/month (a first part over 12, a second of 12 or less) makes the document day-first, unless
 * another can only be month/day (then it writes both ways and nothing is inferred).
 */
export function inferredDateOrder(text: string): InferredOrder | null {
  let dayFirst: string | null = null;
  let monthFirst = false;
  for (const m of text.matchAll(NUMERIC)) {
    // "16.3.10" is a version (3GPP's V16.3.10), not a date: dotted dates write the year in full.
    if (m[2] === '.' && (m[4] ?? '').length !== 4) continue;
    const [first, second] = [Number(m[1]), Number(m[3])];
    if (first > 12 && first <= 31 && second >= 1 && second <= 12) dayFirst ??= m[0];
    if (second > 12 && second <= 31 && first >= 1 && first <= 12 && m[2] !== '.') monthFirst = true;
  }
  return dayFirst && !monthFirst ? { order: 'DMY', evidence: dayFirst } : null;
}

const REFERENCE = new Date(2000, 0, 1);
const PRECISION_RANK: Record<DatePrecision, number> = { DAY: 6, MONTH: 5, QUARTER: 4, THIRD: 3, HALF: 2, YEAR: 1 };

function tryFormats(value: string, formats: readonly string[]): Date | null {
  for (const f of formats) {
    const d = parse(value, f, REFERENCE);
    if (isValid(d) && d.getFullYear() >= 1900 && d.getFullYear() <= 2199) return d;
  }
  return null;
}

function monthWord(word: string): string {
  // date-fns knows "Sep" and "September"; documents also write "Sept" and "Sept.".
  const w = word.replace(/\.$/, '');
  return /^sept$/i.test(w) ? 'Sep' : w;
}

const ORDINAL_QUARTER: Record<string, string> = { first: '1st', second: '2nd', third: '3rd', fourth: '4th' };

function fromDate(d: Date, precision: DatePrecision): PartialDate {
  switch (precision) {
    case 'DAY':
      return { date: format(d, 'yyyy-MM-dd'), precision };
    case 'MONTH':
      return { date: format(d, 'yyyy-MM'), precision };
    case 'QUARTER':
      return { date: `${format(d, 'yyyy')}-Q${getQuarter(d)}`, precision };
    case 'HALF':
      return { date: `${format(d, 'yyyy')}-H${d.getMonth() < 6 ? 1 : 2}`, precision };
    case 'THIRD':
      return { date: `${format(d, 'yyyy')}-${THIRDS[Math.floor(d.getMonth() / 4)] ?? 'late'}`, precision };
    case 'YEAR':
      return { date: format(d, 'yyyy'), precision };
  }
}

/** The thirds of a year as documents name them: early (January–April), mid (May–August), late. */
const THIRDS = ['early', 'mid', 'late'] as const;

interface Pattern {
  re: RegExp;
  precision: DatePrecision;
  read: (m: RegExpExecArray) => {
    d: Date | null;
    dayFirst?: boolean;
    ambiguous?: boolean;
    inferred?: boolean;
    vague?: string;
  };
}

const g = (m: RegExpExecArray, i: number): string => m[i] ?? '';

/** The first month of the half or third a vague phrase names (0-based), or null: kept at year precision. */
function vaguePeriod(words: string): { precision: DatePrecision; month: number } | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:h1|1h|(?:the )?first half(?: of)?)$/.test(w)) return { precision: 'HALF', month: 0 };
  if (/^(?:h2|2h|(?:the )?second half(?: of)?)$/.test(w)) return { precision: 'HALF', month: 6 };
  if (/^(?:early|(?:the )?(?:beginning|start) of)$/.test(w)) return { precision: 'THIRD', month: 0 };
  if (/^mid$/.test(w)) return { precision: 'THIRD', month: 4 };
  if (/^late$/.test(w)) return { precision: 'THIRD', month: 8 };
  // Seasons fall in different months north and south of the equator: only the year is certain.
  // ("End of 2014" is no vague date: it is the year's last day, which year precision already says.)
  return null;
}

const VAGUE_YEAR =
  /\b(?:((?:the\s+)?(?:beginning|start)\s+of|early|mid|late|(?:the\s+)?(?:first|second)\s+half(?:\s+of)?|spring|summer|autumn|fall|winter)[\s-]+(?:of\s+)?|(H[12]|[12]H)[\s/-]*)((?:19|20|21)\d{2})\b/gi;

/** A vague date's pattern for each precision it may keep (HALF, THIRD, or YEAR for a season). */
const vaguePatterns = (['HALF', 'THIRD', 'YEAR'] as const).map((precision): Pattern => ({
  re: new RegExp(VAGUE_YEAR.source, VAGUE_YEAR.flags),
  precision,
  read: (m) => {
    const period = vaguePeriod(m[1] ?? g(m, 2));
    if ((period?.precision ?? 'YEAR') !== precision) return { d: null };
    const year = tryFormats(g(m, 3), ['yyyy']);
    return { d: year && period ? new Date(year.getFullYear(), period.month, 1) : year, vague: m[0] };
  },
}));

const PATTERNS: Pattern[] = [
  // H1 2013, mid-2013, spring 2014: kept with how vague they are, the vague words noted
  ...vaguePatterns,
  // 2012-04-25, 2012/04/25
  {
    re: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b/g,
    precision: 'DAY',
    read: (m) => ({ d: tryFormats(`${g(m, 1)}-${g(m, 3)}-${g(m, 4)}`, ['yyyy-M-d']) }),
  },
  // 4/25/2012, 4-25-2012, 4/25/12 (US month/day); 31/12/2012 read day-first only when it must be
  {
    re: /\b(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})\b(?![/-]\d)/g,
    precision: 'DAY',
    read: (m) => {
      const value = `${g(m, 1)}/${g(m, 3)}/${g(m, 4)}`;
      const long = g(m, 4).length === 4;
      const us = tryFormats(value, long ? ['M/d/yyyy'] : ['M/d/yy']);
      const eu = tryFormats(value, long ? ['d/M/yyyy'] : ['d/M/yy']);
      // An inferred order reads the ambiguous dates its way and says so; the date that showed it is still reported.
      if (documentOrder === 'DMY' && eu && orderInferred)
        return { d: eu, inferred: us !== null && g(m, 1) !== g(m, 3), dayFirst: us === null };
      if (documentOrder === 'DMY' && eu) return { d: eu };
      if (us) return { d: us, ambiguous: documentOrder === null && eu !== null && g(m, 1) !== g(m, 3) };
      return { d: eu, dayFirst: eu !== null && documentOrder === null };
    },
  },
  // 25.04.2012 (European)
  {
    re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g,
    precision: 'DAY',
    read: (m) => ({ d: tryFormats(`${g(m, 1)}.${g(m, 2)}.${g(m, 3)}`, ['d.M.yyyy']) }),
  },
  // April 1 2010, June 30, 2011, Sept. 15th, 2012
  {
    re: /\b([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(\d{4})\b/g,
    precision: 'DAY',
    read: (m) => ({ d: tryFormats(`${monthWord(g(m, 1))} ${g(m, 2)} ${g(m, 3)}`, ['MMMM d yyyy', 'MMM d yyyy']) }),
  },
  // 16 May 2012, 1st of April, 2010, 15-Sep-2012
  {
    re: /\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+([A-Za-z]{3,9}\.?)[\s,-]+(\d{4})\b/g,
    precision: 'DAY',
    read: (m) => ({ d: tryFormats(`${g(m, 1)} ${monthWord(g(m, 2))} ${g(m, 3)}`, ['d MMMM yyyy', 'd MMM yyyy']) }),
  },
  // May 2013, May, 2013, Sept. 2012, March of 2013
  {
    re: /\b([A-Za-z]{3,9}\.?)\s*,?\s+(?:of\s+)?(\d{4})\b/g,
    precision: 'MONTH',
    read: (m) => ({ d: tryFormats(`${monthWord(g(m, 1))} ${g(m, 2)}`, ['MMMM yyyy', 'MMM yyyy']) }),
  },
  // Q3 2011, Q3/2011, Q3-2011, Q3 of 2011
  {
    re: /\bQ([1-4])\s*[/,-]?\s*(?:of\s+)?(\d{4})\b/gi,
    precision: 'QUARTER',
    read: (m) => ({ d: tryFormats(`Q${g(m, 1)} ${g(m, 2)}`, ['QQQ yyyy']) }),
  },
  // 1Q2012, 1Q 2012, 3Q-2011
  {
    re: /\b([1-4])Q\s*[/-]?\s*(\d{4})\b/gi,
    precision: 'QUARTER',
    read: (m) => ({ d: tryFormats(`${g(m, 1)}Q${g(m, 2)}`, ["Q'Q'yyyy"]) }),
  },
  // 2011 Q3, 2011-Q3
  {
    re: /\b(\d{4})\s*[/-]?\s*Q([1-4])\b/gi,
    precision: 'QUARTER',
    read: (m) => ({ d: tryFormats(`Q${g(m, 2)} ${g(m, 1)}`, ['QQQ yyyy']) }),
  },
  // third quarter of 2011, 3rd quarter 2011
  {
    re: /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s*,?\s+(?:of\s+)?(\d{4})\b/gi,
    precision: 'QUARTER',
    read: (m) => {
      const word = g(m, 1).toLowerCase();
      return { d: tryFormats(`${ORDINAL_QUARTER[word] ?? word} quarter ${g(m, 2)}`, ['QQQQ yyyy']) };
    },
  },
  // 2013-05
  {
    re: /\b(\d{4})-(\d{2})\b(?![-/.]\d)/g,
    precision: 'MONTH',
    read: (m) => ({ d: tryFormats(`${g(m, 1)}-${g(m, 2)}`, ['yyyy-MM']) }),
  },
  // 05/2013
  {
    re: /(?<![\w/.])(\d{1,2})\/(\d{4})\b(?!\/\d)/g,
    precision: 'MONTH',
    read: (m) => ({ d: tryFormats(`${g(m, 1)}/${g(m, 2)}`, ['M/yyyy']) }),
  },
  // 2012
  {
    re: /(?<![\d.\-/])((?:19|20|21)\d{2})(?![\d.]\d|-\d|\/\d)\b/g,
    precision: 'YEAR',
    read: (m) => ({ d: tryFormats(g(m, 1), ['yyyy']) }),
  },
];

/** Every date in `text`, in text order; where candidates overlap the more precise one wins. */
export function findDates(text: string): DateMatch[] {
  const accepted: DateMatch[] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.re.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (accepted.some((a) => start < a.index + a.text.length && a.index < end)) continue;
      const { d, dayFirst, ambiguous, inferred, vague } = pattern.read(m);
      if (!d) continue;
      const match: DateMatch = {
        ...fromDate(d, pattern.precision),
        index: start,
        text: m[0],
        dayFirst: dayFirst ?? false,
      };
      if (ambiguous) match.ambiguous = true;
      if (inferred) match.inferred = true;
      if (vague) match.vague = vague;
      if ((ambiguous || inferred || vague) && noted && !noted.some((n) => n.text === match.text)) noted.push(match);
      accepted.push(match);
    }
  }
  return accepted.sort((a, b) => a.index - b.index);
}

/**
 * The date a line is about: one at the very start wins; otherwise the most precise one,
 * the first of those on a tie.
 */
export function pickDate(text: string): DateMatch | null {
  const all = findDates(text);
  const first = all[0];
  if (!first) return null;
  if (text.slice(0, first.index).replace(/[\s*|([-]/g, '') === '') return first;
  return all.reduce((best, d) => (PRECISION_RANK[d.precision] > PRECISION_RANK[best.precision] ? d : best), first);
}

/** `text` when it holds a single date and nothing else but punctuation. */
export function parseDateText(text: string): DateMatch | null {
  const all = findDates(text);
  const only = all[0];
  if (all.length !== 1 || !only) return null;
  const rest = text.slice(0, only.index) + text.slice(only.index + only.text.length);
  return /^[\s.,;:*()[\]]*$/.test(rest) ? only : null;
}

function startOf(p: PartialDate): Date {
  const q = /^(\d{4})-Q([1-4])$/.exec(p.date);
  if (q) return new Date(Number(q[1]), (Number(q[2]) - 1) * 3, 1);
  const h = /^(\d{4})-H([12])$/.exec(p.date);
  if (h) return new Date(Number(h[1]), (Number(h[2]) - 1) * 6, 1);
  const t = /^(\d{4})-(early|mid|late)$/.exec(p.date);
  if (t) return new Date(Number(t[1]), THIRDS.indexOf(t[2] as (typeof THIRDS)[number]) * 4, 1);
  const [y, m, d] = p.date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** First day of the period a partial date names, as `yyyy-MM-dd`. */
export function periodStart(p: PartialDate): string {
  return format(startOf(p), 'yyyy-MM-dd');
}

/** Last day of the period a partial date names (May 2013 -> 2013-05-31), as `yyyy-MM-dd`. */
export function periodEnd(p: PartialDate): string {
  const start = startOf(p);
  switch (p.precision) {
    case 'DAY':
      return format(start, 'yyyy-MM-dd');
    case 'MONTH':
      return format(lastDayOfMonth(start), 'yyyy-MM-dd');
    case 'QUARTER':
      return format(endOfQuarter(start), 'yyyy-MM-dd');
    case 'HALF':
      return format(lastDayOfMonth(addMonths(start, 5)), 'yyyy-MM-dd');
    case 'THIRD':
      return format(lastDayOfMonth(addMonths(start, 3)), 'yyyy-MM-dd');
    case 'YEAR':
      return format(endOfYear(start), 'yyyy-MM-dd');
  }
}

/** The precision of an ISO partial date string (`2013-05` -> MONTH), or null. */
export function precisionOf(date: string): DatePrecision | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'DAY';
  if (/^\d{4}-\d{2}$/.test(date)) return 'MONTH';
  if (/^\d{4}-Q[1-4]$/.test(date)) return 'QUARTER';
  if (/^\d{4}-H[12]$/.test(date)) return 'HALF';
  if (/^\d{4}-(?:early|mid|late)$/.test(date)) return 'THIRD';
  if (/^\d{4}$/.test(date)) return 'YEAR';
  return null;
}

/** `now` as the ISO calendar day (UTC). */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
