/**
 * Variations real registers show, each in a small document of its own.
 */
import { describe, expect, it } from 'vitest';
import { NotAWorkRegisterError, parse, registerSlug } from '../src/index.js';
import type { StandardsBody, WorkRegisterDocument } from '../src/index.js';

const now = new Date('2026-11-24');
const read = (text: string, directory?: readonly StandardsBody[]): WorkRegisterDocument =>
  parse(text, directory ? { now, directory } : { now });
const register = (parts: { title?: string; header?: string; orgs?: string; body?: string } = {}): string =>
  [
    parts.title ?? 'MEF / DMTF Work Register',
    parts.header ?? 'Version 1.0\nDate Initiated: 4/25/2012',
    '',
    'Alliance Organizations',
    '',
    parts.orgs ?? 'Metro Ethernet Forum (MEF) and the Distributed Management Task Force (DMTF)',
    '',
    parts.body ?? '',
  ].join('\n');
const parties = (d: WorkRegisterDocument) => d.parties.map((p) => [p.acronym, p.name, p.unit]);
const codes = (d: WorkRegisterDocument) => d.findings.map((f) => f.code);

describe('titles and slugs', () => {
  it.each([
    ['MEF / DMTF Work Register', 'mef-dmtf', 'REGISTER', null],
    ['MEF-DMTF Work Register', 'mef-dmtf', 'REGISTER', null],
    ['TM Forum-MEF Work Register', 'tm-forum-mef', 'REGISTER', null],
    ['DMTF – SNIA Work Register', 'dmtf-snia', 'REGISTER', null],
    ['OASIS SAF TC / DMTF CMWG Work Register', 'oasis-saf-tc-dmtf-cmwg', 'REGISTER', null],
    ['ITU-T SG13 / DMTF Work Register', 'itu-t-sg13-dmtf', 'REGISTER', null],
    ['SNIA / DMTF Work Register Addendum', 'snia-dmtf-addendum', 'ADDENDUM', 'SNIA / DMTF Work Register'],
    ['SNIA / DMTF Work Register Addendum 2', 'snia-dmtf-addendum-2', 'ADDENDUM', 'SNIA / DMTF Work Register'],
    ['Addendum 2 to the SNIA / DMTF Work Register', 'snia-dmtf-addendum-2', 'ADDENDUM', 'SNIA / DMTF Work Register'],
    ['Work Register: MEF / DMTF', 'mef-dmtf', 'REGISTER', null],
  ])('%s', (title, slug, kind, amends) => {
    expect(registerSlug(title)).toBe(slug);
    const d = read(register({ title, orgs: 'MEF\nDMTF\nSNIA\nTM Forum\nOASIS\nITU-T' }));
    expect(d.title).toBe(title);
    expect(d.kind).toBe(kind);
    expect(d.amends).toBe(amends);
  });

  it('joins a title wrapped over two lines and reads a Markdown title', () => {
    expect(read(register({ title: 'OASIS SAF TC / DMTF CMWG\nWork Register', orgs: 'OASIS\nDMTF' })).title).toBe(
      'OASIS SAF TC / DMTF CMWG Work Register',
    );
    expect(read(register({ title: '# **MEF / DMTF Work Register**' })).title).toBe('MEF / DMTF Work Register');
  });

  it('keeps a title that does not say "Work Register", with an error finding', () => {
    const d = read(register({ title: 'MEF and DMTF Alliance' }));
    expect(d.title).toBe('MEF and DMTF Alliance');
    expect(d.findings[0]).toMatchObject({ code: 'MISSING_TITLE', severity: 'ERROR', path: 'title', line: 1 });
  });
});

