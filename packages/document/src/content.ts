/**
 * The prose parts of a register: background, projects, objectives, benefits, standards
 * development, rules for delegated work and references.
 */
import type { StandardsBody } from './directory.js';
import { partyMentioned, resolvePhrase } from './organizations.js';
import { type Line, URL_PATTERN, collapse, paragraphs, stripBullet, stripMarkdown, unwrap } from './text.js';
import type {
  DelegatedWorkRuleDocument,
  PartyDocument,
  ProjectDocument,
  ReferenceDocument,
  StandardsDevelopmentDocument,
  StandardsDevelopmentMode,
} from './types.js';

const texts = (lines: readonly Line[]): string[] => lines.map((l) => l.text);

/** A note marked "** …" or "* …" under a section (a footnote, not a list item). */
export function isNote(text: string): boolean {
  return /^\*\*\s+\S/.test(text) && !/\*\*\s*$/.test(text.slice(2));
}

/** Background text: paragraphs kept (separated by a blank line), wrapped lines joined. */
export function readBackground(lines: readonly Line[]): string | null {
  const text = paragraphs(texts(lines)).join('\n\n');
  return text === '' ? null : text;
}

/**
 * List items of a section (objectives, benefits): each logical line is an item, with list
 * markers removed; an introduction ending with a colon ("There are two primary objectives …:")
 * is not an item.
 */
export function readItems(lines: readonly Line[]): string[] {
  const logical = unwrap(texts(lines)).filter((l) => l !== '' && !isNote(l));
  return logical
    .filter(
      (l, i) => !(/:\s*$/.test(l) && (i === 0 || /\b(?:objectives?|goals?|benefits?|following|aims?)\b/i.test(l))),
    )
    .map((l) => collapse(stripBullet(stripMarkdown(stripBullet(l)))))
    .filter((l) => l !== '');
}

