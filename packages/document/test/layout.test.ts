import { describe, expect, it } from 'vitest';
import { parse, readDocument } from '../src/index.js';
import { readLayout } from '../src/layout.js';
import { classifyHeading } from '../src/sections.js';

/**
 * Layout recognition (issue 13), one form at a time, on small registers; the fixtures of
 * test/shapes/ (read in packages/cli/test/shapes.test.ts) hold the same forms in whole documents.
 */

const now = new Date('2026-11-24');
const body = [
  'Alliance Organizations',
  'Metro Ethernet Forum (MEF)',
  'Distributed Management Task Force (DMTF)',
  '',
  'Background',
  'Both bodies model Ethernet services.',
].join('\n');
const codes = (text: string) => parse(text, { now }).findings.map((f) => f.code);

describe('PDF page furniture', () => {
  const page = (n: number, lines: string[]) =>
    [`ACME Confidential | MEF / DMTF Work Register`, ...lines, `Page ${n} of 3`, '\f'].join('\n');
  const pdf = [
    page(1, ['MEF / DMTF Work Register', 'Version 1.0', '', body, 'The two models differ in how they name a']),
    page(2, ['service, which confuses operators.', '', 'Alliance Partner Mission', '- Align the models.']),
    page(3, ['Approved by the DMTF Board of Directors on', '16 May 2013.']),
  ].join('\n');

  it('drops running headers and page numbers, and joins a paragraph cut by the page break', () => {
    const doc = parse(pdf, { now });
    expect(doc.title).toBe('MEF / DMTF Work Register');
    expect(doc.objectives).toEqual(['Align the models.']);
    expect(doc.background).toBe(
      'Both bodies model Ethernet services.\nThe two models differ in how they name a service, which confuses operators.',
    );
    expect(readLayout(pdf).furniture.map((l) => l.text)).toEqual([
      'ACME Confidential | MEF / DMTF Work Register',
      'Page 1 of 3',
      'ACME Confidential | MEF / DMTF Work Register',
      'Page 2 of 3',
      'ACME Confidential | MEF / DMTF Work Register',
      'Page 3 of 3',
    ]);
  });

  it('reads an approval sentence wrapped after "on"', () => {
    expect(parse(pdf, { now }).approval).toMatchObject({ body: 'DMTF Board of Directors', approvedOn: '2013-05-16' });
  });

  it('keeps a line repeated on only one page of three', () => {
    const once = pdf.replace('ACME Confidential | MEF / DMTF Work Register\nservice', 'service');
    expect(readLayout(once).furniture.map((l) => l.text)).toContain('ACME Confidential | MEF / DMTF Work Register');
    const twice = pdf.replace(/ACME Confidential \| MEF \/ DMTF Work Register\n/g, '');
    expect(readLayout(twice).furniture.map((l) => l.text)).toEqual(['Page 1 of 3', 'Page 2 of 3', 'Page 3 of 3']);
  });
});

describe('line wraps', () => {
  const wrapped = (first: string, second: string) =>
    readLayout(`MEF / DMTF Work Register\n\nBackground\n${first}\n${second}`).lines.map((l) => l.text);

  it('undoes hyphenation at a line end', () => {
    expect(wrapped('the service manage-', 'ment of both')).toContain('the service management of both');
    expect(wrapped('the service manage- ment of both', 'bodies')).toContain('the service management of both');
  });

  it('keeps real hyphens: compounds, and words the document writes with a hyphen', () => {
    expect(wrapped('the in-', 'progress drafts')).toContain('the in-progress drafts');
    expect(wrapped('the day-to-', 'day work')).toContain('the day-to-day work');
    expect(wrapped('non-', 'MEF members')).toContain('non-MEF members');
    expect(
      readLayout('Work Register\nthe cloud-\nnative model, cloud-native as written').lines.map((l) => l.text),
    ).toContain('the cloud-native model, cloud-native as written');
  });

  it('joins a web address broken at a line end', () => {
    expect(wrapped('listed here: http://', 'metroethernetforum.org/page_loader.php?p_id=29')).toContain(
      'listed here: http://metroethernetforum.org/page_loader.php?p_id=29',
    );
  });

  it('takes a parenthesised acronym on the next line as part of the organization, not another party', () => {
    const doc = parse(
      'MEF / DMTF Work Register\n\nAlliance Organizations\nMetro Ethernet Forum\n(MEF)\nDistributed Management Task Force\n(DMTF)\n',
      { now },
    );
    expect(doc.parties.map((p) => p.acronym)).toEqual(['MEF', 'DMTF']);
  });
});

