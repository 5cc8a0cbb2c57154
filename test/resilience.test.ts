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
