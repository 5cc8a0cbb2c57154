#!/usr/bin/env node
// Reports what a visitor downloads: the app's first load (index.html and the files it links,
// not the lazy chunks) and the widgets script, gzipped, and fails the build when the widgets
// script outgrows its budget (docs/web.md).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const WIDGETS_BUDGET = 60 * 1024;
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const firstLoad = ['index.html', ...[...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1])];
const app = firstLoad.reduce((sum, file) => sum + gz(file), 0);
const widgets = gz('embed/widgets.js');
const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !firstLoad.includes(`assets/${f}`));
const lazyTotal = lazy.reduce((sum, f) => sum + gz(`assets/${f}`), 0);

console.log(
  `web: app first load ${kb(app)} gzipped (${firstLoad.length} files); lazy chunks ${kb(lazyTotal)} (graph library)`,
);
console.log(`web: embed/widgets.js ${kb(widgets)} gzipped (budget ${kb(WIDGETS_BUDGET)})`);
if (widgets > WIDGETS_BUDGET) {
  console.error(`web: embed/widgets.js is over its budget by ${kb(widgets - WIDGETS_BUDGET)}`);
  process.exit(1);
}
