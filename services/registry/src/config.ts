import {
  port,
  readEnvironment,
  subgraphConfig,
  subgraphVariables,
  webhookConfig,
  webhookVariables,
  type AuthConfig,
  type SubgraphConfig,
  type WebhookConfig,
} from '@alliance/core';
import { z } from 'zod';

/** Every variable the registry reads (docker-compose.yml and docs/operations.md are checked against it). */
export const environment = z.object({
  ...subgraphVariables,
  ...webhookVariables,
  REGISTRY_PORT: port(4001),
  /** The gateway's address as partners reach it, for the links in webhook payloads. */
  PUBLIC_URL: z.url().default('http://127.0.0.1:4000'),
  REVIEW_DUE_SOON_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  REGISTRY_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
    .optional(),
});

/** How the registry judges dates: its due-soon window and, for demos and tests, a fixed today. */
export interface ScheduleConfig {
  dueSoonDays: number;
  /** A fixed "today" (ISO date); unset means the real date, in UTC. */
  today: string | undefined;
}

export function loadSubgraphConfig(env = process.env): SubgraphConfig {
  const values = readEnvironment('registry', environment, env);
  return subgraphConfig(values, values.REGISTRY_PORT);
}

export function loadScheduleConfig(env = process.env): ScheduleConfig {
  const values = readEnvironment('registry', environment, env);
  return { dueSoonDays: values.REVIEW_DUE_SOON_DAYS, today: values.REGISTRY_TODAY };
}

/** Webhook delivery, and where the links in its payloads point. */
export interface RegistryWebhookConfig extends WebhookConfig {
  publicUrl: string;
}

export function loadWebhookConfig(auth: AuthConfig, env = process.env): RegistryWebhookConfig {
  const values = readEnvironment('registry', environment, env);
  return { ...webhookConfig(values, auth), publicUrl: values.PUBLIC_URL.replace(/\/$/, '') };
}
