import type { Server as HttpServer, IncomingMessage, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import type { RequestHandler } from 'express';

/**
 * Graceful shutdown of an HTTP server (docs/reliability.md): answer every request already taken,
 * answer any that arrives meanwhile with a clear 503, then stop listening and close.
 *
 * Why not Apollo's drain plugin (`http.Server.close()`): it closes the listener at once and, since
 * Node 19, every connection it deems idle. Under load, connections wait in the kernel's accept
 * queue, and accepted ones wait to be read; closing then resets them, and their clients see
 * ECONNRESET for requests they had sent (test/shutdown.test.ts saw dozens of 60). Here the
 * listener stays open until nothing is pending and no connection has arrived for `quietMs`.
 */

export interface DrainOptions {
  /**
   * The listener closes once no request is pending and no connection arrived for this long
   * (default 250 ms: on a loaded machine connections wait in the accept queue longer than the
   * requests already taken need, and closing the listener resets them).
   */
  quietMs?: number;
  /** How long a connection with no request yet may take to deliver one once the listener is closed (default 1 s). */
  requestGraceMs?: number;
  /** After this long, whatever is still open is closed (default 10 s). */
  deadlineMs?: number;
}

export interface Drainer {
  /** Mounted first: while draining, a request is answered 503 SERVICE_UNAVAILABLE instead of served. */
  refuseWhileDraining: RequestHandler;
  drain(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function drainable(server: HttpServer, service: string, options: DrainOptions = {}): Drainer {
  const { quietMs = 250, requestGraceMs = 1_000, deadlineMs = 10_000 } = options;
  /** Each open connection, and how many of its requests are unanswered. */
  const open = new Map<Socket, number>();
  let draining = false;
  let lastConnectionAt = 0;

  server.on('connection', (socket: Socket) => {
    lastConnectionAt = Date.now();
    open.set(socket, 0);
    socket.once('close', () => open.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    open.set(socket, (open.get(socket) ?? 0) + 1);
    res.once('close', () => {
      const pending = (open.get(socket) ?? 1) - 1;
      open.set(socket, pending);
      if (draining && pending === 0) socket.end();
    });
  });
  const pending = () => [...open.values()].some((count) => count > 0);

  return {
    refuseWhileDraining: (req, res, next) => {
      if (!draining) return next();
      res.set('connection', 'close');
      res.status(503).json({
        errors: [
          {
            message: `The ${service} service is shutting down; try again shortly.`,
            extensions: { code: 'SERVICE_UNAVAILABLE', service },
          },
        ],
      });
    },
    async drain() {
      draining = true;
      const deadline = Date.now() + deadlineMs;
      while (Date.now() < deadline && (pending() || Date.now() - lastConnectionAt < quietMs)) await sleep(quietMs / 5);
      // net.Server's close: stops listening and leaves open connections alone (http.Server's
      // would drop the ones it deems idle).
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      const endIdle = () => {
        for (const [socket, count] of open) if (count === 0) socket.end();
      };
      const grace = setTimeout(endIdle, requestGraceMs);
      const hardStop = setTimeout(
        () => {
          for (const socket of open.keys()) socket.destroy();
        },
        Math.max(0, deadline - Date.now()),
      );
      await closed;
      clearTimeout(grace);
      clearTimeout(hardStop);
      // http.Server's own close, now that nothing is open: it stops its connection-checking timer.
      server.close(() => undefined);
    },
  };
}
