/**
 * Layout recognition: before fields are read, the lines of a document are brought into the one
 * shape the reader knows (a header, then headed sections), whatever shape they arrived in.
 *
 * - PDF text (pages separated by form feeds, as `readDocumentText` writes them): lines repeated at
 *   the top or bottom of most pages (running headers and footers) and page numbers are furniture
 *   and go; a paragraph cut by a page break is joined again.
 * - Hard-wrapped text: a word hyphenated at a line end is joined (`manage-` + `ment`), a real
 *   compound keeps its hyphen (`in-` + `progress`, `day-to-` + `day`); a parenthesised acronym
 *   alone on a line belongs to the line before it.
 * - Key–value tables (a Word two-column table, as `readDocumentText` writes it, or a Markdown
 *   table): a row naming the title, version or date becomes a header line, a row naming a section
 *   becomes that section.
 * - Wiki exports: breadcrumbs ("Alliances > Work Registers > …"), tables of contents and page
 *   information ("Created by …, last modified on …") are navigation, not content.
 *
 * Every line keeps the number it has in the source, so findings still point at the source.
 */
import { classifyHeading, headingKey, looksLikeHeading, mentionsWorkRegister } from './sections.js';
import { type Line, splitLines, stripMarkdown } from './text.js';

export interface Layout {
  /** The lines the reader reads. */
  lines: Line[];
  /** True for the text of a PDF (it has page breaks). */
  paged: boolean;
  /** Lines dropped as page furniture (running headers and footers, page numbers). */
  furniture: Line[];
  /** Lines dropped as navigation (breadcrumbs, tables of contents, page information). */
  navigation: Line[];
}

const PAGE_BREAK = '\f';

export function readLayout(source: string): Layout {
  const all = splitLines(source);
  const paged = all.some((l) => l.raw.includes(PAGE_BREAK));
  const furniture: Line[] = [];
  const navigation: Line[] = [];
  let lines = paged ? joinPages(withoutFurniture(pagesOf(all), furniture)) : all;
  lines = joinWrappedLines(lines, paged);
  lines = withoutNavigation(lines, navigation);
  lines = expandTables(lines);
  return { lines, paged, furniture, navigation };
}

/* PDF pages. */

function pagesOf(lines: readonly Line[]): Line[][] {
  const pages: Line[][] = [[]];
  for (const line of lines) {
    if (line.raw.includes(PAGE_BREAK)) pages.push([]);
    else pages[pages.length - 1]!.push(line);
  }
  return pages.filter((p) => p.some((l) => l.text !== ''));
}

/** "Page 2 of 3", "- 2 -", "2 / 3", "2". */
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** A line with its numbers blanked, so "Page 2 of 3 | Confidential" is the same line on every page. */
function furnitureKey(text: string): string {
  return stripMarkdown(text).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** The non-blank lines at the top and bottom of a page, where running headers and footers stand. */
function edges(page: readonly Line[], depth = 3): Line[] {
  const body = page.filter((l) => l.text !== '');
  return [...body.slice(0, depth), ...body.slice(-depth)];
}

function withoutFurniture(pages: readonly Line[][], dropped: Line[]): Line[][] {
  const onPages = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(edges(page).map((l) => furnitureKey(l.text)))) {
      onPages.set(key, (onPages.get(key) ?? 0) + 1);
    }
  }
  // On most pages: at least two, and at least half of them.
  const repeated = (key: string): boolean => {
    const n = onPages.get(key) ?? 0;
    return n >= 2 && n >= pages.length / 2;
  };
  // A running header that is the title itself stays on the first page when nothing else is a title.
  const titles = pages.flat().filter((l) => mentionsWorkRegister(l.text) && classifyHeading(l.text) === null);
  return pages.map((page, p) => {
    const edge = new Set(edges(page));
    return page.filter((line) => {
      if (!edge.has(line)) return true;
      const key = furnitureKey(line.text);
      const isFurniture = PAGE_NUMBER.test(stripMarkdown(line.text)) || repeated(key);
      if (!isFurniture) return true;
      const onlyTitle = p === 0 && titles.every((t) => furnitureKey(t.text) === key);
      if (onlyTitle && mentionsWorkRegister(line.text) && titles[0] === line) return true;
      dropped.push(line);
      return false;
    });
  });
}

