import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRegister, parse, type WorkRegisterDocument } from '../src/index.js';

const seed = new URL('../../../data/seeds/mef-dmtf-work-register.txt', import.meta.url);

/** Every fixture, written back out, reads back through `parse` to the same structure. */

const dir = new URL('./fixtures/', import.meta.url);
const fixtures = [seed.href, ...readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.md'))];
const now = new Date('2026-11-24');

/**
 * What a round trip must keep: every field; findings by code and path (their lines move). The
 * writer writes dates unambiguously (ISO), so an AMBIGUOUS_DATE of the original is not read back.
 */
const comparable = (doc: WorkRegisterDocument) => ({
  ...doc,
  sections: doc.sections.map((s) => s.heading.replace(/:$/, '')),
  findings: doc.findings.filter((f) => f.code !== 'AMBIGUOUS_DATE').map((f) => [f.code, f.severity, f.path]),
});

describe.each(['text', 'markdown'] as const)('formatRegister(%s)', (format) => {
  it('has fixtures to try', () => expect(fixtures.length).toBeGreaterThanOrEqual(6));

  it.each(fixtures)('%s reads back to the same register', (file) => {
    const original = parse(readFileSync(new URL(file, dir), 'utf8'), { now });
    const written = formatRegister(original, format);
    expect(comparable(parse(written, { now }))).toEqual(comparable(original));
  });
});

describe('formatRegister', () => {
  it('writes a register made without a document from its fields', () => {
    const doc: WorkRegisterDocument = {
      title: 'ETSI / MEF Work Register',
      subtitle: null,
      kind: 'REGISTER',
      amends: null,
      version: '1.0',
      initiatedOn: '2013-02-01',
      parties: [
        { acronym: 'ETSI', name: 'European Telecommunications Standards Institute', unit: null },
        { acronym: 'MEF', name: 'Metro Ethernet Forum', unit: null },
      ],
      background: 'Network functions virtualisation needs common management models.',
      projects: [],
      objectives: ['Align the information models.'],
      benefits: ['One model for operators.'],
      standardsDevelopment: { mode: 'JOINT', text: 'Joint standards development' },
      delegatedWorkRules: [],
      references: [],
      milestones: [{ date: '2013-Q4', precision: 'QUARTER', description: 'Joint white paper', status: 'PLANNED' }],
      review: { trigger: null, dueBy: '2014-06', precision: 'MONTH' },
      approval: null,
      contacts: [
        { organization: 'ETSI', name: 'Ana Ruiz', title: 'NFV Liaison', email: 'ana.ruiz@etsi.org', kind: 'PERSON' },
      ],
      documentRevisions: [],
      sections: [],
      findings: [],
    };
    const text = formatRegister(doc);
    expect(text).toContain('Joint white paper - Q4 2013');
    expect(text).toContain('no later than June 2014');
    const back = parse(text, { now });
    expect(back.parties).toEqual(doc.parties);
    expect(back.milestones).toEqual(doc.milestones);
    expect(back.review).toMatchObject({ dueBy: '2014-06', precision: 'MONTH' });
    expect(back.contacts).toEqual(doc.contacts);
    expect(back.objectives).toEqual(doc.objectives);
  });

  it('writes from the fields what no kept section covers', () => {
    const original = parse(readFileSync(seed, 'utf8'), { now });
    const partial = { ...original, sections: original.sections.filter((s) => s.heading === 'Background') };
    const back = parse(formatRegister(partial), { now });
    expect(back.parties).toEqual(original.parties);
    expect(back.delegatedWorkRules).toEqual(original.delegatedWorkRules);
    expect(back.review).toEqual(original.review);
    expect(back.contacts).toEqual(original.contacts);
    expect(back.approval).toEqual(original.approval);
    expect(back.background).toEqual(original.background);
  });
});
