#!/usr/bin/env node
// Composes gateway/supergraph.graphql from the two subgraph SDL files with @apollo/composition
// (no rover binary, no running services needed). `npm run compose` writes it; the test suite
// fails when the committed file differs from a fresh composition.
import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

const root = new URL('../', import.meta.url);

export const SUBGRAPHS = [
  { name: 'registry', file: 'services/registry/schema.graphql', url: 'http://127.0.0.1:4001/graphql' },
  { name: 'contacts', file: 'services/contacts/schema.graphql', url: 'http://127.0.0.1:4002/graphql' },
];

export const SUPERGRAPH_PATH = new URL('gateway/supergraph.graphql', root);

export function composeSupergraph() {
  const result = composeServices(
    SUBGRAPHS.map(({ name, file, url }) => ({
      name,
      url,
      typeDefs: parse(readFileSync(new URL(file, root), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SUPERGRAPH_PATH, composeSupergraph());
  console.log('wrote gateway/supergraph.graphql');
}
