/**
 * Splitting a register into its header (title, version, date, subtitle) and its sections.
 *
 * Headings are recognised three ways: the known headings of both section families (in any
 * case and punctuation, numbered or not, wrapped over up to three lines), Markdown headings
 * (`#`, a whole bold line, a setext underline), and, between known sections, short Title Case
 * lines standing alone. Inside sections whose lines carry structure (organizations, contacts,
 * milestones, rules) only the first two count, so "MEF:" or "Within the DMTF:" stay labels.
 */
import { synonymKey, synonymKind } from './synonyms.js';
import { type Line, collapse, hasBullet, stripMarkdown } from './text.js';

export type SectionKind =
  | 'parties'
  | 'background'
  | 'mission'
  | 'benefits'
  | 'standards'
  | 'rules'
  | 'milestones'
  | 'review'
  | 'contacts'
  | 'workArea'
  | 'justification'
  | 'scope'
  | 'approval'
  | 'references'
  | 'revisions'
  | 'other';

export interface Section {
  /** The heading as written (Markdown markers removed, punctuation kept). */
  heading: string;
  kind: SectionKind;
  /** Markdown heading level (1-6), 0 for a plain-text heading. */
  level: number;
  /** Line of the heading (its first line when it wraps). */
  line: number;
  /** The body, heading excluded; an inline "Heading: text" body is its first line. */
  lines: Line[];
}

const STRUCTURED: ReadonlySet<SectionKind> = new Set([
  'parties',
  'contacts',
  'milestones',
  'rules',
  'review',
  'approval',
  'revisions',
]);

