/**
 * `npm run bench [-- <mode> …]`: one entry for the benches (docs/performance.md).
 *
 * - (no mode) or `side-by-side`: our gateway, Hive Gateway and the registry directly, side by
 *   side (`--quick`, `--sizes 1000,20000`, `--seconds`, `--rounds`): bench/side-by-side.ts.
 * - `questions`: the 25 questions' latency at c=1 and their statement counts: bench/run.ts.
 * - `cpu`: the registry's CPU per request and its profile: bench/cpu.ts.
 * - `seed <registers>`: seed (or find cached) the data set of that size.
 */
const mode = process.argv[2]?.startsWith('-') ? undefined : process.argv[2];
const modes: Record<string, () => Promise<unknown>> = {
  'side-by-side': () => import('./side-by-side.js'),
  questions: () => import('./run.js'),
  cpu: () => import('./cpu.js'),
  seed: seedCommand,
};

/**
 * `seed <registers>`: the seeded data set of that size, seeded first when not cached; prints
 * `{ dir, report, cached }`. The side-by-side seeds through it in a process of its own, so the
 * seeding runs the services' code as compiled now, the code its cache key hashes (another build
 * during a long run would otherwise seed with the code loaded at its start).
 */
async function seedCommand(): Promise<void> {
  const n = Number(process.argv[3]);
  if (!Number.isInteger(n) || n < 1) throw new Error('npm run bench -- seed <registers>');
  const [{ seededCache }, { generate }] = await Promise.all([import('./seed.js'), import('./generate.js')]);
  const seeded = await seededCache(() => {
    const started = performance.now();
    const data = generate(n);
    return { data, seconds: (performance.now() - started) / 1000 };
  }, n);
  process.stdout.write(`${JSON.stringify(seeded)}\n`);
}
const run = modes[mode ?? 'side-by-side'];
if (!run) throw new Error(`npm run bench -- <mode>: one of ${Object.keys(modes).join(', ')}, not "${mode}"`);
await run();
