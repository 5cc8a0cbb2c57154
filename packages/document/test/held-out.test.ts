/**
 * Held-out registers: documents of alliances the fixtures do not cover, written the way
 * standards-body staff write them (copied out of Word, or Markdown), read as a new user would.
 * Every expectation below is what a careful human reads in the document, not what the parser
 * happened to return.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatRegister, parse, registerSlug } from '../src/index.js';
import type { Finding, WorkRegisterDocument } from '../src/index.js';

const now = new Date('2026-11-24');
const load = (name: string): WorkRegisterDocument =>
  parse(readFileSync(fileURLToPath(new URL(`./held-out/${name}`, import.meta.url)), 'utf8'), { now });
/** Findings as [code, path], in a stable order (their messages are checked where they matter). */
const findings = (list: Finding[]): [string, string][] =>
  list
    .map((f): [string, string] => [f.code, f.path])
    .sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`));

const ETSI = 'European Telecommunications Standards Institute';
const DMTF = 'Distributed Management Task Force';
const MEF = 'Metro Ethernet Forum';
const TMF = 'TeleManagement Forum';

describe('ETSI NFV ISG / TM Forum Work Register (liaison style, two-line subtitle, wrapped unit)', () => {
  const doc = load('etsi-nfv-isg-tmforum-work-register.txt');

  it('reads the header', () => {
    expect(doc.title).toBe('ETSI NFV ISG / TM Forum Work Register');
    expect(registerSlug(doc.title)).toBe('etsi-nfv-isg-tm-forum');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('0.9');
    expect(doc.initiatedOn).toBe('2014-04-01');
    expect(doc.subtitle).toBe('Alignment of NFV Management and Orchestration with TM Forum Frameworx and ZOOM');
  });

  it('reads the parties, the ETSI unit wrapped over two lines', () => {
    expect(doc.parties).toEqual([
      {
        acronym: 'ETSI',
        name: ETSI,
        unit: 'Network Functions Virtualisation Industry Specification Group (NFV ISG)',
      },
      { acronym: 'TM Forum', name: TMF, unit: null },
    ]);
  });

  it('keeps the liaison-style sections as written and reads their content', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'ETSI NFV ISG Work Area Associated with Liaison',
      'TM Forum Work Area Associated with Liaison',
      'Business Justification for Liaison',
      'Scope of Liaison Activity',
      'Milestones / Dates',
      'Work Register Review Date',
      'Resources Identified / Points of Contact',
    ]);
    expect(doc.background).toBe(
      'Both organizations address the management of virtualised networks. Without coordination, operators would face two incompatible management models.',
    );
    expect(doc.objectives).toEqual([
      'Exchange of draft MANO specifications and ZOOM deliverables.',
      'Alignment of the NFV information model with the TM Forum Information Framework (SID).',
      'Joint Catalyst proofs of concept.',
    ]);
  });

  it('reads milestones at quarter ("1Q2015", "Q3 2015") and month precision', () => {
    expect(doc.milestones).toEqual([
      {
        date: '2015-Q1',
        precision: 'QUARTER',
        description: 'First exchange of MANO and ZOOM drafts',
        status: 'PLANNED',
      },
      { date: '2015-Q3', precision: 'QUARTER', description: 'Joint gap analysis report', status: 'COMPLETED' },
      {
        date: '2015-12',
        precision: 'MONTH',
        description: 'Joint Catalyst at TM Forum Action Week',
        status: 'PLANNED',
      },
    ]);
  });

  it('reads review, approval and contacts', () => {
    expect(doc.review).toEqual({
      trigger: 'after publication of the NFV Release 2 specifications',
      dueBy: '2016-06-30',
      precision: 'DAY',
    });
    expect(doc.approval).toEqual({
      body: 'TM Forum Board of Directors',
      resolution: 'TMF-2014-09',
      approvedOn: '2014-05-14',
      text: 'Approved by the TM Forum Board of Directors; Board Resolution TMF-2014-09 on May 14, 2014.',
    });
    expect(doc.contacts).toEqual([
      {
        organization: 'ETSI',
        name: 'Klaus Weber',
        title: 'NFV ISG Chair',
        email: 'klaus.weber@example.com',
        kind: 'PERSON',
      },
      {
        organization: 'ETSI',
        name: 'Sophie Martin',
        title: 'MANO WG Rapporteur',
        email: 'sophie.martin@example.org',
        kind: 'PERSON',
      },
      // "NFV ISG Support" is the ISG's support mailbox, not a person.
      {
        organization: 'ETSI',
        name: 'NFV ISG Support',
        title: null,
        email: 'nfvsupport@etsi.org',
        kind: 'MAILING_LIST',
      },
      {
        organization: 'TM Forum',
        name: 'Rachel Green',
        title: 'VP Collaboration Programs',
        email: 'rgreen@tmforum.org',
        kind: 'PERSON',
      },
      {
        organization: 'TM Forum',
        name: 'Tom Okoye',
        title: 'ZOOM Team Lead',
        email: 'tokoye@example.com',
        kind: 'PERSON',
      },
    ]);
  });

  it('reports the repeated contact and the overdue review', () => {
    expect(findings(doc.findings)).toEqual([
      ['DUPLICATE_CONTACT', 'contacts[3]'],
      ['REVIEW_OVERDUE', 'review.dueBy'],
    ]);
  });
});

describe('BBF / MEF Work Register (Markdown, organizations joined by "and", milestone table)', () => {
  const doc = load('bbf-mef-work-register.md');

  it('reads the header', () => {
    expect(doc.title).toBe('BBF / MEF Work Register');
    expect(registerSlug(doc.title)).toBe('bbf-mef');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('2.1');
    expect(doc.initiatedOn).toBe('2012-04-25');
    expect(doc.subtitle).toBe('Carrier Ethernet over Broadband Access Networks');
  });

  it('reads "The Broadband Forum (BBF) and the MEF" as two parties', () => {
    expect(doc.parties).toEqual([
      { acronym: 'BBF', name: 'Broadband Forum', unit: null },
      { acronym: 'MEF', name: MEF, unit: null },
    ]);
  });

  it('keeps the MEF-style sections and reads their content', () => {
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
    expect(doc.background).toMatch(/^The Broadband Forum specifies .* fit together\.$/s);
    expect(doc.objectives).toEqual([
      'Ensure that BBF access architectures (TR-101, TR-178) can carry MEF Carrier Ethernet 2.0 services.',
      'Share test plans so that equipment can be certified once for both organizations.',
    ]);
    expect(doc.benefits).toEqual([
      'Operators get one consistent model from the access node to the service.',
      'Members avoid duplicate certification effort.',
    ]);
    expect(doc.standardsDevelopment).toEqual({
      mode: 'INDEPENDENT',
      text: 'Independent development by each organization, with joint review of drafts.',
    });
    expect(doc.delegatedWorkRules).toEqual([
      {
        reviewer: 'MEF',
        subject: 'BBF',
        commitments: ['BBF will share working texts of TR-178 amendments with the MEF Technical Committee.'],
      },
      {
        reviewer: 'BBF',
        subject: 'MEF',
        commitments: ['MEF will share draft Carrier Ethernet service attribute specifications with the BBF.'],
      },
    ]);
  });

  it('reads the milestone table with its status column', () => {
    expect(doc.milestones).toEqual([
      {
        date: '2012-09-15',
        precision: 'DAY',
        description: 'MEF review of the TR-178 amendment',
        status: 'COMPLETED',
      },
      {
        date: '2013-Q1',
        precision: 'QUARTER',
        description: 'Joint test plan for CE 2.0 over BBF access',
        status: 'PLANNED',
      },
      { date: '2013', precision: 'YEAR', description: 'Joint white paper', status: 'CANCELLED' },
    ]);
  });

  it('reads review, the bold two-line approval and contacts under ### headings', () => {
    expect(doc.review).toEqual({
      trigger: 'at each joint meeting of the two Technical Committees',
      dueBy: '2014-04-30',
      precision: 'DAY',
    });
    expect(doc.approval).toEqual({
      body: 'MEF Board of Directors',
      resolution: 'MEF-2012-031',
      approvedOn: '2012-06-07',
      text: 'Approved by the MEF Board of Directors; Board Resolution MEF-2012-031 on June 7, 2012.',
    });
    expect(doc.contacts).toEqual([
      {
        organization: 'BBF',
        name: 'Helen Ashworth',
        title: 'Chief Technology Officer',
        email: 'hashworth@broadband-forum.org',
        kind: 'PERSON',
      },
      {
        organization: 'BBF',
        name: 'BBF Technical Committee Chairs',
        title: null,
        email: 'tc-chairs@broadband-forum.org',
        kind: 'MAILING_LIST',
      },
      {
        organization: 'MEF',
        name: 'Marco Bellini',
        title: 'Technical Committee Co-Chair',
        email: 'marco.bellini@example.com',
        kind: 'PERSON',
      },
      { organization: 'MEF', name: 'Dana Whitfield', title: null, email: 'dwhitfield@mef.net', kind: 'PERSON' },
    ]);
    expect(findings(doc.findings)).toEqual([['REVIEW_OVERDUE', 'review.dueBy']]);
  });
});

describe('ONF-MEF Work Register (hyphenated title, upper case headings wrapped over two lines)', () => {
  const doc = load('onf-mef-work-register.txt');

  it('reads the header and the parties', () => {
    expect(doc.title).toBe('ONF-MEF Work Register');
    expect(registerSlug(doc.title)).toBe('onf-mef');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2014-02-03');
    expect(doc.subtitle).toBeNull();
    expect(doc.parties).toEqual([
      { acronym: 'ONF', name: 'Open Networking Foundation', unit: null },
      { acronym: 'MEF', name: MEF, unit: null },
    ]);
  });

  it('keeps wrapped headings as one heading each, as written', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'ALLIANCE ORGANIZATIONS',
      'BACKGROUND',
      'ALLIANCE PARTNER MISSION',
      'STANDARDS DEVELOPMENT',
      'MILESTONES / DATES',
      'WORK REGISTER REVIEW DATE',
      'RESOURCES IDENTIFIED / POINTS OF CONTACT:',
    ]);
    expect(doc.objectives).toEqual([
      'Align T-API with the MEF LSO Presto interface requirements.',
      'Share a common information model for Carrier Ethernet connectivity services.',
      'Demonstrate interoperability at joint events.',
    ]);
    expect(doc.standardsDevelopment).toEqual({
      mode: 'JOINT',
      text: 'Joint standards development of the T-API information model.',
    });
  });

  it('reads milestones, review and approval', () => {
    expect(doc.milestones).toEqual([
      {
        date: '2014-05',
        precision: 'MONTH',
        description: 'ONF OTCC review of MEF LSO requirements',
        status: 'PLANNED',
      },
      {
        date: '2014',
        precision: 'YEAR',
        description: 'Joint T-API information model, first draft',
        status: 'PLANNED',
      },
      { date: '2015-Q2', precision: 'QUARTER', description: 'Joint interoperability demonstration', status: 'PLANNED' },
    ]);
    expect(doc.review).toEqual({
      trigger: 'when the first T-API release is published',
      dueBy: '2015-Q4',
      precision: 'QUARTER',
    });
    expect(doc.approval).toEqual({
      body: 'MEF Board of Directors',
      resolution: '2014-02-11',
      approvedOn: '2014-01-15',
      text: 'Approved by the MEF Board of Directors; Board Resolution 2014-02-11 on 1/15/2014.',
    });
  });

  it('reads contacts once each, the mistyped domain kept as written', () => {
    expect(doc.contacts).toEqual([
      {
        organization: 'ONF',
        name: 'Ana Ruiz',
        title: 'OTCC Chair',
        email: 'ana.ruiz@opennetworking.ogr',
        kind: 'PERSON',
      },
      {
        organization: 'ONF',
        name: 'ONF Liaison List',
        title: null,
        email: 'liaisons@opennetworking.org',
        kind: 'MAILING_LIST',
      },
      {
        organization: 'MEF',
        name: 'Peter Lindqvist',
        title: 'Chief Technology Officer',
        email: 'plindqvist@mef.net',
        kind: 'PERSON',
      },
      {
        organization: 'MEF',
        name: 'Grace Mwangi',
        title: 'LSO Project Manager',
        email: 'gmwangi@mef.net',
        kind: 'PERSON',
      },
    ]);
    expect(findings(doc.findings)).toEqual([
      ['AMBIGUOUS_DATE', 'initiatedOn'],
      ['APPROVAL_BEFORE_INITIATION', 'approval.approvedOn'],
      ['DUPLICATE_CONTACT', 'contacts[2]'],
      ['EMAIL_DOMAIN_MISMATCH', 'contacts[0].email'],
      ['REVIEW_OVERDUE', 'review.dueBy'],
    ]);
    expect(doc.findings.find((f) => f.code === 'EMAIL_DOMAIN_MISMATCH')?.message).toContain('opennetworking.org');
  });
});

describe('OASIS TOSCA TC / ETSI NFV ISG Work Register (liaison style, units in the title, wrapped heading)', () => {
  const doc = load('oasis-tosca-tc-etsi-nfv-isg-work-register.txt');

  it('reads the header', () => {
    expect(doc.title).toBe('OASIS TOSCA TC / ETSI NFV ISG Work Register');
    expect(registerSlug(doc.title)).toBe('oasis-tosca-tc-etsi-nfv-isg');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('1.2');
    expect(doc.initiatedOn).toBe('2015-06-30');
    expect(doc.subtitle).toBeNull();
  });

  it('reads the parties, the OASIS technical committee wrapped over two lines', () => {
    expect(doc.parties).toEqual([
      {
        acronym: 'OASIS',
        name: 'Organization for the Advancement of Structured Information Standards',
        unit: 'Topology and Orchestration Specification for Cloud Applications Technical Committee (TOSCA TC)',
      },
      { acronym: 'ETSI', name: ETSI, unit: 'NFV ISG' },
    ]);
  });

  it('keeps every heading as written, the wrapped one joined', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'ALLIANCE ORGANIZATIONS:',
      'OASIS TOSCA TC Work Area Associated with Liaison',
      'ETSI NFV ISG Work Area Associated with Liaison',
      'Business justification for liaison:',
      'SCOPE OF LIAISON ACTIVITY',
      'Milestones/Dates',
      'Work Register Review Date',
      'Resources Identified / Points of Contact',
    ]);
    expect(doc.background).toBe(
      'The NFV ISG needs a descriptor language that is an open standard; TOSCA is such a language. Coordinating early avoids two incompatible NFV profiles of TOSCA.',
    );
    expect(doc.objectives).toEqual([
      'Review by the NFV ISG of drafts of the TOSCA Simple Profile for NFV.',
      'Review by the TOSCA TC of NFV-SOL 001 drafts.',
    ]);
  });

  it('reads tab-separated milestones, review and an approval without a resolution', () => {
    expect(doc.milestones).toEqual([
      {
        date: '2015-09-15',
        precision: 'DAY',
        description: 'TOSCA Simple Profile for NFV, Committee Specification Draft 01',
        status: 'PLANNED',
      },
      { date: '2016', precision: 'YEAR', description: 'ETSI GS NFV-SOL 001 based on TOSCA', status: 'PLANNED' },
    ]);
    expect(doc.review).toEqual({ trigger: 'when NFV-SOL 001 is published', dueBy: '2017-Q2', precision: 'QUARTER' });
    expect(doc.approval).toEqual({
      body: 'ETSI NFV ISG',
      resolution: null,
      approvedOn: '2015-10-21',
      text: 'Approved by the ETSI NFV ISG at NFV#12, 21 October 2015.',
    });
  });

  it('reads "Name – Title – email" contacts under unit labels', () => {
    expect(doc.contacts).toEqual([
      {
        organization: 'OASIS',
        name: 'Lena Fischer',
        title: 'TOSCA TC Co-Chair',
        email: 'lena.fischer@example.com',
        kind: 'PERSON',
      },
      {
        organization: 'OASIS',
        name: 'Rahul Iyer',
        title: 'TOSCA TC Secretary',
        email: 'rahul.iyer@example.com',
        kind: 'PERSON',
      },
      {
        organization: 'ETSI',
        name: 'Jean Dupont',
        title: 'NFV SOL WG Chair',
        email: 'jean.dupont@example.fr',
        kind: 'PERSON',
      },
      {
        organization: 'ETSI',
        name: 'NFV ISG Secretariat',
        title: null,
        email: 'nfvsupport@etsi.org',
        kind: 'MAILING_LIST',
      },
    ]);
    expect(findings(doc.findings)).toEqual([['REVIEW_OVERDUE', 'review.dueBy']]);
  });
});

describe('DMTF / OCP Work Register Addendum 1 (subtitle above the version, units after acronyms)', () => {
  const doc = load('dmtf-ocp-work-register-addendum.txt');

  it('reads the header of an addendum', () => {
    expect(doc.title).toBe('DMTF / OCP Work Register Addendum 1');
    expect(registerSlug(doc.title)).toBe('dmtf-ocp-addendum-1');
    expect(doc.kind).toBe('ADDENDUM');
    expect(doc.amends).toBe('DMTF / OCP Work Register');
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2019-03-12');
    expect(doc.subtitle).toBe('Redfish Profiles for OCP Hardware Management');
  });

  it('reads the parties with their units; the OCP name is kept as written (its legal name)', () => {
    expect(doc.parties).toEqual([
      { acronym: 'DMTF', name: DMTF, unit: 'Scalable Platforms Management Forum (SPMF)' },
      { acronym: 'OCP', name: 'Open Compute Project Foundation', unit: 'Hardware Management Project' },
    ]);
  });

  it('reads sections, milestones, review and approval', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'Background',
      'Milestones / Dates',
      'Work Register Review Date',
      'Points of Contact',
    ]);
    expect(doc.background).toBe(
      'This addendum extends the DMTF / OCP Work Register to the Redfish interoperability profiles that the OCP Hardware Management Project publishes for OCP servers.',
    );
    expect(doc.milestones).toEqual([
      {
        date: '2019-05',
        precision: 'MONTH',
        description: 'OCP Baseline Hardware Management profile v1.0 published',
        status: 'PLANNED',
      },
      {
        date: '2019-Q4',
        precision: 'QUARTER',
        description: 'Redfish Interop Validator support for OCP profiles',
        status: 'PLANNED',
      },
      { date: '2020', precision: 'YEAR', description: 'OCP Server profile v1.0', status: 'PLANNED' },
    ]);
    expect(doc.review).toEqual({
      trigger: 'together with the DMTF / OCP Work Register',
      dueBy: '2021-03',
      precision: 'MONTH',
    });
    // The resolution id "2019-04" looks like a month; it is the resolution, not the date.
    expect(doc.approval).toEqual({
      body: 'DMTF Board of Directors',
      resolution: '2019-04',
      approvedOn: '2019-04-10',
      text: 'Approved by the DMTF Board of Directors, Board Resolution 2019-04 on 4/10/2019.',
    });
  });

  it('reads inline "DMTF:" contacts and a group mailbox', () => {
    expect(doc.contacts).toEqual([
      {
        organization: 'DMTF',
        name: 'Maria Santos',
        title: 'SPMF Chair',
        email: 'maria.santos@example.com',
        kind: 'PERSON',
      },
      // The chairs' alias of a forum, not a person.
      {
        organization: 'DMTF',
        name: 'Redfish Forum Leadership',
        title: null,
        email: 'redfish-chairs@dmtf.org',
        kind: 'MAILING_LIST',
      },
      {
        organization: 'OCP',
        name: 'Jonas Berg',
        title: 'Hardware Management Project Lead',
        email: 'jonas.berg@example.com',
        kind: 'PERSON',
      },
    ]);
    expect(findings(doc.findings)).toEqual([
      ['AMBIGUOUS_DATE', 'approval.approvedOn'],
      ['REVIEW_OVERDUE', 'review.dueBy'],
    ]);
  });
});

describe('IIC-DMTF Work Register (an organization the directory does not know)', () => {
  const doc = load('iic-dmtf-work-register.txt');

  it('reads the header and the parties', () => {
    expect(doc.title).toBe('IIC-DMTF Work Register');
    expect(registerSlug(doc.title)).toBe('iic-dmtf');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2016-09-08');
    expect(doc.subtitle).toBeNull();
    expect(doc.parties).toEqual([
      { acronym: 'IIC', name: 'Industrial Internet Consortium', unit: null },
      { acronym: 'DMTF', name: DMTF, unit: null },
    ]);
  });

  it('reads the MEF-style sections', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'Background',
      'Alliance Partner Mission',
      'Alliance Benefits',
      'Standards Development',
      'Milestones / Dates',
      'Work Register Review Date',
      'Resources Identified / Points of Contact:',
    ]);
    expect(doc.objectives).toEqual([
      'First, the IIC wishes to use Redfish for the management of industrial edge infrastructure.',
      'Secondly, the DMTF wishes to learn the manageability requirements of industrial deployments.',
    ]);
    expect(doc.benefits).toEqual([
      'The alliance gives the DMTF requirements from industrial users and gives the IIC a standard management interface for its testbeds.',
    ]);
    expect(doc.standardsDevelopment).toEqual({ mode: 'NONE', text: 'No joint standards development.' });
    expect(doc.milestones).toEqual([]);
  });

  it('reads review, approval and contacts', () => {
    expect(doc.review).toEqual({ trigger: 'annually', dueBy: '2017-09', precision: 'MONTH' });
    expect(doc.approval).toEqual({
      body: 'DMTF Board of Directors',
      resolution: '2016-10-02',
      approvedOn: '2016-10-19',
      text: 'Approved by the DMTF Board of Directors; Board Resolution 2016-10-02 on 10/19/2016.',
    });
    expect(doc.contacts).toEqual([
      {
        organization: 'IIC',
        name: 'Olivia Brandt',
        title: 'IIC Technology Working Group Co-Chair',
        email: 'obrandt@example.com',
        kind: 'PERSON',
      },
      { organization: 'DMTF', name: 'Kenji Sato', title: 'VP of Alliances', email: 'ksato@dmtf.org', kind: 'PERSON' },
      {
        organization: 'DMTF',
        name: 'DMTF / IIC Alliance Contacts',
        title: null,
        email: 'iic-alliance@dmtf.org',
        kind: 'MAILING_LIST',
      },
    ]);
    expect(findings(doc.findings)).toEqual([
      ['AMBIGUOUS_DATE', 'initiatedOn'],
      ['REVIEW_OVERDUE', 'review.dueBy'],
    ]);
  });
});

describe('The Green Grid / SNIA GSI Work Register (name in the title, unit wrapped, domain typo)', () => {
  const doc = load('tgg-snia-gsi-work-register.txt');

  it('reads the header and the parties', () => {
    expect(doc.title).toBe('The Green Grid / SNIA GSI Work Register');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('1.1');
    expect(doc.initiatedOn).toBe('2011-01-10');
    expect(doc.subtitle).toBeNull();
    expect(doc.parties).toEqual([
      { acronym: 'TGG', name: 'The Green Grid', unit: null },
      { acronym: 'SNIA', name: 'Storage Networking Industry Association', unit: 'Green Storage Initiative (GSI)' },
    ]);
  });

  it('keeps headings with their colons and reads the content', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'Background',
      'Alliance Partner Mission:',
      'Alliance Benefits:',
      'Standards Development:',
      'Milestones / Dates:',
      'Work Register Review Date:',
      'Resources Identified / Points of Contact:',
    ]);
    expect(doc.objectives).toEqual([
      'The mission of the alliance is to align storage power-efficiency measurement with data center efficiency metrics.',
    ]);
    expect(doc.benefits).toEqual([
      'Consistent metrics for data center operators.',
      'Broader adoption of the SNIA Emerald program.',
    ]);
    expect(doc.standardsDevelopment?.mode).toBe('JOINT');
  });

  it('reads milestones ("2Q2011", "Sept. 2011", "2012"), the wrapped review and the approval', () => {
    expect(doc.milestones).toEqual([
      { date: '2011-Q2', precision: 'QUARTER', description: 'Joint metric proposal', status: 'PLANNED' },
      {
        date: '2011-09',
        precision: 'MONTH',
        description: 'Metric published in a joint white paper',
        status: 'COMPLETED',
      },
      {
        date: '2012',
        precision: 'YEAR',
        description: 'Metric adopted in the SNIA Emerald specification',
        status: 'PLANNED',
      },
    ]);
    expect(doc.review).toEqual({
      trigger: 'once the joint metric is published',
      dueBy: '2012-12-31',
      precision: 'DAY',
    });
    expect(doc.approval).toEqual({
      body: 'SNIA Board of Directors',
      resolution: '2010-22',
      approvedOn: '2010-12-08',
      text: 'Approved by the SNIA Board of Directors; Board Resolution 2010-22 on 12/8/2010.',
    });
  });

  it('reads contacts and reports the typo, the early approval and the overdue review', () => {
    expect(doc.contacts).toEqual([
      {
        organization: 'TGG',
        name: 'Mark Holloway',
        title: 'Technical Committee Chair',
        email: 'mholloway@thegreengrid.org',
        kind: 'PERSON',
      },
      {
        organization: 'SNIA',
        name: 'Wayne Adams',
        title: 'GSI Chair',
        email: 'wayne.adams@example.com',
        kind: 'PERSON',
      },
      {
        organization: 'SNIA',
        name: 'Leah Kim',
        title: 'SNIA Technical Council',
        email: 'lkim@snia.orgg',
        kind: 'PERSON',
      },
    ]);
    expect(findings(doc.findings)).toEqual([
      ['AMBIGUOUS_DATE', 'approval.approvedOn'],
      ['APPROVAL_BEFORE_INITIATION', 'approval.approvedOn'],
      ['EMAIL_DOMAIN_MISMATCH', 'contacts[2].email'],
      ['REVIEW_OVERDUE', 'review.dueBy'],
    ]);
    expect(doc.findings.find((f) => f.code === 'EMAIL_DOMAIN_MISMATCH')?.message).toContain(
      'the closest known SNIA domain is snia.org',
    );
  });
});

describe('3GPP SA5 / TM Forum Work Register (Markdown, liaison style, bold labels)', () => {
  const doc = load('3gpp-sa5-tmforum-work-register.md');

  it('reads the header and the parties', () => {
    expect(doc.title).toBe('3GPP SA5 / TM Forum Work Register');
    expect(registerSlug(doc.title)).toBe('3gpp-sa5-tm-forum');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2017-05-16');
    expect(doc.subtitle).toBeNull();
    // The section names the working group more fully ("TSG SA WG5") than the title ("SA5").
    expect(doc.parties).toEqual([
      { acronym: '3GPP', name: '3rd Generation Partnership Project', unit: 'TSG SA WG5' },
      { acronym: 'TM Forum', name: TMF, unit: null },
    ]);
  });

  it('keeps the liaison-style sections', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      '3GPP SA5 Work Area Associated with Liaison',
      'TM Forum Work Area Associated with Liaison',
      'Business Justification for Liaison',
      'Scope of Liaison Activity',
      'Milestones / Dates',
      'Work Register Review Date',
      'Resources Identified / Points of Contact',
    ]);
    expect(doc.background).toBe(
      'Operators need the 3GPP network slice management model and the TM Forum service model to fit together.',
    );
    expect(doc.objectives).toEqual([
      'Mapping of the 3GPP network slice information model to TM Forum Open APIs.',
      'Joint workshops on 5G management.',
    ]);
  });

  it('reads dated milestones and reports the one without a date', () => {
    expect(doc.milestones).toEqual([
      {
        date: '2017-Q3',
        precision: 'QUARTER',
        description: 'joint workshop on 5G slice management',
        status: 'COMPLETED',
      },
      { date: '2018-03', precision: 'MONTH', description: 'mapping report published', status: 'PLANNED' },
    ]);
    expect(doc.review).toEqual({
      trigger: 'at the first SA5 meeting of each year',
      dueBy: '2019-06-30',
      precision: 'DAY',
    });
    expect(doc.approval).toEqual({
      body: 'TM Forum Board of Directors',
      resolution: null,
      approvedOn: '2017-06-20',
      text: 'Approved by the TM Forum Board of Directors on 2017-06-20.',
    });
  });

  it('reads contacts under bold labels', () => {
    expect(doc.contacts).toEqual([
      {
        organization: '3GPP',
        name: 'Ingrid Larsen',
        title: 'SA5 Chair',
        email: 'ingrid.larsen@example.com',
        kind: 'PERSON',
      },
      {
        organization: 'TM Forum',
        name: 'Samuel Osei',
        title: 'Collaboration Manager',
        email: 'sosei@tmforum.org',
        kind: 'PERSON',
      },
      {
        organization: 'TM Forum',
        name: 'TM Forum Liaison Team',
        title: null,
        email: 'liaisons@tmforum.org',
        kind: 'MAILING_LIST',
      },
    ]);
    expect(findings(doc.findings)).toEqual([
      ['MILESTONE_WITHOUT_DATE', 'milestones'],
      ['REVIEW_OVERDUE', 'review.dueBy'],
    ]);
  });
});

describe('TCG and DMTF Work Register ("A and B" title, "<body> approved this register on …")', () => {
  const doc = load('tcg-dmtf-work-register.txt');

  it('reads the header and the parties, the DMTF unit wrapped', () => {
    expect(doc.title).toBe('TCG and DMTF Work Register');
    expect(registerSlug(doc.title)).toBe('tcg-dmtf');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2017-08-01');
    expect(doc.subtitle).toBeNull();
    expect(doc.parties).toEqual([
      { acronym: 'TCG', name: 'Trusted Computing Group', unit: null },
      {
        acronym: 'DMTF',
        name: DMTF,
        unit: 'Platform Management Components Intercommunication (PMCI) Working Group',
      },
    ]);
  });

  it('reads sections and content', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'Background',
      'Alliance Partner Mission',
      'Standards Development',
      'Milestones / Dates',
      'Work Register Review Date',
      'Resources Identified / Points of Contact',
    ]);
    expect(doc.objectives).toEqual([
      'The objective is to align SPDM device attestation with TCG attestation specifications.',
    ]);
    expect(doc.standardsDevelopment?.mode).toBe('INDEPENDENT');
    expect(doc.milestones).toEqual([
      { date: '2018-Q3', precision: 'QUARTER', description: 'SPDM 1.1 references TCG DICE', status: 'PLANNED' },
      {
        date: '2019',
        precision: 'YEAR',
        description: 'TCG specification for SPDM-based attestation',
        status: 'PLANNED',
      },
    ]);
    expect(doc.review).toEqual({ trigger: 'when SPDM 1.1 is released', dueBy: '2019', precision: 'YEAR' });
    expect(doc.approval).toEqual({
      body: 'DMTF Board of Directors',
      resolution: '2017-09-03',
      approvedOn: '2017-09-06',
      text: 'The DMTF Board of Directors approved this register on September 6, 2017 (Board Resolution 2017-09-03).',
    });
  });

  it('reads contacts, once each, and reports the duplicate and the mistyped domain', () => {
    expect(doc.contacts).toEqual([
      {
        organization: 'TCG',
        name: 'Elena Petrova',
        title: null,
        email: 'epetrova@trustedcomputinggroup.org',
        kind: 'PERSON',
      },
      {
        organization: 'TCG',
        name: 'TCG Liaison Office',
        title: null,
        email: 'liaison@trustedcomputinggroup.org',
        kind: 'MAILING_LIST',
      },
      {
        organization: 'DMTF',
        name: 'Bruno Costa',
        title: 'PMCI WG Chair',
        email: 'bruno.costa@example.com',
        kind: 'PERSON',
      },
      { organization: 'DMTF', name: 'Anna Novak', title: null, email: 'anna.novak@dmtf.ogr', kind: 'PERSON' },
    ]);
    expect(findings(doc.findings)).toEqual([
      ['DUPLICATE_CONTACT', 'contacts[2]'],
      ['EMAIL_DOMAIN_MISMATCH', 'contacts[3].email'],
      ['REVIEW_OVERDUE', 'review.dueBy'],
    ]);
  });
});

describe('ITU-T SG13 – TM Forum Work Register (Word copy: numbered headings, tab bullets, page footer)', () => {
  const doc = load('itu-t-sg13-tmforum-work-register.txt');

  it('reads the header', () => {
    expect(doc.title).toBe('ITU-T SG13 – TM Forum Work Register');
    expect(registerSlug(doc.title)).toBe('itu-t-sg13-tm-forum');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    // "Version 1.0 – DRAFT": the version is 1.0; "DRAFT" is its status.
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2012-04-25');
    expect(doc.subtitle).toBe(
      'Cloud Computing: Service Management Requirements and the ITU-T Focus Group on Cloud Computing Deliverables',
    );
    expect(doc.parties).toEqual([
      { acronym: 'ITU-T', name: 'ITU Telecommunication Standardization Sector', unit: 'Study Group 13 (SG13)' },
      { acronym: 'TM Forum', name: TMF, unit: null },
    ]);
  });

  it('keeps numbered headings (runs of spaces collapsed) and reads the content', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      '1. Alliance Organizations',
      '2. Background',
      '3. Alliance Partner Mission',
      '4. Milestones / Dates',
      '5. Work Register Review Date',
      '6. Resources Identified / Points of Contact',
    ]);
    expect(doc.background).toBe(
      'ITU-T SG13 develops Recommendations on cloud computing requirements and architecture. The TM Forum Cloud Services Initiative develops business and operational frameworks for cloud service providers.',
    );
    expect(doc.objectives).toEqual([
      'Reference TM Forum cloud service management work in SG13 Recommendations.',
      'Align terminology between Y.3500 and the TM Forum Cloud Glossary.',
    ]);
  });

  it('reads "•<tab>" milestones with the date after the description; the page footer is no milestone', () => {
    expect(doc.milestones).toEqual([
      // 12/10/2012 reads both ways; the review's 30/06/2014 shows the document writes day/month.
      { date: '2012-10-12', precision: 'DAY', description: 'Joint workshop, Geneva', status: 'COMPLETED' },
      {
        date: '2013-Q2',
        precision: 'QUARTER',
        description: 'Draft Recommendation Y.3501 consented',
        status: 'PLANNED',
      },
      { date: '2014', precision: 'YEAR', description: 'Joint technical report published', status: 'PLANNED' },
    ]);
  });

  it('reads a day-first review date (30/06/2014), the wrapped approval and contacts', () => {
    expect(doc.review).toEqual({ trigger: 'annually', dueBy: '2014-06-30', precision: 'DAY' });
    expect(doc.approval).toEqual({
      body: 'TM Forum Board of Directors',
      resolution: '2012-11',
      approvedOn: '2012-11-14',
      text: 'Approved by the TM Forum Board of Directors; Board Resolution 2012-11 on November 14, 2012.',
    });
    expect(doc.contacts).toEqual([
      {
        organization: 'ITU-T',
        name: 'Dr. Min-Jun Park',
        title: 'SG13 Vice-Chairman',
        email: 'mjpark@example.kr',
        kind: 'PERSON',
      },
      {
        organization: 'ITU-T',
        name: 'TSB SG13 Secretariat',
        title: null,
        email: 'tsbsg13@itu.int',
        kind: 'MAILING_LIST',
      },
      {
        organization: 'TM Forum',
        name: 'Laura Chen',
        title: 'Director, Cloud Services Initiative',
        email: 'lchen@tmforum.org',
        kind: 'PERSON',
      },
    ]);
    expect(findings(doc.findings)).toEqual([
      ['DAY_FIRST_DATE', 'review.dueBy'],
      ['INFERRED_DATE_ORDER', 'milestones[0].date'],
      ['REVIEW_OVERDUE', 'review.dueBy'],
    ]);
    expect(doc.findings.find((f) => f.code === 'INFERRED_DATE_ORDER')).toMatchObject({
      severity: 'INFO',
      line: 26,
      message: expect.stringContaining('"30/06/2014" on line 34'),
    });
  });
});

describe('Addendum 2 to the OMG / DMTF Work Register (Markdown tables, parties from the title)', () => {
  const doc = load('omg-dmtf-work-register-addendum-2.md');

  it('reads the header of an addendum without an organizations section', () => {
    expect(doc.title).toBe('Addendum 2 to the OMG / DMTF Work Register');
    expect(registerSlug(doc.title)).toBe('omg-dmtf-addendum-2');
    expect(doc.kind).toBe('ADDENDUM');
    expect(doc.amends).toBe('OMG / DMTF Work Register');
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2013-09-03');
    expect(doc.subtitle).toBeNull();
    expect(doc.parties).toEqual([
      { acronym: 'OMG', name: 'Object Management Group', unit: null },
      { acronym: 'DMTF', name: DMTF, unit: null },
    ]);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Background',
      'Milestones / Dates',
      'Work Register Review Date',
      'Points of Contact',
    ]);
  });

  it('reads the milestone table with the date in the second column', () => {
    expect(doc.milestones).toEqual([
      { date: '2013-12', precision: 'MONTH', description: 'CSCC guide reviewed by CMWG', status: 'PLANNED' },
      {
        date: '2014-Q1',
        precision: 'QUARTER',
        description: 'CIMI primer references CSCC guide',
        status: 'PLANNED',
      },
    ]);
    expect(doc.review).toEqual({ trigger: 'with the main register', dueBy: '2014-12-31', precision: 'DAY' });
  });

  it('reads the "Approved: <body>, Resolution <id>, <date>" variant and the contacts table', () => {
    expect(doc.approval).toEqual({
      body: 'DMTF Board of Directors',
      resolution: '2013-10-07',
      approvedOn: '2013-10-09',
      text: 'Approved: DMTF Board of Directors, Resolution 2013-10-07, October 9, 2013.',
    });
    expect(doc.contacts).toEqual([
      {
        organization: 'OMG',
        name: 'Irene Walsh',
        title: 'CSCC Program Director',
        email: 'iwalsh@omg.org',
        kind: 'PERSON',
      },
      {
        organization: 'DMTF',
        name: 'Omar Haddad',
        title: 'CMWG Chair',
        email: 'omar.haddad@example.com',
        kind: 'PERSON',
      },
      {
        organization: 'DMTF',
        name: 'DMTF Alliance Partners',
        title: null,
        email: 'alliances@dmtf.org',
        kind: 'MAILING_LIST',
      },
    ]);
    expect(findings(doc.findings)).toEqual([
      ['PARTIES_FROM_TITLE', 'parties'],
      ['REVIEW_OVERDUE', 'review.dueBy'],
    ]);
  });
});

describe('SNIA / NVM Express Work Register (liaison style with "the", affiliations, a domain typo)', () => {
  const doc = load('snia-nvm-express-work-register.txt');

  it('reads the header and the parties', () => {
    expect(doc.title).toBe('SNIA / NVM Express Work Register');
    expect(registerSlug(doc.title)).toBe('snia-nvm-express');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2020-01-08');
    expect(doc.subtitle).toBeNull();
    expect(doc.parties).toEqual([
      {
        acronym: 'SNIA',
        name: 'Storage Networking Industry Association',
        unit: 'Scalable Storage Management Technical Work Group',
      },
      { acronym: 'NVM Express', name: 'NVM Express, Inc.', unit: null },
    ]);
  });

  it('keeps the liaison-style headings written with "the"', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'SNIA Work Area Associated with the Liaison',
      'NVM Express Work Area Associated with the Liaison',
      'Business Justification for the Liaison',
      'Scope of the Liaison Activity',
      'Milestones / Dates',
      'Work Register Review Date',
      'Resources Identified / Points of Contact',
    ]);
    expect(doc.background).toBe(
      'NVMe devices and fabrics must be manageable through Swordfish without a second, incompatible model.',
    );
    expect(doc.objectives).toEqual([
      'Mapping of NVMe-MI objects to the Swordfish model.',
      'Joint review of the Swordfish NVMe profile.',
    ]);
  });

  it('reads milestones with the date last, review and approval', () => {
    expect(doc.milestones).toEqual([
      {
        date: '2020-03',
        precision: 'MONTH',
        description: 'Swordfish NVMe model mapping published',
        status: 'PLANNED',
      },
      {
        date: '2020-Q3',
        precision: 'QUARTER',
        description: 'Swordfish 1.2.1 with NVMe-oF support',
        status: 'PLANNED',
      },
      {
        date: '2020-09-21',
        precision: 'DAY',
        description: 'Plugfest at the SNIA Storage Developer Conference',
        status: 'CANCELLED',
      },
    ]);
    expect(doc.review).toEqual({ trigger: 'annually by both boards', dueBy: '2022-Q1', precision: 'QUARTER' });
    expect(doc.approval).toEqual({
      body: 'SNIA Board of Directors',
      resolution: '2020-01-B',
      approvedOn: '2020-02-04',
      text: 'Approved by the SNIA Board of Directors; Board Resolution 2020-01-B on February 4, 2020.',
    });
  });

  it('reads contacts with their affiliation in the title, once each', () => {
    expect(doc.contacts).toEqual([
      {
        organization: 'SNIA',
        name: 'Rita Alvarez',
        title: 'SSM TWG Chair, Broadcom',
        email: 'rita.alvarez@example.com',
        kind: 'PERSON',
      },
      // A role address (whoever is the Technical Council's managing director), not a named
      // person: a liaison manager writes to the role, so it is kept as a group mailbox.
      {
        organization: 'SNIA',
        name: 'SNIA Technical Council Managing Director',
        title: null,
        email: 'tcmd@snia.org',
        kind: 'MAILING_LIST',
      },
      {
        organization: 'NVM Express',
        name: 'Aaron Bell',
        title: 'NVMe-MI Workgroup Chair, Dell',
        email: 'aaron.bell@example.com',
        kind: 'PERSON',
      },
      {
        organization: 'NVM Express',
        name: 'NVMe Administration',
        title: null,
        email: 'admin@nvmexpres.org',
        kind: 'MAILING_LIST',
      },
    ]);
    expect(findings(doc.findings)).toEqual([
      ['DUPLICATE_CONTACT', 'contacts[2]'],
      ['EMAIL_DOMAIN_MISMATCH', 'contacts[3].email'],
      ['REVIEW_OVERDUE', 'review.dueBy'],
    ]);
    expect(doc.findings.find((f) => f.code === 'EMAIL_DOMAIN_MISMATCH')?.message).toContain('nvmexpress.org');
  });
});

describe('ODCA / DMTF Work Register (version in the title, inline headings, a tab-separated contacts table)', () => {
  const doc = load('odca-dmtf-work-register.txt');

  it('reads the header and the inline organizations', () => {
    expect(doc.title).toBe('ODCA / DMTF Work Register');
    expect(registerSlug(doc.title)).toBe('odca-dmtf');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('1.1');
    expect(doc.initiatedOn).toBe('2013-04-01');
    expect(doc.subtitle).toBeNull();
    expect(doc.parties).toEqual([
      { acronym: 'ODCA', name: 'Open Data Center Alliance', unit: null },
      { acronym: 'DMTF', name: DMTF, unit: null },
    ]);
  });

  it('reads sections, "Standards Development: Independent" and the review rules', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations:',
      'Background',
      'Alliance Partner Mission',
      'Alliance Benefits',
      'Standards Development:',
      'Rules for Delegated Work',
      'Milestones / Dates',
      'Work Register Review Date',
      'Resources Identified / Points of Contact',
    ]);
    expect(doc.objectives).toEqual([
      'The ODCA wishes to see its usage models addressed by DMTF standards, and the DMTF wishes to validate its cloud standards against real enterprise requirements.',
    ]);
    expect(doc.benefits).toEqual(['Enterprise requirements reach the standards that implement them.']);
    expect(doc.standardsDevelopment).toEqual({ mode: 'INDEPENDENT', text: 'Independent' });
    expect(doc.delegatedWorkRules).toEqual([
      {
        reviewer: 'DMTF',
        subject: 'ODCA',
        commitments: ['ODCA will provide its usage models to the DMTF for review.'],
      },
      {
        reviewer: 'ODCA',
        subject: 'DMTF',
        commitments: ['DMTF will provide CIMI and OVF work-in-progress drafts to ODCA members.'],
      },
    ]);
  });

  it('reads milestones with the date in parentheses or after tabs ("Q3/2013", "11/2013")', () => {
    expect(doc.milestones).toEqual([
      { date: '2013-05', precision: 'MONTH', description: 'Usage model review by the DMTF', status: 'PLANNED' },
      { date: '2013-Q3', precision: 'QUARTER', description: 'CIMI 1.1 gap analysis', status: 'PLANNED' },
      { date: '2013-11', precision: 'MONTH', description: 'Joint presentation at Cloud Expo', status: 'PLANNED' },
    ]);
  });

  it('reads "Next review at …; no later than 2014-06", the approval and the contacts table', () => {
    expect(doc.review).toEqual({
      trigger: 'at the ODCA Forecast conference',
      dueBy: '2014-06',
      precision: 'MONTH',
    });
    expect(doc.approval).toEqual({
      body: 'DMTF Board',
      resolution: '2013-05-02',
      approvedOn: '2013-05-16',
      text: 'Approved by DMTF Board 2013-05-16 (Resolution 2013-05-02).',
    });
    expect(doc.contacts).toEqual([
      {
        organization: 'ODCA',
        name: 'Paul Reiner',
        title: 'Technical Coordinator',
        email: 'preiner@example.com',
        kind: 'PERSON',
      },
      {
        organization: 'DMTF',
        name: 'Sara Lindgren',
        title: 'VP Alliances',
        email: 'slindgren@dmtf.org',
        kind: 'PERSON',
      },
    ]);
    expect(findings(doc.findings)).toEqual([
      ['DUPLICATE_CONTACT', 'contacts[1]'],
      ['REVIEW_OVERDUE', 'review.dueBy'],
    ]);
  });
});

describe('O-RAN / ONF Work Register (organizations in a wrapped sentence, one table cell per line)', () => {
  const doc = load('o-ran-onf-work-register.txt');

  it('reads the header and both organizations of the sentence, the ONF name broken over two lines', () => {
    expect(doc.title).toBe('O-RAN / ONF Work Register');
    expect(registerSlug(doc.title)).toBe('o-ran-onf');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('0.3');
    expect(doc.initiatedOn).toBe('2019-02-20');
    expect(doc.subtitle).toBeNull();
    // "O-RAN ALLIANCE e.V." is the legal form of the directory's "O-RAN Alliance".
    expect(doc.parties).toEqual([
      { acronym: 'O-RAN', name: 'O-RAN Alliance', unit: null },
      { acronym: 'ONF', name: 'Open Networking Foundation', unit: null },
    ]);
  });

  it('keeps the liaison-style sections', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'O-RAN Work Area Associated with Liaison',
      'ONF Work Area Associated with Liaison',
      'Business Justification for Liaison',
      'Scope of Liaison Activity',
      'Milestones / Dates',
      'Work Register Review Date',
      'Resources Identified / Points of Contact',
    ]);
    expect(doc.background).toBe('Reusing the ONF Core Information Model avoids a third model of network resources.');
    expect(doc.objectives).toEqual(['Review of O-RAN O&M information model drafts against TR-512.']);
    expect(doc.milestones).toEqual([]);
  });

  it('reads a review whose date stands on the line after "no later than:"', () => {
    expect(doc.review).toEqual({
      trigger: 'upon publication of the O-RAN O&M Architecture v3',
      dueBy: '2020-06',
      precision: 'MONTH',
    });
  });

  it('reads "Board Resolution <id>: approved by <body> on <date>"', () => {
    expect(doc.approval).toEqual({
      body: 'ONF Board of Directors',
      resolution: 'ONF-2019-12',
      approvedOn: '2019-03-12',
      text: 'Board Resolution ONF-2019-12: approved by the ONF Board of Directors on 12 March 2019.',
    });
  });

  it('reads contacts written one table cell per line: name, title, address', () => {
    expect(doc.contacts).toEqual([
      {
        organization: 'O-RAN',
        name: 'Ahmed Karim',
        title: 'WG1 Co-Chair',
        email: 'ahmed.karim@example.com',
        kind: 'PERSON',
      },
      { organization: 'O-RAN', name: 'O-RAN Office', title: null, email: 'office@o-ran.org', kind: 'MAILING_LIST' },
      {
        organization: 'ONF',
        name: 'Nina Kowalczyk',
        title: 'Information Modeling Project Lead',
        email: 'nina.kowalczyk@example.org',
        kind: 'PERSON',
      },
    ]);
    expect(findings(doc.findings)).toEqual([['REVIEW_OVERDUE', 'review.dueBy']]);
  });
});

describe('CSA / ISO/IEC JTC 1/SC 27 Work Register (slashes inside a name, heading wrapped over three lines)', () => {
  const doc = load('csa-jtc1-sc27-work-register.txt');

  it('reads the header and the parties', () => {
    expect(doc.title).toBe('CSA / ISO/IEC JTC 1/SC 27 Work Register');
    expect(registerSlug(doc.title)).toBe('csa-iso-iec-jtc-1-sc-27');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2011-06-30');
    expect(doc.subtitle).toBeNull();
    expect(doc.parties).toEqual([
      { acronym: 'CSA', name: 'Cloud Security Alliance', unit: null },
      { acronym: 'JTC 1', name: 'ISO/IEC Joint Technical Committee 1', unit: 'Subcommittee 27 (SC 27)' },
    ]);
  });

  it('keeps an inline review heading and a heading wrapped over three lines', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'Background',
      'Alliance Partner Mission',
      'Standards Development',
      'Milestones / Dates',
      'Work Register Review Date:',
      'Resources Identified / Points of Contact',
    ]);
    expect(doc.objectives).toEqual([
      'Map the CCM to ISO/IEC 27001:2005 and the draft ISO/IEC 27017.',
      'Contribute CSA research to SC 27 Working Group 4 as a Category C liaison.',
    ]);
    expect(doc.standardsDevelopment).toEqual({
      mode: 'INDEPENDENT',
      text: 'Independent; the CSA contributes to SC 27 through its liaison.',
    });
  });

  it('reads milestones whose description holds a standard\'s year ("27001:2005") without taking it as the date', () => {
    expect(doc.milestones).toEqual([
      {
        date: '2011-Q4',
        precision: 'QUARTER',
        description: 'CCM v1.2 mapped to ISO/IEC 27001:2005',
        status: 'PLANNED',
      },
      {
        date: '2012-04',
        precision: 'MONTH',
        description: 'first CSA contribution to ISO/IEC 27017 (Working Draft 2)',
        status: 'PLANNED',
      },
    ]);
    expect(doc.review).toEqual({ trigger: 'annually', dueBy: '2012-07', precision: 'MONTH' });
    expect(doc.approval).toEqual({
      body: 'CSA Board of Directors',
      resolution: '11-07',
      approvedOn: '2011-07-12',
      text: 'Approved by the CSA Board of Directors on 7/12/2011; Board Resolution 11-07.',
    });
  });

  it('reads contacts under "Within CSA:" and "For SC 27:" (a JTC 1 subcommittee); phone numbers are no title', () => {
    expect(doc.contacts).toEqual([
      {
        organization: 'CSA',
        name: 'Jamie Rowe',
        title: 'Executive Director',
        email: 'jrowe@example.org',
        kind: 'PERSON',
      },
      {
        organization: 'CSA',
        name: 'Priya Sharma',
        title: 'CCM Working Group Co-Chair',
        email: 'psharma@example.com',
        kind: 'PERSON',
      },
      {
        organization: 'JTC 1',
        name: 'Dr. Hans Vogel',
        title: 'SC 27/WG 4 Convenor',
        email: 'hans.vogel@example.de',
        kind: 'PERSON',
      },
      {
        organization: 'JTC 1',
        name: 'SC 27 Secretariat',
        title: null,
        email: 'sc27-secretariat@example.de',
        kind: 'MAILING_LIST',
      },
    ]);
    expect(findings(doc.findings)).toEqual([
      ['AMBIGUOUS_DATE', 'approval.approvedOn'],
      ['REVIEW_OVERDUE', 'review.dueBy'],
    ]);
  });
});

describe('IEEE 802.3 / MEF Work Register (Google Docs Markdown: bold headings, escapes, mailto links)', () => {
  const doc = load('ieee-802-3-mef-work-register.md');

  it('reads the header and the parties', () => {
    expect(doc.title).toBe('IEEE 802.3 / MEF Work Register');
    expect(registerSlug(doc.title)).toBe('ieee-802-3-mef');
    expect(doc.kind).toBe('REGISTER');
    expect(doc.amends).toBeNull();
    expect(doc.version).toBe('1.0');
    expect(doc.initiatedOn).toBe('2015-03-02');
    expect(doc.subtitle).toBeNull();
    expect(doc.parties).toEqual([
      {
        acronym: 'IEEE',
        name: 'Institute of Electrical and Electronics Engineers',
        unit: '802.3 Ethernet Working Group',
      },
      { acronym: 'MEF', name: MEF, unit: null },
    ]);
  });

  it('reads bold headings and escaped numbered items ("1\\. Keep …")', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'Background',
      'Alliance Partner Mission',
      'Milestones / Dates',
      'Work Register Review Date',
      'Resources Identified / Points of Contact',
    ]);
    expect(doc.objectives).toEqual([
      'Keep MEF service attributes consistent with IEEE 802.3 rates and interfaces.',
      'Exchange information on Ethernet OAM between the two groups.',
    ]);
  });

  it('reads milestones, a struck-through one cancelled, review and approval', () => {
    expect(doc.milestones).toEqual([
      {
        date: '2015-Q2',
        precision: 'QUARTER',
        description: 'MEF review of IEEE P802.3bs (400 Gb/s) draft 1.0',
        status: 'PLANNED',
      },
      {
        date: '2015-11',
        precision: 'MONTH',
        description: 'Joint tutorial at the IEEE 802 plenary',
        status: 'CANCELLED',
      },
    ]);
    expect(doc.review).toEqual({ trigger: 'when IEEE 802.3bs is approved', dueBy: '2016-12-31', precision: 'DAY' });
    expect(doc.approval).toEqual({
      body: 'MEF Board of Directors',
      resolution: '2015-04',
      approvedOn: '2015-04-15',
      text: 'Approved by the MEF Board of Directors; Board Resolution 2015-04 on April 15, 2015.',
    });
  });

  it('reads "[address](mailto:address)" as one address, not a person listed twice', () => {
    expect(doc.contacts).toEqual([
      {
        organization: 'IEEE',
        name: 'Daniel Hoffmann',
        title: 'Chair, IEEE 802.3 Working Group',
        email: 'd.hoffmann@example.com',
        kind: 'PERSON',
      },
      {
        organization: 'MEF',
        name: 'Carla Mendes',
        title: 'Technical Committee Co-Chair',
        email: 'cmendes@mef.net',
        kind: 'PERSON',
      },
      { organization: 'MEF', name: 'MEF Technical Committee', title: null, email: 'tc@mef.net', kind: 'MAILING_LIST' },
    ]);
    expect(findings(doc.findings)).toEqual([['REVIEW_OVERDUE', 'review.dueBy']]);
  });
});

describe('held-out registers, written back out', () => {
  const files = readdirSync(new URL('./held-out/', import.meta.url)).filter((f) => /\.(?:txt|md)$/.test(f));
  // The writer writes dates unambiguously (ISO), so an AMBIGUOUS_DATE of the original is not read back.
  const comparable = (doc: WorkRegisterDocument) => ({
    ...doc,
    sections: doc.sections.map((s) => s.heading.replace(/:$/, '')),
    findings: doc.findings.filter((f) => f.code !== 'AMBIGUOUS_DATE').map((f) => [f.code, f.severity, f.path]),
  });

  it('has at least eight registers of other alliances', () => expect(files.length).toBeGreaterThanOrEqual(8));

  it.each(files.flatMap((f) => [`${f} text`, `${f} markdown`]))('%s reads back to the same register', (name) => {
    const [file = '', format] = name.split(' ');
    const original = load(file);
    const written = formatRegister(original, format === 'markdown' ? 'markdown' : 'text');
    expect(comparable(parse(written, { now }))).toEqual(comparable(original));
  });
});

describe('smaller forms met while probing other registers', () => {
  const register = (title: string, body: string) =>
    parse(`${title}\nVersion 1.0\nDate Initiated: 2/3/2014\n\nAlliance Organizations\n\nSNIA\nDMTF\n\n${body}\n`, {
      now,
    });

  it('joins a title wrapped right after its separator ("OASIS TOSCA TC /" + "ETSI NFV ISG Work Register")', () => {
    const doc = parse(
      'OASIS TOSCA TC /\nETSI NFV ISG Work Register\nVersion 1.0\nDate Initiated: 6/30/2015\n\nAlliance Organizations\n\nOASIS TOSCA TC\nETSI NFV ISG\n',
      { now },
    );
    expect(doc.title).toBe('OASIS TOSCA TC / ETSI NFV ISG Work Register');
    expect(doc.subtitle).toBeNull();
    expect(doc.parties.map((p) => [p.acronym, p.unit])).toEqual([
      ['OASIS', 'TOSCA TC'],
      ['ETSI', 'NFV ISG'],
    ]);
  });

  it('reads "Review of this Work Register" as the review section', () => {
    const doc = register(
      'SNIA / DMTF Work Register',
      'Review of this Work Register\n\nThis register will be reviewed at each F2F meeting, but no later than June 2013.',
    );
    expect(doc.sections.map((s) => s.heading)).toEqual(['Alliance Organizations', 'Review of this Work Register']);
    expect(doc.review).toEqual({ trigger: 'at each F2F meeting', dueBy: '2013-06', precision: 'MONTH' });
  });

  it('leaves a parenthesis opened before the deadline out of the trigger', () => {
    const doc = register(
      'SNIA / DMTF Work Register',
      'Work Register Review Date\n\nWork register will be reviewed every 12 months (next review no later than 1Q2014).',
    );
    expect(doc.review).toEqual({ trigger: 'every 12 months', dueBy: '2014-Q1', precision: 'QUARTER' });
  });

  it('takes the trigger from a clause after the date when nothing precedes the deadline', () => {
    const doc = register(
      'SNIA / DMTF Work Register',
      'Work Register Review Date\n\nNo later than 1Q2014, or earlier when CIMI 2.0 is published.',
    );
    expect(doc.review).toEqual({ trigger: 'when CIMI 2.0 is published', dueBy: '2014-Q1', precision: 'QUARTER' });
  });

  it('reads the body of an approval written under an "Approval" heading', () => {
    const inline = register(
      'SNIA / DMTF Work Register',
      'Approval: DMTF Board of Directors, 16 May 2012, Resolution 2012-05-04',
    );
    expect(inline.approval).toEqual({
      body: 'DMTF Board of Directors',
      resolution: '2012-05-04',
      approvedOn: '2012-05-16',
      text: 'DMTF Board of Directors, 16 May 2012, Resolution 2012-05-04',
    });
    const lines = register(
      'SNIA / DMTF Work Register',
      'Approval\n\nDMTF Board of Directors\nBoard Resolution 2012-05-04\nMay 16, 2012',
    );
    expect([lines.approval?.body, lines.approval?.resolution, lines.approval?.approvedOn]).toEqual([
      'DMTF Board of Directors',
      '2012-05-04',
      '2012-05-16',
    ]);
  });

  it('reads "address (mailing list)" as a mailbox named by its address', () => {
    const doc = register(
      'SNIA / DMTF Work Register',
      'Points of Contact\n\nDMTF\n- dmtf-snia@dmtf.org (mailing list)\n- Ann Lee, VP (ann.lee@example.com)',
    );
    expect(doc.contacts).toEqual([
      {
        organization: 'DMTF',
        name: 'dmtf-snia@dmtf.org',
        title: null,
        email: 'dmtf-snia@dmtf.org',
        kind: 'MAILING_LIST',
      },
      { organization: 'DMTF', name: 'Ann Lee', title: 'VP', email: 'ann.lee@example.com', kind: 'PERSON' },
    ]);
  });

  it('reads a one-word body under a heading as the body of its section, not a heading of its own', () => {
    const doc = parse(
      'ONF / MEF Work Register\nVersion 1.0\nDate Initiated: 2/3/2014\n\nAlliance Organizations\n\nONF\nMEF\n\n' +
        'Standards Development\n\nIndependent\n\nMilestones / Dates\n\nNone\n',
      { now },
    );
    expect(doc.standardsDevelopment).toEqual({ mode: 'INDEPENDENT', text: 'Independent' });
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Alliance Organizations',
      'Standards Development',
      'Milestones / Dates',
    ]);
  });
});
