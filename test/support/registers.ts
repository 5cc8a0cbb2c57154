import type { WorkRegisterDocument } from '@alliance/document';

const BODIES = ['DMTF', 'MEF', 'SNIA', 'OASIS', 'ETSI', 'IETF', 'W3C', 'OGF', 'TM Forum', 'IEEE'];

/**
 * A small, valid register document for tests that need many registers. Deterministic in `n`:
 * two parties from the directory, a milestone, a review date and two people per register.
 */
export function syntheticRegister(n: number): WorkRegisterDocument {
  const a = BODIES[n % BODIES.length]!;
  const b = BODIES[(n + 3) % BODIES.length]!;
  return {
    title: `${a} / ${b} Work Register ${String(n).padStart(3, '0')}`,
    subtitle: null,
    kind: 'REGISTER',
    amends: null,
    version: '1.0',
    initiatedOn: '2020-01-15',
    parties: [
      { acronym: a, name: a, unit: null },
      { acronym: b, name: b, unit: n % 2 === 0 ? `Working Group ${n}` : null },
    ],
    background: `Register number ${n}.`,
    projects: [{ name: `Project ${n}`, audience: null }],
    objectives: [`Objective ${n}`],
    benefits: [],
    standardsDevelopment: { mode: 'JOINT', text: 'Joint standards development' },
    delegatedWorkRules: [{ reviewer: a, subject: b, commitments: [`Commitment ${n}`] }],
    references: [],
    milestones: [{ date: '2027-Q2', precision: 'QUARTER', description: `Milestone ${n}`, status: 'PLANNED' }],
    review: { trigger: null, dueBy: '2027-06', precision: 'MONTH' },
    approval: null,
    documentRevisions: [],
    contacts: [
      { organization: a, name: `Person ${n}A`, title: 'Chair', email: `person${n}a@example.org`, kind: 'PERSON' },
      { organization: b, name: `Person ${n}B`, title: 'Liaison', email: `person${n}b@example.org`, kind: 'PERSON' },
    ],
    sections: [{ heading: 'Background', text: `Register number ${n}.` }],
    findings: [],
  };
}
