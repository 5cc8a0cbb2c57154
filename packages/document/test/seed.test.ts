import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, registerSlug } from '../src/index.js';
import type { WorkRegisterDocument } from '../src/index.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const seedText = readFileSync(here('../../../data/seeds/mef-dmtf-work-register.txt'), 'utf8');
const expected = JSON.parse(
  readFileSync(here('./fixtures/mef-dmtf-work-register.expected.json'), 'utf8'),
) as WorkRegisterDocument;

describe('the seed register (MEF / DMTF)', () => {
  const doc = parse(seedText, { now: new Date('2026-11-24') });

  it('parses to exactly the expected structure', () => {
    expect(doc).toEqual(expected);
  });

  it('gives every value of the DESIGN.md table', () => {
    expect(doc.title).toBe('MEF / DMTF Work Register');
    expect(registerSlug(doc.title)).toBe('mef-dmtf');
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2012-04-25');
    expect(doc.parties.map((p) => p.acronym)).toEqual(['MEF', 'DMTF']);
    expect(doc.projects).toEqual([
      {
        name: 'Carrier Ethernet Services and Management Model for Cloud',
        audience: 'Cloud Service Providers and Ethernet Cloud Carriers',
      },
    ]);
    expect(doc.objectives).toHaveLength(2);
    expect(doc.standardsDevelopment?.mode).toBe('JOINT');
    expect(doc.delegatedWorkRules.map((r) => [r.reviewer, r.subject, r.commitments.length])).toEqual([
      ['MEF', 'DMTF', 1],
      ['DMTF', 'MEF', 3],
    ]);
    expect(doc.milestones).toEqual([]);
    expect(doc.review).toEqual({ trigger: 'when an MEF document is identified', dueBy: '2013-05', precision: 'MONTH' });
    expect(doc.approval).toMatchObject({
      body: 'DMTF Board of Directors',
      resolution: '2012-05-04',
      approvedOn: '2010-05-16',
    });
    expect(doc.contacts.filter((c) => c.kind === 'MAILING_LIST').map((c) => c.email)).toEqual(['mef-alliance@dmf.org']);
    expect(doc.findings.map((f) => f.code)).toEqual([
      'APPROVAL_BEFORE_INITIATION',
      'EMAIL_DOMAIN_MISMATCH',
      'REVIEW_OVERDUE',
    ]);
  });

  it('reads the shared copy of the seed the same way', () => {
    const shared = readFileSync('/work/shared/seeds/mef-dmtf-work-register.txt', 'utf8');
    expect(parse(shared, { now: new Date('2026-11-24') })).toEqual(doc);
  });

  it('reads the seed the same with Windows line endings, a byte-order mark and trailing spaces', () => {
    const windows =
      '\uFEFF' +
      seedText
        .split('\n')
        .map((l) => `${l}  `)
        .join('\r\n');
    expect(parse(windows, { now: new Date('2026-11-24') })).toEqual(doc);
  });

  it('does not report the review as overdue before its month has ended', () => {
    expect(parse(seedText, { now: new Date('2013-05-31T12:00:00Z') }).findings.map((f) => f.code)).not.toContain(
      'REVIEW_OVERDUE',
    );
    expect(parse(seedText, { now: new Date('2013-06-01T00:00:00Z') }).findings.map((f) => f.code)).toContain(
      'REVIEW_OVERDUE',
    );
  });
});