/** Pages joined; a paragraph that runs on over the break is joined into one. */
function joinPages(pages: readonly Line[][]): Line[] {
  const out: Line[] = [];
  for (const page of pages) {
    const body = trimBlank(page);
    if (body.length === 0) continue;
    const last = out[out.length - 1];
    const first = body[0]!;
    if (last && runsOn(last.text, first.text)) {
      out.push(...body);
    } else {
      if (out.length > 0) out.push({ no: first.no, raw: '', text: '' });
      out.push(...body);
    }
  }
  return out;
}

function trimBlank(page: readonly Line[]): Line[] {
  let start = 0;
  let end = page.length;
  while (start < end && page[start]!.text === '') start++;
  while (end > start && page[end - 1]!.text === '') end--;
  return page.slice(start, end);
}

/** True when `next` continues the sentence `previous` left unfinished. */
function runsOn(previous: string, next: string): boolean {
  if (/[.!?:;]["”)]?$/.test(previous)) return false;
  if (/^\s*(?:[-*•–]|\d+[.)])\s/.test(next)) return false;
  if (/^[a-z(]/.test(next) || /(?:,|-|\b(?:and|or|the|of|for|to|with|in|on|by|a|an|as|at|from))$/i.test(previous))
    return true;
  // A long line without a full stop, then one that is no heading: the sentence goes on.
  return previous.length >= 50 && classifyHeading(next) === null && !looksLikeHeading(next);
}

/* Line wraps. */

/**
 * Words that stand alone before a hyphen, so `in-` + `progress` is the compound "in-progress"
 * and not a word broken by hyphenation.
 */
const COMPOUND_HEADS = new Set(
  'in on off up out down day end all self well non cross long short high low real full half part first second third two three four multi inter co ex post pre sub top under over near far open year month week time case peer user end-to'.split(
    ' ',
  ),
);

function joinedHyphen(head: string, tail: string, text: string): string {
  const stem = (/([A-Za-z]+(?:-[A-Za-z]+)*)-$/.exec(head)?.[1] ?? '').toLowerCase();
  const lastPart = stem.split('-').pop() ?? '';
  const word = /^[A-Za-z]+/.exec(tail)?.[0] ?? '';
  const hyphenated = `${stem}-${word}`.toLowerCase();
  const solid = `${stem.replace(/-/g, '')}${word}`.toLowerCase();
  // What the document writes elsewhere decides; then the kind of word before the break.
  if (new RegExp(`\\b${hyphenated}\\b`, 'i').test(text)) return `${head}${tail}`;
  if (new RegExp(`\\b${solid}\\b`, 'i').test(text)) return `${head.slice(0, -1)}${tail}`;
  if (stem.includes('-') || COMPOUND_HEADS.has(lastPart) || /^[A-Z0-9]/.test(word)) return `${head}${tail}`;
  return `${head.slice(0, -1)}${tail}`;
}

/** A line that is only a parenthesised acronym: "(BBF)", "(ETSI NFV ISG)". */
const LONE_ACRONYM = /^\([A-Z][A-Za-z0-9 .&/-]{0,20}\)[.,;]?$/;

/** `last` and `current` as one line of `text`, which still knows the source lines it spans. */
function joined(last: Line, current: Line, text: string): Line {
  return { ...last, text, end: current.end ?? current.no };
}

function joinWrappedLines(lines: readonly Line[], paged: boolean): Line[] {
  const text = lines.map((l) => l.text).join('\n');
  const out: Line[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    let current = line;
    // "manage- ment" inside a line: a hyphenated word a converter joined with a space.
    if (/[a-z]- [a-z]/.test(current.text)) {
      const rejoined = current.text.replace(
        /\b([A-Za-z]{2,}-) (?!and\b|or\b|to\b)([a-z]{2,})/g,
        (_, h: string, t: string) => joinedHyphen(h, t, text),
      );
      current = { ...current, text: rejoined };
    }
    if (last && last.text !== '' && current.text !== '') {
      if (/[A-Za-z]{2}-$/.test(last.text) && /^(?:[a-z]{2}|[A-Z]{2,}\b)/.test(current.text)) {
        out[out.length - 1] = joined(last, current, joinedHyphen(last.text, current.text, text));
        continue;
      }
      // A web address broken where the line was full ("http://" + "example.org/page").
      if (
        /(?:https?:\/\/(?:\S*[/.?=&_-])?|www\.\S*[/.?=&_-])$/i.test(last.text) &&
        /^[\w.-]+[/?#.]/.test(current.text)
      ) {
        out[out.length - 1] = joined(last, current, `${last.text}${current.text}`);
        continue;
      }
      if (LONE_ACRONYM.test(current.text) && !/[.:;]$/.test(last.text)) {
        out[out.length - 1] = joined(last, current, `${last.text} ${current.text}`);
        continue;
      }
      // PDF lines break wherever the page is full: a sentence broken after "on" or "by" goes on.
      if (paged && /\b(?:on|by|of|the|dated|resolution|no\.)$/i.test(last.text) && !/^[-*•]\s/.test(current.text)) {
        out[out.length - 1] = joined(last, current, `${last.text} ${current.text}`);
        continue;
      }
    }
    out.push(current);
  }
  return out;
}

/* Wiki navigation. */

const BREADCRUMB = /^(?!>)(?:[^<>›»\n]{1,60}?\s+[>›»]\s+){2,}[^<>›»\n]{1,100}$/;
/** "Home / Alliances / Work Registers / MEF DMTF": slashes, which titles use too, only with navigation crumbs. */
const SLASH_CRUMB = /^(?:home|wiki|alliances?|liaisons?|partners?|spaces?|pages?|work registers|registers)$/i;
const isBreadcrumb = (text: string): boolean => {
  if (BREADCRUMB.test(text)) return true;
  const crumbs = text.split(/\s+\/\s+/);
  return crumbs.length >= 3 && crumbs.filter((c) => SLASH_CRUMB.test(c.trim())).length >= 2;
};
/** The page a breadcrumb ends at: after the last ">", or after the navigation crumbs of a slash trail. */
function lastCrumb(text: string): string {
  if (BREADCRUMB.test(text)) return text.split(/\s+[>›»]\s+/).pop() ?? '';
  const crumbs = text.split(/\s+\/\s+/);
  let i = 0;
  while (i < crumbs.length - 1 && SLASH_CRUMB.test(crumbs[i]!.trim())) i++;
  return crumbs.slice(i).join(' / ');
}
/** A line that is only a link to a place on the same page: an entry of a table of contents. */
const ANCHOR_LINK = /^\s*(?:[-*+]|\d+(?:\.\d+)*\.?)?\s*\[[^\]]+\]\(#[^)]*\)\s*$/;
const PAGE_INFO =
  /^(?:created by\b.*|(?:page\s+)?last (?:modified|edited|updated|changed)\b.*|(?:this page was )?last (?:edited|modified)\b.*|added by\b.*,\s*(?:last )?(?:edited|modified)\b.*|.*,\s*last (?:modified|edited|updated)\s+(?:on|by)\b.*|viewed \d+ times|labels?:.*|categories?:.*|powered by\b.*|skip to (?:main )?content|skip to end of metadata|go to start of metadata|page tree|browse pages|space tools|export to (?:pdf|word)|jump to (?:navigation|search).*|retrieved from\b.*|edit this page|page history|attachments? \(\d+\))$/i;
const TOC_HEADING = /^(?:table of )?contents$|^on this page$|^in this (?:page|article|document)$|^toc$/;
const TOC_ENTRY =
  /^(?:\s*(?:[-*+•]|\d+(?:\.\d+)*\.?)\s+)?(?:\[[^\]]+\]\(#[^)]*\)|.{2,90}?(?:\s*\.{4,}\s*|\s+)\d{1,3})$/;
const DOT_LEADER = /\S\s*(?:\.\s*){4,}\d{1,3}$/;

function withoutNavigation(lines: readonly Line[], dropped: Line[]): Line[] {
  const keep: Line[] = [];
  let inToc = false;
  let tocEntries = 0;
  for (const line of lines) {
    const plain = stripMarkdown(line.text);
    if (line.text === '') {
      // A blank line after entries ends the table of contents; one right under its heading does not.
      if (inToc && tocEntries > 0) inToc = false;
      keep.push(line);
      continue;
    }
    if (TOC_HEADING.test(headingKey(line.text)) && !/[.:]\s*\S/.test(plain)) {
      inToc = true;
      tocEntries = 0;
      dropped.push(line);
      continue;
    }
    if (
      inToc &&
      (TOC_ENTRY.test(line.text.trim()) || /^\s*[-*+]\s+\[[^\]]+\]\(#/.test(line.text) || classifyHeading(line.text))
    ) {
      tocEntries++;
      dropped.push(line);
      continue;
    }
    inToc = false;
    if (DOT_LEADER.test(plain) || isBreadcrumb(plain) || PAGE_INFO.test(plain) || ANCHOR_LINK.test(line.text)) {
      dropped.push(line);
      continue;
    }
    keep.push(line);
  }
  // "Unless nothing else gives the field": with no title line left, the breadcrumb's last crumb is one.
  if (!keep.some((l) => mentionsWorkRegister(l.text))) {
    const crumb = dropped.find((l) => isBreadcrumb(stripMarkdown(l.text)) && mentionsWorkRegister(l.text));
    if (crumb) {
      const last = lastCrumb(stripMarkdown(crumb.text));
      const at = keep.findIndex((l) => l.no > crumb.no);
      keep.splice(at < 0 ? keep.length : at, 0, { ...crumb, text: last });
    }
  }
  return keep;
}

/* Key–value tables. */

function cellsOf(text: string): string[] {
  return text
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.replace(/\\\|/g, '|').trim());
}

const SEPARATOR_ROW = /^\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-{0,}:?\s*\|?$/;
const GENERIC_HEADER = /^(?:field|item|property|attribute|key|name|section|topic|heading|element)$/i;
const GENERIC_VALUE = /^(?:value|values|details?|description|content|contents|entry|information|text)$/i;
const TITLE_KEY =
  /^(?:title|register|work register|register title|document title|document|name of (?:the )?register)$/i;
const HEADER_KEY =
  /^(?:version|version no\.?|version number|revision|rev\.?|document version|(?:date\s+)?initiated(?: on)?|initiation date|date of initiation|date created|created(?: on)?|established|date|dated|effective date|status|authors?|editors?|owners?|document (?:number|id|no\.?)|classification|last (?:updated|revised|modified)|date (?:revised|updated|modified)|amends|extends|supplements|subtitle)$/i;

type RowKind = 'title' | 'header' | 'section' | null;

function rowKind(key: string): RowKind {
  const plain = stripMarkdown(key).replace(/[:\s]+$/, '');
  if (TITLE_KEY.test(plain)) return 'title';
  if (HEADER_KEY.test(plain)) return 'header';
  if (classifyHeading(plain)) return 'section';
  return null;
}

interface Row {
  line: Line;
  cells: string[];
}

const FIELD_LINE = /^(?:\*\*)?([A-Z][A-Za-z /&'’()-]{1,48}?)(?:\*\*)?\s*:(?:\*\*)?\s+(\S.*)$/;

/**
 * A run of "Field: value" lines with no blank line between them ("Version: 1.0", "Alliance
 * Organizations: MEF; DMTF", "Background: …"), read like a key–value table; a line that is no
 * field continues the value above it. Null when the lines at `i` are not such a run.
 */
function fieldLines(lines: readonly Line[], i: number): { rows: Row[]; lines: Line[] } | null {
  const first = lines[i];
  if (!first || !FIELD_LINE.test(stripMarkdown(first.text)) || (i > 0 && lines[i - 1]!.text !== '')) return null;
  const rows: Row[] = [];
  let end = i;
  for (; end < lines.length && lines[end]!.text !== ''; end++) {
    const line = lines[end]!;
    const m = FIELD_LINE.exec(line.text.replace(/^\*\*([^*]+?):\*\*/, '$1:'));
    if (m && rowKind(m[1]!) !== null) rows.push({ line, cells: [m[1]!, m[2]!] });
    else if (rows.length > 0) rows[rows.length - 1]!.cells[1] += `<br>${line.text}`;
  }
  const known = rows.length;
  if (known < 3) return null;
  return { rows, lines: lines.slice(i, end) };
}

/** Lines of a cell: `<br>` and the paragraph breaks a Word cell had. */
function cellLines(value: string): string[] {
  return value
    .split(/\s*<br\s*\/?>\s*/i)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function expandTables(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length;) {
    const fields = fieldLines(lines, i);
    if (fields) {
      out.push(...(keyValueRows(fields.rows, fields.lines) ?? fields.lines));
      i += fields.lines.length;
      continue;
    }
    if (!/^\|.*\|$/.test(lines[i]!.text)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && /^\|.*\|$/.test(lines[end]!.text)) end++;
    const table = numberRows(lines.slice(i, end));
    const rows = table
      .filter((l) => l.row !== undefined)
      .map((line) => ({ line, cells: cellsOf(line.text) }))
      .filter(({ cells }) => cells.some((c) => c !== ''));
    out.push(...(keyValueRows(rows, table) ?? table.map(withoutBreaks)));
    i = end;
  }
  return out;
}

/** The rows of a table numbered as a reader counts them: from 1, the `|---|` separator not counted. */
function numberRows(table: readonly Line[]): Line[] {
  let row = 0;
  return table.map((line) => (SEPARATOR_ROW.test(line.text) ? line : { ...line, row: ++row }));
}

/** A table that is not key–value keeps its rows; the line breaks inside a cell become spaces. */
function withoutBreaks(line: Line): Line {
  return /<br\s*\/?>/i.test(line.text) ? { ...line, text: line.text.replace(/\s*<br\s*\/?>\s*/gi, ' ') } : line;
}

/**
 * The lines a key–value table stands for, or null when the table is not one (two columns, and
 * most first cells name a field). Header rows come first, in the order of the table, then the
 * sections, so that a version row after the organizations still belongs to the header.
 */
function keyValueRows(rows: readonly Row[], table: readonly Line[]): Line[] | null {
  const data = rows.filter(
    ({ cells }, n) =>
      !(n === 0 && cells.length === 2 && GENERIC_HEADER.test(cells[0]!) && GENERIC_VALUE.test(cells[1]!)),
  );
  if (data.length < 2 || data.some(({ cells }) => cells.length > 2)) return null;
  const known = data.filter(({ cells }) => cells.length === 2 && rowKind(cells[0]!) !== null).length;
  if (known < 2 || known < data.length / 2) return null;

  const head: Line[] = [];
  const body: Line[] = [];
  const at = (line: Line, text: string): Line => ({ no: line.no, raw: text, text, row: line.row });
  for (const { line, cells } of data) {
    const [key = '', value = ''] = cells;
    const values = cellLines(value);
    const kind = cells.length === 2 ? rowKind(key) : null;
    if (cells.length === 1 || (key !== '' && value === '' && kind === null)) {
      // A row across the table: the title, or a line of its own.
      head.push(at(line, key || value));
    } else if (kind === 'title') {
      head.push(...values.map((v) => at(line, v)));
    } else if (kind === 'header') {
      head.push(at(line, `${stripMarkdown(key).replace(/[:\s]+$/, '')}: ${values.join(' ')}`));
    } else {
      // A section, known or not: its name as a heading, its value as the body.
      const heading = stripMarkdown(key).replace(/[:\s]+$/, '');
      body.push(at(line, ''), at(line, `# ${heading}`), ...values.map((v) => at(line, v)));
    }
  }
  return [...head, ...body, ...(body.length > 0 ? [at(table[table.length - 1]!, '')] : [])];
}
