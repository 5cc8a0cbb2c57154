import { Agent, request } from 'node:http';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { admitOnePerTurn } from '../src/admission.js';
import { serve, type RunningServer } from '../src/index.js';

/**
 * admitOnePerTurn: requests that never wait for I/O (a subgraph's on SQLite) start one per turn
 * of the event loop, so a server busy with the requests it has read still accepts new
 * connections between them.
 */

describe('admitOnePerTurn', () => {
  it('starts the requests in the order they came, one per turn of the event loop', async () => {
    const admit = admitOnePerTurn();
    const seen: string[] = [];
    const started = ['first', 'second', 'third'].map(
      (name) =>
        new Promise<void>((resolve) =>
          admit({} as never, {} as never, () => {
            seen.push(name);
            // What the event loop does next (read a socket, accept a connection) comes before
            // the next request starts.
            setImmediate(() => seen.push(`a turn after ${name}`));
            resolve();
          }),
        ),
    );
    await Promise.all(started);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual([
      'first',
      'a turn after first',
      'second',
      'a turn after second',
      'third',
      'a turn after third',
    ]);
  });
});

describe('serve with admitOnePerTurn: new connections under load', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  /** A server whose every answer costs `ms` of CPU and no I/O, as a subgraph's on SQLite. */
  async function start(admit: boolean, ms: number) {
    server = await serve({
      name: 'busy',
      host: '127.0.0.1',
      port: 0,
      logger: pino({ level: 'silent' }),
      admitOnePerTurn: admit,
      apollo: {
        typeDefs: 'type Query { work: Int }',
        resolvers: {
          Query: {
            work: () => {
              const end = performance.now() + ms;
              while (performance.now() < end);
              return ms;
            },
          },
        },
      },
      context: async () => ({}),
      health: async () => undefined,
    });
    return server.url;
  }

  /**
   * `clients` connections opened at once, each asking again as soon as it is answered, until
   * `answers` answers in all; for each connection, how many answers the server had sent before
   * its first.
   */
  async function load(url: string, clients: number, answers: number): Promise<number[]> {
    const body = JSON.stringify({ query: '{ work }' });
    let sent = 0;
    let answered = 0;
    const ask = (agent: Agent) =>
      new Promise<void>((resolve, reject) => {
        sent += 1;
        const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
          res.resume();
          res.on('end', () => {
            answered += 1;
            resolve();
          });
        });
        req.on('error', reject);
        req.end(body);
      });
    const firstAnswerAfter = await Promise.all(
      Array.from({ length: clients }, async () => {
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        await ask(agent);
        const before = answered - 1;
        while (sent < answers) await ask(agent);
        agent.destroy();
        return before;
      }),
    );
    return firstAnswerAfter;
  }

  it('answers the last of 16 new connections before 48 answers to the others', async () => {
    const clients = 16;
    const url = await start(true, 5);
    const firstAnswerAfter = await load(url, clients, 20 * clients);
    // Without admission each connection was accepted a round of all the others later: the 16th
    // had its first answer after 71 answers to the others, against 29 with it (when written).
    expect(Math.max(...firstAnswerAfter)).toBeLessThan(3 * clients);
  });
});
