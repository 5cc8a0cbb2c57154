/** Small text helpers shared by the reader's modules. */

export interface Line {
  /** 1-based line number in the source text. */
  no: number;
  /** The line as written, without its line break. */
  raw: string;
  /** The line trimmed (non-breaking spaces and tabs count as spaces). */
  text: string;
  /** Last source line this line stands for, when the layout joined wrapped lines into it. */
  end?: number;
  /** 1-based row of the table the line was read from (separator rows not counted). */
  row?: number;
}

export function splitLines(source: string): Line[] {
  const text = source.replace(/^\uFEFF/, '');
  return text.split(/\r\n|\r|\n/).map((raw, index) => ({
    no: index + 1,
    raw,
    text: raw
      .replace(/[\u00A0\u2007\u202F]/g, ' ')
      .replace(/\t/g, ' ')
      .trim(),
  }));
}

/** Collapses runs of whitespace to one space and trims. */
export function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * Markdown and Word-export decoration removed: `[Name](#)` -> `Name`, `**bold**`, `__bold__`,
 * `*em*`, backticks, a leading `#` heading marker or `>` quote marker, backslash escapes (`1\.`).
 */
export function stripMarkdown(value: string): string {
  return collapse(
    value
      .replace(/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/\s+#{1,6}\s*$/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/\*\*|__/g, '')
      .replace(/(^|[\s(])\*(\S(?:[^*]*\S)?)\*(?=[\s).,;:!?]|$)/g, '$1$2')
      .replace(/(^|[\s(])_(\S(?:[^_]*\S)?)_(?=[\s).,;:!?]|$)/g, '$1$2')
      .replace(/`/g, '')
      // Backslash escapes of Markdown exports (Google Docs writes "1\. Item", "R\&D").
      .replace(/\\([!-/:-@[-`{-~])/g, '$1'),
  );
}

const BULLET =
  /^(?:[-*+•◦▪●‣·–—§Ø\uF0B7\uF0A7\uF076\uF0D8\uF0FC]|o(?=\s+[A-Z])|\(?\d{1,2}[.)]|\(?[a-z]\)|\([ivx]+\)|[ivx]+\))\s+/;

/** A leading list marker (`- `, `* `, `• `, `1. `, `a) `) removed. */
export function stripBullet(value: string): string {
  const trimmed = value.trim();
  // "** note" is a footnote marker, not a bullet; "J. Smith" starts with an initial, so a
  // letter only counts as a marker in the "a)" form.
  if (/^\*\*/.test(trimmed)) return trimmed;
  return trimmed.replace(BULLET, '');
}

export function hasBullet(value: string): boolean {
  const trimmed = value.trim();
  return !/^\*\*/.test(trimmed) && BULLET.test(trimmed);
}

/** Markdown stripped, then a list marker removed. */
export function clean(value: string): string {
  return stripBullet(stripMarkdown(stripBullet(value)));
}

export const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
export const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"“”)\]]+/gi;

/** The addresses in a text, each once ("[a@x.org](mailto:a@x.org)" names one address). */
export function emailsIn(value: string): string[] {
  const out: string[] = [];
  for (const e of (value.match(EMAIL) ?? []).map((x) => x.replace(/[.]+$/, '')))
    if (!out.some((o) => o.toLowerCase() === e.toLowerCase())) out.push(e);
  return out;
}

/** Words that only link two parts of a name or list. */
export const CONJUNCTION = /^(?:and|&|with|between|plus|as well as)$/i;

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `needle` occurs in `haystack` as whole words (case-insensitive unless told). */
export function containsWords(haystack: string, needle: string, caseSensitive = false): boolean {
  if (needle.trim() === '') return false;
  const re = new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(needle)}(?=$|[^A-Za-z0-9])`, caseSensitive ? '' : 'i');
  return re.test(haystack);
}

/** Position of `needle` in `haystack` as whole words, or -1. */
export function indexOfWords(haystack: string, needle: string, caseSensitive = false): number {
  if (needle.trim() === '') return -1;
  const re = new RegExp(`(^|[^A-Za-z0-9])(${escapeRegExp(needle)})(?=$|[^A-Za-z0-9])`, caseSensitive ? '' : 'i');
  const m = re.exec(haystack);
  return m ? m.index + (m[1]?.length ?? 0) : -1;
}

/**
 * Joins hard-wrapped lines back into logical lines. A line continues the previous one when
 * the previous one does not end a sentence or list item and this one starts in lower case, or
 * when the previous one is long (a wrapped paragraph) and does not end with punctuation.
 * Blank lines separate paragraphs and are kept as ''.
 */
export function unwrap(lines: readonly string[]): string[] {
  const out: string[] = [];
  let previousWasBlank = true;
  for (const line of lines) {
    const text = line.trim();
    if (text === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      previousWasBlank = true;
      continue;
    }
    const last = out[out.length - 1];
    if (!previousWasBlank && last !== undefined && last !== '' && continues(last, text)) {
      out[out.length - 1] = `${last} ${text}`;
    } else {
      out.push(text);
    }
    previousWasBlank = false;
  }
  while (out[out.length - 1] === '') out.pop();
  return out;
}

function continues(previous: string, next: string): boolean {
  if (hasBullet(next) || /^\*\*\s/.test(next)) return false;
  const endsSentence = /[.:;!?)\]”"]\**$/.test(previous);
  if (endsSentence) return false;
  if (/^[a-z(]/.test(next)) return true;
  if (/(?:,|\band|\bor|\bthe|\bof|\bfor|\bto|\bwith|\bin|\bon|\bby|\ba|\ban|-|\/)$/i.test(previous)) return true;
  return previous.length >= 60;
}

/** Paragraphs (logical lines separated by blank lines), each joined with single newlines. */
export function paragraphs(lines: readonly string[]): string[] {
  const result: string[] = [];
  let current: string[] = [];
  for (const line of unwrap(lines)) {
    if (line === '') {
      if (current.length > 0) result.push(current.join('\n'));
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) result.push(current.join('\n'));
  return result;
}