describe('key-value tables', () => {
  it('reads a two-column Markdown table (a Word table as readDocumentText writes it) as header and sections', () => {
    const doc = parse(
      [
        '| MEF / DMTF Work Register |',
        '| Version | 2.1 |',
        '| Alliance Organizations | Metro Ethernet Forum (MEF) <br> Distributed Management Task Force (DMTF) |',
        '| Date Initiated | 14 March 2013 |',
        '| Objectives of the Alliance | - One service model <br> - Shared test suites |',
        '| Work Register Review Date | No later than May 2015. |',
      ].join('\n'),
      { now },
    );
    expect(doc).toMatchObject({ title: 'MEF / DMTF Work Register', subtitle: null, version: '2.1' });
    expect(doc.initiatedOn).toBe('2013-03-14');
    expect(doc.objectives).toEqual(['One service model', 'Shared test suites']);
    expect(doc.review?.dueBy).toBe('2015-05');
    expect(doc.findings.map((f) => f.code)).toEqual(['REVIEW_OVERDUE']);
  });

  it('reads a run of "Field: value" lines without blank lines between them', () => {
    const doc = parse(
      [
        'MEF / DMTF Work Register',
        '',
        'Version: 3.0',
        'Date Initiated: 2014-01-20',
        'Alliance Organizations: MEF and DMTF',
        'Background: Both model services',
        'in their own way.',
        'Review Date: June 2016',
      ].join('\n'),
      { now },
    );
    expect(doc).toMatchObject({
      version: '3.0',
      initiatedOn: '2014-01-20',
      background: 'Both model services in their own way.',
    });
    expect(doc.parties.map((p) => p.acronym)).toEqual(['MEF', 'DMTF']);
    expect(doc.review?.dueBy).toBe('2016-06');
  });

  it('leaves a table that is not key-value (a contacts table) as rows', () => {
    const table = '| Name | Title | Email |\n| --- | --- | --- |\n| Ann Lee | Chair | ann@mef.net |';
    expect(readLayout(table).lines.map((l) => l.text)).toEqual(table.split('\n'));
  });
});

describe('wiki navigation', () => {
  const wiki = (nav: string) => `${nav}\n\n# MEF / DMTF Work Register\n\nDate Initiated: 4/25/2012\n\n${body}\n`;

  it('ignores breadcrumbs, tables of contents and "last modified" lines', () => {
    const doc = parse(
      wiki(
        [
          'Alliances > Work Registers > MEF / DMTF Work Register',
          'Created by Ann Lee, last modified by Bo Chen on Mar 04, 2014',
          '',
          '## Table of Contents',
          '',
          '- [Alliance Organizations](#alliance-organizations)',
          '- [Background](#background)',
        ].join('\n'),
      ),
      { now },
    );
    expect(doc.title).toBe('MEF / DMTF Work Register');
    expect(doc.initiatedOn).toBe('2012-04-25');
    expect(doc.sections.map((s) => s.heading)).toEqual(['Alliance Organizations', 'Background']);
  });

  it('does not take the page date as the initiation date', () => {
    const doc = parse(wiki('Page last modified on 12 March 2019').replace('Date Initiated: 4/25/2012\n', ''), { now });
    expect(doc.initiatedOn).toBeNull();
    expect(doc.findings.map((f) => f.code)).toContain('MISSING_INITIATION_DATE');
  });

  it('takes the title from the breadcrumb when nothing else gives it', () => {
    const doc = parse(`Home / Alliances / MEF / DMTF Work Register\n\n${body}`, { now });
    expect(doc.title).toBe('MEF / DMTF Work Register');
  });
});

