/**
 * The registry's dates are ISO strings at the precision the document gave: 2012-04-25, 2013-05,
 * 2011-Q3, 2013-mid, 2013-H1, 2012. They are shown as a person reads them, never made more precise than written.
 */

const MONTH = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const INSTANT = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function formatPartialDate(value: string | null | undefined): string {
  if (!value) return '—';
  let match: RegExpMatchArray | null;
  if ((match = value.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return DAY.format(utc(value));
  if ((match = value.match(/^(\d{4})-(\d{2})$/))) return MONTH.format(utc(`${value}-01`));
  if ((match = value.match(/^(\d{4})-Q([1-4])$/))) return `Q${match[2]} ${match[1]}`;
  // How vague the document was: "H1 2013", "mid 2013".
  if ((match = value.match(/^(\d{4})-(H[12]|early|mid|late)$/))) return `${match[2]} ${match[1]}`;
  return value;
}

export function formatDateTime(value: string): string {
  return `${INSTANT.format(new Date(value))} UTC`;
}

/** "2026-12" → "December 2026". */
export function formatMonth(month: string): string {
  return MONTH.format(utc(`${month}-01`));
}

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
