import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.js';

/** The `alliance` CLI as a user runs it: the built binary, real files, the real gateway. */

const root = new URL('..', import.meta.url);
const SEED = 'data/seeds/mef-dmtf-work-register.txt';
const FIXTURES = 'packages/document/test/fixtures';

/** Runs the CLI signed in as an admin (ALLIANCE_TOKEN) unless `env` says otherwise. */
async function alliance(...args: string[]) {
  return allianceWith({}, ...args);
}

async function allianceWith(env: Record<string, string | undefined>, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['packages/cli/dist/main.js', ...args], {
      cwd: root,
      env: {
        ...process.env,
        ALLIANCE_ENDPOINT: stack?.gatewayUrl ?? '',
        ALLIANCE_TOKEN: stack?.tokens.admin,
        AUTH_SECRET: stack?.auth.secret,
        ...env,
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('start-up', () => {
  // parse needs no server, and token only the signing secret: neither loads a database driver,
  // the ORM or Apollo, so they answer at once (docs/cli.md gives the figures).
  it.each([
    ['parse', SEED],
    ['token', '--sub', 'me', '--role', 'admin'],
  ])('%s loads no database, ORM or Apollo code', async (...args) => {
    const trace = new URL('support/module-trace.mjs', import.meta.url).pathname;
    const { code, stderr } = await allianceWith(
      { NODE_OPTIONS: `--import ${trace}`, AUTH_SECRET: 'x'.repeat(32) },
      ...args,
    );
    expect(code).toBe(0);
    const loaded = stderr.split('\n').filter((line) => line.startsWith('resolved '));
    expect(loaded.some((line) => line.includes('/packages/document/'))).toBe(args[0] === 'parse');
    expect(loaded.filter((line) => /typeorm|@apollo|better-sqlite3|\/pg\/|express|graphql/.test(line))).toEqual([]);
  });
});

let stack: Stack;
const scratch = mkdtempSync(join(tmpdir(), 'alliance-cli-'));
beforeAll(async () => {
  stack = await startStack({ seed: false });
});
afterAll(async () => {
  await stack?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('alliance parse', () => {
  it('prints the seed register as JSON, with its three findings and where each field was read', async () => {
    const { code, stdout, stderr } = await alliance('parse', SEED, '--now', '2026-11-24');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const expected = JSON.parse(
      readFileSync(new URL(`${FIXTURES}/mef-dmtf-work-register.expected.json`, root), 'utf8'),
    );
    const { provenance, ...register } = JSON.parse(stdout);
    expect(register).toEqual(expected);
    const title = provenance.find((p: { path: string }) => p.path === 'title');
    expect(readFileSync(new URL(SEED, root), 'utf8').split('\n')[title.line - 1]).toBe(expected.title);
  });

  it('--explain prints each field beside the numbered lines it was read from', async () => {
    const { code, stdout, stderr } = await alliance('parse', '--explain', SEED, '--now', '2026-11-24');
    expect([code, stderr]).toEqual([0, '']);
    const lines = readFileSync(new URL(SEED, root), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('Date Initiated')) + 1;
    expect(stdout).toContain(`initiatedOn = "2012-04-25"\n  ${String(at).padStart(2)} │ ${lines[at - 1]}\n`);
    // The approval, wrapped over two lines, shows both.
    const approved = lines.findIndex((l) => l.includes('Approved by')) + 1;
    expect(stdout).toMatch(new RegExp(`approval = .*\\n  ${approved} │ .*Approved by.*\\n  ${approved + 1} │ `));
  });

  it('--explain lists what the reader was unsure of, and the page of a PDF', async () => {
    const addendum = await alliance('parse', '--explain', `${FIXTURES}/snia-dmtf-work-register-addendum.txt`);
    expect(addendum.code).toBe(0);
    expect(addendum.stdout).toMatch(
      /\nUnsure \(INFO findings\):\n(?:.*\n)* {2}parties: PARTIES_FROM_TITLE \(line \d+\): /,
    );
    const pdf = await alliance('parse', '--explain', 'packages/document/test/shapes/o-ran-3gpp-work-register.pdf');
    expect(pdf.code).toBe(0);
    expect(pdf.stdout).toMatch(/\nobjectives\[0\] = "[^"]+" {2}\(page 2\)\n/);
  });

  it('--explain exits 1 on a file that is not a register, with nothing on stdout', async () => {
    const notes = join(scratch, 'list.txt');
    writeFileSync(notes, 'Milk\nBread\n');
    const { code, stdout, stderr } = await alliance('parse', '--explain', notes);
    expect([code, stdout, stderr.trim()]).toEqual([1, '', `${notes}: not a work register (no alliance organizations)`]);
  });

  it('prints an array for several files', async () => {
    const { code, stdout } = await alliance('parse', SEED, `${FIXTURES}/snia-dmtf-work-register.txt`);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((d: { title: string }) => d.title)).toEqual([
      'MEF / DMTF Work Register',
      'SNIA / DMTF Work Register',
    ]);
  });

  it('exits 1 naming a file that is not a register, with nothing on stdout', async () => {
    const notes = join(scratch, 'shopping.txt');
    writeFileSync(notes, 'Milk\nBread\n');
    const { code, stdout, stderr } = await alliance('parse', SEED, notes);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`${notes}: not a work register (no alliance organizations)`);
  });

  it('says an empty file has no title line', async () => {
    const empty = join(scratch, 'empty.txt');
    writeFileSync(empty, '\n\n');
    const { code, stdout, stderr } = await alliance('parse', empty);
    expect([code, stdout, stderr.trim()]).toEqual([1, '', `${empty}: not a work register (no title line)`]);
  });

  it('exits 1 naming a file it cannot read', async () => {
    const { code, stderr } = await alliance('parse', 'no/such/file.txt');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^no\/such\/file\.txt: cannot read it/);
  });

  it('has --help for every command', async () => {
    for (const command of ['parse', 'import', 'export']) {
      const { code, stdout } = await alliance(command, '--help');
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`Usage: alliance ${command}`));
    }
  });
});

