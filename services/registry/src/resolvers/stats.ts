import { addMonths, format } from 'date-fns';
import { referenced } from '@alliance/core';
import type { RegistryStatsResolvers } from '../generated/resolvers.js';

/** What registryStats resolves to: its fields read through the request's loaders. */
export type StatsRequest = Record<string, never>;

export const statsRequest = (): StatsRequest => ({});

export const RegistryStats: RegistryStatsResolvers = {
  // The counts by status serve both the total and byStatus: one statement (reads.countByStatus).
  workRegisters: async (_: StatsRequest, __, { loaders }) =>
    (await loaders.reads.countByStatus()).reduce((total, row) => total + row.count, 0),

  byStatus: (_: StatsRequest, __, { loaders }) => loaders.reads.countByStatus(),

  async byOrganization(_, __, { loaders }) {
    const rows = await loaders.reads.countByOrganization();
    return rows.map((row) => ({
      organization: referenced(loaders.organization, row.organizationId),
      count: row.count,
    }));
  },

  /** This month and the eleven after it, each with the reviews falling due in it (from today on). */
  async reviewsDueByMonth(_, __, { loaders, schedule }) {
    const start = new Date(`${schedule.today.slice(0, 7)}-01T00:00:00`);
    const months = Array.from({ length: 12 }, (_, i) => format(addMonths(start, i), 'yyyy-MM'));
    const counts = await loaders.reads.reviewsDueByMonth(schedule.today, `${months.at(-1)}-31`);
    return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
  },

  findingsByCode: (_, __, { loaders }) => loaders.reads.findingCounts(),
};
