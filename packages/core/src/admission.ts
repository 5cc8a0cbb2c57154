import type { RequestHandler } from 'express';

/**
 * Starts the requests it is handed one per turn of the event loop, in the order they came.
 *
 * Why: on SQLite a subgraph's request never waits for I/O (the driver answers synchronously and
 * DataLoader batches on the microtask queue), so it runs whole in the turn its last byte was
 * read. Node reads every socket that is ready before it turns again, so 32 requests in flight are
 * served back to back, 32 × 7 ms, before the server looks at its listening socket; it accepted a
 * few new connections per such round, and a client's last connections waited seconds for their
 * first answer (the registry asked directly for the organization page at c=32: p50 149 ms, p99
 * 2,030 ms; docs/performance.md). Started one per turn, each request is followed by a look at the
 * sockets, new connections included, and waits only for those read before it.
 *
 * Nothing is held back but the start: a request that waits for I/O (PostgreSQL, another
 * service) lets the next one start on the next turn, so no request waits for another to finish.
 * Mount it after the body is read and before the log scope is entered: the scope must begin in
 * the turn the request runs in.
 */
export function admitOnePerTurn(): RequestHandler {
  const waiting: (() => void)[] = [];
  let scheduled = false;
  const schedule = () => {
    scheduled = true;
    setImmediate(startNext);
  };
  // An immediate scheduled while immediates run waits for the next turn: one start per turn.
  const startNext = () => {
    scheduled = false;
    const start = waiting.shift();
    try {
      start?.();
    } finally {
      if (waiting.length > 0) schedule();
    }
  };
  return (_req, _res, next) => {
    waiting.push(() => next());
    if (!scheduled) schedule();
  };
}