describe('alliance import', () => {
  const files = [SEED, `${FIXTURES}/snia-dmtf-work-register.txt`, `${FIXTURES}/tmforum-mef-work-register.txt`];

  const rows = async () => {
    const { data } = await stack.query(`{
      workRegisters(first: 0) { totalCount }
      contacts(first: 0) { totalCount }
      organizations(first: 0) { totalCount }
    }`);
    const pocs = await stack.query(
      `{ workRegisters(first: 100) { edges { node { revision pointsOfContact { role } } } } }`,
    );
    const nodes = pocs.data.workRegisters.edges.map((e: any) => e.node);
    return {
      registers: data.workRegisters.totalCount,
      contacts: data.contacts.totalCount,
      organizations: data.organizations.totalCount,
      pointsOfContact: nodes.reduce((n: number, r: any) => n + r.pointsOfContact.length, 0),
      revisions: nodes.map((r: any) => r.revision),
    };
  };

  it('validates without keeping anything on --dry-run', async () => {
    const before = await rows();
    const { code, stderr } = await alliance('import', '--dry-run', ...files);
    expect(code).toBe(0);
    expect(stderr).toContain('mef-dmtf-work-register.txt: would be created mef-dmtf (revision 1), 4 points of contact');
    expect(stderr).toContain('Dry run, nothing kept: 3 files: 3 created, 0 revised, 0 unchanged, 0 failed');
    expect(await rows()).toEqual(before);
  });

  it('imports files with a line each and a summary', async () => {
    const { code, stderr } = await alliance('import', ...files);
    expect(code).toBe(0);
    expect(stderr).toContain('mef-dmtf-work-register.txt: created mef-dmtf (revision 1), 4 points of contact updated');
    expect(stderr).toContain('3 files: 3 created, 0 revised, 0 unchanged, 0 failed');
  });

  it('changes nothing when the same files come again', async () => {
    const before = await rows();
    expect(before.registers).toBe(3);
    const { code, stderr } = await alliance('import', ...files);
    expect(code).toBe(0);
    expect(stderr).toContain('3 files: 0 created, 0 revised, 3 unchanged, 0 failed');
    expect(await rows()).toEqual(before);
  });

  it('makes a new revision of a changed document and keeps going past a bad file', async () => {
    const changed = join(scratch, 'mef-dmtf-v1.1.txt');
    writeFileSync(changed, readFileSync(new URL(SEED, root), 'utf8').replace('Version 1.0', 'Version 1.1'));
    const bad = join(scratch, 'notes.txt');
    writeFileSync(bad, 'Nothing here\n');
    const { code, stderr } = await alliance('import', bad, changed);
    expect(code).toBe(1);
    expect(stderr).toContain(`${bad}: not a work register`);
    expect(stderr).toContain('mef-dmtf-v1.1.txt: revised mef-dmtf (revision 2)');
    expect(stderr).toContain('2 files: 0 created, 1 revised, 0 unchanged, 1 failed');
    const { data } = await stack.query(`{ workRegister(slug: "mef-dmtf") { version revision } }`);
    expect(data.workRegister).toEqual({ version: '1.1', revision: 2 });
  });

  it('says where the server is when it cannot be reached', async () => {
    const { code, stderr } = await alliance('import', SEED, '--endpoint', 'http://127.0.0.1:9/graphql');
    expect(code).toBe(1);
    expect(stderr).toContain('cannot reach http://127.0.0.1:9/graphql');
  });
});