describe('section names by meaning', () => {
  it.each([
    ['Objectives of the Alliance', 'mission'],
    ['Benefits to the Organisations', 'benefits'],
    ['Programme of Work', 'milestones'],
    ['Liaison Officers', 'contacts'],
    ['Organisations Involved', 'parties'],
    ['PARTIES TO THE AGREEMENT', 'parties'],
    ['Aims and Objectives', 'mission'],
    ['Sign-off', 'approval'],
    ['Review of this Register', 'review'],
  ])('"%s" is a %s section', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('dates', () => {
  const dated = (extra: string, date: string) =>
    parse(`MEF / DMTF Work Register\nDate Initiated: ${date}\n${extra}\n\n${body}`, { now });

  it('reads day-first where the document says so, month-first with a finding where it says nothing', () => {
    expect(dated('Dates in this register are given as day/month/year.', '03/04/2014').initiatedOn).toBe('2014-04-03');
    const plain = dated('', '03/04/2014');
    expect(plain.initiatedOn).toBe('2014-03-04');
    expect(plain.findings.find((f) => f.code === 'AMBIGUOUS_DATE')).toMatchObject({
      severity: 'INFO',
      path: 'initiatedOn',
    });
    expect(dated('', '25th April 2012').initiatedOn).toBe('2012-04-25');
    expect(codes(`MEF / DMTF Work Register\nDate Initiated: 4/25/2012\n\n${body}`)).not.toContain('AMBIGUOUS_DATE');
  });

  it('keeps vague milestone dates apart, with the precision they have and a finding', () => {
    const doc = parse(`MEF / DMTF Work Register\n\n${body}\n\nMilestones\n- Draft – mid-2013\n- Ballot – Q1 2014\n`, {
      now,
    });
    expect(doc.milestones).toEqual([
      { date: '2013-mid', precision: 'THIRD', description: 'Draft', status: 'PLANNED' },
      { date: '2014-Q1', precision: 'QUARTER', description: 'Ballot', status: 'PLANNED' },
    ]);
    expect(doc.findings.find((f) => f.code === 'VAGUE_DATE')?.path).toBe('milestones[0].date');
  });

  it('reads ambiguous dates day-first when another date of the document can only be day/month, and says from which line', () => {
    const text = [
      'MEF / DMTF Work Register',
      'Date Initiated: 04/05/2012',
      '',
      body,
      '',
      'Milestones',
      '- Draft – 03/02/2013',
      '',
      'Approved by the MEF Board on 25/04/2012.',
    ].join('\n');
    const doc = parse(text, { now });
    expect(doc.initiatedOn).toBe('2012-05-04');
    expect(doc.milestones[0]?.date).toBe('2013-02-03');
    expect(doc.approval?.approvedOn).toBe('2012-04-25');
    const inferred = doc.findings.filter((f) => f.code === 'INFERRED_DATE_ORDER');
    expect(inferred.map((f) => [f.path, f.line, f.severity])).toEqual([
      ['initiatedOn', 2, 'INFO'],
      ['milestones[0].date', 12, 'INFO'],
    ]);
    expect(inferred[0]?.message).toContain('"25/04/2012" on line 14');
    expect(codes(text)).not.toContain('AMBIGUOUS_DATE');
  });

  it('infers nothing when the document states its convention, writes both ways, or has no telling date', () => {
    const stated = parse(
      `MEF / DMTF Work Register\nDate Initiated: 04/05/2012\nDates are given as month/day/year.\n\n${body}\n\nApproved on 4/25/2012.`,
      { now },
    );
    expect(stated.initiatedOn).toBe('2012-04-05');
    expect(stated.findings.map((f) => f.code)).not.toContain('INFERRED_DATE_ORDER');
    const both = parse(
      `MEF / DMTF Work Register\nDate Initiated: 04/05/2012\n\n${body}\n\nMilestones\n- Draft – 25/04/2013\n- Ballot – 4/26/2013\n`,
      { now },
    );
    expect(both.initiatedOn).toBe('2012-04-05');
    expect(both.findings.map((f) => f.code)).toContain('AMBIGUOUS_DATE');
    expect(both.findings.map((f) => f.code)).not.toContain('INFERRED_DATE_ORDER');
    const none = parse(`MEF / DMTF Work Register\nDate Initiated: 04/05/2012\n\n${body}\n\nApproved on 16 May 2012.`, {
      now,
    });
    expect(none.initiatedOn).toBe('2012-04-05');
    expect(none.findings.map((f) => f.code)).toContain('AMBIGUOUS_DATE');
  });

  it('says how vague a vague date is kept', () => {
    const doc = parse(
      `MEF / DMTF Work Register\n\n${body}\n\nMilestones\n- Draft – H1 2013\n- Ballot – late 2014\n- Plugfest – spring 2015\n`,
      {
        now,
      },
    );
    expect(doc.milestones.map((m) => [m.date, m.precision])).toEqual([
      ['2013-H1', 'HALF'],
      ['2014-late', 'THIRD'],
      ['2015', 'YEAR'],
    ]);
    expect(doc.findings.filter((f) => f.code === 'VAGUE_DATE').map((f) => f.message)).toEqual([
      '"H1 2013" names no month or quarter; it is kept at half-year precision (2013-H1: 2013-01-01 to 2013-06-30).',
      '"late 2014" names no month or quarter; it is kept at third-of-year precision (2014-late: 2014-09-01 to 2014-12-31).',
      '"spring 2015" names no month or quarter; it is kept at year precision (2015).',
    ]);
  });

  it('reads a milestone status with its date', () => {
    const doc = parse(
      `MEF / DMTF Work Register\n\n${body}\n\nMilestones\n- White paper (completed September 2011)\n- Plugfest – Q3 2012 (cancelled in 2012)\n`,
      { now },
    );
    expect(doc.milestones.map((m) => [m.date, m.description, m.status])).toEqual([
      ['2011-09', 'White paper', 'COMPLETED'],
      ['2012-Q3', 'Plugfest (cancelled in 2012)', 'CANCELLED'],
    ]);
  });
});

describe('no silent loss', () => {
  it('reports header text that lands in no field', () => {
    const { register, unplaced } = readDocument(
      `MEF / DMTF Work Register\nAuthor: the liaison team, for the joint board meeting in Amsterdam\n\n${body}`,
      { now },
    );
    expect(unplaced).toEqual([{ line: 2, text: 'Author: the liaison team, for the joint board meeting in Amsterdam' }]);
    expect(register.findings.find((f) => f.code === 'UNPLACED_TEXT')).toMatchObject({ severity: 'INFO', line: 2 });
  });

  it('takes a sentence under the title for no subtitle', () => {
    const intro = 'This page records how the two bodies align their service models and review each other.';
    const { register, unplaced } = readDocument(`MEF / DMTF Work Register\nCloud Services\n${intro}\n\n${body}`, {
      now,
    });
    expect(register.subtitle).toBe('Cloud Services');
    expect(unplaced).toEqual([{ line: 3, text: intro }]);
  });

  it('reports nothing for a few words', () => {
    const { register, unplaced } = readDocument(`MEF / DMTF Work Register\nStatus: Draft\n\n${body}`, { now });
    expect(unplaced).toEqual([{ line: 2, text: 'Status: Draft' }]);
    expect(register.findings.map((f) => f.code)).not.toContain('UNPLACED_TEXT');
  });
});
