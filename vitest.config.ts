import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests run the TypeScript sources directly; the aliases point workspace packages at their
// sources so a test never runs stale build output.
export default defineConfig({
  resolve: {
    alias: {
      // Subpaths first: an alias also matches the paths under it.
      '@alliance/core/tokens': src('./packages/core/src/tokens.ts'),
      '@alliance/core': src('./packages/core/src/index.ts'),
      '@alliance/client': src('./packages/client/src/index.ts'),
      '@alliance/document': src('./packages/document/src/index.ts'),
      '@alliance/cli': src('./packages/cli/src/index.ts'),
      '@alliance/registry': src('./services/registry/src/index.ts'),
      '@alliance/contacts': src('./services/contacts/src/index.ts'),
      '@alliance/gateway': src('./gateway/src/index.ts'),
      // graphql as Node loads it (its CommonJS build; Node reads no "module" field), the copy
      // Apollo's packages use: graphql-js refuses types made by another copy of itself.
      graphql: src('./node_modules/graphql/index.js'),
    },
  },
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'services/*/test/**/*.test.ts',
      'gateway/test/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    // The browser tests wait for what a page shows; a loaded 2-core machine needs more than 1 s.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    env: { APOLLO_TELEMETRY_DISABLED: '1' },
  },
});
