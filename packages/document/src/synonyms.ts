/**
 * Section names by meaning: the phrases that name each kind of section, compared with a heading
 * after `headingKey` (lower case, numbering and punctuation gone) and `synonymKey` (British
 * spellings written the US way, "of the alliance"-style qualifiers dropped).
 *
 * To teach the reader a new heading, add its phrase, in lower case and US spelling, to the list of
 * its kind; docs/reader.md lists them. The regular expressions in sections.ts cover the families
 * of headings (numbered, "Alliance …", "… / Dates"); this table covers the other words people use.
 */
import type { SectionKind } from './sections.js';

export const SECTION_SYNONYMS: Readonly<Partial<Record<SectionKind, readonly string[]>>> = {
  parties: [
    'parties to the agreement',
    'participating organizations',
    'organizations',
    'signatories',
    'the partners',
    'partner bodies',
    'standards bodies',
    'collaborating organizations',
  ],
  background: ['history', 'background and history', 'context and background', 'origins', 'preamble', 'about'],
  mission: [
    'objectives',
    'aims',
    'goals',
    'purpose',
    'mission',
    'aims and objectives',
    'goals and objectives',
    'purpose and objectives',
    'purpose and scope',
    'joint objectives',
    'shared goals',
    'common objectives',
    'terms of reference',
    'alliance partner mission',
  ],
  benefits: [
    'benefits',
    'value',
    'value to members',
    'mutual benefits',
    'expected benefits',
    'expected outcomes',
    'advantages',
    'value proposition',
    'benefits to members',
  ],
  standards: [
    'standards work',
    'mode of cooperation',
    'mode of collaboration',
    'cooperation model',
    'collaboration model',
    'development model',
    'type of cooperation',
    'type of collaboration',
    'working method',
    'working methods',
    'mode of working',
    'standards development approach',
  ],
  rules: [
    'delegated work',
    'review of each other s work',
    "review of each other's work",
    'review arrangements',
    'cross review',
    'cross-review',
    'mutual review',
    'document review rules',
    'review procedures',
  ],
  milestones: [
    'program of work',
    'work program',
    'work plan',
    'workplan',
    'plan of work',
    'roadmap',
    'timetable',
    'key dates',
    'milestones and deliverables',
    'deliverables and dates',
    'schedule of work',
    'planned activities',
    'activities and dates',
  ],
  review: [
    'register review',
    'review of this register',
    'review cycle',
    'next review',
    'renewal',
    'review and renewal',
    'periodic review',
    'term and review',
  ],
  contacts: [
    'liaison officers',
    'liaison officer',
    'named contacts',
    'key people',
    'people',
    'liaison persons',
    'contact persons',
    'coordinators',
    'liaison coordinators',
    'alliance managers',
    'primary contacts',
    'staff contacts',
    'who to contact',
  ],
  approval: ['sign-off', 'sign off', 'signoff', 'endorsement', 'authorization', 'ratification', 'approved by'],
  references: ['further reading', 'see also', 'external links', 'related material', 'resources and references'],
  scope: [
    'areas of cooperation',
    'areas of collaboration',
    'scope of work',
    'collaboration areas',
    'topics of cooperation',
    'joint work areas',
  ],
  justification: ['rationale', 'business rationale'],
  revisions: [
    'revisions',
    'document revisions',
    'changelog',
    'change record',
    'record of changes',
    'record of revisions',
    'history of changes',
    'history of revisions',
    'revision record',
    'revision and approval history',
    'changes to this register',
    'changes to this document',
    'amendment record',
  ],
};

/** British spellings written the US way, so one phrase covers both. */
const SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\borganisation/g, 'organization'],
  [/\bprogramme/g, 'program'],
  [/\bauthoris/g, 'authoriz'],
  [/\bco-?operat/g, 'cooperat'],
  [/\bco-?ordinat/g, 'coordinat'],
  [/\bcentre/g, 'center'],
  [/\bcatalogue/g, 'catalog'],
];

/** Qualifiers that do not change what a section is about ("Objectives of the Alliance"). */
const QUALIFIER =
  /\s+(?:of|for|to|between|within)\s+(?:the\s+|this\s+|both\s+|each\s+|our\s+)?(?:alliance|liaison|partnership|collaboration|cooperation|relationship|agreement|register|work register|organizations?|partners|parties|members|bodies)$/;

/** A heading key with British spellings made US and a trailing qualifier dropped. */
export function synonymKey(key: string): string {
  let out = key;
  for (const [re, us] of SPELLINGS) out = out.replace(re, us);
  return out.replace(QUALIFIER, '').replace(/^(?:the|our)\s+/, '');
}

const LOOKUP: ReadonlyMap<string, SectionKind> = new Map(
  Object.entries(SECTION_SYNONYMS).flatMap(([kind, phrases]) =>
    (phrases ?? []).map((p) => [p, kind as SectionKind] as const),
  ),
);

/** The kind a synonym names, or null. */
export function synonymKind(key: string): SectionKind | null {
  return LOOKUP.get(key) ?? LOOKUP.get(synonymKey(key)) ?? null;
}
