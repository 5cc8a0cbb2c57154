import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, registerSlug } from '../src/index.js';
import type { Finding, WorkRegisterDocument } from '../src/index.js';

const now = new Date('2026-11-24');
const load = (name: string): WorkRegisterDocument =>
  parse(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8'), { now });
const codes = (findings: Finding[]) => findings.map((f) => f.code);

describe('OASIS SAF TC / DMTF CMWG Work Register (liaison style, centred header, wrapped subtitle)', () => {
  const doc = load('oasis-saf-tc-dmtf-cmwg-work-register.txt');

  it('reads the header', () => {
    expect(doc.title).toBe('OASIS SAF TC / DMTF CMWG Work Register');
    expect(registerSlug(doc.title)).toBe('oasis-saf-tc-dmtf-cmwg');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('2.0');
    expect(doc.initiatedOn).toBe('2010-04-01');
    expect(doc.subtitle).toBe('Cloud Computing Environment Management Standards Development and Adoption');
  });

  it('reads the organizations with their units, one of them broken over two lines', () => {
    expect(doc.parties).toEqual([
      { acronym: 'DMTF', name: 'Distributed Management Task Force', unit: 'Cloud Management Working Group' },
      {
        acronym: 'OASIS',
        name: 'Organization for the Advancement of Structured Information Standards',
        unit: 'Symptoms Automation Framework (SAF) TC',
      },
    ]);
  });

  it('keeps every liaison-style section with its heading as written', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'OASIS SAF TC Work Area Associated with Liaison',
      'DMTF CMWG Work Area Associated with Liaison',
      'Business Justification for Liaison',
      'Scope of Liaison Activity',
      'Milestones / Dates',
      'Work Register Review Date',
      'Resources Identified / Points of Contact',
    ]);
    expect(doc.sections[2]?.text).toMatch(/^The CMWG work on the cloud reference architecture,.*\nscope\.$/s);
    expect(doc.background).toMatch(/^The joint effort of the DMTF CMWG .* do not diverge\.\n\nDivergence drives/s);
    expect(doc.objectives).toEqual([
      'Exchange of working drafts between the SAF TC and the CMWG.',
      'Joint review of the symptom and event models used for cloud management.',
      'Coordinated presentations at industry events.',
    ]);
    expect(doc.standardsDevelopment).toBeNull();
    expect(doc.delegatedWorkRules).toEqual([]);
  });

  it('reads milestones, review, approval and contacts', () => {
    expect(doc.milestones).toEqual([
      { date: '2010-06-30', precision: 'DAY', description: 'Exchange of first working drafts', status: 'PLANNED' },
      {
        date: '2010-Q4',
        precision: 'QUARTER',
        description: 'Joint review of the SAF symptoms model for cloud',
        status: 'PLANNED',
      },
    ]);
    expect(doc.review).toEqual({
      trigger: 'at the first face-to-face meeting after the publication of the SAF specification',
      dueBy: '2011-04-01',
      precision: 'DAY',
    });
    expect(doc.approval).toEqual({
      body: 'DMTF Board of Directors',
      resolution: '2010-04-07',
      approvedOn: '2010-04-07',
      text: 'Approved by the DMTF Board of Directors on 4/7/2010 (Board Resolution 2010-04-07).',
    });
    expect(doc.contacts).toEqual([
      {
        organization: 'OASIS',
        name: 'Jane Whitfield',
        title: 'SAF TC Co-Chair',
        email: 'jane.whitfield@example.com',
        kind: 'PERSON',
      },
      {
        organization: 'OASIS',
        name: 'Marco Bellini',
        title: 'SAF TC Secretary',
        email: 'marco.bellini@example.org',
        kind: 'PERSON',
      },
      {
        organization: 'DMTF',
        name: 'Winston Park',
        title: 'CMWG Chair',
        email: 'winston.park@example.net',
        kind: 'PERSON',
      },
      {
        organization: 'DMTF',
        name: 'DMTF Alliance Manager',
        title: null,
        email: 'alliances@dmtf.org',
        kind: 'MAILING_LIST',
      },
    ]);
    expect(doc.findings).toEqual([
      {
        code: 'REVIEW_OVERDUE',
        severity: 'WARNING',
        message: 'The review was due by 2011-04-01 and has not been recorded.',
        path: 'review.dueBy',
        line: 41,
      },
      {
        // 4/7/2010 reads both ways and the register states no convention (issue 13).
        code: 'AMBIGUOUS_DATE',
        severity: 'INFO',
        message:
          '"4/7/2010" reads as month/day or day/month and the document states no convention; it was read month-first (2010-04-07).',
        path: 'approval.approvedOn',
        line: 51,
      },
    ]);
  });
});

