import {
  port,
  readEnvironment,
  relayConfig,
  relayVariables,
  RELAY_PATH,
  subgraphConfig,
  subgraphVariables,
  type AuthConfig,
  type RelayConfig,
  type SubgraphConfig,
} from '@alliance/core';
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
  ...relayVariables,
  /** The registry subgraph, which takes this service's webhook events (at /internal/events) and delivers them. */
  REGISTRY_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  /** The gateway's address as partners reach it, for the links in webhook payloads. */
  PUBLIC_URL: z.url().default('http://127.0.0.1:4000'),
});

export function loadSubgraphConfig(env = process.env): SubgraphConfig {
  const values = readEnvironment('contacts', environment, env);
  return subgraphConfig(values, values.CONTACTS_PORT);
}

/** Where the contacts service asks about organizations and registers: the gateway's API. */
export const loadGatewayUrl = (env = process.env) => readEnvironment('contacts', environment, env).GATEWAY_URL;

/** Where and how this service relays its events' outbox to the registry. */
export interface ContactsRelayConfig extends RelayConfig {
  target: string;
  publicUrl: string;
}

export function loadRelayConfig(auth: AuthConfig, env = process.env): ContactsRelayConfig {
  const values = readEnvironment('contacts', environment, env);
  return {
    ...relayConfig(values, auth),
    target: new URL(RELAY_PATH, values.REGISTRY_URL).href,
    publicUrl: values.PUBLIC_URL.replace(/\/$/, ''),
  };
}
