import { port, readEnvironment, subgraphConfig, subgraphVariables, type SubgraphConfig } from '@alliance/core';
import { z } from 'zod';

/** Every variable the registry reads (docker-compose.yml and docs/operations.md are checked against it). */
export const environment = z.object({
  ...subgraphVariables,
  REGISTRY_PORT: port(4001),
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