describe('SNIA / DMTF Work Register (Markdown, milestone table at every precision, ISO date)', () => {
  const doc = load('snia-dmtf-work-register.txt');

  it('reads the Markdown header', () => {
    expect(doc.title).toBe('SNIA / DMTF Work Register');
    expect(registerSlug(doc.title)).toBe('snia-dmtf');
    expect(doc.version).toBe('1.2');
    expect(doc.initiatedOn).toBe('2012-04-25');
    expect(doc.subtitle).toBe('Cloud storage and cloud management interoperability');
  });

  it('strips Markdown links from the organizations and keeps them as references', () => {
    expect(doc.parties).toEqual([
      { acronym: 'SNIA', name: 'Storage Networking Industry Association', unit: 'Cloud Storage Technical Work Group' },
      { acronym: 'DMTF', name: 'Distributed Management Task Force', unit: null },
    ]);
    expect(doc.references).toEqual([
      { title: 'Storage Networking Industry Association', url: 'https://www.snia.org' },
      { title: 'Distributed Management Task Force', url: 'https://www.dmtf.org' },
    ]);
  });

  it('reads the MEF-style sections', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'Background',
      'Alliance Partner Mission',
      'Alliance Benefits',
      'Standards Development',
      'Rules for Delegated Work',
      'Milestones / Dates',
      'Work Register Review Date',
      'Resources Identified / Points of Contact',
    ]);
    expect(doc.projects).toEqual([
      { name: 'CDMI and CIMI Alignment', audience: 'cloud providers that offer both compute and storage services' },
    ]);
    expect(doc.objectives).toEqual([
      'Align the CIMI and CDMI resource models where they overlap.',
      'Publish a joint white paper on using CIMI and CDMI together.',
    ]);
    expect(doc.benefits).toEqual([
      'SNIA members gain a management interface for cloud storage resources.',
      'DMTF members gain a standard data path for CIMI-managed volumes.',
    ]);
    expect(doc.standardsDevelopment).toEqual({
      mode: 'INDEPENDENT',
      text: 'Independent standards development, with joint review of the overlapping parts.',
    });
    expect(doc.delegatedWorkRules).toEqual([
      { reviewer: 'DMTF', subject: 'SNIA', commitments: ['SNIA will share CDMI working drafts with the DMTF CMWG.'] },
      {
        reviewer: 'SNIA',
        subject: 'DMTF',
        commitments: [
          'DMTF will share CIMI work-in-progress drafts with the SNIA Cloud Storage TWG.',
          'DMTF will consider SNIA comments before publishing CIMI updates.',
        ],
      },
    ]);
  });

  it('reads the milestone table at day, month, quarter and year precision, with status', () => {
    expect(doc.milestones).toEqual([
      { date: '2012-09-15', precision: 'DAY', description: 'First joint review call', status: 'COMPLETED' },
      { date: '2013-05', precision: 'MONTH', description: 'CIMI/CDMI mapping draft', status: 'PLANNED' },
      { date: '2013-Q3', precision: 'QUARTER', description: 'Joint white paper published', status: 'PLANNED' },
      { date: '2014', precision: 'YEAR', description: 'Joint plugfest', status: 'CANCELLED' },
    ]);
    expect(doc.findings[0]).toEqual({
      code: 'MILESTONE_WITHOUT_DATE',
      severity: 'INFO',
      message:
        '"TBD | CDMI 2.0 alignment review | Planned" has no date the reader understands; it is kept in the section text only.',
      path: 'milestones',
      line: 54,
    });
  });

  it('reads review, approval and contacts under Markdown sub-headings', () => {
    expect(doc.review).toEqual({
      trigger: 'upon publication of the joint white paper',
      dueBy: '2014-12-31',
      precision: 'DAY',
    });
    expect(doc.approval).toEqual({
      body: 'DMTF Board of Directors',
      resolution: '2012-06-02',
      approvedOn: '2012-06-14',
      text: 'Approved by the DMTF Board of Directors; Board Resolution 2012-06-02 on June 14, 2012.',
    });
    expect(doc.contacts).toEqual([
      {
        organization: 'SNIA',
        name: 'Alice Moreno',
        title: 'Cloud Storage TWG Chair',
        email: 'alice.moreno@example.com',
        kind: 'PERSON',
      },
      {
        organization: 'SNIA',
        name: 'SNIA Technical Council list',
        title: null,
        email: 'techcouncil@snia.org',
        kind: 'MAILING_LIST',
      },
      {
        organization: 'DMTF',
        name: 'Victor Chen',
        title: 'CMWG Co-Chair',
        email: 'victor.chen@example.com',
        kind: 'PERSON',
      },
    ]);
    expect(codes(doc.findings)).toEqual(['MILESTONE_WITHOUT_DATE', 'REVIEW_OVERDUE']);
  });
});

