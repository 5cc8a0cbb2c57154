import { pathToFileURL } from 'node:url';
import type { startRegistry as StartRegistry } from '@alliance/registry';
import { logger, SCHEDULE, subgraphConfig } from './seed.js';

/**
 * The registry subgraph in a process of its own, so `cpu.ts` can read the CPU time the registry
 * alone spends (process.cpuUsage) while the gateway, contacts and the client run elsewhere.
 * Started by `fork` with the data directory as its argument and BENCH_SECRET in its environment;
 * it sends `{ url }` once listening and answers each `'cpu'` message with its CPU microseconds.
 * BENCH_REGISTRY_MODULE names another build of the registry to measure (the compiled index.js of,
 * say, an earlier commit), for before/after figures on the same data.
 */
const dataDir = process.argv[2];
if (!dataDir || !process.send) throw new Error('registry-process: run me through fork(file, [dataDir])');

const module = process.env.BENCH_REGISTRY_MODULE
  ? pathToFileURL(process.env.BENCH_REGISTRY_MODULE).href
  : '@alliance/registry';
const { startRegistry } = (await import(module)) as { startRegistry: typeof StartRegistry };
const registry = await startRegistry(subgraphConfig(dataDir), logger, SCHEDULE);
process.on('message', (message) => {
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send!({ cpu: user + system, statements: registry.db.statementCount() });
  } else if (message === 'stop') {
    void registry.stop().then(() => process.exit(0));
  }
});
process.send({ url: registry.url });
