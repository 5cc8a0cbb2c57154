import { port, readEnvironment, subgraphConfig, subgraphVariables, type SubgraphConfig } from '@alliance/core';
import { z } from 'zod';

/** Every variable the contacts service reads (docker-compose.yml and docs/operations.md are checked against it). */
export const environment = z.object({
  ...subgraphVariables,
  CONTACTS_PORT: port(4002),
  /**
   * The gateway, asked (with the caller's token) which organizations acronyms and registers
   * name when a write is checked: the public API, never the registry subgraph directly.
   */
  GATEWAY_URL: z.url().default('http://127.0.0.1:4000/graphql'),
});

export function loadSubgraphConfig(env = process.env): SubgraphConfig {
  const values = readEnvironment('contacts', environment, env);
  return subgraphConfig(values, values.CONTACTS_PORT);
}

/** Where the contacts service asks about organizations and registers: the gateway's API. */
export const loadGatewayUrl = (env = process.env) => readEnvironment('contacts', environment, env).GATEWAY_URL;