describe('alliance export', () => {
  it('writes JSON in the parse shape', async () => {
    const { code, stdout } = await alliance('export', '--format', 'json', '--slug', 'snia-dmtf');
    expect(code).toBe(0);
    const { findings: exportedFindings, ...exported } = JSON.parse(stdout);
    // Where each field was read is the document's, not the register's: an export has none.
    const {
      findings: parsedFindings,
      provenance: _provenance,
      ...parsed
    } = JSON.parse((await alliance('parse', `${FIXTURES}/snia-dmtf-work-register.txt`)).stdout);
    expect(exported).toEqual(parsed);
    // The registry's findings: the document's, and those it computes for today (overdue milestones).
    const codes = (findings: { code: string }[]) => findings.map((f) => f.code);
    expect(codes(exportedFindings)).toEqual(expect.arrayContaining(codes(parsedFindings)));
  });

  it('writes text that reads back through parse to the same register, one file per register', async () => {
    const out = join(scratch, 'export');
    const { code, stderr } = await alliance('export', '--format', 'text', '--out', out);
    expect(code).toBe(0);
    expect(stderr).toContain('3 registers exported');
    for (const slug of ['mef-dmtf', 'snia-dmtf', 'tm-forum-mef']) {
      const { data } = await stack.query(
        `query($slug: String!) { workRegister(slug: $slug) { title parties { organization { acronym } } } }`,
        { slug },
      );
      const { provenance: _provenance, ...back } = JSON.parse(
        (await alliance('parse', join(out, `${slug}.txt`))).stdout,
      );
      expect(back.title).toBe(data.workRegister.title);
      expect(back.parties.map((p: { acronym: string }) => p.acronym)).toEqual(
        data.workRegister.parties.map((p: any) => p.organization.acronym),
      );
      const exported = JSON.parse((await alliance('export', '--format', 'json', '--slug', slug)).stdout);
      // Findings aside: the registry adds the ones it computes for today.
      expect({ ...back, findings: [] }).toEqual({ ...exported, findings: [] });
    }
  });

  it('writes Markdown for people', async () => {
    const { code, stdout } = await alliance('export', '--slug', 'mef-dmtf');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# MEF \/ DMTF Work Register\n/);
    expect(stdout).toContain('## Background');
  });

  it('names an unknown register', async () => {
    const { code, stderr } = await alliance('export', '--slug', 'no-such-register');
    expect(code).toBe(1);
    expect(stderr).toContain('NOT_FOUND: No work register with slug "no-such-register"');
  });
});

describe('alliance token', () => {
  it('mints a token from the configured secret that the registry accepts for that role', async () => {
    const minted = await allianceWith(
      { ALLIANCE_TOKEN: undefined },
      'token',
      '--sub',
      'alice',
      '--name',
      'Alice',
      '--role',
      'editor:SNIA',
      '--ttl',
      '1h',
    );
    expect(minted.code).toBe(0);
    const token = minted.stdout.trim();
    expect(token.split('.')).toHaveLength(3);

    // A new version of a SNIA / DMTF register (an earlier test may have imported the original).
    const file = join(scratch, 'snia-dmtf-v2.txt');
    const original = readFileSync(new URL(`${FIXTURES}/snia-dmtf-work-register.txt`, root), 'utf8');
    writeFileSync(file, `${original}\nNote: revised by the SNIA liaison.\n`);
    const allowed = await allianceWith({ ALLIANCE_TOKEN: token }, 'import', file);
    expect(allowed.code).toBe(0);
    const { data } = await stack.query(
      `{ workRegister(slug: "snia-dmtf") { history(first: 1) { edges { node { author { subject name } } } } } }`,
    );
    expect(data.workRegister.history.edges[0].node.author).toEqual({ subject: 'alice', name: 'Alice' });

    const forbidden = await allianceWith({ ALLIANCE_TOKEN: token }, 'import', SEED);
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr).toMatch(/FORBIDDEN: .*editor:MEF or editor:DMTF/);
  });

  it('explains a missing token, and rejects an unknown role', async () => {
    const anonymous = await allianceWith({ ALLIANCE_TOKEN: undefined }, 'import', SEED);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toMatch(/UNAUTHENTICATED/);

    const bad = await allianceWith({}, 'token', '--sub', 'x', '--role', 'owner:MEF');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/unknown role owner:MEF/);
    expect(bad.stdout).toBe('');
  });

  it('says where the secret comes from when there is none', async () => {
    const none = await allianceWith(
      { AUTH_SECRET: undefined, DATA_DIR: scratch },
      'token',
      '--sub',
      'x',
      '--role',
      'admin',
    );
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no development secret/);
  });
});
