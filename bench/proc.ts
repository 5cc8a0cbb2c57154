import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time and peak memory of the bench's processes, read from Linux's /proc: a service started
 * with WORKERS=N is a primary and its cluster workers, so each figure covers a process and all
 * its descendants.
 */

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * utime + stime of one /proc/<pid>/stat line, in ms. The command name (field 2) is in
 * parentheses and may hold spaces and parentheses itself, so fields are counted after the last ")".
 */
export function cpuMsOfStat(stat: string, ticksPerSecond = TICKS_PER_SECOND): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(ticks)) throw new Error(`not a /proc/<pid>/stat line: ${stat.slice(0, 80)}`);
  return (ticks * 1000) / ticksPerSecond;
}

/** A kB figure of /proc/<pid>/status (VmHWM: peak resident set; VmRSS: now), in MB. */
export function statusMb(status: string, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`no ${field} in /proc/<pid>/status`);
  return Number(match[1]) / 1024;
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process has exited meanwhile
  }
};

/** `pid` and every process below it (cluster workers), from /proc/<pid>/task/<tid>/children. */
export function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${tree[i]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      const children = read(`/proc/${tree[i]}/task/${task}/children`) ?? '';
      tree.push(...children.split(' ').filter(Boolean).map(Number));
    }
  }
  return tree;
}

/** CPU ms (user + system) spent so far by `pid` and its descendants. */
export function cpuMs(pid: number): number {
  return processTree(pid).reduce((sum, p) => {
    const stat = read(`/proc/${p}/stat`);
    return stat ? sum + cpuMsOfStat(stat) : sum;
  }, 0);
}

/** Peak resident memory (VmHWM) of `pid` and its descendants, summed, in MB. */
export function peakMb(pid: number): number {
  return processTree(pid).reduce((sum, p) => {
    const status = read(`/proc/${p}/status`);
    return status ? sum + statusMb(status, 'VmHWM') : sum;
  }, 0);
}