describe('header', () => {
  it.each([
    ['Version 1.0\nDate Initiated : 4/25/2012', '1.0', '2012-04-25'],
    ['Version: 2.0\nDate Initiated: April 1 2010', '2.0', '2010-04-01'],
    ['Version 1.1\nDate initiated - June 30, 2011', '1.1', '2011-06-30'],
    ['Version 3.1, Date Initiated: 2012-04-25', '3.1', '2012-04-25'],
    ['**Version:** v1.2\n**Date Initiated:** 16 May 2013', '1.2', '2013-05-16'],
    ['Rev. 0.9\nDate: 1/5/2011', '0.9', '2011-01-05'],
    ['Version 1.0 (draft)\nInitiated: April 2012', '1.0', '2012-04'],
  ])('%j', (header, version, initiatedOn) => {
    const d = read(register({ header }));
    expect(d.version).toBe(version);
    expect(d.initiatedOn).toBe(initiatedOn);
    expect(d.subtitle).toBeNull();
  });

  it('keeps subtitle lines, joined', () => {
    const d = read(
      register({
        header:
          'Version 2.0\nDate Initiated: April 1 2010\nCloud Computing Environment Management Standards\n   Development and Adoption',
      }),
    );
    expect(d.subtitle).toBe('Cloud Computing Environment Management Standards Development and Adoption');
  });

  it('reports a missing or unreadable initiation date instead of inventing one', () => {
    const missing = read(register({ header: 'Version 1.0' }));
    expect(missing.initiatedOn).toBeNull();
    expect(codes(missing)).toEqual(['MISSING_INITIATION_DATE']);
    const unreadable = read(register({ header: 'Version 1.0\nDate Initiated: spring of last year' }));
    expect(unreadable.initiatedOn).toBeNull();
    expect(unreadable.findings[0]).toMatchObject({
      code: 'UNREADABLE_DATE',
      severity: 'WARNING',
      path: 'initiatedOn',
      line: 3,
    });
  });
});

