import { useLocation } from 'preact-iso';
import { useEnvironment } from '../api/context';
import { useQuery } from '../api/use-query';
import { ErrorNotice, Loading, PartialNotice, Unavailable } from '../components/feedback';
import { RegisterLink } from '../components/lists';
import { CalendarDocument, DirectoryDocument } from '../generated/graphql';
import { formatMonth, formatPartialDate } from '../lib/dates';
import { href, type Query } from '../lib/url';
import { usePageTitle } from './title';

interface Entry {
  kind: 'Review' | 'Milestone';
  dueOn: string;
  written: string;
  overdue: boolean;
  text: string;
  register: { slug: string; title: string };
}

/** Entries by the month they fall due in; partial dates sit at the end of their period (dueOn). */
function byMonth(entries: Entry[]): [string, Entry[]][] {
  const months = new Map<string, Entry[]>();
  for (const entry of [...entries].sort((a, b) => a.dueOn.localeCompare(b.dueOn))) {
    const key = entry.overdue ? 'overdue' : entry.dueOn.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), entry]);
  }
  return [...months];
}

/** Reviews and planned milestones falling due in the next months (?within=days&organization=X). */
export function CalendarPage() {
  usePageTitle('Calendar');
  const location = useLocation();
  const query = location.query as Query;
  const within = Math.min(Math.max(Number(query.within) || 365, 1), 3650);
  const organization = query.organization || undefined;
  const { api } = useEnvironment();
  const directory = useQuery(api, DirectoryDocument, {});
  const { data, errors, error, loading, reload } = useQuery(api, CalendarDocument, { within, organization });

  const entries: Entry[] = [
    ...(data?.reviewsDue.edges ?? []).map(({ node }) => ({
      kind: 'Review' as const,
      dueOn: node.review!.dueOn!,
      written: node.review!.dueBy!,
      overdue: node.review!.status === 'OVERDUE',
      text: node.review!.trigger ? `Review (${node.review!.trigger})` : 'Review',
      register: node,
    })),
    ...(data?.milestonesDue.edges ?? []).map(({ node }) => ({
      kind: 'Milestone' as const,
      dueOn: node.dueOn,
      written: node.date,
      overdue: node.overdue,
      text: node.description,
      register: node.workRegister,
    })),
  ];
  const truncated =
    data &&
    (data.reviewsDue.totalCount > data.reviewsDue.edges.length ||
      data.milestonesDue.totalCount > data.milestonesDue.edges.length);

  return (
    <>
      <h1>Calendar</h1>
      <form
        class="filters"
        aria-label="Choose the period"
        onSubmit={(event) => {
          event.preventDefault();
          location.route(href('/calendar', Object.fromEntries(new FormData(event.currentTarget)) as Query));
        }}
      >
        <label>
          Organization
          <select name="organization" value={organization ?? ''}>
            <option value="">All</option>
            {directory.data?.organizations.edges.map(({ node }) => (
              <option key={node.id}>{node.acronym}</option>
            ))}
          </select>
        </label>
        <label>
          Days ahead
          <input type="number" name="within" min={1} max={3650} defaultValue={String(within)} />
        </label>
        <div class="actions">
          <button type="submit">Show</button>
        </div>
      </form>
      <p class="muted">
        A date written as a month, quarter or year falls due at the end of that period: 2026-Q4 on 31 Dec 2026.
      </p>
      {error && <ErrorNotice error={error} retry={reload} />}
      {data ? <PartialNotice errors={errors} /> : errors.length > 0 && <Unavailable errors={errors} retry={reload} />}
      {loading && !data && <Loading />}
      {data && !entries.length && <p>Nothing falls due in the next {within} days.</p>}
      {byMonth(entries).map(([month, list]) => (
        <section key={month} aria-labelledby={`month-${month}`} class="month">
          <h2 id={`month-${month}`}>{month === 'overdue' ? 'Overdue' : formatMonth(month)}</h2>
          <ul class="items">
            {list.map((entry) => (
              <li key={`${entry.kind}:${entry.register.slug}:${entry.text}`}>
                <span class="badge">{entry.kind}</span>{' '}
                <time dateTime={entry.dueOn}>{formatPartialDate(entry.written)}</time>
                {entry.written !== entry.dueOn && (
                  <span class="muted"> (falls due {formatPartialDate(entry.dueOn)})</span>
                )}{' '}
                {entry.text} — <RegisterLink slug={entry.register.slug} title={entry.register.title} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {truncated && (
        <p class="muted">Showing the first 100 reviews and milestones; narrow the period to see the rest.</p>
      )}
    </>
  );
}
