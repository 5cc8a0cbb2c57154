import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.js';

/**
 * The acceptance query of the foundation issue, through the real gateway: the seed register as
 * DESIGN.md's table maps it, with its points of contact from the contacts subgraph.
 */
const SEED_QUERY = /* GraphQL */ `
  {
    workRegister(slug: "mef-dmtf") {
      title
      version
      initiatedOn
      parties {
        organization {
          acronym
          name
        }
      }
      objectives
      delegatedWorkRules {
        reviewer {
          acronym
        }
        subject {
          acronym
        }
        commitments
      }
      milestones {
        description
      }
      review {
        trigger
        dueBy
      }
      approval {
        body
        resolution
        approvedOn
        text
      }
      pointsOfContact {
        role
        organization {
          acronym
        }
        contact {
          name
          email
          kind
        }
      }
    }
  }
`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe('the seed register through the gateway', () => {
  it('answers the acceptance query field by field', async () => {
    // As a member: people's addresses are shown only to callers with a role (issue 5).
    const { data, errors } = await stack.query(SEED_QUERY, {}, stack.tokens.member);
    expect(errors).toBeUndefined();
    const register = data.workRegister;
    expect(register.title).toBe('MEF / DMTF Work Register');
    expect(register.version).toBe('1.0');
    expect(register.initiatedOn).toBe('2012-04-25');
    expect(register.parties).toEqual([
      { organization: { acronym: 'MEF', name: 'Metro Ethernet Forum' } },
      { organization: { acronym: 'DMTF', name: 'Distributed Management Task Force' } },
    ]);
    expect(register.objectives).toHaveLength(2);
    expect(register.objectives[0]).toMatch(
      /^First the MEF wishes to gain an understanding of the DMTF’s Dynamic Cloud/,
    );
    expect(register.objectives[1]).toMatch(/^Secondly, the MEF wishes to share its service definitions with the DMTF/);
    expect(register.delegatedWorkRules).toEqual([
      {
        reviewer: { acronym: 'MEF' },
        subject: { acronym: 'DMTF' },
        commitments: ['DMTF will publish Work-in-Public drafts of CIMI standards on a regular basis.'],
      },
      {
        reviewer: { acronym: 'DMTF' },
        subject: { acronym: 'MEF' },
        commitments: [
          expect.stringMatching(/^The MEF will make available to the DMTF, approved draft versions/),
          expect.stringMatching(/^The MEF may, to the best of its ability, consider conforming/),
          expect.stringMatching(/^The MEF will attempt to not produce delegated standards/),
        ],
      },
    ]);
    expect(register.milestones).toEqual([]);
    expect(register.review).toEqual({ trigger: 'when an MEF document is identified', dueBy: '2013-05' });
    expect(register.approval).toEqual({
      body: 'DMTF Board of Directors',
      resolution: '2012-05-04',
      approvedOn: '2010-05-16',
      text: 'Approved by the DMTF Board of Directors; Board Resolution 2012-05-04 on 5/16/2010.',
    });
    expect(register.pointsOfContact).toEqual([
      {
        role: 'President MEF',
        organization: { acronym: 'MEF' },
        contact: { name: 'Nan Chen', email: 'nan@metroethernetforum.org', kind: 'PERSON' },
      },
      {
        role: 'VP, TC Co-Chair',
        organization: { acronym: 'MEF' },
        contact: { name: 'Bill Bjorkman', email: 'bill@metroethernetforum.org', kind: 'PERSON' },
      },
      {
        role: 'TC Co-Chair',
        organization: { acronym: 'MEF' },
        contact: { name: 'Raghu Ranganathan', email: 'rraghu@ciena.com', kind: 'PERSON' },
      },
      {
        role: null,
        organization: { acronym: 'DMTF' },
        contact: { name: 'DMTF / MEF Alliance Contacts', email: 'mef-alliance@dmf.org', kind: 'MAILING_LIST' },
      },
    ]);
  });

  it('keeps the rest of the document: project, references, sections, source and findings', async () => {
    const { data } = await stack.query(`{
      workRegister(slug: "mef-dmtf") {
        slug kind status revision background
        projects { name audience }
        benefits
        standardsDevelopment { mode text }
        references { title url }
        review { precision dueOn }
        sections { heading }
        findings { code severity path }
        source { sha256 text }
      }
    }`);
    const register = data.workRegister;
    expect(register).toMatchObject({ slug: 'mef-dmtf', kind: 'REGISTER', status: 'ACTIVE', revision: 1 });
    expect(register.background).toMatch(/^This is a new partnership alliance between the Metro Ethernet Forum/);
    expect(register.projects).toEqual([
      {
        name: 'Carrier Ethernet Services and Management Model for Cloud',
        audience: expect.stringContaining('Cloud Service Providers'),
      },
    ]);
    expect(register.benefits).toHaveLength(1);
    expect(register.standardsDevelopment).toEqual({ mode: 'JOINT', text: 'Joint standards development' });
    expect(register.references).toEqual([
      { title: 'MEF technical Standards reference', url: 'http://metroethernetforum.org/page_loader.php?p_id=29' },
    ]);
    expect(register.review).toEqual({ precision: 'MONTH', dueOn: '2013-05-31' });
    expect(register.sections.map((s: { heading: string }) => s.heading)).toEqual(
      expect.arrayContaining([
        'Background',
        'Alliance Partner Mission',
        'Milestones / Dates',
        'Work Register Review Date',
      ]),
    );
    expect(register.findings.map((f: { code: string }) => f.code).sort()).toEqual([
      'APPROVAL_BEFORE_INITIATION',
      'EMAIL_DOMAIN_MISMATCH',
      'REVIEW_OVERDUE',
    ]);
    expect(register.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(register.source.text).toContain('MEF / DMTF Work Register');
  });

  it('links contacts and organizations across the two subgraphs', async () => {
    // A person is found by address only by callers with a role (issue 5).
    const { data, errors } = await stack.query(
      `{
      contact(email: "NAN@metroethernetforum.org") {
        name title organization { acronym }
        workRegisters(first: 5) { totalCount edges { role organization { acronym } node { slug title } } }
      }
      organization(acronym: "dmtf") {
        name website emailDomains { domain current }
        contacts(first: 10) { totalCount edges { node { email kind } } }
        workRegisters(first: 10) { totalCount edges { node { slug } } }
      }
    }`,
      {},
      stack.tokens.member,
    );
    expect(errors).toBeUndefined();
    expect(data.contact).toEqual({
      name: 'Nan Chen',
      title: 'President MEF',
      organization: { acronym: 'MEF' },
      workRegisters: {
        totalCount: 1,
        edges: [
          {
            role: 'President MEF',
            organization: { acronym: 'MEF' },
            node: { slug: 'mef-dmtf', title: 'MEF / DMTF Work Register' },
          },
        ],
      },
    });
    expect(data.organization.name).toBe('Distributed Management Task Force');
    expect(data.organization.emailDomains).toContainEqual({ domain: 'dmtf.org', current: true });
    expect(data.organization.contacts).toEqual({
      totalCount: 1,
      edges: [{ node: { email: 'mef-alliance@dmf.org', kind: 'MAILING_LIST' } }],
    });
    expect(data.organization.workRegisters).toEqual({ totalCount: 1, edges: [{ node: { slug: 'mef-dmtf' } }] });
  });

  it('ships the directory of standards bodies', async () => {
    const { data } = await stack.query(`{ organizations(first: 100) { totalCount edges { node { acronym } } } }`);
    expect(data.organizations.totalCount).toBeGreaterThanOrEqual(25);
    const acronyms = data.organizations.edges.map((e: { node: { acronym: string } }) => e.node.acronym);
    for (const acronym of ['DMTF', 'MEF', 'SNIA', 'OASIS', 'ETSI', 'IETF', 'W3C', 'ISO', 'IEEE', 'OGF']) {
      expect(acronyms).toContain(acronym);
    }
  });
});