describe('TM Forum-MEF Work Register (hyphenated title, acronyms alone, upper-case headings)', () => {
  const doc = load('tmforum-mef-work-register.txt');

  it('splits the hyphenated title and resolves acronyms through the directory', () => {
    expect(doc.title).toBe('TM Forum-MEF Work Register');
    expect(registerSlug(doc.title)).toBe('tm-forum-mef');
    expect(doc.version).toBe('1.1');
    expect(doc.initiatedOn).toBe('2011-06-30');
    expect(doc.subtitle).toBeNull();
    expect(doc.parties).toEqual([
      { acronym: 'TM Forum', name: 'TeleManagement Forum', unit: null },
      { acronym: 'MEF', name: 'Metro Ethernet Forum', unit: null },
    ]);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'ALLIANCE ORGANIZATIONS',
      'BACKGROUND',
      'ALLIANCE PARTNER MISSION',
      'STANDARDS DEVELOPMENT',
      'MILESTONES/DATES',
      'WORK REGISTER REVIEW DATE:',
      'RESOURCES IDENTIFIED / POINTS OF CONTACT',
    ]);
  });

  it('reads milestone lines at every precision and reports the TBD one', () => {
    expect(doc.milestones).toEqual([
      { date: '2012-09-15', precision: 'DAY', description: 'Joint catalog example published', status: 'PLANNED' },
      { date: '2013-05', precision: 'MONTH', description: 'Information model mapping draft', status: 'PLANNED' },
      { date: '2011-Q3', precision: 'QUARTER', description: 'Kick-off workshop', status: 'COMPLETED' },
      { date: '2012-Q1', precision: 'QUARTER', description: 'First liaison review', status: 'PLANNED' },
      { date: '2014', precision: 'YEAR', description: 'Joint Catalyst demonstration', status: 'PLANNED' },
    ]);
    expect(doc.findings[0]).toMatchObject({
      code: 'MILESTONE_WITHOUT_DATE',
      severity: 'INFO',
      path: 'milestones',
      line: 32,
    });
  });

  it('reads the rest', () => {
    expect(doc.objectives).toEqual([
      'Align the TM Forum Information Framework (SID) with the MEF service attributes.',
      'Reuse MEF service definitions in TM Forum product catalog examples.',
    ]);
    expect(doc.standardsDevelopment?.mode).toBe('DELEGATED');
    expect(doc.review).toEqual({ trigger: 'annually', dueBy: '2013-Q4', precision: 'QUARTER' });
    expect(doc.approval).toEqual({
      body: 'TM Forum Board of Directors',
      resolution: 'TMF-2011-17',
      approvedOn: '2011-07-14',
      text: 'Approved: TM Forum Board of Directors, Resolution TMF-2011-17, 7/14/2011.',
    });
    expect(doc.contacts).toEqual([
      {
        organization: 'TM Forum',
        name: 'Priya Natarajan',
        title: 'Liaison Director',
        email: 'pnatarajan@tmforum.org',
        kind: 'PERSON',
      },
      {
        organization: 'TM Forum',
        name: 'Liaison Contacts',
        title: null,
        email: 'liaisons@tmforum.org',
        kind: 'MAILING_LIST',
      },
      {
        organization: 'MEF',
        name: 'Daniel Okafor',
        title: 'Director of Technology',
        email: 'dokafor@mef.net',
        kind: 'PERSON',
      },
    ]);
    expect(doc.findings.at(-1)).toEqual({
      code: 'REVIEW_OVERDUE',
      severity: 'WARNING',
      message: 'The review was due by 2013-Q4 (2013-12-31) and has not been recorded.',
      path: 'review.dueBy',
      line: 36,
    });
  });
});