describe('alliance organizations', () => {
  it('reads "Full Name (ACRONYM)" joined by "and", with Markdown links stripped', () => {
    expect(
      parties(
        read(register({ orgs: 'Metro Ethernet Forum (MEF) and the [Distributed Management Task Force](#) (DMTF)' })),
      ),
    ).toEqual([
      ['MEF', 'Metro Ethernet Forum', null],
      ['DMTF', 'Distributed Management Task Force', null],
    ]);
  });

  it('reads acronyms alone, one per line or in a list, resolving names through the directory', () => {
    const expected = [
      ['MEF', 'Metro Ethernet Forum', null],
      ['DMTF', 'Distributed Management Task Force', null],
    ];
    expect(parties(read(register({ orgs: 'MEF\nDMTF' })))).toEqual(expected);
    expect(parties(read(register({ orgs: '- MEF\n- DMTF' })))).toEqual(expected);
    expect(parties(read(register({ orgs: 'MEF and DMTF' })))).toEqual(expected);
    expect(parties(read(register({ orgs: 'The MEF and the DMTF' })))).toEqual(expected);
    expect(
      parties(
        read(register({ orgs: '- **MEF** – Metro Ethernet Forum\n- **DMTF** – Distributed Management Task Force' })),
      ),
    ).toEqual(expected);
    expect(
      parties(
        read(
          register({
            orgs: 'Partner 1: Metro Ethernet Forum (MEF)\nPartner 2: Distributed Management Task Force (DMTF)',
          }),
        ),
      ),
    ).toEqual(expected);
    expect(
      parties(
        read(
          register({
            orgs: 'This alliance is between the Metro Ethernet Forum (MEF) and the Distributed Management Task Force (DMTF).',
          }),
        ),
      ),
    ).toEqual(expected);
  });

  it('reads units after the organization, before it, and broken over two lines', () => {
    expect(
      parties(read(register({ orgs: 'MEF Technical\nCommittee\nDMTF Cloud Management\nWorking Group (CMWG)' }))),
    ).toEqual([
      ['MEF', 'Metro Ethernet Forum', 'Technical Committee'],
      ['DMTF', 'Distributed Management Task Force', 'Cloud Management Working Group (CMWG)'],
    ]);
    expect(
      parties(
        read(
          register({ orgs: 'The Technical Committee of the MEF and the Cloud Management Working Group of the DMTF' }),
        ),
      ),
    ).toEqual([
      ['MEF', 'Metro Ethernet Forum', 'Technical Committee'],
      ['DMTF', 'Distributed Management Task Force', 'Cloud Management Working Group'],
    ]);
    expect(parties(read(register({ orgs: "DMTF's Cloud Management Working Group (CMWG)\nMEF" })))).toEqual([
      ['DMTF', 'Distributed Management Task Force', 'Cloud Management Working Group (CMWG)'],
      ['MEF', 'Metro Ethernet Forum', null],
    ]);
  });

  it('keeps names with "and" in them whole, and three parties', () => {
    const d = read(
      register({
        title: 'IEEE / NIST / DMTF Work Register',
        orgs: 'Institute of Electrical and Electronics Engineers (IEEE), National Institute of Standards and Technology (NIST) and DMTF',
      }),
    );
    expect(parties(d)).toEqual([
      ['IEEE', 'Institute of Electrical and Electronics Engineers', null],
      ['NIST', 'National Institute of Standards and Technology', null],
      ['DMTF', 'Distributed Management Task Force', null],
    ]);
    expect(codes(d)).toEqual([]);
  });

  it('writes spelling variants of a known name the directory’s way, and keeps other names as written', () => {
    expect(
      parties(
        read(register({ orgs: 'The Metro Ethernet Forum (MEF)\nDistributed Management Task Force, Inc. (DMTF)' })),
      ),
    ).toEqual([
      ['MEF', 'Metro Ethernet Forum', null],
      ['DMTF', 'Distributed Management Task Force', null],
    ]);
    expect(
      parties(read(register({ title: 'GGF / DMTF Work Register', orgs: 'Global Grid Forum (GGF)\nDMTF' })))[0],
    ).toEqual(['OGF', 'Global Grid Forum', null]);
  });

  it('resolves names the directory knows under another spelling, and units in the title', () => {
    expect(
      parties(read(register({ title: 'TMF / MEF Work Register', orgs: 'TeleManagement Forum (TMF)\nMEF' })))[0],
    ).toEqual(['TM Forum', 'TeleManagement Forum', null]);
    expect(
      parties(
        read(register({ title: 'ISO/IEC JTC 1/SC 38 - DMTF Work Register', orgs: 'ISO/IEC JTC 1/SC 38\nDMTF' })),
      )[0],
    ).toEqual(['JTC 1', 'ISO/IEC JTC 1', 'SC 38']);
    expect(parties(read(register({ title: 'SNIA / DMTF CMWG Work Register', orgs: 'SNIA\nDMTF' })))[1]).toEqual([
      'DMTF',
      'Distributed Management Task Force',
      'CMWG',
    ]);
  });

  it('keeps organizations the directory does not know', () => {
    expect(
      parties(read(register({ title: 'ACC / DMTF Work Register', orgs: 'Acme Cloud Consortium (ACC)\nDMTF' })))[0],
    ).toEqual(['ACC', 'Acme Cloud Consortium', null]);
    const d = read(register({ title: 'Acme / DMTF Work Register', orgs: 'Acme Consortium and DMTF' }));
    expect(parties(d)[0]).toEqual(['Acme', 'Acme Consortium', null]);
    expect(codes(d)).toEqual([]);
  });

  it('uses the directory it is given', () => {
    const directory: StandardsBody[] = [
      {
        acronym: 'XYZ',
        name: 'Xylophone Zither Union',
        aliases: [],
        website: 'https://xyz.example',
        emailDomains: [{ domain: 'xyz.example', current: true }],
        units: [],
      },
      {
        acronym: 'DMTF',
        name: 'Distributed Management Task Force',
        aliases: [],
        website: 'https://www.dmtf.org',
        emailDomains: [{ domain: 'dmtf.org', current: true }],
        units: [],
      },
    ];
    const d = read(
      register({
        title: 'XYZ / DMTF Work Register',
        orgs: 'XYZ and DMTF',
        body: 'Points of Contact\n\nXYZ: Ann Lee (ann@xyz.exmple)',
      }),
      directory,
    );
    expect(parties(d)).toEqual([
      ['XYZ', 'Xylophone Zither Union', null],
      ['DMTF', 'Distributed Management Task Force', null],
    ]);
    expect(d.findings).toContainEqual(
      expect.objectContaining({
        code: 'EMAIL_DOMAIN_MISMATCH',
        message: 'ann@xyz.exmple is not on a XYZ domain; the closest known XYZ domain is xyz.example.',
      }),
    );
  });

  it('reports an organization of the title missing from the section, and a lone party', () => {
    const d = read(register({ orgs: 'MEF' }));
    expect(parties(d)).toEqual([['MEF', 'Metro Ethernet Forum', null]]);
    expect(d.findings.map((f) => [f.code, f.severity, f.path, f.line])).toEqual([
      ['MISSING_PARTIES', 'ERROR', 'parties', 5],
      ['MISSING_PARTIES', 'ERROR', 'parties', 5],
    ]);
    expect(d.findings[0]?.message).toBe('DMTF is named in the title but not among the alliance organizations.');
  });
});

