import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { currentRequestId, serve, type RunningServer } from '../src/index.js';

/**
 * What `serve` writes to the log while it serves a request: a request's internal errors with its
 * request id at every level, and, at debug and trace only, the request's scope around everything
 * it runs (currentRequestId, and the id on every line such as each SQL statement's).
 */

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function start(level: string) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  server = await serve({
    name: 'probe',
    host: '127.0.0.1',
    port: 0,
    logger: pino({ level }, sink),
    apollo: {
      typeDefs: 'type Query { scope: String, broken: String }',
      resolvers: {
        Query: {
          scope: async () => {
            await new Promise((resolve) => setImmediate(resolve));
            return currentRequestId() ?? null;
          },
          broken: () => {
            throw new Error('the table register_x is gone');
          },
        },
      },
    },
    context: async () => ({}),
    health: async () => undefined,
  });
  const ask = async (query: string, requestId: string) => {
    const response = await fetch(server!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  };
  return { lines, ask };
}

describe('serve: request ids in the log', () => {
  it("logs a request's internal error once, with its stack and the request id, at info", async () => {
    const { lines, ask } = await start('info');
    const answer = await ask('{ broken }', 'probe-41');
    expect(answer.errors?.[0]?.message).toBe('Internal server error; the service log has the details.');
    expect(JSON.stringify(answer)).not.toContain('register_x');
    const logged = lines.filter((line) => line.level === 50);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ requestId: 'probe-41', path: ['broken'] });
    expect(JSON.stringify(logged[0])).toContain('the table register_x is gone');
  });

  it('keeps no request scope at info (it would hook every promise), and one at debug', async () => {
    const quiet = await start('info');
    expect((await quiet.ask('{ scope }', 'probe-42')).data).toEqual({ scope: null });
    await server!.stop();
    const verbose = await start('debug');
    expect((await verbose.ask('{ scope }', 'probe-43')).data).toEqual({ scope: 'probe-43' });
  });
});
