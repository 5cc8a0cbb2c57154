import { addDays, format } from 'date-fns';
import type { ScheduleConfig } from './config.js';

/**
 * "Today" and the due-soon window of one request. Statuses and overdue findings are computed
 * against it when read, so they are never stale, and tests and demos can fix the day.
 */
export interface Schedule {
  today: string;
  dueSoonDays: number;
}

export type ReviewStatus = 'NOT_SET' | 'SCHEDULED' | 'DUE_SOON' | 'OVERDUE';

export function scheduleFor(config: ScheduleConfig, now = new Date()): Schedule {
  return { today: config.today ?? now.toISOString().slice(0, 10), dueSoonDays: config.dueSoonDays };
}

/** The day `days` after today. */
export function horizon(schedule: Schedule, days = schedule.dueSoonDays): string {
  return format(addDays(new Date(`${schedule.today}T00:00:00`), days), 'yyyy-MM-dd');
}

export function reviewStatus(dueOn: string | null, schedule: Schedule): ReviewStatus {
  if (!dueOn) return 'NOT_SET';
  if (dueOn < schedule.today) return 'OVERDUE';
  return dueOn <= horizon(schedule) ? 'DUE_SOON' : 'SCHEDULED';
}
