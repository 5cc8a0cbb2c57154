import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../../test/support/stack.js';
import { closedPort } from './loopback.js';

/**
 * The package as a stranger gets it: `npm pack -w packages/client`, the tarball installed with
 * npm into an empty folder (its dependency comes from the registry), then the README's example
 * run there with plain node against a running registry, and a TypeScript file type-checked
 * against the installed declarations alone.
 */

const root = new URL('../../../', import.meta.url).pathname;
const run = promisify(execFile);

/** Without npm there is nothing to pack with; everything else must work. */
const npmVersion = (() => {
  try {
    return execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
})();
if (!npmVersion) console.log('packages/client/test/pack.test.ts skipped: no npm on PATH to pack and install with');

/** npm as a user runs it: none of the npm_* settings of an `npm test` around this one. */
const npm = (args: string[], cwd: string) =>
  run('npm', args, {
    cwd,
    env: Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
    maxBuffer: 16 * 1024 * 1024,
  });

/** The first ```js block of the README: the ten-line example. */
function readmeExample(): string {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const block = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('packages/client/README.md has no ```js example');
  return block;
}

const CONSUMER_TS = `
import {
  AllianceError,
  createClient,
  NetworkError,
  RegisterBySlugDocument,
  RegisterCountDocument,
  ReviewsDueDocument,
  type ErrorCode,
} from '@alliance/client';

const client = createClient({ endpoint: 'http://127.0.0.1:9/graphql', retry: false });

export async function typed(): Promise<string[]> {
  const count: number = (await client.request(RegisterCountDocument)).workRegisters.totalCount;
  const register = await client.request(RegisterBySlugDocument, { slug: 'mef-dmtf' });
  const title: string | undefined = register.workRegister?.title;
  // @ts-expect-error slug is required
  await client.request(RegisterBySlugDocument);
  // @ts-expect-error slug is a string
  await client.request(RegisterBySlugDocument, { slug: 1 });
  const titles: string[] = [];
  for await (const r of client.paginate(ReviewsDueDocument, { organization: 'DMTF' }, (data) => data.reviewsDue)) {
    titles.push(r.title);
    // @ts-expect-error not selected by the operation
    r.background;
  }
  const { data, errors } = await client.query(ReviewsDueDocument, { within: 90 });
  const code: ErrorCode | (string & {}) | undefined = errors[0]?.extensions?.code;
  return [String(count), title ?? '', String(data?.reviewsDue.totalCount), code ?? '', ...titles];
}

export function described(error: unknown): string {
  if (error instanceof NetworkError) return error.endpoint;
  if (error instanceof AllianceError) return String(error.code) + JSON.stringify(error.fieldErrors());
  return String(error);
}
`;

const UNREACHABLE_MJS = `
import { AllianceError, createClient, NetworkError, RegisterCountDocument } from '@alliance/client';
const endpoint = process.argv[2];
try {
  await createClient({ endpoint }).request(RegisterCountDocument);
} catch (error) {
  console.log(JSON.stringify({
    network: error instanceof NetworkError,
    alliance: error instanceof AllianceError,
    message: error.message,
  }));
}
`;

describe.skipIf(!npmVersion)('the packed package, installed in an empty folder', () => {
  let stack: Stack;
  let scratch: string;
  let consumer: string;
  let tarball: { filename: string; size: number; unpackedSize: number; files: { path: string }[] };

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'alliance-client-pack-'));
    const [packed, started] = await Promise.all([
      npm(['pack', '-w', 'packages/client', '--pack-destination', scratch, '--json'], root),
      startStack(),
    ]);
    stack = started;
    // npm writes prepack's banner (it builds with tsc -b) to stderr; stdout is the JSON alone.
    tarball = JSON.parse(packed.stdout)[0];
    consumer = join(scratch, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await npm(['install', '--no-audit', '--no-fund', join(scratch, tarball.filename)], consumer);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('holds the built code, its declarations, the operations and the README, and nothing else', () => {
    const paths = tarball.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts']));
    expect(paths).toContain('src/operations/registers.graphql');
    expect(
      paths.filter(
        (path) => !/^(dist\/.*\.(js|d\.ts)|src\/operations\/.*\.graphql|package\.json|README\.md)$/.test(path),
      ),
    ).toEqual([]);
    expect(tarball.size).toBeLessThan(40_000);
  });

  it("runs the README's example against the registry with plain node", async () => {
    writeFileSync(join(consumer, 'example.mjs'), readmeExample());
    const { stdout } = await run(process.execPath, ['example.mjs'], {
      cwd: consumer,
      env: { PATH: process.env.PATH, ALLIANCE_ENDPOINT: stack.gatewayUrl },
    });
    // The seed's review was due by May 2013.
    expect(stdout).toBe('2013-05-31  OVERDUE  MEF / DMTF Work Register\n');
  });

  it('throws a NetworkError, one class to catch, for an endpoint nothing listens on', async () => {
    writeFileSync(join(consumer, 'unreachable.mjs'), UNREACHABLE_MJS);
    const endpoint = `http://127.0.0.1:${await closedPort()}/graphql`;
    const { stdout } = await run(process.execPath, ['unreachable.mjs', endpoint], { cwd: consumer });
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ network: true, alliance: true });
    expect(result.message).toMatch(new RegExp(`^cannot reach ${endpoint}: .*ECONNREFUSED`));
  });

  it('type-checks a TypeScript consumer against the installed declarations, strictly', async () => {
    writeFileSync(join(consumer, 'consumer.ts'), CONSUMER_TS);
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
    const result = await run(
      process.execPath,
      [tsc, ...args, '--target', 'es2022', '--lib', 'es2023,dom', 'consumer.ts'],
      {
        cwd: consumer,
      },
    ).catch((error: { stdout: string }) => error);
    expect(result.stdout).toBe('');
  });
});
