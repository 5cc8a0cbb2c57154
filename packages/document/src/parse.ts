/**
 * `parse(text)`: a Work Register document (plain text or Markdown) to its structured form and
 * findings. Values are kept as written; what looks wrong becomes a finding, never a correction.
 */
import { approvalBeforeInitiation, reviewOverdue } from './rules.js';
import { findApproval } from './approval.js';
import { readContacts } from './contacts.js';
import {
  readBackground,
  readItems,
  readProjects,
  readReferences,
  readRules,
  readStandardsDevelopment,
  notes,
} from './content.js';
import {
  type DateMatch,
  inferredDateOrder,
  isoDay,
  periodEnd,
  periodStart,
  pickDate,
  statedDateOrder,
  withDateOrder,
} from './dates.js';
import { readLayout } from './layout.js';
import { STANDARDS_BODIES, type StandardsBody, closestDomain, findStandardsBody } from './directory.js';
import { readMilestones } from './milestones.js';
import { type OrganizationRef, readParties, readTitle, toParty } from './organizations.js';
import { type Evidence, type FieldSource, pagesOf, traceFields } from './provenance.js';
import { readReview } from './review.js';
import { readTrail } from './revisions.js';
import { type Section, type SectionKind, mentionsWorkRegister, outline, sectionText } from './sections.js';
import { type Line, collapse, stripMarkdown } from './text.js';
import type { Finding, FindingSeverity, PartyDocument, WorkRegisterDocument } from './types.js';

export interface ParseOptions {
  /** "Today", for REVIEW_OVERDUE (default: the current time). */
  now?: Date;
  /** The standards bodies organizations resolve against (default: STANDARDS_BODIES). */
  directory?: readonly StandardsBody[];
}

export type NotAWorkRegisterReason = 'no title line' | 'no alliance organizations';

/** Thrown by `parse` for a text that is not a Work Register at all. */
export class NotAWorkRegisterError extends Error {
  readonly reason: NotAWorkRegisterReason;
  constructor(reason: NotAWorkRegisterReason) {
    super(`not a work register (${reason})`);
    this.name = 'NotAWorkRegisterError';
    this.reason = reason;
  }
}

