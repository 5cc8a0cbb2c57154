import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { startGateway } from '@alliance/gateway';
import type { startRegistry as StartRegistry } from '@alliance/registry';
import { logger, SCHEDULE, subgraphConfig, SUBGRAPH_SECRETS } from './seed.js';

/**
 * A service of the bench in a process of its own, so `cpu.ts` can read the CPU time it alone
 * spends (process.cpuUsage) while the client and the other services run elsewhere. Started by
 * `fork(file, ['registry', dataDir])` with BENCH_SECRET and BENCH_SUBGRAPH_SECRET in its
 * environment, or `fork(file, ['gateway', '{"registry":url,"contacts":url}'])` for the gateway.
 * It sends `{ url }` once listening, answers each `'cpu'` message with its CPU microseconds (and
 * the registry's statement count), and `{ profile: 'start' }` / `{ profile: 'stop', file }` by
 * running V8's CPU profiler (the one `--cpu-prof` runs) over just that stretch, written to `file`
 * as a .cpuprofile; `'stalls'` with the longest event-loop delay and garbage-collection pause
 * since `'watch'` (to tell a blocked loop from a queue). BENCH_REGISTRY_MODULE names another build of the registry to measure (the
 * compiled index.js of, say, an earlier commit), for before/after figures on the same data.
 */
const [role, argument] = process.argv.slice(2);
if (!argument || !process.send) throw new Error("registry-process: run me through fork(file, ['registry', dataDir])");

async function start(): Promise<{ url: string; statements: () => number; stop: () => Promise<void> }> {
  if (role === 'gateway') {
    const gateway = await startGateway(
      {
        host: '127.0.0.1',
        port: 0,
        logLevel: 'silent',
        subgraphUrls: JSON.parse(argument!) as { registry: string; contacts: string },
        subgraphSecrets: SUBGRAPH_SECRETS,
        // One client sends every request of the bench: no budget per client.
        rateLimit: { requests: 0, windowSeconds: 60 },
      },
      logger,
    );
    return { url: gateway.url, statements: () => 0, stop: () => gateway.stop() };
  }
  const module = process.env.BENCH_REGISTRY_MODULE
    ? pathToFileURL(process.env.BENCH_REGISTRY_MODULE).href
    : '@alliance/registry';
  const { startRegistry } = (await import(module)) as { startRegistry: typeof StartRegistry };
  const registry = await startRegistry(subgraphConfig(argument!), logger, SCHEDULE);
  return { url: registry.url, statements: () => registry.db.statementCount(), stop: () => registry.stop() };
}

const service = await start();
const profiler = new Session();
// Off except between 'watch' and 'stalls': sampling every 5 ms costs the idle process 15 ms of CPU
// a second, which the CPU rounds at concurrency 1 would charge to their requests.
const loop = monitorEventLoopDelay({ resolution: 5 });
let gc = { count: 0, totalMs: 0, maxMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc = { count: gc.count + 1, totalMs: gc.totalMs + entry.duration, maxMs: Math.max(gc.maxMs, entry.duration) };
  }
}).observe({ entryTypes: ['gc'] });

/** Starts watching the event loop's delays and the collector's pauses. */
function watch() {
  loop.reset();
  loop.enable();
  gc = { count: 0, totalMs: 0, maxMs: 0 };
  return { watching: true };
}

/** The event loop's delays (ms) and the collector's pauses since watch(); stops watching. */
function stalls() {
  loop.disable();
  return { loopP99Ms: loop.percentile(99) / 1e6, loopMaxMs: loop.max / 1e6, gc };
}

type Message = 'cpu' | 'stop' | 'watch' | 'stalls' | { profile: 'start' } | { profile: 'stop'; file: string };

async function answer(message: Message): Promise<void> {
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send!({ cpu: user + system, statements: service.statements() });
  } else if (message === 'watch') {
    process.send!(watch());
  } else if (message === 'stalls') {
    process.send!(stalls());
  } else if (message === 'stop') {
    await service.stop();
    process.exit(0);
  } else if (message.profile === 'start') {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
    process.send!({ profiling: true });
  } else {
    const { profile } = await profiler.post('Profiler.stop');
    writeFileSync(message.file, JSON.stringify(profile));
    profiler.disconnect();
    process.send!({ profiled: message.file });
  }
}

process.on('message', (message: Message) => void answer(message));
process.send({ url: service.url });
