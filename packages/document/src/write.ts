/**
 * `formatRegister(document, format)`: a register back out as a document people can read and
 * circulate, in the style of the MEF registers (plain text) or as Markdown. The result reads
 * back through `parse` to the same structure.
 *
 * A register read from a document keeps every section as written (`sections`); those are
 * written back as they were, after a header made from the fields, so nothing of the document
 * is lost or reworded. What no kept section covers (everything, for a register made through
 * the API) is written from the fields. Whoever changes a field through the API drops the stale
 * section of that field, so that it is written from the field again.
 */
import { readTrail } from './revisions.js';
import { classifyHeading, type SectionKind } from './sections.js';
import { splitLines } from './text.js';
import type { ContactDocument, DocumentRevisionDocument, MilestoneDocument, WorkRegisterDocument } from './types.js';

export type ExportFormat = 'text' | 'markdown';

interface Block {
  heading: string;
  lines: string[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A partial date as a person writes it: 2013-05 → "May 2013", 2011-Q3 → "Q3 2011", 2013-mid → "mid 2013". */
export function writtenDate(date: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  const quarter = /^(\d{4})-(Q[1-4]|H[12])$/.exec(date);
  if (quarter) return `${quarter[2]} ${quarter[1]}`;
  const third = /^(\d{4})-(early|mid|late)$/.exec(date);
  if (third) return `${third[2]} ${third[1]}`;
  return date;
}

const paragraphs = (items: readonly string[]) => items.flatMap((item, i) => (i === 0 ? [item] : ['', item]));

function partiesBlock(doc: WorkRegisterDocument): Block {
  return {
    heading: 'Alliance Organizations',
    lines: doc.parties.map((p) => `${p.name} (${p.acronym})${p.unit ? ` ${p.unit}` : ''}`),
  };
}

function milestoneLine(m: MilestoneDocument): string {
  const status = m.status === 'PLANNED' ? '' : ` (${m.status === 'COMPLETED' ? 'completed' : 'cancelled'})`;
  return `${m.description} - ${writtenDate(m.date)}${status}`;
}

function milestonesBlock(doc: WorkRegisterDocument): Block {
  return { heading: 'Milestones / Dates', lines: doc.milestones.length ? doc.milestones.map(milestoneLine) : ['None'] };
}

function reviewBlock(doc: WorkRegisterDocument): Block | null {
  const review = doc.review;
  if (!review || (!review.trigger && !review.dueBy)) return null;
  const trigger = review.trigger ? ` ${review.trigger}` : '';
  const due = review.dueBy ? `${trigger ? ',' : ''} but no later than ${writtenDate(review.dueBy)}` : '';
  return { heading: 'Work Register Review Date', lines: [`Work register will be reviewed${trigger}${due}.`] };
}

/** A trail as a table of its four columns, which reads back whatever an entry leaves out. */
/**
 * The trail entries the document's kept sections do not give back when read again: those it read
 * from header lines. Entries are matched on what does not depend on the date convention (the
 * sections are read here without the document's), and once each.
 */
function unheldRevisions(doc: WorkRegisterDocument): DocumentRevisionDocument[] {
  const sections = doc.sections.map((s) => ({
    kind: classifyHeading(s.heading) ?? 'other',
    lines: splitLines(s.text),
  }));
  const held = readTrail([], sections).entries;
  // Exact matches first, then (a numeric date read here month-first) the same entry but its date.
  const loose = (e: DocumentRevisionDocument) => JSON.stringify([e.version, e.author, e.description, e.precision]);
  let rest = [...doc.documentRevisions];
  const exact = (e: DocumentRevisionDocument) => JSON.stringify(e);
  for (const key of [exact, loose]) {
    const keys = held.map(key);
    rest = rest.filter((e) => {
      const i = keys.indexOf(key(e));
      if (i < 0) return true;
      keys.splice(i, 1);
      held.splice(i, 1);
      return false;
    });
  }
  return rest;
}

/** True when the kept sections hold part of the trail: the rest is then written as header lines. */
const trailInSections = (doc: WorkRegisterDocument) => unheldRevisions(doc).length < doc.documentRevisions.length;

/** An entry as a header line the reader takes for one: "Revised: June 2014 by J. Smith (version 1.2): …". */
function revisionLine(e: DocumentRevisionDocument): string | null {
  if (!e.date) return null;
  const by = e.author ? ` by ${e.author}` : '';
  const version = e.version ? ` (version ${e.version})` : '';
  return `Revised: ${writtenDate(e.date)}${by}${version}${e.description ? `: ${e.description}` : ''}`;
}

function revisionsBlock(doc: WorkRegisterDocument): Block | null {
  if (doc.documentRevisions.length === 0 || trailInSections(doc)) return null;
  const cell = (value: string | null) => (value ?? '').replace(/\|/g, '\\|');
  const row = (r: DocumentRevisionDocument) =>
    `| ${[r.version, r.date ? writtenDate(r.date) : null, r.author, r.description].map(cell).join(' | ')} |`;
  return {
    heading: 'Revision History',
    lines: [
      '| Version | Date | Author | Description |',
      '| --- | --- | --- | --- |',
      ...doc.documentRevisions.map(row),
    ],
  };
}

/** Written where an address was withheld from the exporter; the reader keeps the contact. */
export const ADDRESS_WITHHELD = '(address withheld)';

function contactLine(contact: ContactDocument): string {
  const who = contact.title ? `${contact.name}, ${contact.title}` : contact.name;
  const address = contact.email === '' ? ADDRESS_WITHHELD : `(${contact.email})`;
  return `${contact.kind === 'MAILING_LIST' ? '- ' : ''}${who} ${address}`;
}

function contactsBlock(doc: WorkRegisterDocument): Block | null {
  if (doc.contacts.length === 0) return null;
  const organizations = [...new Set(doc.contacts.map((c) => c.organization))];
  const lines = organizations.flatMap((organization, i) => [
    ...(i > 0 ? [''] : []),
    `${organization}:`,
    '',
    ...paragraphs(doc.contacts.filter((c) => c.organization === organization).map(contactLine)),
  ]);
  return { heading: 'Resources Identified / Points of Contact:', lines };
}

function rulesBlock(doc: WorkRegisterDocument): Block | null {
  if (doc.delegatedWorkRules.length === 0) return null;
  return {
    heading: 'Rules for delegated work:',
    lines: doc.delegatedWorkRules.flatMap((rule, i) => [
      ...(i > 0 ? [''] : []),
      `Review of ${rule.subject} work by ${rule.reviewer}:`,
      ...paragraphs(rule.commitments),
    ]),
  };
}

/** An addendum may name its parties in its title only; the reader takes them from there. */
function partiesInTitle(doc: WorkRegisterDocument): boolean {
  const words = new Set(doc.title.toUpperCase().split(/[^A-Z0-9&.+-]+/));
  return (
    doc.kind === 'ADDENDUM' &&
    doc.parties.every((p) =>
      p.acronym
        .toUpperCase()
        .split(/\s+/)
        .every((w) => words.has(w)),
    )
  );
}

/**
 * The part of the register each field's block holds, with the section kinds that already
 * cover it when the document had them (a liaison register's justification is its background).
 */
const FIELD_BLOCKS: [SectionKind[], (doc: WorkRegisterDocument) => Block | null][] = [
  [['parties'], (doc) => (partiesInTitle(doc) ? null : partiesBlock(doc))],
  [
    ['background', 'justification'],
    (doc) => (doc.background ? { heading: 'Background', lines: [doc.background] } : null),
  ],
  [
    ['mission', 'scope'],
    (doc) => (doc.objectives.length ? { heading: 'Alliance Partner Mission', lines: doc.objectives } : null),
  ],
  [
    ['benefits'],
    (doc) => (doc.benefits.length ? { heading: 'Alliance Benefits', lines: paragraphs(doc.benefits) } : null),
  ],
  [
    ['standards'],
    (doc) =>
      doc.standardsDevelopment ? { heading: 'Standards Development', lines: [doc.standardsDevelopment.text] } : null,
  ],
  [['rules'], rulesBlock],
  [['milestones'], milestonesBlock],
  [['review'], reviewBlock],
  [['contacts'], contactsBlock],
  [['revisions'], revisionsBlock],
];

function blocksOf(doc: WorkRegisterDocument): Block[] {
  const kept = doc.sections.map((section) => ({
    kind: classifyHeading(section.heading) ?? 'other',
    block: { heading: section.heading, lines: section.text.split('\n') },
  }));
  const covered = new Set(kept.map((k) => k.kind));
  const written = FIELD_BLOCKS.filter(([kinds]) => !kinds.some((kind) => covered.has(kind)))
    .map(([, write]) => write(doc))
    .filter((block): block is Block => block !== null);
  // Organizations lead the document; the rest of what is written from fields follows the kept text.
  const [first, ...rest] = written;
  const leading = first?.heading === 'Alliance Organizations' ? [first] : [];
  return [...leading, ...kept.map((k) => k.block), ...(leading.length ? rest : written)];
}

/** The approval sentence, unless a kept section already holds it. */
function approvalOf(doc: WorkRegisterDocument): string[] {
  const text = doc.approval?.text;
  if (!text) return [];
  const squash = (value: string) => value.replace(/[\s*_]+/g, ' ').trim();
  return doc.sections.some((s) => squash(s.text).includes(squash(text))) ? [] : [text];
}

function header(doc: WorkRegisterDocument): string[] {
  return [
    ...(doc.subtitle ? doc.subtitle.split('\n') : []),
    ...(doc.version ? [`Version ${doc.version}`] : []),
    ...(doc.initiatedOn ? [`Date Initiated: ${doc.initiatedOn}`] : []),
    ...(doc.amends ? [`Amends: ${doc.amends}`] : []),
    ...(trailInSections(doc) ? unheldRevisions(doc).flatMap((e) => revisionLine(e) ?? []) : []),
  ];
}

export function formatRegister(doc: WorkRegisterDocument, format: ExportFormat = 'text'): string {
  const blocks = blocksOf(doc);
  const approval = approvalOf(doc);
  if (format === 'markdown') {
    return [
      `# ${doc.title}`,
      header(doc).join('  \n'),
      // Headings as the document wrote them, colon included: they read back to the same sections.
      ...blocks.map((b) => `## ${b.heading}\n\n${b.lines.join('\n')}`),
      ...approval.map((text) => `**${text}**`),
    ]
      .filter((part) => part !== '')
      .join('\n\n')
      .concat('\n');
  }
  return [
    [doc.title, ...header(doc)].join('\n'),
    ...blocks.map((b) => [b.heading, '', ...b.lines].join('\n')),
    ...approval,
  ]
    .join('\n\n')
    .concat('\n');
}