describe('sections', () => {
  it('keeps every section with its heading as written, wrapped, numbered or in Markdown', () => {
    const d = read(
      register({
        body: [
          '1. Background:',
          'Text.',
          '',
          'ALLIANCE BENEFITS',
          'More text.',
          '',
          'Business Justification for',
          'Liaison',
          'Why.',
          '',
          '## Intellectual Property',
          'IPR text.',
          '',
          'Liaison Meetings',
          '',
          'Quarterly calls.',
          '',
          'Review Date: May 2013',
        ].join('\n'),
      }),
    );
    expect(d.sections.map((s) => [s.heading, s.text])).toEqual([
      ['Alliance Organizations', 'Metro Ethernet Forum (MEF) and the Distributed Management Task Force (DMTF)'],
      ['1. Background:', 'Text.'],
      ['ALLIANCE BENEFITS', 'More text.'],
      ['Business Justification for Liaison', 'Why.'],
      ['Intellectual Property', 'IPR text.'],
      ['Liaison Meetings', 'Quarterly calls.'],
      ['Review Date:', 'May 2013'],
    ]);
    expect(d.review).toEqual({ trigger: null, dueBy: '2013-05', precision: 'MONTH' });
  });

  it('reads liaison-style sections written without blank lines', () => {
    const d = read(
      [
        'MEF / DMTF Work Register',
        'Version 1.0',
        'Date Initiated: June 30, 2011',
        'Alliance Organizations',
        'Metro Ethernet Forum (MEF)',
        'Distributed Management Task Force (DMTF)',
        'MEF Work Area Associated with Liaison',
        'The service definitions, which the MEF develops',
        'for Carrier Ethernet.',
        'DMTF Work Area Associated with Liaison',
        'The CIMI interface.',
        'Business Justification for',
        'Liaison',
        'Both gain.',
        'Scope of Liaison Activity',
        'Exchange of drafts.',
      ].join('\n'),
    );
    expect(d.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'MEF Work Area Associated with Liaison',
      'DMTF Work Area Associated with Liaison',
      'Business Justification for Liaison',
      'Scope of Liaison Activity',
    ]);
    expect(d.sections[1]?.text).toBe('The service definitions, which the MEF develops\nfor Carrier Ethernet.');
    expect(parties(d).map((p) => p[0])).toEqual(['MEF', 'DMTF']);
  });

  it('takes the title that names organizations from a cover page', () => {
    const d = read(
      register({
        title: 'Distributed Management Task Force\nAlliance Partner Work Register\nMEF / DMTF Work Register',
      }),
    );
    expect(d.title).toBe('MEF / DMTF Work Register');
    expect(d.subtitle).toBeNull();
  });

  it('reads rules for delegated work in their variants', () => {
    const d = read(
      register({
        body: 'Rules for delegated work\n\nMEF review of DMTF work:\n- DMTF will share drafts.\n\nReview of the MEF’s specifications by the DMTF.\nMEF will share specifications.\nMEF will answer comments\nwithin 30 days.',
      }),
    );
    expect(d.delegatedWorkRules).toEqual([
      { reviewer: 'MEF', subject: 'DMTF', commitments: ['DMTF will share drafts.'] },
      {
        reviewer: 'DMTF',
        subject: 'MEF',
        commitments: ['MEF will share specifications.', 'MEF will answer comments within 30 days.'],
      },
    ]);
  });

  it('reads standards development modes', () => {
    const mode = (text: string) => read(register({ body: `Standards Development\n\n${text}` })).standardsDevelopment;
    expect(mode('Joint standards development')).toEqual({ mode: 'JOINT', text: 'Joint standards development' });
    expect(mode('Delegated standards development')?.mode).toBe('DELEGATED');
    expect(mode('Independent development; joint review')?.mode).toBe('INDEPENDENT');
    expect(mode('None')?.mode).toBe('NONE');
    expect(mode('Each side informs the other')?.mode).toBe('OTHER');
  });
});

