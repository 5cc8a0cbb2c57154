import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatRegister } from '@alliance/document';
import { syntheticRegister } from './support/registers.js';
import { startStack, type Stack } from './support/stack.js';

/**
 * `alliance import` killed mid-way (SIGKILL, no chance to clean up): every register that landed
 * is whole in the registry (parties, sections, milestones), every register's points of contact
 * are all there or none, and running the same import again completes the rest without
 * duplicating anything.
 */

const root = new URL('..', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'alliance-kill-'));
const files: string[] = [];
let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ seed: false });
  for (let n = 0; n < 20; n++) {
    const doc = syntheticRegister(n);
    doc.title = `${doc.parties[0]!.acronym} Group ${n} / ${doc.parties[1]!.acronym} Work Register`;
    const file = join(dir, `register-${n}.txt`);
    writeFileSync(file, formatRegister(doc, 'text'));
    files.push(file);
  }
});
afterAll(async () => {
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const cli = ['packages/cli/dist/main.js', 'import', '--endpoint'];

async function registers() {
  const { data } = await stack.query(`{
    workRegisters(first: 100) { edges { node { title parties { organization { acronym } } sections { heading } milestones { date } pointsOfContact { role } } } }
    contacts(first: 0) { totalCount }
  }`);
  return { nodes: data.workRegisters.edges.map((e: any) => e.node), contacts: data.contacts.totalCount };
}

it('leaves whole registers only, and a second run completes the import', { timeout: 60_000 }, async () => {
  const token = ['--token', stack.tokens.admin];
  const child = spawn(process.execPath, [...cli, stack.gatewayUrl, ...token, ...files], { cwd: root });
  let progress = '';
  child.stderr.on('data', (chunk) => (progress += chunk));
  await expect
    .poll(() => progress.split('\n').filter((l) => l.includes(': created')).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(3);
  child.kill('SIGKILL');
  await new Promise((resolve) => child.on('exit', resolve));

  const afterKill = await registers();
  expect(afterKill.nodes.length).toBeGreaterThanOrEqual(3);
  expect(afterKill.nodes.length).toBeLessThan(files.length);
  for (const register of afterKill.nodes) {
    expect(register.parties).toHaveLength(2);
    expect(register.milestones).toHaveLength(1);
    expect(register.sections.length).toBeGreaterThan(0);
    expect([0, 2]).toContain(register.pointsOfContact.length);
  }

  const { stderr } = await promisify(execFile)(process.execPath, [...cli, stack.gatewayUrl, ...token, ...files], {
    cwd: root,
  });
  expect(stderr).toContain(`${files.length} files:`);
  expect(stderr).toContain('0 failed');
  const complete = await registers();
  expect(complete.nodes).toHaveLength(files.length);
  expect(complete.nodes.every((r: any) => r.pointsOfContact.length === 2)).toBe(true);
  expect(complete.contacts).toBe(files.length * 2);
});
