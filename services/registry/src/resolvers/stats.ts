import { addMonths, format } from 'date-fns';
import { once } from '@alliance/core';
import type { RegistryContext } from '../loaders.js';
import { findingCounts } from '../repositories/findings.js';
import * as stats from '../repositories/stats.js';

/** The counts by status serve both `byStatus` and the total: one statement. */
export interface StatsRequest {
  statusCounts: () => ReturnType<typeof stats.countByStatus>;
}

export const statsRequest = ({ db }: RegistryContext): StatsRequest => ({
  statusCounts: once(() => stats.countByStatus(db.dataSource)),
});

export const RegistryStats = {
  workRegisters: async (request: StatsRequest) =>
    (await request.statusCounts()).reduce((total, row) => total + row.count, 0),

  byStatus: (request: StatsRequest) => request.statusCounts(),

  async byOrganization(_: unknown, __: unknown, { db, loaders }: RegistryContext) {
    const rows = await stats.countByOrganization(db.dataSource);
    return rows.map((row) => ({ organization: loaders.organization.load(row.organizationId), count: row.count }));
  },

  /** This month and the eleven after it, each with the reviews falling due in it (from today on). */
  async reviewsDueByMonth(_: unknown, __: unknown, { db, schedule }: RegistryContext) {
    const start = new Date(`${schedule.today.slice(0, 7)}-01T00:00:00`);
    const months = Array.from({ length: 12 }, (_, i) => format(addMonths(start, i), 'yyyy-MM'));
    const counts = await stats.reviewsDueByMonth(db.dataSource, schedule.today, `${months.at(-1)}-31`);
    return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
  },

  findingsByCode: (_: unknown, __: unknown, { db, schedule }: RegistryContext) =>
    findingCounts(db.dataSource, schedule.today),
};
