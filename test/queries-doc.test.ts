import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadFixtureSet, TODAY } from './support/fixture-set.js';
import { startStack, type Stack } from './support/stack.js';

/**
 * docs/queries.md: each question a liaison manager asks, its query, and the answer the API gives
 * on the fixture registry (today fixed at 2026-11-24). This test fails when the page and the API
 * disagree; `npm run docs:queries` rewrites the page from the API.
 */

const QUESTIONS: { title: string; note: string; query: string }[] = [
  {
    title: 'Which alliances does DMTF have, and with whom?',
    note: 'A unit’s register counts for its organization. Partners come with the registers shared.',
    query: `{
  organization(acronym: "DMTF") {
    workRegisters(first: 3) { totalCount edges { node { title status } } }
    partners { organization { acronym } workRegisters(first: 2) { totalCount edges { node { title } } } }
  }
}`,
  },
  {
    title: 'Which registers are between MEF and DMTF?',
    note: '`parties` needs all of them; `anyParty` any one.',
    query: `{
  workRegisters(filter: { parties: ["MEF", "DMTF"] }) {
    totalCount
    edges { node { title parties { organization { acronym } unit { name } } } }
  }
}`,
  },
  {
    title: 'Which active cloud registers fall due for review next?',
    note: 'Filters combine; `search` matches word prefixes in the title, background, objectives, benefits, projects and sections.',
    query: `{
  workRegisters(
    filter: { status: [ACTIVE, UNDER_REVIEW], search: "cloud", reviewDue: { from: "2026-11-24" } }
    orderBy: { field: REVIEW_DUE_ON }
    first: 5
  ) {
    totalCount
    edges { node { title status review { dueBy dueOn status } } }
  }
}`,
  },
  {
    title: 'What is due for review in the next 90 days, for DMTF?',
    note: 'Partial dates fall due at the end of their period: 2026-Q4 on 2026-12-31. Overdue ones come first unless `includeOverdue: false`.',
    query: `{
  reviewsDue(within: 90, organization: "DMTF", includeOverdue: false) {
    edges { node { title review { trigger dueBy dueOn status } } }
  }
  milestonesDue(within: 90, includeOverdue: false) {
    edges { node { description date dueOn workRegister { title } } }
  }
}`,
  },
  {
    title: 'What in our data looks wrong?',
    note: 'Findings of the documents and overdue reviews and milestones, registry-wide, worst first; contact checks use the registry’s email domains through federation.',
    query: `{
  findings(filter: { code: ["APPROVAL_BEFORE_INITIATION", "EMAIL_DOMAIN_MISMATCH"] }) {
    totalCount
    edges { node { code severity message workRegister { title } } }
  }
  organization(acronym: "DMTF") { contactFindings { code message } }
}`,
  },
  {
    title: 'Who do I call at DMTF?',
    note: 'Each contact with the registers they appear in and the role on each.',
    query: `{
  organization(acronym: "DMTF") {
    contacts(filter: { search: "president" }) {
      edges { node { name email workRegisters(first: 3) { totalCount edges { role node { title } } } } }
    }
  }
}`,
  },
  {
    title: 'Show me the landscape',
    note: 'Organizations as nodes, one link per pair with the registers it carries, every register as an edge (paginated); and the shortest chain of alliances between two bodies.',
    query: `{
  allianceGraph(organization: "SNIA", depth: 1) {
    nodes { acronym }
    links { from { acronym } to { acronym } workRegisters }
    edges(first: 3) { totalCount edges { node { from { acronym } to { acronym } status workRegister { title } } } }
    path(from: "MEF", to: "SNIA") { organizations { acronym } workRegisters { title } }
  }
}`,
  },
  {
    title: 'Dashboard figures',
    note: 'Counts by status and organization, reviews due per month for the next 12 months, findings by code.',
    query: `{
  registryStats {
    workRegisters
    byStatus { status count }
    byOrganization { organization { acronym } count }
    reviewsDueByMonth { month count }
    findingsByCode { code count }
  }
}`,
  },
];

const PAGE = new URL('../docs/queries.md', import.meta.url);

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ today: TODAY });
  await loadFixtureSet(stack);
}, 120_000);
afterAll(() => stack?.stop());

it('docs/queries.md shows what the API answers', { timeout: 60_000 }, async () => {
  const sections: string[] = [];
  for (const [i, question] of QUESTIONS.entries()) {
    const { data, errors } = await stack.query(question.query, {}, stack.tokens.member);
    expect(errors).toBeUndefined();
    sections.push(
      `## ${i + 1}. ${question.title}\n\n${question.note}\n\n\`\`\`graphql\n${question.query}\n\`\`\`\n\n` +
        `\`\`\`json\n${JSON.stringify({ data }, null, 2)}\n\`\`\``,
    );
  }
  const page =
    '# Questions the registry answers\n\n' +
    'Each question is one query through the gateway (http://localhost:4000/graphql). The answers are the ' +
    "real ones on the fixture registry of `test/fixtures/registers` plus the seed, with the registry's " +
    'today set to 2026-11-24 (`REGISTRY_TODAY`), asked with a member’s token: without one, a person’s ' +
    '`email` is null and addresses in messages are hidden (mailing lists stay public). ' +
    '`test/queries-doc.test.ts` checks every answer against the API; `npm run docs:queries` rewrites this page.\n\n' +
    sections.join('\n\n') +
    '\n';
  if (process.env.UPDATE_DOCS) writeFileSync(PAGE, page);
  expect(readFileSync(PAGE, 'utf8')).toBe(page);
});