describe('milestones', () => {
  const milestones = (text: string) => read(register({ body: `Milestones / Dates\n\n${text}` }));

  it('reads "None", "TBD" and "N/A" as no milestones, without findings', () => {
    for (const text of ['None', 'TBD', 'N/A', 'To be determined.']) {
      const d = milestones(text);
      expect(d.milestones).toEqual([]);
      expect(codes(d)).toEqual([]);
    }
  });

  it('reads dates at every precision, before or after the description, with status', () => {
    expect(
      milestones(
        [
          '* 15 September 2012 — joint demo',
          '* March 2013: publish white paper [Completed]',
          '* Q2/2013 interop event (cancelled)',
          '* By end of Q3 2013, publish joint draft',
          '* CIMI 1.0 published by 2014',
          '* 2013/07/01 - start of phase 2',
          '* ~~Joint plugfest 2015~~',
        ].join('\n'),
      ).milestones,
    ).toEqual([
      { date: '2012-09-15', precision: 'DAY', description: 'joint demo', status: 'PLANNED' },
      { date: '2013-03', precision: 'MONTH', description: 'publish white paper', status: 'COMPLETED' },
      { date: '2013-Q2', precision: 'QUARTER', description: 'interop event', status: 'CANCELLED' },
      { date: '2013-Q3', precision: 'QUARTER', description: 'publish joint draft', status: 'PLANNED' },
      { date: '2014', precision: 'YEAR', description: 'CIMI 1.0 published', status: 'PLANNED' },
      { date: '2013-07-01', precision: 'DAY', description: 'start of phase 2', status: 'PLANNED' },
      { date: '2015', precision: 'YEAR', description: 'Joint plugfest', status: 'CANCELLED' },
    ]);
  });

  it('reads a date on its own line with the description under it, and tab-separated tables', () => {
    expect(milestones('Q3 2011\nPublish the first draft\n\nMilestone\tDate\nFinal\t12/15/2011').milestones).toEqual([
      { date: '2011-Q3', precision: 'QUARTER', description: 'Publish the first draft', status: 'PLANNED' },
      { date: '2011-12-15', precision: 'DAY', description: 'Final', status: 'PLANNED' },
    ]);
  });

  it('reports lines without a date and keeps them out of the list', () => {
    const d = milestones('Q3 2011 - Kick-off\nMonthly liaison calls\nTBD - Second workshop');
    expect(d.milestones).toHaveLength(1);
    expect(d.findings.map((f) => [f.code, f.severity, f.line])).toEqual([
      ['MILESTONE_WITHOUT_DATE', 'INFO', 12],
      ['MILESTONE_WITHOUT_DATE', 'INFO', 13],
    ]);
  });
});