export function readStandardsDevelopment(lines: readonly Line[]): StandardsDevelopmentDocument | null {
  const text = collapse(
    unwrap(texts(lines))
      .filter((l) => l !== '')
      .join(' '),
  );
  if (text === '') return null;
  const plain = stripMarkdown(text);
  let mode: StandardsDevelopmentMode = 'OTHER';
  if (/^(?:none|n\/a|not applicable|no\s+(?:joint\s+)?(?:standards?\s+)?development)\b/i.test(plain)) mode = 'NONE';
  else {
    const found = (
      [
        ['JOINT', /\bjoint(?:ly)?\b|\bco-?develop/i],
        ['DELEGATED', /\bdelegat/i],
        ['INDEPENDENT', /\bindependent(?:ly)?\b|\bseparate(?:ly)?\b/i],
      ] as const
    )
      .map(([m, re]) => ({ m, at: plain.search(re) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (found) mode = found.m;
  }
  return { mode, text };
}

const RULE_HEADS: RegExp[] = [
  // Review of DMTF work by MEF.
  /^review\s+of\s+(?:the\s+)?(.+?)(?:['’]s)?\s+(?:work(?:\s+items?)?|deliverables?|documents?|specifications?|standards?|drafts?|output)\s+by\s+(?:the\s+)?(.+?)\s*[.:]*$/i,
  // MEF review of DMTF work:
  /^(?:the\s+)?(.+?)\s+review\s+of\s+(?:the\s+)?(.+?)(?:['’]s)?\s+(?:work(?:\s+items?)?|deliverables?|documents?|specifications?|standards?|drafts?|output)\s*[.:]*$/i,
];

/** Rules for delegated work: "Review of X work by Y" groups, each with its commitments. */
export function readRules(
  lines: readonly Line[],
  parties: readonly PartyDocument[],
  directory: readonly StandardsBody[],
  /** Outside a rules section a "review of … by …" phrase is a rule only between two parties. */
  partiesOnly = false,
): DelegatedWorkRuleDocument[] {
  const isParty = (acronym: string): boolean => parties.some((p) => p.acronym === acronym);
  const acronymOf = (phrase: string): string => {
    const p = partyMentioned(phrase, parties, directory);
    if (p) return p;
    return resolvePhrase(phrase, directory)?.acronym ?? collapse(phrase);
  };
  const rules: DelegatedWorkRuleDocument[] = [];
  let current: DelegatedWorkRuleDocument | null = null;
  for (const logical of unwrap(texts(lines))) {
    if (logical === '' || isNote(logical)) continue;
    const item = collapse(stripBullet(stripMarkdown(stripBullet(logical))));
    if (item === '') continue;
    const [first, second] = RULE_HEADS;
    const a = item.length <= 100 ? first?.exec(item) : null;
    const b = !a && item.length <= 100 ? second?.exec(item) : null;
    const head =
      a && a[1] && a[2]
        ? { reviewer: acronymOf(a[2]), subject: acronymOf(a[1]) }
        : b && b[1] && b[2]
          ? { reviewer: acronymOf(b[1]), subject: acronymOf(b[2]) }
          : null;
    if (head && (!partiesOnly || (isParty(head.reviewer) && isParty(head.subject)))) {
      current = { ...head, commitments: [] };
      rules.push(current);
    } else if (current) {
      current.commitments.push(item);
    }
  }
  return rules;
}

/** Notes ("** For the … project …") of a set of lines. */
export function notes(lines: readonly Line[]): string[] {
  return lines.filter((l) => isNote(l.text)).map((l) => collapse(l.text.replace(/^\*\*\s*/, '').replace(/\*\*$/, '')));
}

const QUOTED = String.raw`[“"‘']([^”"’']{3,120})[”"’']`;

/** Projects named in quotes next to the word "project", with their audience when stated. */
export function readProjects(background: string | null, noteTexts: readonly string[]): ProjectDocument[] {
  const sources = [background ?? '', ...noteTexts];
  const projects: ProjectDocument[] = [];
  const add = (name: string): void => {
    const n = collapse(name);
    if (n !== '' && !projects.some((p) => p.name.toLowerCase() === n.toLowerCase()))
      projects.push({ name: n, audience: null });
  };
  for (const s of sources) {
    for (const m of s.matchAll(
      new RegExp(String.raw`\bproject\s+(?:on|called|named|entitled|titled|for)?\s*${QUOTED}`, 'gi'),
    ))
      add(m[1] ?? '');
    for (const m of s.matchAll(new RegExp(String.raw`${QUOTED}\s+(?:project|initiative|program(?:me)?)\b`, 'gi')))
      add(m[1] ?? '');
  }
  if (projects.length === 0) return projects;
  const audience =
    /\btarget\s+audiences?\s+(?:of|for)\s+(?:this|the)\s+(?:project|effort|work|initiative)\s+(?:is|are|includes?)\s+([^.;]+)/i.exec(
      sources.join('\n'),
    ) ??
    /\b(?:project|effort|initiative)\s+(?:is\s+)?(?:aimed\s+at|targeted\s+at|targets|intended\s+for|serves)\s+([^.;]+)/i.exec(
      sources.join('\n'),
    ) ??
    /\bin\s+support\s+of\s+([^.;]+)/i.exec(noteTexts.join('\n'));
  const last = projects[projects.length - 1];
  if (audience && audience[1] && last) last.audience = collapse(audience[1]);
  return projects;
}

/** Links in the text: Markdown links to http(s) addresses and bare URLs, titled by the words before them. */
export function readReferences(lines: readonly Line[]): ReferenceDocument[] {
  const refs: ReferenceDocument[] = [];
  const add = (title: string, url: string): void => {
    if (!refs.some((r) => r.url === url)) refs.push({ title, url });
  };
  for (const line of lines) {
    let text = line.text;
    for (const m of text.matchAll(/\[([^\]]+)\]\(((?:https?:\/\/|www\.)[^)\s]+)\)/gi))
      add(collapse(stripMarkdown(m[1] ?? '')), m[2] ?? '');
    text = text.replace(/\[([^\]]+)\]\(([^)\s]*)\)/g, (_all, t: string) => t);
    for (const m of text.matchAll(URL_PATTERN)) {
      let url = m[0].replace(/[.,;:!?*]+$/, '');
      if (url.endsWith(')') && !url.includes('(')) url = url.slice(0, -1);
      const before = stripMarkdown(text.slice(0, m.index)).replace(/[\s:(<–—-]+$/, '');
      const cut = Math.max(before.lastIndexOf(': '), before.lastIndexOf('. '), before.lastIndexOf('; '));
      let title = collapse(cut >= 0 ? before.slice(cut + 2) : before).replace(/^(?:see|at|visit)\s+/i, '');
      if (title === '') title = url.replace(/^https?:\/\//i, '').replace(/\/.*$/, '');
      add(title, url);
    }
  }
  return refs;
}
