import { describe, expect, it } from 'vitest';
import { formatRegister, parse, readDocument } from '../src/index.js';
import type { DocumentRevisionDocument } from '../src/index.js';

/**
 * A register's own revision trail (issue 13): "Revised:" lines, "Version … (date): what changed"
 * lines, and Change History / Revision History / Document History sections written as tables,
 * tab-separated rows or lists, read into `documentRevisions` with dates at their precision.
 */

const now = new Date('2026-11-24');
const body = [
  'Alliance Organizations',
  'Storage Networking Industry Association (SNIA)',
  'Distributed Management Task Force (DMTF)',
  '',
  'Background',
  'Both bodies model storage management.',
].join('\n');
const entry = (e: Partial<DocumentRevisionDocument>): DocumentRevisionDocument => ({
  version: null,
  date: null,
  precision: null,
  author: null,
  description: null,
  ...e,
});
const trailOf = (text: string) => parse(text, { now }).documentRevisions;

describe('revision lines in the header', () => {
  it('reads "Revised:" with its date, and takes the line out of the unplaced text', () => {
    const { register, unplaced } = readDocument(
      `SNIA / DMTF Work Register\nVersion 1.1\nDate Initiated: 2012-04-25\nRevised: 12 March 2013\n\n${body}`,
      { now },
    );
    expect(register.documentRevisions).toEqual([entry({ date: '2013-03-12', precision: 'DAY' })]);
    expect(register.version).toBe('1.1');
    expect(unplaced).toEqual([]);
  });

  it('reads "Last revised on", "Date revised" and "Revision date" at any precision', () => {
    expect(trailOf(`SNIA / DMTF Work Register\nLast revised on June 2014\n\n${body}`)).toEqual([
      entry({ date: '2014-06', precision: 'MONTH' }),
    ]);
    expect(trailOf(`SNIA / DMTF Work Register\nDate revised: Q3 2015 by J. Smith\n\n${body}`)).toEqual([
      entry({ date: '2015-Q3', precision: 'QUARTER', author: 'J. Smith' }),
    ]);
    expect(trailOf(`SNIA / DMTF Work Register\nRevision date: 2016-02-01\n\n${body}`)).toEqual([
      entry({ date: '2016-02-01', precision: 'DAY' }),
    ]);
  });

  it('reads versions with their date and what changed, the newest being the version when no other line says', () => {
    const doc = parse(
      [
        'SNIA / DMTF Work Register',
        'Version 1.0 (25 April 2012): first issue',
        'Version 1.2 (June 2014, Jane Doe): added SNIA liaison',
        'v1.1 – 3 March 2013 – review date moved to 2014',
        '',
        body,
      ].join('\n'),
      { now },
    );
    expect(doc.documentRevisions).toEqual([
      entry({ version: '1.0', date: '2012-04-25', precision: 'DAY', description: 'first issue' }),
      entry({
        version: '1.2',
        date: '2014-06',
        precision: 'MONTH',
        author: 'Jane Doe',
        description: 'added SNIA liaison',
      }),
      entry({ version: '1.1', date: '2013-03-03', precision: 'DAY', description: 'review date moved to 2014' }),
    ]);
    expect(doc.version).toBe('1.2');
    expect(doc.subtitle).toBeNull();
  });

  it('leaves version lines, dates and sentences that are no trail alone', () => {
    const doc = parse(
      [
        'SNIA / DMTF Work Register',
        'Version 2.0, 16 May 2013',
        'Date Initiated: 16 May 2013',
        'Storage management models, revised for cloud',
        '',
        body,
        '',
        'Milestones',
        '- Version 1.2 of the SMI-S profile (June 2014)',
        '- Revised CDMI draft – Q3 2014',
        '',
        'Work Register Review Date',
        'The register is reviewed when either model is revised, and no later than May 2016.',
      ].join('\n'),
      { now },
    );
    expect(doc.documentRevisions).toEqual([]);
    expect(doc.version).toBe('2.0');
    expect(doc.subtitle).toBe('Storage management models, revised for cloud');
    expect(doc.milestones.map((m) => m.description)).toEqual([
      'Version 1.2 of the SMI-S profile',
      'Revised CDMI draft',
    ]);
  });
});