describe('review', () => {
  const review = (text: string) => read(register({ body: `Work Register Review Date\n\n${text}` }));

  it.each([
    [
      'Work register will be reviewed when an MEF document is identified, but no later than May 2013.',
      'when an MEF document is identified',
      '2013-05',
      'MONTH',
    ],
    ['Reviewed annually, no later than Q4 2013.', 'annually', '2013-Q4', 'QUARTER'],
    [
      'To be reviewed when CIMI 1.0 is published, or no later than Sept. 30, 2012.',
      'when CIMI 1.0 is published',
      '2012-09-30',
      'DAY',
    ],
    [
      'The register will be reviewed upon publication of the white paper and not later than 2014.',
      'upon publication of the white paper',
      '2014',
      'YEAR',
    ],
    ['No later than 1Q2012.', null, '2012-Q1', 'QUARTER'],
    ['The work register shall be reviewed every 12 months.', 'every 12 months', null, null],
  ])('%s', (text, trigger, dueBy, precision) => {
    expect(review(text).review).toEqual({ trigger, dueBy, precision });
  });

  it('is overdue only once the whole period has passed', () => {
    const text = register({ body: 'Work Register Review Date\n\nReviewed when needed, but no later than Q4 2026.' });
    expect(codes(parse(text, { now: new Date('2026-12-31T10:00:00Z') }))).not.toContain('REVIEW_OVERDUE');
    const late = parse(text, { now: new Date('2027-01-01T10:00:00Z') });
    expect(late.findings).toEqual([
      {
        code: 'REVIEW_OVERDUE',
        severity: 'WARNING',
        message: 'The review was due by 2026-Q4 (2026-12-31) and has not been recorded.',
        path: 'review.dueBy',
        line: 11,
      },
    ]);
  });
});

describe('approval', () => {
  const approval = (text: string) =>
    read(register({ body: `Points of Contact\n\nMEF: Nan Chen (nan@mef.net)\n\n${text}` }));

  it.each([
    [
      'Approved by the DMTF Board of Directors; Board Resolution 2012-05-04 on 5/16/2012.',
      'DMTF Board of Directors',
      '2012-05-04',
      '2012-05-16',
    ],
    [
      '**Approved by the DMTF Board of Directors; Board Resolution\n2012-05-04 on 5/16/2012.**',
      'DMTF Board of Directors',
      '2012-05-04',
      '2012-05-16',
    ],
    [
      'Approved by the DMTF Board of Directors on May 16, 2012 (Board Resolution 2012-05-04).',
      'DMTF Board of Directors',
      '2012-05-04',
      '2012-05-16',
    ],
    [
      'Approved: TM Forum Board of Directors, Resolution TMF-2011-17, 7/14/2011.',
      'TM Forum Board of Directors',
      'TMF-2011-17',
      '2011-07-14',
    ],
    [
      'Approved by DMTF Board of Directors 5/16/2012, Resolution 2012-05-04',
      'DMTF Board of Directors',
      '2012-05-04',
      '2012-05-16',
    ],
    [
      'The DMTF Board of Directors approved this work register on May 16, 2012 (Resolution 2012-05-04).',
      'DMTF Board of Directors',
      '2012-05-04',
      '2012-05-16',
    ],
    ['Approved by the MEF Board on 2012-05-16.', 'MEF Board', null, '2012-05-16'],
  ])('%s', (text, body, resolution, approvedOn) => {
    const d = approval(text);
    expect(d.approval).toMatchObject({ body, resolution, approvedOn });
    // The approval is not read as a contact.
    expect(d.contacts).toHaveLength(1);
  });

  it('reports an approval before initiation, comparing whole periods', () => {
    expect(codes(approval('Approved by the DMTF Board on 4/24/2012.'))).toEqual(['APPROVAL_BEFORE_INITIATION']);
    expect(codes(approval('Approved by the DMTF Board in April 2012.'))).toEqual([]);
    expect(approval('Approved by the DMTF Board in April 2012.').approval?.approvedOn).toBe('2012-04');
  });
});