describe('SNIA / DMTF Work Register Addendum 1', () => {
  const doc = load('snia-dmtf-work-register-addendum.txt');

  it('is an addendum that amends the register named in its title', () => {
    expect(doc.title).toBe('SNIA / DMTF Work Register Addendum 1');
    expect(doc.kind).toBe('ADDENDUM');
    expect(doc.amends).toBe('SNIA / DMTF Work Register');
    expect(registerSlug(doc.title)).toBe('snia-dmtf-addendum-1');
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2013-03-04');
    expect(doc.subtitle).toBe('Cloud Storage for Virtual Machines');
  });

  it('takes its parties from the title, and says so', () => {
    expect(doc.parties).toEqual([
      { acronym: 'SNIA', name: 'Storage Networking Industry Association', unit: null },
      { acronym: 'DMTF', name: 'Distributed Management Task Force', unit: null },
    ]);
    expect(doc.findings[0]).toMatchObject({ code: 'PARTIES_FROM_TITLE', severity: 'INFO', path: 'parties', line: 1 });
  });

  it('reads the rest', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Background',
      'Milestones / Dates',
      'Work Register Review Date',
      'Points of Contact',
    ]);
    expect(doc.milestones).toEqual([]);
    expect(doc.review).toEqual({ trigger: 'together with the register it extends', dueBy: '2015', precision: 'YEAR' });
    expect(doc.approval).toEqual({
      body: 'DMTF Board of Directors',
      resolution: null,
      approvedOn: '2013-03-20',
      text: 'Approved by the DMTF Board of Directors on 2013-03-20.',
    });
    expect(doc.contacts.map((c) => [c.organization, c.name, c.title, c.kind])).toEqual([
      ['SNIA', 'Alice Moreno', 'Cloud Storage TWG Chair', 'PERSON'],
      ['DMTF', 'Victor Chen', 'CMWG Co-Chair', 'PERSON'],
    ]);
    expect(codes(doc.findings)).toEqual(['PARTIES_FROM_TITLE', 'REVIEW_OVERDUE', 'AMBIGUOUS_DATE']);
  });
});

