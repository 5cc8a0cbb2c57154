import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fastLoopbackDelivery, startReceiver, type Receiver } from './support/receiver.js';
import { startStack, type Stack } from './support/stack.js';
import { ok, refused } from './support/responses.js';

/**
 * Webhooks end to end: subscriptions through the gateway, changes made through the API, and a
 * real receiver on loopback that verifies every signature with the Standard Webhooks library.
 */

// Read when the registry starts: deliver to loopback, retry fast, look at the outbox often.
Object.assign(process.env, fastLoopbackDelivery());

let stack: Stack;
let receiver: Receiver;
let tokens: Record<'admin' | 'mef' | 'dmtf', string>;

beforeAll(async () => {
  stack = await startStack({ seed: false, today: '2026-11-24' });
  receiver = await startReceiver();
  tokens = { admin: stack.tokens.admin, mef: await stack.token('editor:MEF'), dmtf: await stack.token('editor:DMTF') };
}, 60_000);
afterAll(async () => {
  await stack?.stop();
  await receiver?.close();
});

const SUBSCRIBE = `mutation($input: WebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { secret subscription { id url events status organization { acronym } } } }`;
const CREATE = `mutation($input: WorkRegisterInput!) { createWorkRegister(input: $input) { id slug revision } }`;
const UPDATE = `mutation($id: ID!, $rev: Int!, $input: WorkRegisterPatch!) {
  updateWorkRegister(id: $id, expectedRevision: $rev, input: $input) { revision } }`;
const STATUS = `mutation($id: ID!, $rev: Int!, $status: WorkRegisterStatus!) {
  setWorkRegisterStatus(id: $id, expectedRevision: $rev, status: $status) { revision } }`;
const DELIVERIES = `{ webhookSubscriptions { id status deliveries { edges { node {
  id event status nextAttemptAt attempts { statusCode durationMs error } } } } } }`;

let titles = 0;
async function createRegister(parties: string[]) {
  const input = { title: `Webhook Register ${++titles}`, parties: parties.map((acronym) => ({ acronym })) };
  return ok<any>(await stack.query(CREATE, { input }, tokens.admin)).createWorkRegister as { id: string; slug: string };
}

async function subscribe(input: Record<string, unknown>, token = tokens.admin) {
  const data = ok<any>(await stack.query(SUBSCRIBE, { input: { url: receiver.url, ...input } }, token));
  receiver.secret = data.createWebhookSubscription.secret;
  return data.createWebhookSubscription;
}

const unsubscribe = async (id: string) =>
  ok(await stack.query(`mutation($id: ID!) { deleteWebhookSubscription(id: $id) }`, { id }, tokens.admin));

// Each test starts with no subscription and a receiver that accepts, whatever the last one did.
afterEach(async () => {
  const { webhookSubscriptions } = ok<any>(await stack.query(`{ webhookSubscriptions { id } }`, {}, tokens.admin));
  for (const { id } of webhookSubscriptions) await unsubscribe(id);
  receiver.respond = () => 204;
});

describe('a subscription', () => {
  it('hears of changes to its organization’s registers, signed, with what changed and a link', async () => {
    const created = await subscribe({ events: ['REGISTER_CREATED', 'REGISTER_CHANGED'], organization: 'DMTF' });
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.subscription).toMatchObject({ status: 'ACTIVE', organization: { acronym: 'DMTF' } });
    const before = receiver.events().length;

    const register = await createRegister(['MEF', 'DMTF']);
    await createRegister(['MEF', 'SNIA']); // not DMTF's: no event
    ok(
      await stack.query(UPDATE, { id: register.id, rev: 1, input: { background: 'Why we cooperate.' } }, tokens.admin),
    );

    await expect.poll(() => receiver.events().length - before).toBe(2);
    const [first, second] = receiver.events().slice(before);
    expect(first!.payload).toMatchObject({
      type: 'register.created',
      data: { workRegister: { id: register.id, slug: register.slug, revision: 1 }, organizations: ['MEF', 'DMTF'] },
    });
    expect(second!.payload!.type).toBe('register.changed');
    expect(second!.payload!.data.workRegister.url).toMatch(new RegExp(`/registers/${register.slug}$`));
    expect(second!.payload!.data.revision).toMatchObject({ number: 2, author: { subject: 'admin' } });
    expect(second!.payload!.data.revision.changes).toContainEqual({
      path: 'background',
      kind: 'ADDED',
      before: null,
      after: 'Why we cooperate.',
    });
  });

  it('gets a status change as its own event, after the revision’s register.changed, in order', async () => {
    const register = await createRegister(['DMTF', 'SNIA']);
    await subscribe({ events: ['REGISTER_CHANGED', 'REGISTER_STATUS_CHANGED'] });
    const before = receiver.events().length;
    ok(await stack.query(STATUS, { id: register.id, rev: 1, status: 'ACTIVE' }, tokens.admin));
    ok(await stack.query(UPDATE, { id: register.id, rev: 2, input: { objectives: ['One'] } }, tokens.admin));

    await expect.poll(() => receiver.events().length - before).toBe(3);
    const events = receiver
      .events()
      .slice(before)
      .map((e) => [e.payload!.type, e.payload!.data.revision.number]);
    expect(events).toEqual([
      ['register.changed', 2],
      ['register.status_changed', 2],
      ['register.changed', 3],
    ]);
    expect(receiver.events().at(-2)!.payload!.data.status).toEqual({ from: 'DRAFT', to: 'ACTIVE', reason: null });
  });

  it('is not told of a write that was refused (the event commits with the change or not at all)', async () => {
    const register = await createRegister(['DMTF', 'MEF']);
    const created = await subscribe({ events: ['REGISTER_CHANGED'] });
    const stale = await stack.query(UPDATE, { id: register.id, rev: 7, input: { background: 'x' } }, tokens.admin);
    expect(refused(stale).code).toBe('CONFLICT');
    ok(await stack.query(UPDATE, { id: register.id, rev: 1, input: { background: 'y' } }, tokens.admin));
    await expect
      .poll(() => receiver.events().filter((e) => e.payload!.data.workRegister.id === register.id))
      .toHaveLength(1);
    const { webhookSubscriptions } = ok<any>(await stack.query(DELIVERIES, {}, tokens.admin));
    const mine = webhookSubscriptions.find((s: { id: string }) => s.id === created.subscription.id);
    expect(mine.deliveries.edges).toHaveLength(1);
  });
});