describe('trail sections', () => {
  it('reads a Markdown Change History table by its header row, whatever the column order', () => {
    const doc = parse(
      [
        '# SNIA / DMTF Work Register',
        '',
        body,
        '',
        '## Change History',
        '',
        '| Date | Version | Description | Author |',
        '| --- | --- | --- | --- |',
        '| 25/04/2012 | 1.0 | First issue | A. Author |',
        '| 12/03/2013 | 1.1 | Added the SNIA liaison contact | Jane Doe |',
        '| H1 2014 | 1.2 | Milestones updated | — |',
      ].join('\n'),
      { now },
    );
    expect(doc.documentRevisions).toEqual([
      entry({ version: '1.0', date: '2012-04-25', precision: 'DAY', author: 'A. Author', description: 'First issue' }),
      // 25/04/2012 shows the document writes day/month: 12/03/2013 is 12 March.
      entry({
        version: '1.1',
        date: '2013-03-12',
        precision: 'DAY',
        author: 'Jane Doe',
        description: 'Added the SNIA liaison contact',
      }),
      entry({ version: '1.2', date: '2014-H1', precision: 'HALF', description: 'Milestones updated' }),
    ]);
    expect(doc.sections.map((s) => s.heading)).toEqual(['Alliance Organizations', 'Background', 'Change History']);
    expect(doc.version).toBe('1.2');
    expect(doc.findings.map((f) => [f.code, f.path])).toEqual(
      expect.arrayContaining([
        ['DAY_FIRST_DATE', 'documentRevisions[0].date'],
        ['INFERRED_DATE_ORDER', 'documentRevisions[1].date'],
        ['VAGUE_DATE', 'documentRevisions[2].date'],
      ]),
    );
  });

  it('reads a Revision History table copied out of Word (tab-separated), without a header row', () => {
    const doc = parse(
      [
        'SNIA / DMTF Work Register',
        'Version 2.0',
        '',
        body,
        '',
        'Revision History',
        '0.9\tMarch 2012\tJ. Smith\tDraft for the boards',
        '1.0\t16 May 2012\tJ. Smith\tApproved text',
      ].join('\n'),
      { now },
    );
    expect(doc.documentRevisions).toEqual([
      entry({
        version: '0.9',
        date: '2012-03',
        precision: 'MONTH',
        author: 'J. Smith',
        description: 'Draft for the boards',
      }),
      entry({ version: '1.0', date: '2012-05-16', precision: 'DAY', author: 'J. Smith', description: 'Approved text' }),
    ]);
    expect(doc.version).toBe('2.0');
  });

  it('reads a Document History list, entries date-first or version-first, a wrapped description joined', () => {
    const doc = parse(
      [
        'SNIA / DMTF Work Register',
        '',
        body,
        '',
        'Document History',
        '- 2012-04-25: first issue',
        '- Rev. 1.1, 12 March 2013 by the Liaison team: contacts brought up to date and',
        '  the review date moved',
        '- mid-2014 – version 1.2 – SNIA liaison added',
      ].join('\n'),
      { now },
    );
    expect(doc.documentRevisions).toEqual([
      entry({ date: '2012-04-25', precision: 'DAY', description: 'first issue' }),
      entry({
        version: '1.1',
        date: '2013-03-12',
        precision: 'DAY',
        author: 'the Liaison team',
        description: 'contacts brought up to date and the review date moved',
      }),
      entry({ version: '1.2', date: '2014-mid', precision: 'THIRD', description: 'SNIA liaison added' }),
    ]);
  });

  it('knows the other names of a trail section', () => {
    for (const heading of ['Version History', 'Change Log', 'Record of Changes', 'Amendment History', 'Revisions']) {
      const trail = trailOf(`SNIA / DMTF Work Register\n\n${body}\n\n${heading}\n1.0 – 25 April 2012 – First issue\n`);
      expect(trail, heading).toEqual([
        entry({ version: '1.0', date: '2012-04-25', precision: 'DAY', description: 'First issue' }),
      ]);
    }
  });

  it('reads a "Revised:" footer line that fell into the last section', () => {
    const doc = parse(
      `SNIA / DMTF Work Register\n\n${body}\n\nPoints of Contact\nSNIA: Ann Lee (ann.lee@snia.org)\n\nRevised: 1 July 2015\n`,
      { now },
    );
    expect(doc.documentRevisions).toEqual([entry({ date: '2015-07-01', precision: 'DAY' })]);
    expect(doc.contacts.map((c) => c.name)).toEqual(['Ann Lee']);
  });
});

describe('the trail written back out', () => {
  it.each(['text', 'markdown'] as const)('reads back from %s the trail that came from header lines', (format) => {
    const doc = parse(
      [
        'SNIA / DMTF Work Register',
        'Version 1.0 (25 April 2012): first issue',
        'Version 1.2 (H2 2014, Jane Doe): added SNIA liaison',
        'Revised: late 2015',
        '',
        body,
      ].join('\n'),
      { now },
    );
    const back = parse(formatRegister(doc, format), { now });
    expect(back.documentRevisions).toEqual(doc.documentRevisions);
    expect(back.version).toBe(doc.version);
  });
});