describe('ETSI NFV ISG / DMTF Work Register (bullet contacts, duplicates, a mistyped domain)', () => {
  const doc = load('etsi-nfv-isg-dmtf-work-register.txt');

  it('reads the header and a unit broken over two lines', () => {
    expect(doc.title).toBe('ETSI NFV ISG / DMTF Work Register');
    expect(registerSlug(doc.title)).toBe('etsi-nfv-isg-dmtf');
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2013-05-16');
    expect(doc.parties).toEqual([
      {
        acronym: 'ETSI',
        name: 'European Telecommunications Standards Institute',
        unit: 'Network Functions Virtualisation Industry Specification Group (NFV ISG)',
      },
      { acronym: 'DMTF', name: 'Distributed Management Task Force', unit: null },
    ]);
  });

  it('reads contacts in every form, once each, with group mailboxes', () => {
    expect(doc.contacts).toEqual([
      {
        organization: 'ETSI',
        name: 'Marta Kowalski',
        title: 'NFV ISG Vice Chair',
        email: 'marta.kowalski@example.eu',
        kind: 'PERSON',
      },
      { organization: 'ETSI', name: 'Hiro Tanaka', title: null, email: 'hiro.tanaka@example.jp', kind: 'PERSON' },
      {
        organization: 'ETSI',
        name: 'NFV ISG Support Team',
        title: null,
        email: 'nfv-support@etsi.orq',
        kind: 'MAILING_LIST',
      },
      {
        organization: 'DMTF',
        name: 'John Rivera',
        title: 'VP of Technology',
        email: 'jrivera@dmtf.org',
        kind: 'PERSON',
      },
      {
        organization: 'DMTF',
        name: 'alliance@dmtf.org',
        title: null,
        email: 'alliance@dmtf.org',
        kind: 'MAILING_LIST',
      },
    ]);
  });

  it('reports duplicates, the mistyped domain and the overdue review', () => {
    expect(doc.findings).toEqual([
      {
        code: 'DUPLICATE_CONTACT',
        severity: 'WARNING',
        message:
          'Marta Kowalski (marta.kowalski@example.eu) is listed more than once (lines 32 and 35); it is kept as one contact.',
        path: 'contacts[0]',
        line: 35,
      },
      {
        code: 'DUPLICATE_CONTACT',
        severity: 'WARNING',
        message:
          'John Rivera (jrivera@dmtf.org) is listed more than once (lines 38 and 39); it is kept as one contact.',
        path: 'contacts[3]',
        line: 39,
      },
      {
        code: 'EMAIL_DOMAIN_MISMATCH',
        severity: 'WARNING',
        message: 'nfv-support@etsi.orq is not on an ETSI domain; the closest known ETSI domain is etsi.org.',
        path: 'contacts[2].email',
        line: 34,
      },
      {
        code: 'REVIEW_OVERDUE',
        severity: 'WARNING',
        message: 'The review was due by 2014 (2014-12-31) and has not been recorded.',
        path: 'review.dueBy',
        line: 27,
      },
    ]);
  });

  it('reads TBD milestones as none, "no joint development" as NONE, and a three-line approval', () => {
    expect(doc.milestones).toEqual([]);
    expect(doc.standardsDevelopment?.mode).toBe('NONE');
    expect(doc.review).toEqual({
      trigger: 'when the NFV ISG publishes its management and orchestration specifications',
      dueBy: '2014',
      precision: 'YEAR',
    });
    expect(doc.approval).toEqual({
      body: 'DMTF Board of Directors',
      resolution: '2013-06-01',
      approvedOn: '2013-06-12',
      text: 'Approved by the DMTF Board of Directors Board Resolution 2013-06-01 on June 12, 2013.',
    });
  });
});

