import { createHash } from 'node:crypto';
import type { AllianceClient } from '@alliance/client';
import ical, { ICalEventTransparency } from 'ical-generator';
import { operation } from './api.js';
import { registerUrl } from './links.js';

/**
 * GET /feeds/reviews.ics: every review and planned milestone of a body's registers (or of all
 * registers) as all-day events of an iCalendar (RFC 5545) file that calendar apps subscribe to.
 */

/** Bump when the same data would render differently (it is part of the ETag). */
export const CALENDAR_RENDERING = 1;

type Precision = 'DAY' | 'MONTH' | 'QUARTER' | 'THIRD' | 'HALF' | 'YEAR';

export interface CalendarRegister {
  id: string;
  slug: string;
  title: string;
  status: string;
  revision: number;
  updatedAt: string;
  review: { dueBy: string | null; precision: Precision | null; dueOn: string | null; trigger: string | null } | null;
  milestones: { date: string; precision: Precision; dueOn: string; description: string; status: string }[];
}

interface CalendarPage {
  workRegisters: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: CalendarRegister }[];
  };
}

/** Registers carry their review and milestones, so one page of 100 registers is one request. */
const CALENDAR_QUERY = operation<CalendarPage, { filter: { anyParty: string[] } | null; after?: string | null }>(`
  query FeedReviewsCalendar($filter: WorkRegisterFilter, $after: String) {
    workRegisters(filter: $filter, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node {
        id slug title status revision updatedAt
        review { dueBy precision dueOn trigger }
        milestones { date precision dueOn description status }
      } }
    }
  }`);

/** The registers of the feed, by title: one request per 100 registers. */
export async function loadCalendar(api: AllianceClient, organization: string | undefined): Promise<CalendarRegister[]> {
  const filter = organization ? { anyParty: [organization] } : null;
  const registers: CalendarRegister[] = [];
  for await (const register of api.paginate(CALENDAR_QUERY, { filter }, (data) => data.workRegisters)) {
    registers.push(register);
  }
  return registers;
}

interface CalendarEvent {
  /** Stable across fetches and across edits that leave the event's identity alone. */
  uid: string;
  kind: 'Review' | 'Milestone';
  /** The day it falls due: the last day of a partial date's period (the API's dueOn). */
  day: string;
  summary: string;
  description: string;
  register: CalendarRegister;
}

/** How a description names a precision: "month precision", "half-year precision". */
const PRECISION_WORDS: Record<Precision, string> = {
  DAY: 'day',
  MONTH: 'month',
  QUARTER: 'quarter',
  THIRD: 'third-of-year',
  HALF: 'half-year',
  YEAR: 'year',
};

/** UIDs are global (RFC 5545 3.8.4.7): the register's UUID makes them so, the suffix says whose. */
const UID_DOMAIN = 'alliance-registry';

/** A register's events: its review, if it has a date, and each planned milestone. */
function calendarEvents(register: CalendarRegister, origin: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const { review } = register;
  if (review?.dueOn && review.dueBy) {
    events.push({
      uid: `register-${register.id}-review@${UID_DOMAIN}`,
      kind: 'Review',
      day: review.dueOn,
      summary: `Review due: ${register.title}`,
      description: describe(
        register,
        origin,
        review.dueBy,
        review.precision,
        review.trigger && `Trigger: ${review.trigger}`,
      ),
      register,
    });
  }
  const seen = new Map<string, number>();
  for (const milestone of register.milestones) {
    if (milestone.status !== 'PLANNED') continue;
    const key = milestoneKey(milestone.description);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    events.push({
      uid: `register-${register.id}-milestone-${key}${occurrence > 1 ? `-${occurrence}` : ''}@${UID_DOMAIN}`,
      kind: 'Milestone',
      day: milestone.dueOn,
      summary: `${milestone.description} (${register.title})`,
      description: describe(register, origin, milestone.date, milestone.precision, null),
      register,
    });
  }
  return events;
}

/**
 * A milestone has no id in the API; its description is what names it. Keyed by the description
 * (case and spacing aside), a milestone keeps its UID when it moves to another date or when
 * milestones are added before it, so calendars move the event rather than add another.
 */
function milestoneKey(description: string): string {
  const normalized = description.trim().replace(/\s+/g, ' ').toLowerCase();
  return createHash('sha256').update(normalized).digest('hex').slice(0, 16);
}

/** "Due by 2013-05 (month precision)", what triggers it, the register's status and page. */
function describe(
  register: CalendarRegister,
  origin: string,
  written: string,
  precision: Precision | null,
  extra: string | null,
): string {
  const due = `Due by ${written}${precision ? ` (${PRECISION_WORDS[precision]} precision)` : ''}.`;
  const lines = [due, extra, `Register: ${register.title} (${register.status})`, registerUrl(origin, register.slug)];
  return lines.filter(Boolean).join('\n');
}

export interface CalendarOptions {
  origin: string;
  selfUrl: string;
  organization: string | undefined;
}

/** The day after an ISO day: DTEND of an all-day event is exclusive. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function renderCalendar(registers: CalendarRegister[], options: CalendarOptions): string {
  const whose = options.organization ? ` (${options.organization})` : '';
  const calendar = ical({
    name: `Alliance Registry: reviews and milestones${whose}`,
    description: `Reviews and planned milestones of the Work Registers${whose}, each on the day it falls due.`,
    prodId: { company: 'Alliance Registry', product: 'Feeds', language: 'EN' },
    url: options.selfUrl,
    // Refresh hint for subscribers (X-PUBLISHED-TTL, REFRESH-INTERVAL): registers change seldom.
    ttl: 60 * 60,
  });
  for (const event of registers.flatMap((register) => calendarEvents(register, options.origin))) {
    const changed = new Date(event.register.updatedAt);
    calendar.createEvent({
      id: event.uid,
      allDay: true,
      // ISO day strings, not Dates: an all-day event has no time zone to shift it by a day.
      start: event.day,
      end: nextDay(event.day),
      summary: event.summary,
      description: event.description,
      url: registerUrl(options.origin, event.register.slug),
      categories: [{ name: event.kind }],
      // A deadline, not a meeting: it does not make the subscriber busy.
      transparency: ICalEventTransparency.TRANSPARENT,
      // Without a METHOD, DTSTAMP is the last revision (RFC 5545 3.8.7.2); the register's keeps the body stable.
      stamp: changed,
      lastModified: changed,
      sequence: event.register.revision,
    });
  }
  return calendar.toString();
}
