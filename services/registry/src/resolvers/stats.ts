import { addMonths, format } from 'date-fns';
import type { RegistryContext } from '../loaders.js';

/** What registryStats resolves to: its fields read through the request's loaders. */
export type StatsRequest = Record<string, never>;

export const statsRequest = (): StatsRequest => ({});

export const RegistryStats = {
  // The counts by status serve both the total and byStatus: one statement (reads.countByStatus).
  workRegisters: async (_: StatsRequest, __: unknown, { loaders }: RegistryContext) =>
    (await loaders.reads.countByStatus()).reduce((total, row) => total + row.count, 0),

  byStatus: (_: StatsRequest, __: unknown, { loaders }: RegistryContext) => loaders.reads.countByStatus(),

  async byOrganization(_: unknown, __: unknown, { loaders }: RegistryContext) {
    const rows = await loaders.reads.countByOrganization();
    return rows.map((row) => ({ organization: loaders.organization.load(row.organizationId), count: row.count }));
  },

  /** This month and the eleven after it, each with the reviews falling due in it (from today on). */
  async reviewsDueByMonth(_: unknown, __: unknown, { loaders, schedule }: RegistryContext) {
    const start = new Date(`${schedule.today.slice(0, 7)}-01T00:00:00`);
    const months = Array.from({ length: 12 }, (_, i) => format(addMonths(start, i), 'yyyy-MM'));
    const counts = await loaders.reads.reviewsDueByMonth(schedule.today, `${months.at(-1)}-31`);
    return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
  },

  findingsByCode: (_: unknown, __: unknown, { loaders }: RegistryContext) => loaders.reads.findingCounts(),
};
