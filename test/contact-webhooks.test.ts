import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fastLoopbackDelivery, startReceiver, type Receiver } from './support/receiver.js';
import { startStack, type Stack } from './support/stack.js';
import { ok } from './support/responses.js';

/**
 * Contact events end to end: contacts written through the gateway land in the contacts service's
 * outbox, are relayed to the registry (which holds the subscriptions) and reach a real receiver
 * on loopback, signed with the subscription's secret like the registry's own events.
 */

Object.assign(process.env, fastLoopbackDelivery());

let stack: Stack;
let receiver: Receiver;
let tokens: Record<'admin' | 'dmtf', string>;
let register: { id: string; slug: string; title: string };

beforeAll(async () => {
  stack = await startStack({ seed: false });
  receiver = await startReceiver();
  tokens = { admin: stack.tokens.admin, dmtf: await stack.token('editor:DMTF') };
  const input = { title: 'Contact Events Register', parties: [{ acronym: 'MEF' }, { acronym: 'DMTF' }] };
  register = ok<any>(
    await stack.query(
      `mutation($input: WorkRegisterInput!) { createWorkRegister(input: $input) { id slug title } }`,
      { input },
      tokens.admin,
    ),
  ).createWorkRegister;
}, 60_000);
afterAll(async () => {
  await stack?.stop();
  await receiver?.close();
});
afterEach(async () => {
  const { webhookSubscriptions } = ok<any>(await stack.query(`{ webhookSubscriptions { id } }`, {}, tokens.admin));
  for (const { id } of webhookSubscriptions) {
    ok(await stack.query(`mutation($id: ID!) { deleteWebhookSubscription(id: $id) }`, { id }, tokens.admin));
  }
});

async function subscribe(events: string[], organization: string, token = tokens.admin) {
  const data = ok<any>(
    await stack.query(
      `mutation($input: WebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
        secret subscription { events } } }`,
      { input: { url: receiver.url, events, organization } },
      token,
    ),
  );
  receiver.secret = data.createWebhookSubscription.secret;
  return data.createWebhookSubscription;
}

let serial = 0;
async function createContact(organization: string) {
  const input = { organization, name: `Liaison ${++serial}`, email: `liaison.${serial}.${Date.now()}@dmtf.org` };
  return ok<any>(
    await stack.query(
      `mutation($input: ContactInput!) { createContact(input: $input) { id revision email } }`,
      { input },
      tokens.admin,
    ),
  ).createContact as { id: string; revision: number; email: string };
}

const eventsOf = (contactId: string) =>
  receiver.events().filter((event) => event.payload!.data.contact?.id === contactId);

describe('contact events', () => {
  it('reach a subscriber of the contact’s organization, in order, with what changed', async () => {
    const created = await subscribe(['CONTACT_CHANGED', 'POINT_OF_CONTACT_CHANGED'], 'DMTF', tokens.dmtf);
    expect(created.subscription.events).toEqual(['CONTACT_CHANGED', 'POINT_OF_CONTACT_CHANGED']);

    const contact = await createContact('DMTF');
    ok(
      await stack.query(
        `mutation($id: ID!) { updateContact(id: $id, expectedRevision: 1, input: { title: "Alliance Manager" }) { revision } }`,
        { id: contact.id },
        tokens.admin,
      ),
    );
    ok(
      await stack.query(
        `mutation($r: ID!, $c: ID!) { addPointOfContact(workRegisterId: $r, contactId: $c, organization: "DMTF", role: "Liaison") { id } }`,
        { r: register.id, c: contact.id },
        tokens.admin,
      ),
    );

    await expect.poll(() => eventsOf(contact.id).length, { timeout: 10_000 }).toBe(3);
    const [first, second, third] = eventsOf(contact.id).map((event) => event.payload!);
    expect(first).toMatchObject({
      type: 'contact.changed',
      data: {
        contact: { id: contact.id, email: contact.email, organization: { acronym: 'DMTF' }, revision: 1 },
        organizations: ['DMTF'],
        revision: { number: 1, author: { subject: 'admin' } },
      },
    });
    expect(second!.type).toBe('contact.changed');
    expect(second!.data.revision.changes).toEqual([
      expect.objectContaining({ path: 'title', before: null, after: 'Alliance Manager' }),
    ]);
    expect(third).toMatchObject({
      type: 'point_of_contact.changed',
      data: {
        revision: { number: 3 },
        pointsOfContact: [
          {
            workRegister: {
              id: register.id,
              title: register.title,
              url: expect.stringMatching(`/registers/${register.slug}$`),
            },
            organization: { acronym: 'DMTF' },
            role: 'Liaison',
          },
        ],
      },
    });
  });

  it('are not sent to another organization’s subscriber, nor for events it did not ask for', async () => {
    await subscribe(['POINT_OF_CONTACT_CHANGED'], 'DMTF');
    const before = receiver.requests.length;
    const other = await createContact('SNIA'); // SNIA's contact: not DMTF's
    const own = await createContact('DMTF'); // contact.changed: not asked for
    ok(
      await stack.query(
        `mutation($r: ID!, $c: ID!) { addPointOfContact(workRegisterId: $r, contactId: $c, organization: "DMTF") { id } }`,
        { r: register.id, c: own.id },
        tokens.admin,
      ),
    );
    await expect.poll(() => eventsOf(own.id).length, { timeout: 10_000 }).toBe(1);
    expect(eventsOf(own.id)[0]!.payload!.type).toBe('point_of_contact.changed');
    expect(receiver.requests.slice(before).some((r) => r.payload?.data.contact?.id === other.id)).toBe(false);
  });
});

describe('the relay endpoint', () => {
  const endpoint = () => new URL('/internal/events', stack.registry.url).href;

  it('refuses events that are not signed with the relay key', async () => {
    const event = {
      id: crypto.randomUUID(),
      type: 'contact.changed',
      orderingKey: 'forged',
      position: 1,
      organizationIds: [],
      data: '{}',
      createdAt: new Date().toISOString(),
    };
    const response = await fetch(endpoint(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: [event] }),
    });
    expect(response.status).toBe(401);
  });
});
