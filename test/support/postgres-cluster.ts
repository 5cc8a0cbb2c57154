import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throw-away PostgreSQL cluster of a test's own (initdb, pg_ctl) on a port of its own, so the
 * test may stop and start the server under running services without touching the shared one.
 * PostgreSQL refuses to run as root: as root, the cluster runs as the `postgres` user.
 */

/** The newest installed server's bin directory, or undefined when there is none. */
export function postgresBinaries(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((version) => existsSync(join(base, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(base, versions[0], 'bin');
}

export interface Cluster {
  url: string;
  stop(): void;
  start(): void;
  destroy(): void;
}

/** The uid and gid to run the cluster as: this process's, or the postgres user's when this is root. */
function owner(): { uid: number; gid: number; wrap: string[] } {
  if (process.getuid?.() !== 0) return { uid: process.getuid!(), gid: process.getgid!(), wrap: [] };
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid, wrap: ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--init-groups', '--'] };
}

export async function startCluster(bin: string, port: number): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-pg-'));
  const { uid, gid, wrap } = owner();
  chownSync(dir, uid, gid);
  const data = join(dir, 'data');
  const run = (tool: string, args: string[]) => {
    const [command, ...rest] = [...wrap, join(bin, tool), ...args];
    execFileSync(command!, rest, { stdio: 'pipe', cwd: dir });
  };
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
  // fast: the server disconnects its clients and goes, as in a failover or a restart for an upgrade.
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE alliance');
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/alliance`,
    start,
    stop,
    destroy: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // not running
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
