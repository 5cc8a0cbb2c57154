import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.js';

/**
 * The docs' examples run against a freshly seeded registry: every ```graphql block in
 * docs/schema.md and docs/identity.md answers without errors and with something in each field it asks, and the README's example answer is what the API says.
 */

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const blocks = (markdown: string, language: string) =>
  [...markdown.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe('docs/schema.md and docs/identity.md', () => {
  const queries = [...blocks(read('docs/schema.md'), 'graphql'), ...blocks(read('docs/identity.md'), 'graphql')];
  it('has examples', () => expect(queries.length).toBeGreaterThanOrEqual(6));
  it.each(queries.map((q) => [/^(?:query|mutation) (\w+)/.exec(q)?.[1] ?? q.slice(0, 30), q]))(
    '%s runs without errors',
    async (_name, query) => {
      // Mutations run as an admin and queries as a member, as the pages say.
      const token = query.startsWith('mutation') ? stack.tokens.admin : stack.tokens.member;
      const { errors, data } = await stack.query(query, {}, token);
      expect(errors).toBeUndefined();
      // An example that finds nothing shows a reader nothing: each field it asks answers something.
      for (const [field, value] of Object.entries(data ?? {})) {
        expect(value, `${field} is empty`).not.toBeNull();
        expect(JSON.stringify(value), `${field} is empty`).not.toMatch(/^(\[\]|\{\})$|"edges":\[\]/);
      }
    },
  );
});

describe('README.md', () => {
  it('shows the answer the API gives to its example query', async () => {
    const readme = read('README.md');
    const curl = blocks(readme, 'sh').find((b) => b.includes('curl'))!;
    const body = JSON.parse(curl.slice(curl.indexOf("-d '") + 4, curl.lastIndexOf("'")));
    const answer = JSON.parse(blocks(readme, 'json')[0]!);
    expect(await stack.query(body.query)).toEqual({ status: 200, ...answer });
  });
});
