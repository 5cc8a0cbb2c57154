#!/usr/bin/env node
// `npm run demo`: `npm start` on a data directory of its own (data/demo unless DATA_DIR is set)
// that a first start fills with the seed register and the example landscape of
// test/fixtures/registers (33 registers, 17 organizations, each at the status its manifest
// names). The registry's today defaults to the day the landscape is written for, so reviews due
// and findings are the ones docs/queries.md shows; set REGISTRY_TODAY to judge by another day.
import { LANDSCAPE_TODAY, loadLandscape, seedIfEmpty } from '@alliance/cli';
import { start } from './start.mjs';

const today = process.env.REGISTRY_TODAY ?? LANDSCAPE_TODAY;

await start({
  defaults: { DATA_DIR: 'data/demo', REGISTRY_TODAY: today },
  load: async (client) => {
    if ((await seedIfEmpty(client)).length === 0) return;
    console.log('seeded mef-dmtf; loading the example landscape of test/fixtures/registers …');
    const loaded = await loadLandscape(client, undefined, { now: new Date(today) });
    console.log(`loaded ${loaded.length} registers`);
  },
});
