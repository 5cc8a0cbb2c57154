import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/**
 * A webhook receiver on loopback, as a partner would write one: it verifies each request with
 * the Standard Webhooks library, de-duplicates by `webhook-id`, and answers what the test says.
 */
export interface Received {
  id: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The verified payload, or null when the signature did not verify with the current secret. */
  payload: { type: string; timestamp: string; data: any } | null;
}

export interface Receiver {
  url: string;
  /** Every request, duplicates included, in arrival order. */
  requests: Received[];
  /** Verified payloads, one per webhook-id, in first-arrival order. */
  events(): Received[];
  /** Set the signing secret to verify with (from createWebhookSubscription). */
  secret: string;
  /** What to answer next: a status code, or a promise to hold the request open until it settles. */
  respond: (request: Received) => number | Promise<number>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    requests: [],
    secret: '',
    respond: () => 204,
    events() {
      const seen = new Set<string>();
      return receiver.requests.filter((r) => r.payload && !seen.has(r.id) && seen.add(r.id));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let payload: Received['payload'] = null;
      try {
        payload = new Webhook(receiver.secret).verify(
          body,
          req.headers as Record<string, string>,
        ) as Received['payload'];
      } catch {
        payload = null;
      }
      const received = { id: String(req.headers['webhook-id']), headers: req.headers, body, payload };
      receiver.requests.push(received);
      const status = await receiver.respond(received);
      res.writeHead(payload ? status : 400).end();
    });
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}

/**
 * The webhook settings of the delivery tests, read when a registry starts: deliver to loopback
 * (the receiver), retry after 100 ms, look at the outbox every 50 ms, give up on an attempt after
 * `timeoutMs`. Set in process.env for in-process stacks, or passed as a child's environment.
 */
export const fastLoopbackDelivery = (timeoutMs = 2000): Record<string, string> => ({
  WEBHOOK_ALLOW_LOOPBACK: 'true',
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_POLL_MS: '50',
  WEBHOOK_TIMEOUT_MS: String(timeoutMs),
});
