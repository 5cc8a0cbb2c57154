import type { Background, Database } from '../database.js';
import type { Logger } from '../logger.js';

/**
 * A background loop that runs `work` every `pollMs`, one run at a time (a slow run delays the
 * next, never doubles it), outside the request statement count. The dispatcher and the relay
 * both poll their outbox this way.
 */
export interface Poller {
  /** Runs now, or joins the run in progress; resolves to what the run reports. */
  tick(): Promise<number>;
  /** No new run starts; resolves once the one in progress has ended. */
  stop(): Promise<void>;
}

export function startPoller(
  db: Database,
  work: (background: Background) => Promise<number>,
  options: { pollMs: number; logger: Logger; name: string },
): Poller {
  let running: Promise<number> | null = null;
  let stopped = false;
  const tick = () => (running ??= db.inBackground(work).finally(() => (running = null)));
  const timer = setInterval(() => {
    if (!stopped) void tick().catch((error: unknown) => options.logger.error({ err: error }, `${options.name} failed`));
  }, options.pollMs);
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