describe('delivery', () => {
  it('retries a failing receiver with backoff, recording every attempt, until it answers 2xx', async () => {
    const register = await createRegister(['DMTF', 'MEF']);
    const created = await subscribe({ events: ['REGISTER_CHANGED'] });
    let failures = 2;
    receiver.respond = () => (failures-- > 0 ? 503 : 204);
    ok(await stack.query(UPDATE, { id: register.id, rev: 1, input: { background: 'retry me' } }, tokens.admin));

    const delivered = async () => {
      const { webhookSubscriptions } = ok<any>(await stack.query(DELIVERIES, {}, tokens.admin));
      return webhookSubscriptions.find((s: { id: string }) => s.id === created.subscription.id).deliveries.edges[0]
        ?.node;
    };
    await expect.poll(async () => (await delivered())?.status).toBe('DELIVERED');
    const delivery = await delivered();
    expect(delivery.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([503, 503, 204]);
    expect(delivery.nextAttemptAt).toBeNull();
    // Every attempt carried the same webhook-id: the receiver keeps one event.
    const attempts = receiver.requests.filter((r) => r.id === delivery.id);
    expect(attempts).toHaveLength(3);
    expect(receiver.events().filter((e) => e.id === delivery.id)).toHaveLength(1);
  });

  it('signs with the new secret only, once the secret is rotated', async () => {
    const register = await createRegister(['DMTF', 'MEF']);
    const created = await subscribe({ events: ['REGISTER_CHANGED'] });
    const rotated = ok<any>(
      await stack.query(
        `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
        { id: created.subscription.id },
        tokens.admin,
      ),
    ).rotateWebhookSecret.secret as string;
    expect(rotated).not.toBe(created.secret);
    ok(await stack.query(UPDATE, { id: register.id, rev: 1, input: { background: 'rotated' } }, tokens.admin));
    // Still verifying with the old secret: the receiver refuses (400) what it cannot verify.
    await expect.poll(() => receiver.requests.filter((r) => r.body.includes(register.id)).length).toBeGreaterThan(0);
    expect(receiver.requests.filter((r) => r.body.includes(register.id)).every((r) => r.payload === null)).toBe(true);
    receiver.secret = rotated;
    await expect
      .poll(() => receiver.events().filter((e) => e.payload!.data.workRegister.id === register.id))
      .toHaveLength(1);
  });
});

describe('who may subscribe, and where to', () => {
  it('lets an editor subscribe for their organization only, and only admins for every organization', async () => {
    const mine = await subscribe({ events: ['REGISTER_CHANGED'], organization: 'MEF' }, tokens.mef);
    expect(
      refused(
        await stack.query(
          SUBSCRIBE,
          { input: { url: receiver.url, events: ['REGISTER_CHANGED'], organization: 'DMTF' } },
          tokens.mef,
        ),
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      refused(await stack.query(SUBSCRIBE, { input: { url: receiver.url, events: ['REGISTER_CHANGED'] } }, tokens.mef))
        .code,
    ).toBe('FORBIDDEN');
    expect(
      refused(await stack.query(SUBSCRIBE, { input: { url: receiver.url, events: ['REGISTER_CHANGED'] } })).code,
    ).toBe('UNAUTHENTICATED');
    const listed = ok<any>(await stack.query(`{ webhookSubscriptions { id } }`, {}, tokens.dmtf)).webhookSubscriptions;
    expect(listed.map((s: { id: string }) => s.id)).not.toContain(mine.subscription.id);
    const deleting = await stack.query(
      `mutation($id: ID!) { deleteWebhookSubscription(id: $id) }`,
      { id: mine.subscription.id },
      tokens.dmtf,
    );
    expect(refused(deleting).code).toBe('FORBIDDEN');
    await unsubscribe(mine.subscription.id);
  });

  it.each([
    'http://10.1.2.3/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[fd00::1]/x',
    'ftp://example.org/x',
    'not a url',
  ])('refuses %s (server-side request forgery), naming input.url', async (url) => {
    const response = await stack.query(SUBSCRIBE, { input: { url, events: ['REGISTER_CHANGED'] } }, tokens.admin);
    expect(refused(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
  });

  it('refuses an empty list of events, naming input.events', async () => {
    const response = await stack.query(SUBSCRIBE, { input: { url: receiver.url, events: [] } }, tokens.admin);
    expect(refused(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.events' });
  });
});
