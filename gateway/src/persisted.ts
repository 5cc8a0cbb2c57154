import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { operationNotAllowed } from '@alliance/core';

/**
 * The trusted documents: every operation of @alliance/client, of the web app and of the feeds
 * (which read /graphql over loopback), keyed by the sha256 of the exact text they send (`{ "<sha256>": "<document>" }`). Generated from their
 * operations by `npm run persisted` (scripts/persisted-operations.mjs) and committed; a test
 * fails when it is stale.
 */
export const PERSISTED_OPERATIONS_FILE = new URL('../persisted-operations.json', import.meta.url);

/** `any`: every query, and automatic persisted queries; `persisted`: the trusted documents only. */
export type OperationsMode = 'any' | 'persisted';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The manifest, each key checked to be its document's hash: a wrong one could never be sent whole. */
export function loadPersistedOperations(file: URL | string = PERSISTED_OPERATIONS_FILE): Map<string, string> {
  const entries = Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  const wrong = entries.filter(([hash, document]) => typeof document !== 'string' || sha256(document) !== hash);
  if (wrong.length) throw new Error(`${String(file)}: not the sha256 of their document: ${wrong.map(([h]) => h)}`);
  return new Map(entries);
}

/**
 * Answers the manifest's hashes without the document: a request with
 * `extensions.persistedQuery.sha256Hash` and no `query` gets its document from the manifest,
 * then runs as an automatic persisted query whose document came along (Apollo checks the hash
 * again). Other hashes are left to Apollo's APQ cache, so APQ works as before in `any` mode.
 *
 * In `persisted` mode an operation whose hash is not in the manifest is refused with
 * OPERATION_NOT_ALLOWED once it is resolved, before it runs and before Apollo would register it
 * in its APQ cache: a free-form query, a hash-and-document registration, the explorer's.
 */
export function persistedOperationsPlugin(
  manifest: ReadonlyMap<string, string>,
  mode: OperationsMode,
): ApolloServerPlugin {
  return {
    requestDidStart: async ({ request }) => {
      const hash = request.extensions?.persistedQuery?.sha256Hash;
      if (!request.query && typeof hash === 'string') {
        const document = manifest.get(hash);
        if (document !== undefined) request.query = document;
      }
      if (mode === 'any') return;
      return {
        didResolveOperation: async ({ queryHash }) => {
          if (manifest.has(queryHash)) return;
          throw operationNotAllowed(
            'This registry runs only its published operations (those of @alliance/client, the web app and the feeds), ' +
              'sent by their sha256 in extensions.persistedQuery or in full; other documents are refused.',
          );
        },
      };
    },
  };
}
