/**
 * `npm run bench [-- <mode> …]`: one entry for the benches (docs/performance.md).
 *
 * - (no mode) or `side-by-side`: our gateway, Hive Gateway and the registry directly, side by
 *   side (`--quick`, `--sizes 1000,20000`, `--seconds`, `--rounds`): bench/side-by-side.ts.
 * - `questions`: the 25 questions' latency at c=1 and their statement counts: bench/run.ts.
 * - `cpu`: the registry's CPU per request and its profile: bench/cpu.ts.
 */
const mode = process.argv[2]?.startsWith('-') ? undefined : process.argv[2];
const modes: Record<string, () => Promise<unknown>> = {
  'side-by-side': () => import('./side-by-side.js'),
  questions: () => import('./run.js'),
  cpu: () => import('./cpu.js'),
};
const run = modes[mode ?? 'side-by-side'];
if (!run) throw new Error(`npm run bench -- <mode>: one of ${Object.keys(modes).join(', ')}, not "${mode}"`);
await run();
