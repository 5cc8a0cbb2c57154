/**
 * `formatRegister(document, format)`: a register back out as a document people can read and
 * circulate, in the style of the MEF registers (plain text) or as Markdown. The result reads
 * back through `parse` to the same structure.
 *
 * A register read from a document keeps every section as written (`sections`); those are
 * written back as they were, after a header made from the fields, so nothing of the document
 * is lost or reworded. A register that has no section text (one made through the API) is
 * written from its fields, section by section. Whoever changes a field of a register through
 * the API drops the stale section of that field, so it is written from the field again.
 */
import type { ContactDocument, MilestoneDocument, WorkRegisterDocument } from './types.js';

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

/** A partial date as a person writes it: 2013-05 → "May 2013", 2011-Q3 → "Q3 2011". */
export function writtenDate(date: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
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

function contactLine(contact: ContactDocument): string {
  const who = contact.title ? `${contact.name}, ${contact.title}` : contact.name;
  return `${contact.kind === 'MAILING_LIST' ? '- ' : ''}${who} (${contact.email})`;
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

/** The sections of a register that kept no document text, written from its fields. */
function fieldBlocks(doc: WorkRegisterDocument): Block[] {
  const blocks: (Block | null)[] = [
    partiesBlock(doc),
    doc.background ? { heading: 'Background', lines: [doc.background] } : null,
    doc.objectives.length ? { heading: 'Alliance Partner Mission', lines: doc.objectives } : null,
    doc.benefits.length ? { heading: 'Alliance Benefits', lines: paragraphs(doc.benefits) } : null,
    doc.standardsDevelopment ? { heading: 'Standards Development', lines: [doc.standardsDevelopment.text] } : null,
    doc.delegatedWorkRules.length
      ? {
          heading: 'Rules for delegated work:',
          lines: doc.delegatedWorkRules.flatMap((rule, i) => [
            ...(i > 0 ? [''] : []),
            `Review of ${rule.subject} work by ${rule.reviewer}:`,
            ...paragraphs(rule.commitments),
          ]),
        }
      : null,
    milestonesBlock(doc),
    reviewBlock(doc),
    contactsBlock(doc),
  ];
  return blocks.filter((block): block is Block => block !== null);
}

function blocksOf(doc: WorkRegisterDocument): Block[] {
  if (doc.sections.length === 0) return fieldBlocks(doc);
  return doc.sections.map((section) => ({ heading: section.heading, lines: section.text.split('\n') }));
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
  ];
}

export function formatRegister(doc: WorkRegisterDocument, format: ExportFormat = 'text'): string {
  const blocks = blocksOf(doc);
  const approval = approvalOf(doc);
  if (format === 'markdown') {
    return [
      `# ${doc.title}`,
      header(doc).join('  \n'),
      ...blocks.map((b) => `## ${b.heading.replace(/:$/, '')}\n\n${b.lines.join('\n')}`),
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