describe('points of contact', () => {
  const contacts = (text: string) => read(register({ body: `Resources Identified / Points of Contact\n\n${text}` }));
  const rows = (d: WorkRegisterDocument) => d.contacts.map((c) => [c.organization, c.name, c.title, c.email, c.kind]);

  it('reads the forms people write contacts in', () => {
    const d = contacts(
      [
        'MEF Contacts:',
        'Jane Doe (Chair) - jane@example.com',
        'John Roe, Director, john@mef.net',
        'Bob Smith, Editor',
        'Email: bob@example.com',
        '[Ann Lee](mailto:ann@example.com), Marketing',
        'Carl Diaz <carl@example.com>',
        '',
        'Within the Distributed Management Task Force:',
        '• Winston Park – CMWG Chair – winston@example.net',
        'DMTF Alliance list: alliance@dmtf.org',
        'liaison@dmtf.org',
      ].join('\n'),
    );
    expect(rows(d)).toEqual([
      ['MEF', 'Jane Doe', 'Chair', 'jane@example.com', 'PERSON'],
      ['MEF', 'John Roe', 'Director', 'john@mef.net', 'PERSON'],
      ['MEF', 'Bob Smith', 'Editor', 'bob@example.com', 'PERSON'],
      ['MEF', 'Ann Lee', 'Marketing', 'ann@example.com', 'PERSON'],
      ['MEF', 'Carl Diaz', null, 'carl@example.com', 'PERSON'],
      ['DMTF', 'Winston Park', 'CMWG Chair', 'winston@example.net', 'PERSON'],
      ['DMTF', 'DMTF Alliance list', null, 'alliance@dmtf.org', 'MAILING_LIST'],
      ['DMTF', 'liaison@dmtf.org', null, 'liaison@dmtf.org', 'MAILING_LIST'],
    ]);
    expect(codes(d)).toEqual([]);
  });

  it('reads contact tables, side by side or one row each', () => {
    expect(
      rows(
        contacts(
          '| Organization | Name | Title | Email |\n|---|---|---|---|\n| MEF | Nan Chen | President | nan@mef.net |\n| DMTF | Winston Bumpus | President | wbumpus@dmtf.org |',
        ),
      ),
    ).toEqual([
      ['MEF', 'Nan Chen', 'President', 'nan@mef.net', 'PERSON'],
      ['DMTF', 'Winston Bumpus', 'President', 'wbumpus@dmtf.org', 'PERSON'],
    ]);
    expect(
      rows(
        contacts('| MEF | DMTF |\n|---|---|\n| Nan Chen, President (nan@mef.net) | Winston Bumpus, VP (wb@dmtf.org) |'),
      ),
    ).toEqual([
      ['MEF', 'Nan Chen', 'President', 'nan@mef.net', 'PERSON'],
      ['DMTF', 'Winston Bumpus', 'VP', 'wb@dmtf.org', 'PERSON'],
    ]);
    expect(
      rows(contacts('MEF\tNan Chen\tPresident\tnan@mef.net\nDMTF\tWinston Bumpus\tPresident\twbumpus@dmtf.org')),
    ).toEqual([
      ['MEF', 'Nan Chen', 'President', 'nan@mef.net', 'PERSON'],
      ['DMTF', 'Winston Bumpus', 'President', 'wbumpus@dmtf.org', 'PERSON'],
    ]);
    expect(rows(contacts('MEF: Nan Chen (nan@mef.net), Bill Bjorkman (bill@mef.net)'))).toEqual([
      ['MEF', 'Nan Chen', null, 'nan@mef.net', 'PERSON'],
      ['MEF', 'Bill Bjorkman', null, 'bill@mef.net', 'PERSON'],
    ]);
  });

  it('reads a name and title on one line and the address on the next', () => {
    expect(
      rows(contacts('MEF:\nNan Chen, President MEF\nnan@mef.net\n\nDMTF:\nWinston Park, VP\nEmail: wpark@example.com')),
    ).toEqual([
      ['MEF', 'Nan Chen', 'President MEF', 'nan@mef.net', 'PERSON'],
      ['DMTF', 'Winston Park', 'VP', 'wpark@example.com', 'PERSON'],
    ]);
  });

  it('keeps a label in front of several people for all of them', () => {
    expect(rows(contacts('DMTF CMWG Co-Chairs: Ann Lee (ann@example.com), Bo Chen (bo@example.org)'))).toEqual([
      ['DMTF', 'Ann Lee', null, 'ann@example.com', 'PERSON'],
      ['DMTF', 'Bo Chen', null, 'bo@example.org', 'PERSON'],
    ]);
  });

  it('files contacts without a label under the organization of their email domain', () => {
    expect(rows(contacts('Nan Chen, President (nan@mef.net)\nWinston Park, VP (wpark@dmtf.org)'))).toEqual([
      ['MEF', 'Nan Chen', 'President', 'nan@mef.net', 'PERSON'],
      ['DMTF', 'Winston Park', 'VP', 'wpark@dmtf.org', 'PERSON'],
    ]);
  });

  it('keeps the same person once, with a finding per repetition', () => {
    const d = contacts(
      'MEF:\n- Nan Chen, President (nan@mef.net)\n- Nan Chen (NAN@mef.net)\n- Nan Chen, President (nan.chen@example.com)',
    );
    expect(rows(d)).toEqual([['MEF', 'Nan Chen', 'President', 'nan@mef.net', 'PERSON']]);
    expect(d.findings.map((f) => [f.code, f.path, f.line])).toEqual([
      ['DUPLICATE_CONTACT', 'contacts[0]', 13],
      ['DUPLICATE_CONTACT', 'contacts[0]', 14],
    ]);
  });

  it('reports a likely typo in an organization domain, never a member company', () => {
    const d = contacts(
      'MEF:\nRaghu Ranganathan, TC Co-Chair (rraghu@ciena.com)\nNan Chen (nan@mef.nte)\nDMTF:\nAlliance Contacts (alliance@dmf.org)\nJohn Smith (john@dmtf.org)\nJane Roe (jane@lists.dmtf.org)\nPat Lee (pat@intel.com)',
    );
    expect(d.findings.map((f) => [f.code, f.message, f.path])).toEqual([
      [
        'EMAIL_DOMAIN_MISMATCH',
        'nan@mef.nte is not on a MEF domain; the closest known MEF domain is mef.net.',
        'contacts[1].email',
      ],
      [
        'EMAIL_DOMAIN_MISMATCH',
        'alliance@dmf.org is not on a DMTF domain; the closest known DMTF domain is dmtf.org.',
        'contacts[2].email',
      ],
    ]);
  });
});

describe('what is not a work register', () => {
  it.each([
    ['', 'no title line'],
    ['   \n\n  ', 'no title line'],
    ['Version 1.0\n\nBackground\n\nText', 'no title line'],
    ['Alliance Organizations\n\nMEF and DMTF', 'no title line'],
    ['Hello world\n\nThis is a README.', 'no alliance organizations'],
    ['Foo / Bar Work Register\nVersion 1\n\nBackground\n\nText', 'no alliance organizations'],
    ['MEF / DMTF Work Register\nVersion 1.0\n\nAlliance Organizations\n\nNone', 'no alliance organizations'],
  ])('%j', (text, reason) => {
    let error: unknown;
    try {
      parse(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotAWorkRegisterError);
    expect(error).toBeInstanceOf(Error);
    expect((error as NotAWorkRegisterError).message).toBe(`not a work register (${reason})`);
    expect((error as NotAWorkRegisterError).reason).toBe(reason);
  });
});
