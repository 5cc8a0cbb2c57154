import { describe, expect, it } from 'vitest';
import { axisMaximum, renderChart, type Chart } from '../bench/chart.js';
import { firstDifference } from '../bench/compare.js';
import { cpuMsOfStat, statusMb } from '../bench/proc.js';

/**
 * The side-by-side bench's pure parts (bench/side-by-side.ts): the check that every server gave
 * the same answer, the reading of /proc, and the chart. Its timings are a report, not a test.
 */

describe('firstDifference', () => {
  const answer = {
    data: { workRegister: { title: 'MEF / DMTF', parties: [{ acronym: 'MEF' }, { acronym: 'DMTF' }] } },
  };

  it('finds no difference between equal answers, whatever the order of their keys', () => {
    const reordered = {
      data: { workRegister: { parties: [{ acronym: 'MEF' }, { acronym: 'DMTF' }], title: 'MEF / DMTF' } },
    };
    expect(firstDifference(answer, reordered)).toBeUndefined();
  });

  it('names the path of a different value', () => {
    const other = structuredClone(answer);
    other.data.workRegister.parties[1]!.acronym = 'DMF';
    expect(firstDifference(answer, other)).toBe('data.workRegister.parties[1].acronym: expected "DMTF", got "DMF"');
  });

  it('reports lists of different lengths, a missing field and a list in another order', () => {
    const shorter = structuredClone(answer);
    shorter.data.workRegister.parties.pop();
    expect(firstDifference(answer, shorter)).toBe('data.workRegister.parties: expected 2 items, got 1');
    expect(firstDifference({ data: { a: 1 }, errors: undefined }, { data: { a: 1 }, errors: [{ message: 'x' }] })).toBe(
      'errors: expected nothing, got [{"message":"x"}]',
    );
    const reversed = structuredClone(answer);
    reversed.data.workRegister.parties.reverse();
    expect(firstDifference(answer, reversed)).toMatch(/^data\.workRegister\.parties\[0\]\.acronym/);
  });

  it('tells null from an empty object', () => {
    expect(firstDifference({ data: null }, { data: {} })).toBe('data: expected null, got {}');
  });
});

describe('reading /proc', () => {
  it('adds utime and stime of a stat line, whatever the command name holds', () => {
    // Fields after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const stat = '4242 (node (worker) 1) S 1 4242 4242 0 -1 4194560 5000 0 0 0 250 30 0 0 20 0 11 0';
    expect(cpuMsOfStat(stat, 100)).toBe(2800);
    expect(cpuMsOfStat(stat, 1000)).toBe(280);
  });

  it('reads the peak and the current resident memory of a status file', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1200000 kB\nVmHWM:\t  524288 kB\nVmRSS:\t  262144 kB\n';
    expect(statusMb(status, 'VmHWM')).toBe(512);
    expect(statusMb(status, 'VmRSS')).toBe(256);
    expect(() => statusMb('Name:\tnode\n', 'VmHWM')).toThrow(/no VmHWM/);
  });
});

describe('the chart', () => {
  const chart: Chart = {
    title: 'Requests/s',
    unit: 'requests/s, log scale',
    series: [
      { name: 'ours', color: '#1f77b4' },
      { name: 'Hive <2>', color: '#ff7f0e' },
    ],
    panels: [
      {
        title: '1,000 registers',
        rows: [
          { label: 'search, c=1', values: [2000, 200] },
          { label: 'register, c=1', values: [20, undefined] },
        ],
      },
    ],
  };
  const svg = renderChart(chart);
  const bars = [...svg.matchAll(/<rect class="bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*fill="([^"]+)"/g)].map(
    (m) => ({ x: Number(m[1]), width: Number(m[2]), fill: m[3] }),
  );

  it('draws one bar per measured value, in its series colour', () => {
    expect(bars.map((b) => b.fill)).toEqual(['#1f77b4', '#ff7f0e', '#1f77b4']);
  });

  it('draws bars on a log scale from 1 to the next power of ten', () => {
    expect(axisMaximum(chart)).toBe(10_000);
    const [ours, hive, small] = bars;
    // 2000 is one decade above 200 and two above 20: equal steps on a log axis.
    expect(ours!.width - hive!.width).toBeCloseTo(hive!.width - small!.width, 0);
    expect(ours!.width / hive!.width).toBeCloseTo(Math.log10(2000) / Math.log10(200), 2);
  });

  it('is an SVG document whose labels are escaped', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('Hive &lt;2&gt;');
    expect(svg).not.toContain('Hive <2>');
  });
});