describe('OGF-DMTF Work Register (wrapped headings, wrapped approval, three date forms)', () => {
  const doc = load('ogf-dmtf-work-register.txt');

  it('joins headings broken over two lines', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'Background',
      'Rules for delegated work',
      'Milestones / Dates',
      'Work Register Review Date',
      'Resources Identified / Points of Contact',
    ]);
  });

  it('reads organizations joined by "and" over two lines, each with a unit', () => {
    expect(doc.title).toBe('OGF-DMTF Work Register');
    expect(registerSlug(doc.title)).toBe('ogf-dmtf');
    expect(doc.version).toBe('3.1');
    expect(doc.initiatedOn).toBe('2011-06-30');
    expect(doc.parties).toEqual([
      { acronym: 'OGF', name: 'Open Grid Forum', unit: 'Open Cloud Computing Interface Working Group (OCCI-WG)' },
      { acronym: 'DMTF', name: 'Distributed Management Task Force', unit: 'Cloud Management Working Group (CMWG)' },
    ]);
  });

  it('reads "April 1 2010", "June 30, 2011" and "2012-04-25" style dates', () => {
    expect(doc.milestones).toEqual([
      {
        date: '2012-04-01',
        precision: 'DAY',
        description: 'OCCI 1.2 working draft shared with DMTF',
        status: 'COMPLETED',
      },
      { date: '2012-06-30', precision: 'DAY', description: 'CIMI and OCCI alignment report', status: 'PLANNED' },
      { date: '2012-04-25', precision: 'DAY', description: 'Joint session at the OGF 35 meeting', status: 'PLANNED' },
    ]);
    expect(doc.review).toEqual({ trigger: 'every year', dueBy: '2013-06-30', precision: 'DAY' });
  });

  it('reads an approval wrapped over three lines with two approving bodies', () => {
    expect(doc.approval).toEqual({
      body: 'OGF Steering Group and the DMTF Board of Directors',
      resolution: '2011-07-02',
      approvedOn: '2011-07-21',
      text: 'Approved by the OGF Steering Group and the DMTF Board of Directors; Board Resolution 2011-07-02 on 7/21/2011.',
    });
    expect(doc.delegatedWorkRules).toEqual([
      {
        reviewer: 'DMTF',
        subject: 'OGF',
        commitments: ['DMTF will review OCCI drafts and send its comments through the CMWG chair.'],
      },
      { reviewer: 'OGF', subject: 'DMTF', commitments: ['OGF will review CIMI drafts published as Work in Progress.'] },
    ]);
    expect(doc.contacts.map((c) => [c.organization, c.name, c.title])).toEqual([
      ['OGF', 'Lena Fischer', 'OCCI-WG Co-Chair'],
      ['DMTF', 'Winston Park', 'CMWG Chair'],
    ]);
    expect(codes(doc.findings)).toEqual(['REVIEW_OVERDUE']);
  });
});

describe('CSA / DMTF Work Register (liaison style with wrapped headings and an unknown section)', () => {
  const doc = load('csa-dmtf-work-register.txt');

  it('reads every section, known or not', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'CSA Work Area Associated with Liaison',
      'DMTF Work Area Associated with Liaison',
      'Business Justification for Liaison',
      'Scope of Liaison Activity',
      'Liaison Meetings',
      'Milestones / Dates',
      'Work Register Review Date',
      'Points of Contact',
    ]);
    expect(doc.sections[5]).toEqual({ heading: 'Liaison Meetings', text: 'One joint teleconference per quarter.' });
  });

  it('reads the values', () => {
    expect(doc.title).toBe('CSA / DMTF Work Register');
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2011-02-09');
    expect(doc.parties).toEqual([
      { acronym: 'CSA', name: 'Cloud Security Alliance', unit: null },
      { acronym: 'DMTF', name: 'Distributed Management Task Force', unit: null },
    ]);
    expect(doc.milestones).toEqual([
      { date: '2011-Q2', precision: 'QUARTER', description: 'First joint teleconference', status: 'PLANNED' },
      { date: '2011-Q3', precision: 'QUARTER', description: 'Security review of CIMI 1.0 draft', status: 'PLANNED' },
    ]);
    expect(doc.review).toEqual({ trigger: 'when CIMI 1.0 is published', dueBy: '2012-09-30', precision: 'DAY' });
    expect(doc.approval).toEqual({
      body: 'DMTF Board of Directors',
      resolution: null,
      approvedOn: '2011-03-02',
      text: 'Approved by the DMTF Board of Directors on March 2, 2011.',
    });
    expect(doc.contacts).toEqual([
      {
        organization: 'CSA',
        name: 'Rhea Anand',
        title: 'Research Director',
        email: 'ranand@cloudsecurityalliance.org',
        kind: 'PERSON',
      },
      {
        organization: 'DMTF',
        name: 'Winston Park',
        title: 'CMWG Chair',
        email: 'winston.park@example.net',
        kind: 'PERSON',
      },
    ]);
    expect(doc.background).toBe(
      'Security requirements gathered by the CSA should be reflected in the management interfaces the DMTF defines.',
    );
    expect(codes(doc.findings)).toEqual(['REVIEW_OVERDUE', 'AMBIGUOUS_DATE']);
  });
});
