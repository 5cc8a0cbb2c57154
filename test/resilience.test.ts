import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

it('answers the registry part when the contacts service is down, naming the service, not its address', async () => {
  await stack.contacts.stop();
  const response = await stack.query(`{
    workRegister(slug: "mef-dmtf") { title parties { organization { acronym } } pointsOfContact { role } }
  }`);
  expect(response.status).toBe(200);
  expect(response.data.workRegister.title).toBe('MEF / DMTF Work Register');
  expect(response.data.workRegister.parties).toHaveLength(2);
  expect(response.data.workRegister.pointsOfContact).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'contacts' });
  expect(JSON.stringify(response.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|localhost/);
});

it("reports each subgraph on the gateway's /health, which still answers with one down", async () => {
  const health = await fetch(stack.gatewayUrl.replace(/graphql$/, 'health'));
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({
    status: 'ok',
    service: 'gateway',
    subgraphs: { registry: 'ok', contacts: 'unavailable' },
  });
});

it('passes on a request the registry refused as a whole (a malformed Date) as its own error, not an outage', async () => {
  const { data } = await stack.query(`{ workRegister(slug: "mef-dmtf") { id revision } }`);
  const response = await stack.query(
    `mutation($id: ID!, $revision: Int!, $input: WorkRegisterPatch!) {
      updateWorkRegister(id: $id, expectedRevision: $revision, input: $input) { revision }
    }`,
    { id: data.workRegister.id, revision: data.workRegister.revision, input: { initiatedOn: '2012-13-45' } },
    stack.tokens.admin,
  );
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  expect(response.errors![0]!.message).toContain('at "input.initiatedOn"');
});
