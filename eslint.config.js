import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'coverage/**', '**/src/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests read loosely typed GraphQL responses.
    files: ['test/**/*.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // The dependency rules of docs/architecture.md, as the lint sees them (each block: who, and
  // what they must never import).
  ...boundaries([
    {
      who: ['services/registry/**/*.ts'],
      never: ['@alliance/contacts', '@alliance/gateway', '**/contacts/src/**', '**/gateway/src/**'],
      why: 'the registry learns what it needs of contacts through federation, never by importing it',
    },
    {
      who: ['services/contacts/**/*.ts'],
      never: ['@alliance/registry', '@alliance/gateway', '**/registry/src/**', '**/gateway/src/**'],
      why: 'contacts learns what it needs of the registry through federation or the gateway, never by importing it',
    },
    {
      who: ['gateway/**/*.ts'],
      never: ['@alliance/registry', '@alliance/contacts', '@alliance/web', '**/services/**', '**/web/src/**'],
      why: 'the gateway knows the subgraphs by the supergraph and their URLs, and serves the web build as files',
    },
    {
      who: ['packages/document/src/**/*.ts'],
      never: ['@alliance/*', 'typeorm', 'pg', 'better-sqlite3', '@apollo/*', 'express', 'node:http', '**/services/**'],
      why: 'the document package is pure: no database, no HTTP, no service or core code',
    },
    {
      who: ['packages/core/src/**/*.ts'],
      never: ['@alliance/registry', '@alliance/contacts', '@alliance/gateway', '@alliance/cli', '**/services/**'],
      why: 'core is shared by the services; it depends on none of them',
    },
    {
      who: ['packages/cli/src/**/*.ts'],
      never: ['@alliance/registry', '@alliance/contacts', '@alliance/gateway', 'typeorm', '@apollo/*'],
      // All of core loads the database drivers, the ORM and Apollo.
      neverExactly: ['@alliance/core'],
      why: 'the CLI talks to the registry over the public API; from core it takes only @alliance/core/tokens',
    },
    {
      who: ['services/*/src/resolvers/**/*.ts'],
      never: ['typeorm'],
      neverAtRuntime: '(^|/)repositories/',
      why: 'resolvers read through the request loaders and write through commands, never a repository',
    },
    {
      who: ['services/*/src/domain/**/*.ts'],
      never: ['typeorm', 'graphql', '@apollo/*', '@alliance/core', 'pg', 'better-sqlite3'],
      // Types of the layers around are fine (they vanish at build time); their code is not.
      neverAtRuntime: '(^|/)(repositories|commands|resolvers|entities)/|/(validation|loaders)\\.js$',
      why: 'domain rules are pure: no ORM, no GraphQL, nothing of the layers that call them',
    },
    {
      who: ['packages/client/src/**/*.ts'],
      never: ['@alliance/*', '**/services/**', '**/packages/core/**', '**/gateway/src/**', 'node:*'],
      why: 'the client is published and runs in Node and in browsers: nothing of ours, no Node built-ins',
    },
    {
      who: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
      never: ['@alliance/*', '!@alliance/client', '**/services/**', '**/packages/**', '**/gateway/src/**'],
      why: 'the web app talks to the gateway public API only (through @alliance/client), like any partner tool',
    },
  ]),
  prettier,
);

/** One no-restricted-imports block per rule: an import a rule forbids fails the lint, saying why. */
function boundaries(rules) {
  return rules.map(({ who, never, neverExactly = [], neverAtRuntime, why }) => {
    const message = `Not allowed here: ${why}.`;
    const exact = neverExactly.map((name) => ({ regex: `^${name.replace(/[/.]/g, '\\$&')}$`, message }));
    const runtime = neverAtRuntime ? [{ regex: neverAtRuntime, message, allowTypeImports: true }] : [];
    const patterns = [{ group: never, message }, ...exact, ...runtime];
    // Layer rules use typescript-eslint's version of the rule, which tells type-only imports
    // apart; package rules the core one. Two rules, so a file under both keeps both (flat
    // config would let a later block's options replace an earlier one's for the same rule).
    const rule = neverAtRuntime ? '@typescript-eslint/no-restricted-imports' : 'no-restricted-imports';
    return { files: who, rules: { [rule]: ['error', { patterns }] } };
  });
}