const VERSION =
  /\b(?:version|revision|rev\.?|ver\.?)\s*(?:no\.?|number)?\s*[:#-]?\s*(v?\d+(?:\.\d+)*[a-z]?\b|[A-Za-z0-9][\w.-]*)/i;
const INITIATED =
  /\b(?:date\s+(?:initiated|of\s+initiation|created|established)|initiat(?:ed|ion)(?:\s+(?:date|on))?|created(?:\s+on)?|established(?:\s+on)?)\s*[:=–—-]?\s*(.*)$/i;
const OTHER_DATE = /^(?:date|dated|effective\s+date)\s*[:=–—-]\s*(.*)$/i;
const METADATA =
  /^(?:status|authors?|editors?|owners?|document\s+(?:number|id|no\.?)|doc(?:ument)?\s*#|classification|confidential(?:ity)?|last\s+(?:updated|revised|modified)|date\s+(?:revised|updated|modified|approved)|revised|updated|modified|page\s+\d+|copyright)\b/i;
const AMENDS = /^(?:amends|extends|supplements|addendum\s+to|amendment\s+to)\s*:\s*(.+)$/i;

interface Header {
  title: string;
  titleLine: number;
  titleFound: boolean;
  subtitle: string | null;
  version: string | null;
  initiated: DateMatch | null;
  initiatedText: string | null;
  initiatedLine: number | null;
  amends: string | null;
  /** Header lines that are neither title nor metadata (subtitle or stray organization lines). */
  rest: Line[];
  /** Metadata lines the register has no field for ("Status: Draft", "Author: …"). */
  ignored: Line[];
  /** Where the title, version and amends line stand (for provenance). */
  titleLines: Line[];
  versionLine: Line | null;
  amendsLine: Line | null;
}

function isMetadata(text: string): boolean {
  return VERSION.test(text) && /^(?:version|revision|rev|ver|v\d)/i.test(text)
    ? true
    : INITIATED.test(text) || OTHER_DATE.test(text) || METADATA.test(text) || AMENDS.test(text);
}

function readHeader(header: readonly Line[], directory: readonly StandardsBody[]): Header {
  const lines = header.filter((l) => l.text !== '');
  const plain = (l: Line): string => stripMarkdown(l.text);
  const candidates = lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => mentionsWorkRegister(plain(l)) && !INITIATED.test(plain(l)));
  // On a cover page ("Alliance Partner Work Register" above "MEF / DMTF Work Register") the title names organizations.
  const naming = candidates.find(({ l }) => readTitle(plain(l), directory).organizations.some((o) => o.body !== null));
  let titleAt = (naming ?? candidates[0])?.i ?? -1;
  const titleFound = titleAt >= 0;
  if (!titleFound) titleAt = lines.findIndex((l) => !isMetadata(plain(l)));
  const titleLine = lines[titleAt];
  if (titleAt < 0 || !titleLine) throw new NotAWorkRegisterError('no title line');

  // A title wrapped over two lines: "OASIS SAF TC / DMTF CMWG" + "Work Register", or "… Work Register" + "Addendum 2".
  const titleParts = [titleLine];
  const previous = lines[titleAt - 1];
  if (
    titleFound &&
    previous &&
    previous.no === titleLine.no - 1 &&
    // "OASIS SAF TC / DMTF CMWG" + "Work Register", or "OASIS TOSCA TC /" + "ETSI NFV ISG Work Register"
    (/^work[\s-]*register\b/i.test(plain(titleLine)) || /(?:\s[/–—&-]|\/|\band)$/i.test(plain(previous))) &&
    !isMetadata(plain(previous))
  ) {
    titleParts.unshift(previous);
  }
  const next = lines[titleAt + 1];
  if (
    next &&
    next.no === titleLine.no + 1 &&
    /^addendum\b/i.test(plain(next)) &&
    !/\baddendum\b/i.test(plain(titleLine))
  )
    titleParts.push(next);
  let title = collapse(titleParts.map(plain).join(' '));

  let version: string | null = null;
  // "MEF / DMTF Work Register Version 1.0" on one line.
  const inlineVersion = /\s*[,–—-]?\s*\b(?:version|v\.?)\s*(\d+(?:\.\d+)*[a-z]?)\s*$/i.exec(title);
  if (titleFound && inlineVersion && inlineVersion.index > 0) {
    version = inlineVersion[1] ?? null;
    title = title.slice(0, inlineVersion.index).trim();
  }
  let versionLine: Line | null = version === null ? null : titleLine;
  let amendsLine: Line | null = null;

  let initiated: DateMatch | null = null;
  let initiatedText: string | null = null;
  let initiatedLine: number | null = null;
  let otherDate: { match: DateMatch | null; text: string; line: number } | null = null;
  let amends: string | null = null;
  let rest: Line[] = [];
  const ignored: Line[] = lines.slice(0, titleAt).filter((l) => !titleParts.includes(l));
  for (const l of lines.slice(titleAt + 1)) {
    if (titleParts.includes(l)) continue;
    const text = plain(l);
    let used = false;
    const v = VERSION.exec(text);
    if (v && v[1] && version === null && (/^(?:version|revision|rev|ver)\b/i.test(text) || /\bversion\b/i.test(text))) {
      version = v[1].replace(/^v(?=\d)/i, '').replace(/[.,;]$/, '');
      versionLine = l;
      used = true;
    }
    const i = INITIATED.exec(text);
    if (i && initiatedText === null) {
      initiatedText = collapse(i[1] ?? '');
      initiated = pickDate(initiatedText);
      initiatedLine = l.no;
      used = true;
    }
    const o = OTHER_DATE.exec(text);
    if (o && !used) {
      otherDate ??= { match: pickDate(o[1] ?? ''), text: collapse(o[1] ?? ''), line: l.no };
      used = true;
    }
    const a = AMENDS.exec(text);
    if (a) {
      amends = collapse(a[1] ?? '');
      amendsLine = l;
      used = true;
    }
    // "Dates in this register are given as day/month/year" is read by statedDateOrder.
    if (!used && statedDateOrder(text) !== null) used = true;
    if (!used && !METADATA.test(text)) rest.push(l);
    else if (!used) ignored.push(l);
  }
  if (initiatedText === null && otherDate) {
    initiatedText = otherDate.text;
    initiated = otherDate.match;
    initiatedLine = otherDate.line;
  }
  // A sentence under the title (a wiki page's introduction) is no subtitle; it is reported as unplaced.
  const prose = rest.filter((l) => /[.!?]$/.test(plain(l)) && plain(l).split(/\s+/).length >= 12);
  ignored.push(...prose);
  rest = rest.filter((l) => !prose.includes(l));
  const subtitle = rest.length > 0 ? collapse(rest.map(plain).join(' ')) : null;
  return {
    title,
    titleLine: titleLine.no,
    titleFound,
    subtitle,
    version,
    initiated,
    initiatedText,
    initiatedLine,
    amends,
    rest,
    ignored,
    titleLines: titleParts,
    versionLine,
    amendsLine,
  };
}

class Findings {
  readonly list: Finding[] = [];
  add(code: string, severity: FindingSeverity, message: string, path: string, line: number | null): void {
    this.list.push({ code, severity, message, path, line });
  }
}

/** The line with source number `no` among `lines`, when there is one. */
function lineAt(lines: readonly Line[], no: number | undefined): Line | null {
  return no === undefined ? null : (lines.find((l) => l.no === no) ?? null);
}

function sectionsOf(sections: readonly Section[], kind: SectionKind): Section[] {
  return sections.filter((s) => s.kind === kind);
}

function linesOf(sections: readonly Section[], kind: SectionKind): Line[] {
  return sectionsOf(sections, kind).flatMap((s, i) =>
    i === 0 ? s.lines : [{ no: s.line, raw: '', text: '' }, ...s.lines],
  );
}

/** "a DMTF domain", "an ETSI domain", "an OASIS domain". */
function article(acronym: string): string {
  return /^[AEIOU]/i.test(acronym) ? 'an' : 'a';
}

function bodyOf(party: PartyDocument, directory: readonly StandardsBody[]): StandardsBody | undefined {
  return findStandardsBody(party.acronym, directory) ?? findStandardsBody(party.name, directory);
}

/** Reads a Work Register document. Throws NotAWorkRegisterError for a text that is not one. */
export function parse(text: string, options: ParseOptions = {}): WorkRegisterDocument {
  return readDocument(text, options).register;
}

/** Text of the document the reader put in no field and no section, line by line. */
export interface UnplacedText {
  line: number;
  text: string;
}

export interface ReadResult {
  register: WorkRegisterDocument;
  unplaced: UnplacedText[];
  /** Where each field was read: its lines in `text` (provenance.ts). */
  provenance: FieldSource[];
}

/**
 * Reads a Work Register document with what the reader could not place: the layout is recognised
 * first (layout.ts), numeric dates follow the convention the document states (month/day unless
 * it says otherwise), and uncertain dates and unplaced text become findings.
 */
export function readDocument(text: string, options: ParseOptions = {}): ReadResult {
  const layout = readLayout(text);
  const stated = statedDateOrder(text);
  // With no convention stated, a date that can only be day/month (25/04/2012) shows the document's.
  const inferred = stated ? null : inferredDateOrder(layout.lines.map((l) => l.text).join('\n'));
  const order = stated ?? inferred?.order ?? null;
  const { value, uncertain } = withDateOrder(order, () => readRegister(layout.lines, options), inferred !== null);
  const { register, unplaced, evidence } = value;
  reportUncertainDates(register, uncertain, layout.lines, inferred?.evidence ?? null);
  reportUnplaced(register, unplaced);
  reportTitleGuesses(register, evidence.title, layout.navigation);
  return { register, unplaced, provenance: traceFields(register, evidence, layout.lines, pagesOf(text)) };
}

/** A title the reader put together: from several lines, or from a breadcrumb (navigation). */
function reportTitleGuesses(register: WorkRegisterDocument, title: readonly Line[], navigation: readonly Line[]): void {
  const first = title[0];
  if (!first) return;
  if (navigation.some((l) => l.no === first.no)) {
    register.findings.push({
      code: 'TITLE_FROM_NAVIGATION',
      severity: 'INFO',
      message: `No line of the page says "… Work Register"; the title "${register.title}" is the last crumb of the breadcrumb on line ${first.no}.`,
      path: 'title',
      line: first.no,
    });
  } else if (title.length > 1) {
    register.findings.push({
      code: 'TITLE_JOINED',
      severity: 'INFO',
      message: `The title "${register.title}" is read from lines ${first.no}–${title[title.length - 1]!.no} joined into one.`,
      path: 'title',
      line: first.no,
    });
  }
}

/** "A few words" is not worth a finding; a sentence the reader dropped is. */
const UNPLACED_WORDS = 5;

function reportUnplaced(register: WorkRegisterDocument, unplaced: readonly UnplacedText[]): void {
  for (const u of unplaced) {
    if (u.text.split(/\s+/).length < UNPLACED_WORDS) continue;
    register.findings.push({
      code: 'UNPLACED_TEXT',
      severity: 'INFO',
      message: `Line ${u.line}, "${u.text.length > 80 ? `${u.text.slice(0, 77)}…` : u.text}", is in no field and no section of the register.`,
      path: 'unplaced',
      line: u.line,
    });
  }
}

/** Where a field holds the date of `match`, with the field's path. */
function fieldsWithDate(register: WorkRegisterDocument, match: DateMatch): string[] {
  const paths: string[] = [];
  if (register.initiatedOn === match.date) paths.push('initiatedOn');
  register.milestones.forEach((m, i) => {
    if (m.date === match.date) paths.push(`milestones[${i}].date`);
  });
  if (register.review?.dueBy === match.date) paths.push('review.dueBy');
  if (register.approval?.approvedOn === match.date) paths.push('approval.approvedOn');
  register.documentRevisions.forEach((r, i) => {
    if (r.date === match.date) paths.push(`documentRevisions[${i}].date`);
  });
  return paths;
}

function reportUncertainDates(
  register: WorkRegisterDocument,
  uncertain: readonly DateMatch[],
  lines: readonly Line[],
  evidence: string | null,
): void {
  // The first line that writes the text (the reader met it there, or on the same words again).
  const lineOf = (text: string) => lines.find((l) => l.text.includes(text))?.no ?? null;
  for (const match of uncertain) {
    const line = lineOf(match.text);
    for (const path of fieldsWithDate(register, match)) {
      if (match.inferred && evidence) {
        register.findings.push({
          code: 'INFERRED_DATE_ORDER',
          severity: 'INFO',
          message: `"${match.text}" reads as month/day or day/month and the document states no convention; it was read day-first (${match.date}), as the document writes "${evidence}" on line ${lineOf(evidence) ?? '?'}, which can only be day/month.`,
          path,
          line,
        });
      } else if (match.ambiguous) {
        register.findings.push({
          code: 'AMBIGUOUS_DATE',
          severity: 'INFO',
          message: `"${match.text}" reads as month/day or day/month and the document states no convention; it was read month-first (${match.date}).`,
          path,
          line,
        });
      } else if (match.vague) {
        register.findings.push({
          code: 'VAGUE_DATE',
          severity: 'INFO',
          message: vagueMessage(match),
          path,
          line,
        });
      }
    }
  }
}

const VAGUENESS: Partial<Record<DateMatch['precision'], string>> = { HALF: 'half-year', THIRD: 'third-of-year' };

function vagueMessage(match: DateMatch): string {
  const kept = VAGUENESS[match.precision];
  const period = kept ? `: ${periodStart(match)} to ${periodEnd(match)}` : '';
  return `"${match.vague}" names no month or quarter; it is kept at ${kept ?? 'year'} precision (${match.date}${period}).`;
}

function readRegister(
  lines: readonly Line[],
  options: ParseOptions,
): { register: WorkRegisterDocument; unplaced: UnplacedText[]; evidence: Evidence } {
  const directory = options.directory ?? STANDARDS_BODIES;
  const now = options.now ?? new Date();
  const findings = new Findings();
  const { header: outlined, sections } = outline(lines);
  // The document's own revision trail ("Revised: …" lines and Change History sections), read apart.
  const trail = readTrail(outlined, sections);
  const headerLines = outlined.filter((l) => !trail.lines.has(l.no));
  const header = readHeader(headerLines, directory);
  const titleInfo = readTitle(header.title, directory);

  if (!header.titleFound) {
    findings.add(
      'MISSING_TITLE',
      'ERROR',
      `The document has no "… Work Register" title line; its first line, "${header.title}", is taken as the title.`,
      'title',
      header.titleLine,
    );
  } else if (titleInfo.organizations.length === 0) {
    findings.add(
      'MISSING_TITLE',
      'ERROR',
      `The title "${header.title}" names no organizations.`,
      'title',
      header.titleLine,
    );
  }

  /* Parties. */
  const partiesSection = sectionsOf(sections, 'parties')[0];
  let refs: OrganizationRef[] = partiesSection
    ? readParties(
        partiesSection.lines.map((l) => l.text),
        directory,
        titleInfo.organizations,
      )
    : [];
  let subtitle = header.subtitle;
  let subtitleLines = header.rest;
  let partyLines: readonly Line[] = partiesSection?.lines ?? [];
  if (refs.length === 0 && !partiesSection) {
    // Organizations written under the title without a heading.
    const fromHeader = readParties(
      header.rest.filter((l) => /\([A-Za-z0-9 .&/-]{2,20}\)/.test(l.text)).map((l) => l.text),
      directory,
      titleInfo.organizations,
    );
    if (fromHeader.length >= 2) {
      refs = fromHeader;
      const remaining = header.rest.filter((l) => !/\([A-Za-z0-9 .&/-]{2,20}\)/.test(l.text));
      subtitle = remaining.length > 0 ? collapse(remaining.map((l) => stripMarkdown(l.text)).join(' ')) : null;
      subtitleLines = remaining;
      partyLines = header.rest.filter((l) => !remaining.includes(l));
      findings.add(
        'PARTIES_FROM_HEADER',
        'INFO',
        `The document has no Alliance Organizations section; its parties are the organizations named under the title (line ${partyLines[0]?.no ?? header.titleLine}).`,
        'parties',
        partyLines[0]?.no ?? header.titleLine,
      );
    }
  }
  if (refs.length === 0 && titleInfo.kind === 'ADDENDUM' && titleInfo.organizations.length > 0) {
    // An addendum extends a register that already names its organizations.
    refs = titleInfo.organizations.map((o) => ({ ...o }));
    partyLines = header.titleLines;
    findings.add(
      'PARTIES_FROM_TITLE',
      'INFO',
      'The addendum has no Alliance Organizations section; its parties are taken from its title.',
      'parties',
      header.titleLine,
    );
  }
  if (refs.length === 0) throw new NotAWorkRegisterError('no alliance organizations');
  for (const t of titleInfo.organizations) {
    // An organization the directory does not know: the title's short name is its acronym
    // ("Acme / DMTF Work Register" and "Acme Cloud Consortium" in the section).
    if (!t.body && !refs.some((r) => r.acronym === t.acronym)) {
      const same = refs.find(
        (r) =>
          !r.body &&
          r.writtenName &&
          !titleInfo.organizations.some((o) => o.acronym === r.acronym) &&
          r.writtenName.toLowerCase().split(/\s+/).includes(t.acronym.toLowerCase()),
      );
      if (same) same.acronym = t.acronym;
    }
    const party = refs.find((r) => r.acronym === t.acronym);
    if (party) party.unit ??= t.unit;
  }
  const parties = refs.map(toParty);
  const partiesLine = partiesSection?.line ?? header.titleLine;
  for (const t of titleInfo.organizations) {
    if (!parties.some((p) => p.acronym === t.acronym)) {
      findings.add(
        'MISSING_PARTIES',
        'ERROR',
        `${t.acronym} is named in the title but not among the alliance organizations.`,
        'parties',
        partiesLine,
      );
    }
  }
  if (parties.length < 2) {
    findings.add(
      'MISSING_PARTIES',
      'ERROR',
      `An alliance needs two organizations; the document names only ${parties.map((p) => p.acronym).join(', ')}.`,
      'parties',
      partiesLine,
    );
  }

  /* Header dates. */
  const initiatedOn = header.initiated?.date ?? null;
  if (header.initiatedText !== null && header.initiated === null) {
    findings.add(
      'UNREADABLE_DATE',
      'WARNING',
      `"${header.initiatedText}" (Date Initiated) is not a date the reader understands; it is left out.`,
      'initiatedOn',
      header.initiatedLine,
    );
  } else if (header.initiatedText === null) {
    findings.add(
      'MISSING_INITIATION_DATE',
      'WARNING',
      'The document does not say when the register was initiated.',
      'initiatedOn',
      null,
    );
  }
  if (header.initiated?.dayFirst) {
    findings.add(
      'DAY_FIRST_DATE',
      'INFO',
      `Date Initiated "${header.initiated.text}" is not a US month/day date; it was read as day/month (${header.initiated.date}).`,
      'initiatedOn',
      header.initiatedLine,
    );
  }

  /* Prose. */
  const backgroundLines = linesOf(sections, 'background');
  const justificationLines = linesOf(sections, 'justification');
  const proseLines = backgroundLines.length > 0 ? backgroundLines : justificationLines;
  const background = readBackground(proseLines);
  const allNotes = sections.flatMap((s) => notes(s.lines));
  const projects = readProjects(background, allNotes);
  /* The approval (its lines are not read again as items, contacts, milestones or review). */
  const approvalHit = findApproval(sections);
  const approvalLines = new Set(approvalHit?.lines ?? []);
  const without = (l: Line[]): Line[] => l.filter((x) => !approvalLines.has(x.no));
  const missionLines = without(linesOf(sections, 'mission'));
  const objectiveLines = missionLines.length > 0 ? missionLines : without(linesOf(sections, 'scope'));
  const objectives = readItems(objectiveLines);
  const benefits = readItems(without(linesOf(sections, 'benefits')));
  const standardsDevelopment = readStandardsDevelopment(linesOf(sections, 'standards'));
  const ruleLines = linesOf(sections, 'rules');
  // Without a rules section, "Review of X work by Y" groups may stand under Standards Development.
  const delegatedWorkRules =
    ruleLines.length > 0
      ? readRules(ruleLines, parties, directory)
      : readRules(linesOf(sections, 'standards'), parties, directory, true);
  const allLines = [...headerLines, ...sections.flatMap((s) => s.lines)];
  const references = readReferences(allLines);

  const approval = approvalHit?.approval ?? null;
  const approvalRule = approvalBeforeInitiation(approval?.approvedOn ?? null, initiatedOn);
  if (approvalRule) {
    const { code, severity, message, path } = approvalRule;
    findings.add(code, severity, message, path, approvalHit?.lines[0] ?? null);
  }

  /* Contacts. */
  const contactLines = without(linesOf(sections, 'contacts'));
  const { contacts: drafts, duplicates } = readContacts(contactLines, parties, directory);
  for (const d of duplicates) {
    findings.add(
      'DUPLICATE_CONTACT',
      'WARNING',
      `${d.name} (${d.email}) is listed more than once (lines ${d.firstLine} and ${d.line}); it is kept as one contact.`,
      `contacts[${d.kept}]`,
      d.line,
    );
  }
  drafts.forEach((c, i) => {
    if (c.email === '') {
      findings.add(
        'ADDRESS_WITHHELD',
        'INFO',
        `${c.name}'s address was withheld from whoever wrote this copy (an export made without a token); the contact is kept without it.`,
        `contacts[${i}].email`,
        c.line,
      );
      return;
    }
    const party = parties.find((p) => p.acronym === c.organization);
    const body = party ? bodyOf(party, directory) : findStandardsBody(c.organization, directory);
    if (!body || body.emailDomains.length === 0) return;
    const domain = (c.email.split('@')[1] ?? '').toLowerCase();
    const known = body.emailDomains.map((d) => d.domain);
    if (known.some((d) => domain === d || domain.endsWith(`.${d}`))) return;
    const registrable = domain.split('.').slice(-2).join('.');
    const closest = [closestDomain(domain, known), closestDomain(registrable, known)]
      .filter((x): x is { domain: string; distance: number } => x !== null)
      .sort((a, b) => a.distance - b.distance)[0];
    if (closest && closest.distance > 0 && closest.distance <= 2) {
      findings.add(
        'EMAIL_DOMAIN_MISMATCH',
        'WARNING',
        `${c.email} is not on ${article(c.organization)} ${c.organization} domain; the closest known ${c.organization} domain is ${closest.domain}.`,
        `contacts[${i}].email`,
        c.line,
      );
    }
  });
  const contacts = drafts.map(({ organization, name, title, email, kind }) => ({
    organization,
    name,
    title,
    email,
    kind,
  }));

  /* Milestones. */
  const { milestones: milestoneDrafts, undated } = readMilestones(without(linesOf(sections, 'milestones')));
  for (const u of undated) {
    findings.add(
      'MILESTONE_WITHOUT_DATE',
      'INFO',
      `"${u.text}" has no date the reader understands; it is kept in the section text only.`,
      'milestones',
      u.line,
    );
  }
  milestoneDrafts.forEach((m, i) => {
    if (m.dayFirst)
      findings.add(
        'DAY_FIRST_DATE',
        'INFO',
        `The milestone date on line ${m.line} is not a US month/day date; it was read as day/month (${m.date}).`,
        `milestones[${i}].date`,
        m.line,
      );
  });
  const milestones = milestoneDrafts.map(({ date, precision, description, status }) => ({
    date,
    precision,
    description,
    status,
  }));

  /* Review. */
  const reviewLines = without(linesOf(sections, 'review'));
  const reviewHit = reviewLines.length > 0 ? readReview(reviewLines) : null;
  const review = reviewHit?.review ?? null;
  if (reviewHit?.dayFirst && review?.dueBy) {
    findings.add(
      'DAY_FIRST_DATE',
      'INFO',
      `The review date is not a US month/day date; it was read as day/month (${review.dueBy}).`,
      'review.dueBy',
      reviewHit.line,
    );
  }
  for (const d of trail.dayFirst) {
    findings.add(
      'DAY_FIRST_DATE',
      'INFO',
      `The revision date on line ${d.line} is not a US month/day date; it was read as day/month (${d.date}).`,
      `documentRevisions[${d.index}].date`,
      d.line,
    );
  }
  const reviewRule = review?.dueBy ? reviewOverdue(review.dueBy, isoDay(now)) : null;
  if (reviewRule) {
    const { code, severity, message, path } = reviewRule;
    findings.add(code, severity, message, path, reviewHit?.line ?? null);
  }

  const register: WorkRegisterDocument = {
    title: header.title,
    subtitle,
    kind: titleInfo.kind,
    amends: header.amends ?? titleInfo.amends,
    version: header.version ?? trail.latestVersion,
    initiatedOn,
    parties,
    background,
    projects,
    objectives,
    benefits,
    standardsDevelopment,
    delegatedWorkRules,
    references,
    milestones,
    review,
    approval,
    contacts,
    documentRevisions: trail.entries,
    sections: sections.map((s) => ({ heading: s.heading, text: sectionText(s.lines) })),
    findings: findings.list,
  };
  const unplaced = [...header.ignored].sort((a, b) => a.no - b.no);
  const evidence: Evidence = {
    title: header.titleLines,
    subtitle: subtitleLines,
    // A version the header does not name is the newest revision's (revisions.ts).
    version:
      header.versionLine ??
      lineAt(lines, trail.entryLines[trail.entries.findIndex((e) => e.version === register.version)]),
    initiated: header.initiatedLine,
    amends: header.amendsLine,
    parties: partyLines,
    partyNames: refs.map((r) => [r.writtenName, r.acronym, r.unit]),
    background: proseLines,
    projects: allLines,
    objectives: objectiveLines,
    benefits: without(linesOf(sections, 'benefits')),
    standards: linesOf(sections, 'standards'),
    rules: ruleLines.length > 0 ? ruleLines : linesOf(sections, 'standards'),
    references: allLines,
    milestones: milestoneDrafts.map((m) => m.line),
    review: reviewLines,
    reviewDate: reviewHit?.line ?? null,
    approval: approvalHit?.lines ?? [],
    approvalDate: approvalHit?.dateLine ?? null,
    contacts: drafts.map((c) => c.line),
    contactLines,
    revisions: trail.entryLines,
    sections,
  };
  return { register, unplaced: unplaced.map((l) => ({ line: l.no, text: stripMarkdown(l.text) })), evidence };
}