/** The comparison key of a heading: lower case, numbering and trailing punctuation removed. */
export function headingKey(text: string): string {
  return collapse(
    stripMarkdown(text)
      .replace(/^(?:section|part|article)\s+/i, '')
      .replace(/^(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVX]+\.|\(?[a-z0-9]\))\s+/, '')
      .toLowerCase()
      .replace(/[’`]/g, "'")
      .replace(/&/g, ' and ')
      .replace(/\s*[/\\|]\s*/g, ' / ')
      .replace(/[^a-z0-9' /-]+/g, ' ')
      .replace(/[\s:.\-–—]+$/, ''),
  );
}

const KNOWN: ReadonlyArray<[RegExp, SectionKind]> = [
  [
    /^(?:the )?(?:(?:alliance|liaison|partner|partnering|participating|member|cooperating) )?(?:organi[sz]ations?|parties|partners|members|bodies)(?: (?:involved|participating|in (?:the )?(?:alliance|liaison)))?$/,
    'parties',
  ],
  [/^(?:alliance|liaison) (?:partners?|participants)$/, 'parties'],
  [/^(?:background|introduction|overview|context)(?: (?:information|and (?:purpose|context)))?$/, 'background'],
  [
    /^(?:(?:alliance|partnership|liaison) )?(?:partner(?:ship)? )?(?:mission|objectives?|goals?|aims?|purpose)(?: statement)?(?: (?:and|\/) (?:objectives|goals|scope))?$/,
    'mission',
  ],
  [
    /^(?:(?:alliance|partnership|liaison|mutual|expected) )?benefits?(?: (?:of|to) (?:the )?(?:alliance|partnership|liaison|organizations|partners))?$/,
    'benefits',
  ],
  [/^(?:(?:type|mode|model) of )?standards? development(?: (?:mode|model|approach|type|process))?$/, 'standards'],
  [/^(?:joint |delegated )?(?:development|standards) (?:mode|model|approach)$/, 'standards'],
  [/^(?:rules|guidelines|procedures|process) (?:for|of|on|governing) (?:the )?.*\bwork$/, 'rules'],
  [/^(?:delegated|joint) work(?: rules)?$/, 'rules'],
  [
    /^(?:(?:key|target|planned|major) )?(?:milestones?|dates|schedule|timeline|time ?line|deliverables|target dates)(?: (?:\/|and|-) (?:(?:key|target) )?(?:milestones?|dates|schedule|timeline|deliverables))*$/,
    'milestones',
  ],
  [
    /^(?:next )?(?:(?:work )?register |alliance |liaison )?review(?: (?:dates?|period|schedule|cycle|timing))?$/,
    'review',
  ],
  [/^(?:date (?:of|for) (?:next )?(?:work register )?review)$/, 'review'],
  [/^review of (?:the |this )?(?:work register|register|alliance|liaison)(?: (?:dates?|period|schedule))?$/, 'review'],
  [
    /^(?:resources identified|resources|liaison resources|resources committed)(?: (?:\/|and) (?:(?:liaison|key) )?(?:points? of contacts?|contacts?))?$/,
    'contacts',
  ],
  [
    /^(?:(?:liaison|alliance|key|primary) )?(?:points? of contacts?|contacts?|contact (?:information|persons|people|details|list)|representatives|liaison (?:representatives|officers|contacts|managers|persons))$/,
    'contacts',
  ],
  [
    /^.+ work areas? (?:associated with|related to|relevant to|for|of) (?:the |this )?(?:liaison|alliance)$/,
    'workArea',
  ],
  [/^(?:business )?justification(?: for (?:the |this )?(?:liaison|alliance|partnership))?$/, 'justification'],
  [/^business case(?: for (?:the |this )?(?:liaison|alliance))?$/, 'justification'],
  [
    /^scope(?: of (?:the |this )?(?:liaison|alliance|work|collaboration|cooperation|partnership)(?: activit(?:y|ies))?)?$/,
    'scope',
  ],
  [/^(?:liaison|alliance) (?:scope|activit(?:y|ies))$/, 'scope'],
  [/^approvals?(?: (?:history|status|record|information))?$/, 'approval'],
  [/^(?:board )?approval (?:date|resolution)$/, 'approval'],
  [
    /^(?:references|related (?:documents|specifications|standards|work)|links|useful links|bibliography)$/,
    'references',
  ],
  [
    /^(?:(?:document )?(?:revision|change|version|amendment|modification)s? (?:history|log|record|control)|document (?:history|control))$/,
    'revisions',
  ],
  [
    /^(?:work items|joint work items|liaison deliverables|expected deliverables|communications?(?: (?:mechanisms?|plan|channels?))?|meetings|ipr|ipr policy|intellectual property(?: rights)?(?: policy)?|confidentiality|notes|comments|terms|definitions|glossary|status|out of scope|summary|next steps|action items|open issues|liaison process|liaison procedures|dependencies|risks|assumptions|termination|duration|appendix(?: .*)?|annex(?: .*)?|attachments?)$/,
    'other',
  ],
];

/** The kind of a known heading, or null when `text` is not one. */
export function classifyHeading(text: string): SectionKind | null {
  const key = headingKey(text);
  if (key === '' || key.length > 90) return null;
  for (const [re, kind] of KNOWN) if (re.test(key)) return kind;
  // British spellings and "… of the Alliance" qualifiers, then the synonym table (synonyms.ts).
  const us = synonymKey(key);
  if (us !== key) for (const [re, kind] of KNOWN) if (re.test(us)) return kind;
  return synonymKind(key);
}

/** A Markdown heading (`# X`), with its level, or null. */
function markdownHeading(raw: string): { level: number; text: string } | null {
  const m = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
  if (!m || !m[2]) return null;
  return { level: m[1]?.length ?? 1, text: m[2] };
}

/** A line that is bold from end to end (`**Background**`), not a sentence in bold. */
function wholeBold(text: string): string | null {
  const m = /^(?:\*\*|__)([^*_].*?)(?:\*\*|__):?$/.exec(text);
  if (!m || !m[1] || /\*\*|__/.test(m[1])) return null;
  return m[1];
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'via',
  'vs',
  'per',
]);

/** A short Title Case line that reads like a heading ("Liaison Deliverables", "IPR Policy:"). */
export function looksLikeHeading(text: string): boolean {
  const t = stripMarkdown(text);
  if (t.length < 3 || t.length > 70) return false;
  if (/[.,;!?]$/.test(t) || /@|https?:\/\/|www\./i.test(t) || hasBullet(text)) return false;
  if (/^(?:none|tbd|n\/?a|to be determined|not applicable)\b/i.test(t)) return false;
  if (/\([A-Z][A-Za-z0-9 .&/-]{0,15}\)/.test(t)) return false; // "Full Name (ACRONYM)" is an organization
  if (!/^[A-Z0-9]/.test(t)) return false;
  const words = t.replace(/:$/, '').split(/\s+/);
  if (words.length < 1 || words.length > 9) return false;
  if (/\d/.test(t) && !/^\d+(?:\.\d+)*\.?\s/.test(t)) return false;
  return words.every((w, i) => {
    const bare = w.replace(/^[("'“]+|[)"'”:]+$/g, '');
    if (bare === '' || /^[/&–—-]$/.test(bare)) return true;
    if (i > 0 && SMALL_WORDS.has(bare.toLowerCase())) return true;
    return /^[A-Z0-9]/.test(bare);
  });
}

interface HeadingHit {
  heading: string;
  kind: SectionKind;
  level: number;
  consumed: number;
  inline: string | null;
}

function joinRun(lines: readonly Line[], i: number, count: number): string | null {
  const parts: string[] = [];
  for (let k = 0; k < count; k++) {
    const l = lines[i + k];
    if (!l || l.text === '' || l.text.length > 80) return null;
    parts.push(l.text);
  }
  return parts.join(' ');
}

function known(lines: readonly Line[], i: number): HeadingHit | null {
  const line = lines[i];
  if (!line || line.text === '') return null;
  const single = classifyHeading(line.text);
  if (single) {
    // "Work Register Review" + "Date", or "Resources" + "Identified / Points of" + "Contact", on
    // the next lines is still one heading.
    if (!/[.,;:]$/.test(line.text)) {
      for (const count of [3, 2]) {
        const rest = lines.slice(i + 1, i + count);
        if (rest.length !== count - 1 || rest.some((l) => l.text.split(/\s+/).length > 6 || /[.,;]$/.test(l.text)))
          continue;
        const joined = joinRun(lines, i, count);
        if (joined !== null && classifyHeading(joined) === single)
          return { heading: clean(joined), kind: single, level: 0, consumed: count, inline: null };
      }
    }
    return { heading: clean(line.text), kind: single, level: 0, consumed: 1, inline: null };
  }
  // A heading wrapped over two or three lines; never a sentence running into the next heading.
  const first = stripMarkdown(line.text);
  const before = lines[i - 1];
  const afterBlank = !before || before.text === '';
  const afterParagraph = before !== undefined && /[.:;!?)]$/.test(before.text);
  if (first.length <= 60 && !/[.,;:]$/.test(first) && /^[^a-z]/.test(first) && (afterBlank || afterParagraph)) {
    for (const count of [2, 3]) {
      const joined = joinRun(lines, i, count);
      if (joined === null) break;
      const last = lines[i + count - 1];
      // Right after a paragraph, a line that is a heading by itself starts the next section.
      if (!afterBlank && last && classifyHeading(last.text)) break;
      const kind = classifyHeading(joined);
      if (kind) return { heading: clean(joined), kind, level: 0, consumed: count, inline: null };
    }
  }
  // "Alliance Organizations: SNIA and DMTF", "Review Date: May 2013"
  const inline = /^(.{3,60}?)\s*:\s+(\S.*)$/.exec(stripMarkdown(line.text));
  if (inline && inline[1] && inline[2]) {
    const kind = classifyHeading(inline[1]);
    if (kind) return { heading: `${inline[1]}:`, kind, level: 0, consumed: 1, inline: inline[2] };
  }
  return null;
}

/** The heading text as written: Markdown markers removed, punctuation kept. */
function clean(text: string): string {
  return stripMarkdown(text);
}

/** True when the line is the title line of the document ("… Work Register …"). */
export function mentionsWorkRegister(text: string): boolean {
  return /\bwork[\s-]*register\b/i.test(text);
}

export interface Outline {
  /** Lines before the first section heading. */
  header: Line[];
  sections: Section[];
}

export function outline(lines: readonly Line[]): Outline {
  const header: Line[] = [];
  const sections: Section[] = [];
  let current: Section | null = null;
  let previousBlank = true;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (line.text === '') {
      (current ? current.lines : header).push(line);
      previousBlank = true;
      continue;
    }

    const hit = headingHit(lines, i, current, previousBlank, header);
    if (hit) {
      current = { heading: hit.heading, kind: hit.kind, level: hit.level, line: line.no, lines: [] };
      sections.push(current);
      if (hit.inline !== null) current.lines.push({ no: line.no, raw: hit.inline, text: hit.inline });
      i += hit.consumed - 1;
      // A setext underline under the heading belongs to it.
      const under = lines[i + 1];
      if (under && /^(?:=+|-{3,})$/.test(under.text)) i += 1;
      previousBlank = false;
      continue;
    }
    (current ? current.lines : header).push(line);
    previousBlank = false;
  }
  return { header, sections };
}

function headingHit(
  lines: readonly Line[],
  i: number,
  current: Section | null,
  previousBlank: boolean,
  header: readonly Line[],
): HeadingHit | null {
  const line = lines[i];
  if (!line) return null;
  const md = markdownHeading(line.raw);
  const inHeader = current === null;
  const structured = current !== null && STRUCTURED.has(current.kind);

  if (md) {
    const kind = classifyHeading(md.text);
    if (kind) return { heading: clean(md.text), kind, level: md.level, consumed: 1, inline: null };
    if (inHeader) {
      // The title itself, or a subtitle under it, is not a section.
      if (mentionsWorkRegister(md.text) || !header.some((l) => mentionsWorkRegister(l.text))) return null;
      if (header.filter((l) => l.text !== '').length < 4 && md.level > 1) return null;
    }
    // Deeper Markdown headings inside a structured section are its labels ("### MEF").
    if (structured && current && (current.level === 0 || md.level > current.level)) return null;
    return { heading: clean(md.text), kind: 'other', level: md.level, consumed: 1, inline: null };
  }

  // A heading underlined setext-style.
  const under = lines[i + 1];
  if (under && /^(?:=+|-{3,})$/.test(under.text) && line.text.length <= 80 && !inHeader) {
    return {
      heading: clean(line.text),
      kind: classifyHeading(line.text) ?? 'other',
      level: /^=/.test(under.text) ? 1 : 2,
      consumed: 1,
      inline: null,
    };
  }

  const k = known(lines, i);
  const previousLine = lines[i - 1];
  if (k && !/^[^A-Za-z]*[A-Z0-9]/.test(stripMarkdown(line.text))) return null; // "scope." ending a sentence
  if (k && /\.$/.test(line.text) && !previousBlank && previousLine && !/[.:;!?)"”]$/.test(previousLine.text))
    return null;
  if (k) {
    if (inHeader && mentionsWorkRegister(line.text) && k.kind !== 'review') return null;
    // "Status: Draft" under the title is metadata, not a section; "Scope: …" inside a
    // paragraph is a sentence, not a section.
    if (inHeader && k.inline !== null && k.kind === 'other') return null;
    if (!inHeader && k.inline !== null && !previousBlank) return null;
    return k;
  }

  if (inHeader || structured || !previousBlank) return null;
  // The first line under a heading is its body ("Standards Development" / "Independent"), not
  // another heading.
  if (current && !current.lines.some((l) => l.text !== '')) return null;
  const bold = wholeBold(line.text);
  const candidate = bold ?? line.text;
  if (/^approv/i.test(stripMarkdown(candidate))) return null;
  if (bold !== null && stripMarkdown(bold).length <= 80 && !/[.;,]$/.test(bold)) {
    return { heading: clean(line.text), kind: 'other', level: 0, consumed: 1, inline: null };
  }
  if (!looksLikeHeading(line.text)) return null;
  // A heading is followed by its body, not by the end of the document.
  const rest = lines.slice(i + 1).find((l) => l.text !== '');
  if (!rest) return null;
  return { heading: clean(line.text), kind: 'other', level: 0, consumed: 1, inline: null };
}

/** The body of a section as text: lines trimmed, runs of blank lines collapsed to one. */
export function sectionText(lines: readonly Line[]): string {
  const out: string[] = [];
  for (const l of lines) {
    if (l.text === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    // Tabs between the cells of a row copied out of a Word table are kept, as written.
    out.push(/\S\t/.test(l.raw) ? l.raw.replace(/[\u00A0\u2007\u202F]/g, ' ').trim() : l.text);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
