import { readFileSync } from 'node:fs';

/**
 * How fast this machine is right now, so that runs of different hours compare. A virtual machine
 * shares its cores: the same build measured 10.0 and 13.6 ms a request eight minutes apart
 * (docs/performance.md). Two figures are recorded beside every CPU bench's results:
 *
 * - the CPU time of a fixed piece of work like the servers' own (building objects and JSON round
 *   trips), the fastest of five tries, so a slow phase of the machine shows as a larger figure;
 * - the share of CPU time the hypervisor gave to other guests meanwhile (steal, /proc/stat).
 */

/** CPU ms of the reference work: the fastest of five tries. */
export function referenceWorkMs(): number {
  const tries = Array.from({ length: 5 }, () => {
    const start = process.cpuUsage();
    let size = 0;
    for (let i = 0; i < 20; i++) {
      const rows = Array.from({ length: 2_000 }, (_, n) => ({
        id: `register-${n}-${i}`,
        title: `Work Register ${n}`,
        n,
        ok: n % 2 === 0,
        tags: ['a', 'b', String(n)],
      }));
      size += (JSON.parse(JSON.stringify(rows)) as unknown[]).length;
    }
    const { user, system } = process.cpuUsage(start);
    if (size !== 40_000) throw new Error('reference work: unexpected size');
    return (user + system) / 1000;
  });
  return Math.min(...tries);
}

/** The machine's CPU time counters (/proc/stat's first line), or undefined where there are none. */
export function cpuCounters(): number[] | undefined {
  try {
    return readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  } catch {
    return undefined;
  }
}

/** The share of all CPU time stolen by the hypervisor between two readings of cpuCounters (its 8th field). */
export function stealShare(before: number[] | undefined, after: number[] | undefined): number | undefined {
  if (!before || !after) return undefined;
  // user, nice, system, idle, iowait, irq, softirq, steal; guest time is already in user.
  const deltas = after.slice(0, 8).map((value, i) => value - (before[i] ?? 0));
  const total = deltas.reduce((sum, value) => sum + value, 0);
  return total > 0 ? (deltas[7] ?? 0) / total : undefined;
}
