/**
 * The side-by-side's chart, drawn as a plain SVG string: horizontal bars on a log scale (cached
 * answers are hundreds of times faster than uncached ones; a linear axis would hide the rest),
 * one panel per data size, one group of bars per query and concurrency, one bar per server.
 * No charting library: the figure is a few rectangles and labels, and the SVG must render on
 * GitHub without scripts or fonts of its own.
 */

export interface Series {
  name: string;
  color: string;
}

export interface Row {
  label: string;
  /** One value per series, in the series' order; undefined draws no bar (not measured). */
  values: (number | undefined)[];
}

export interface Panel {
  title: string;
  rows: Row[];
}

export interface Chart {
  title: string;
  /** What the bars measure, under the axis ("requests/s, log scale"). */
  unit: string;
  series: Series[];
  panels: Panel[];
}

const WIDTH = 960;
const LABEL = 330; // the row labels' column
const PLOT = 520; // the bars' width at the axis maximum
const BAR = 9;
const GAP = 10; // between groups
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const format = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** The axis maximum: the first power of ten at or above every value (at least 10). */
export function axisMaximum(chart: Chart): number {
  const values = chart.panels
    .flatMap((p) => p.rows.flatMap((r) => r.values))
    .filter((v): v is number => v !== undefined);
  return 10 ** Math.max(1, Math.ceil(Math.log10(Math.max(10, ...values))));
}

export function renderChart(chart: Chart): string {
  const max = axisMaximum(chart);
  const x = (value: number) => LABEL + (Math.log10(Math.max(1, value)) / Math.log10(max)) * PLOT;
  const out: string[] = [];
  let y = 30;
  out.push(`<text x="10" y="20" font-size="15" font-weight="bold">${escape(chart.title)}</text>`);
  chart.series.forEach((s, i) => {
    const left = 10 + i * 220;
    out.push(`<rect x="${left}" y="${y}" width="12" height="12" fill="${s.color}"/>`);
    out.push(`<text x="${left + 17}" y="${y + 10}" font-size="12">${escape(s.name)}</text>`);
  });
  y += 26;
  for (const panel of chart.panels) {
    out.push(`<text x="10" y="${y + 12}" font-size="13" font-weight="bold">${escape(panel.title)}</text>`);
    y += 20;
    const top = y;
    for (const row of panel.rows) {
      const height = chart.series.length * BAR;
      out.push(
        `<text x="${LABEL - 8}" y="${y + height / 2 + 4}" font-size="11" text-anchor="end">${escape(row.label)}</text>`,
      );
      row.values.forEach((value, i) => {
        if (value === undefined) return;
        const top = y + i * BAR;
        const width = Math.max(1, x(value) - LABEL);
        out.push(
          `<rect class="bar" x="${LABEL}" y="${top}" width="${width.toFixed(1)}" height="${BAR - 1}" fill="${chart.series[i]!.color}"><title>${escape(`${chart.series[i]!.name}, ${row.label}: ${format(value)}`)}</title></rect>`,
        );
        out.push(
          `<text x="${(LABEL + width + 4).toFixed(1)}" y="${top + BAR - 1}" font-size="9">${format(value)}</text>`,
        );
      });
      y += height + GAP;
    }
    for (let tick = 1; tick <= max; tick *= 10) {
      out.push(
        `<line x1="${x(tick)}" y1="${top - 4}" x2="${x(tick)}" y2="${y - GAP + 2}" stroke="#bbb" stroke-width="0.5"/>`,
      );
      out.push(`<text x="${x(tick)}" y="${y + 8}" font-size="10" text-anchor="middle">${tick}</text>`);
    }
    y += 26;
  }
  out.push(`<text x="${LABEL}" y="${y}" font-size="11">${escape(chart.unit)}</text>`);
  y += 12;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" viewBox="0 0 ${WIDTH} ${y}" font-family="sans-serif">`,
    `<rect width="${WIDTH}" height="${y}" fill="white"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}