describe('a trail partly in header lines, partly in sections, written back out', () => {
  const doc = parse(
    [
      'SNIA / DMTF Work Register',
      'Version 1.2 (H2 2014, Jane Doe): added SNIA liaison',
      'Revised: 1 July 2015',
      '',
      body,
      '',
      'Points of Contact',
      'SNIA: Ann Lee (ann.lee@snia.org)',
      '',
      'Revised: 3 August 2015',
      '',
      'Change History',
      '| Version | Date | Author | Description |',
      '| --- | --- | --- | --- |',
      '| 1.0 | 25 April 2012 | A. Author | First issue |',
    ].join('\n'),
    { now },
  );

  it.each(['text', 'markdown'] as const)('reads back from %s whole, no entry lost or doubled', (format) => {
    expect(doc.documentRevisions).toHaveLength(4);
    const back = parse(formatRegister(doc, format), { now });
    expect(back.documentRevisions).toEqual(doc.documentRevisions);
  });
});

describe('other trails, and what is none', () => {
  const withSection = (heading: string, lines: string[]) =>
    trailOf(`SNIA / DMTF Work Register\n\n${body}\n\n${heading}\n\n${lines.join('\n')}\n`);

  it('reads columns under other names, and tables without a version or an author column', () => {
    expect(
      withSection('Document Control', [
        '| Issue | Date of issue | Revised by | Reason for change |',
        '|---|---|---|---|',
        '| 2 | 2014-06-01 | Liaison team | Contacts updated |',
      ]),
    ).toEqual([
      entry({
        version: '2',
        date: '2014-06-01',
        precision: 'DAY',
        author: 'Liaison team',
        description: 'Contacts updated',
      }),
    ]);
    expect(withSection('Change Log', ['| Date | Comment |', '|---|---|', '| Q2 2015 | Review date moved |'])).toEqual([
      entry({ date: '2015-Q2', precision: 'QUARTER', description: 'Review date moved' }),
    ]);
  });

  it('keeps a word qualifying a version with it, and reads a bold heading and a numbered one', () => {
    expect(
      withSection('**Document History**', [
        '* v0.1 (draft) – 1 March 2012 – first draft for comment',
        '* v1.0 – 25 April 2012 – approved by both boards',
      ]),
    ).toEqual([
      entry({ version: '0.1 (draft)', date: '2012-03-01', precision: 'DAY', description: 'first draft for comment' }),
      entry({ version: '1.0', date: '2012-04-25', precision: 'DAY', description: 'approved by both boards' }),
    ]);
    expect(
      withSection('7. Change History', ['Version 1.1, September 2013: Updated contacts. Added the SNIA', 'liaison.']),
    ).toEqual([
      entry({
        version: '1.1',
        date: '2013-09',
        precision: 'MONTH',
        description: 'Updated contacts. Added the SNIA liaison.',
      }),
    ]);
    expect(withSection('Record of Changes', ['None'])).toEqual([]);
  });

  it('keeps what a cell says when it is not of its column', () => {
    expect(
      withSection('Revision History', [
        '| Version | Date | Author | Description |',
        '|---|---|---|---|',
        '| Agreed at the Dublin meeting, text unchanged | see minutes | J. Smith | |',
      ]),
    ).toEqual([
      entry({ author: 'J. Smith', description: 'Agreed at the Dublin meeting, text unchanged – see minutes' }),
    ]);
  });

  it('takes the name with an initial as the author of a row without a header', () => {
    expect(withSection('Revision History', ['| 1.0 | 25 April 2012 | First Issue | J. Smith |'])).toEqual([
      entry({ version: '1.0', date: '2012-04-25', precision: 'DAY', author: 'J. Smith', description: 'First Issue' }),
    ]);
  });

  it('reads a Word key–value row of entries and a "Last Revised" row', () => {
    const doc = parse(
      [
        '| Title | SNIA / DMTF Work Register |',
        '| Version | 1.1 |',
        '| Last Revised | 12 March 2013 |',
        '| Alliance Organizations | Storage Networking Industry Association (SNIA) <br> Distributed Management Task Force (DMTF) |',
        '| Background | Both bodies model storage management. |',
        '| Revision History | 1.0 (25 April 2012): First issue <br> 1.1 (12 March 2013): Contacts updated |',
      ].join('\n'),
      { now },
    );
    expect(doc.documentRevisions).toEqual([
      entry({ date: '2013-03-12', precision: 'DAY' }),
      entry({ version: '1.0', date: '2012-04-25', precision: 'DAY', description: 'First issue' }),
      entry({ version: '1.1', date: '2013-03-12', precision: 'DAY', description: 'Contacts updated' }),
    ]);
  });

  it('leaves a header line that starts with a date, or a version line with a date only, to the header', () => {
    const doc = parse(
      `SNIA / DMTF Work Register\n2013 – 2015 Joint Storage Programme\nRevision 1.3, April 2013\n\n${body}`,
      { now },
    );
    expect(doc.documentRevisions).toEqual([]);
    expect(doc.subtitle).toBe('2013 – 2015 Joint Storage Programme');
    expect(doc.version).toBe('1.3');
  });
});
