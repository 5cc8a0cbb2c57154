import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { pageHeaders } from './web.js';

/**
 * The explorer: GET /graphql in a browser answers GraphiQL, self-contained (scripts, styles,
 * fonts and its editor's workers are all inside the page), so it works offline and loads
 * nothing from a CDN, unlike Apollo's default landing page (FIELD-NOTES, Apollo). Its tabs hold
 * the examples of docs/, from a file generated at build time because docs/ is not deployed.
 */

export const EXAMPLES_FILE = new URL('../explorer-examples.graphql', import.meta.url);

/** One tab per `# tab: …` section of the examples file. */
export function exampleTabs(text = readFileSync(EXAMPLES_FILE, 'utf8')): { query: string }[] {
  return text
    .split(/^(?=# tab: )/m)
    .slice(1)
    .map((section) => ({ query: `${section.trimEnd()}\n` }));
}

export interface Explorer {
  /** Serves the page through Apollo's landing-page hook (CSRF prevention stays as it is). */
  plugin: ApolloServerPlugin;
  /** The page's own security headers: its inline script is allowed by hash, nothing else inline. */
  headers: Record<string, string>;
}

/** Renders the page once; it is about 9 MB, the same for every request. */
export function createExplorer(): Explorer {
  const tabs = exampleTabs();
  const html = renderGraphiQL({ title: 'Alliance Registry', defaultTabs: tabs, defaultQuery: tabs[0]?.query });
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, script]) => `'sha256-${createHash('sha256').update(script!).digest('base64')}'`,
  );
  return {
    plugin: {
      serverWillStart: async () => ({ renderLandingPage: async () => ({ html }) }),
    },
    headers: pageHeaders({
      'script-src': hashes.join(' '),
      // The editor's language services run in workers made from blobs of the page's own script.
      'worker-src': 'blob:',
      // Its fonts are inlined as data: URLs.
      'font-src': "'self' data:",
    }),
  };
}
