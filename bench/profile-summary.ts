import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * `node bench/dist/profile-summary.js <file.cpuprofile>… [--top N]`: where a V8 CPU profile (from
 * `--cpu-prof`, or `BENCH_CPU_PROF` of `cpu.ts`) spent its time, as Markdown tables:
 *
 * - by package (or file of this repository): self time, and inclusive time (a sample counts once
 *   for each package on its stack);
 * - the functions of most self time;
 * - the functions of most inclusive time (a recursive function counts a sample once).
 *
 * Idle time (`(idle)`) is left out of the shares: the figures are of the time the process was busy.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const REPO_PACKAGES: [RegExp, string][] = [
  [/\/services\/([^/]+)\/dist\/(.+)$/, '@alliance/$1 $2'],
  [/\/packages\/([^/]+)\/dist\/(.+)$/, '@alliance/$1 $2'],
  [/\/gateway\/dist\/(.+)$/, '@alliance/gateway $1'],
  [/\/bench\/dist\/(.+)$/, 'bench $1'],
];

/** The package a frame belongs to: `typeorm`, `@apollo/server`, `node:internal`, or a file of this repository. */
export function packageOf(frame: CallFrame): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return url.startsWith('node:internal') ? 'node:internal' : url;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  for (const [pattern, name] of REPO_PACKAGES) {
    const match = pattern.exec(url);
    if (match) return match[0].replace(pattern, name);
  }
  return basename(url);
}

/** A frame's file: within its package for a dependency (`typeorm/query-builder/SelectQueryBuilder.js`). */
function fileOf(frame: CallFrame): string {
  const modules = frame.url.lastIndexOf('/node_modules/');
  return modules >= 0 ? frame.url.slice(modules + '/node_modules/'.length) : packageOf(frame);
}

const functionOf = (frame: CallFrame) =>
  `${frame.functionName || '(anonymous)'} ${frame.url ? `${fileOf(frame)}:${frame.lineNumber + 1}` : ''}`.trim();

interface Summary {
  busyMs: number;
  idleMs: number;
  selfByPackage: Map<string, number>;
  inclusiveByPackage: Map<string, number>;
  selfByFunction: Map<string, number>;
  inclusiveByFunction: Map<string, number>;
}

const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);

export function summarise(profile: Profile): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const summary: Summary = {
    busyMs: 0,
    idleMs: 0,
    selfByPackage: new Map(),
    inclusiveByPackage: new Map(),
    selfByFunction: new Map(),
    inclusiveByFunction: new Map(),
  };
  // timeDeltas[i] is the time from sample i - 1 to sample i: the time sample i - 1 stood for.
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id)!;
    if (leaf.callFrame.functionName === '(idle)') {
      summary.idleMs += ms;
      return;
    }
    summary.busyMs += ms;
    add(summary.selfByPackage, packageOf(leaf.callFrame), ms);
    add(summary.selfByFunction, functionOf(leaf.callFrame), ms);
    const packages = new Set<string>();
    const functions = new Set<string>();
    for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) {
      if (node.callFrame.functionName === '(root)') break;
      packages.add(packageOf(node.callFrame));
      functions.add(functionOf(node.callFrame));
    }
    for (const p of packages) add(summary.inclusiveByPackage, p, ms);
    for (const f of functions) add(summary.inclusiveByFunction, f, ms);
  });
  return summary;
}

function table(title: string, map: Map<string, number>, busyMs: number, top: number): string {
  const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `| ${title} | ms | % of busy |`,
    '| --- | ---: | ---: |',
    ...rows.map(
      ([key, ms]) => `| \`${key.replaceAll('|', '\\|')}\` | ${ms.toFixed(0)} | ${((100 * ms) / busyMs).toFixed(1)} |`,
    ),
  ].join('\n');
}

function main(argv: string[]): void {
  const topAt = argv.indexOf('--top');
  const top = topAt >= 0 ? Number(argv[topAt + 1]) : 15;
  const files = argv.filter((a, i) => a !== '--top' && argv[i - 1] !== '--top');
  if (!files.length) throw new Error('usage: profile-summary <file.cpuprofile>… [--top N]');
  for (const file of files) {
    const s = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile);
    console.log(
      [
        `### ${basename(file)}`,
        '',
        `Busy ${s.busyMs.toFixed(0)} ms, idle ${s.idleMs.toFixed(0)} ms.`,
        '',
        table('package, self', s.selfByPackage, s.busyMs, top),
        '',
        table('package, inclusive', s.inclusiveByPackage, s.busyMs, top),
        '',
        table('function, self', s.selfByFunction, s.busyMs, top),
        '',
        table('function, inclusive', s.inclusiveByFunction, s.busyMs, top),
        '',
      ].join('\n'),
    );
  }
}

main(process.argv.slice(2));
