import { useLocation } from 'preact-iso';
import { useEnvironment } from '../api/context';
import { useQuery } from '../api/use-query';
import { ErrorNotice, Loading, PartialNotice, Unavailable } from '../components/feedback';
import { RegisterTable } from '../components/lists';
import {
  AlliancesDocument,
  DirectoryDocument,
  type AlliancesQueryVariables,
  type FindingSeverity,
  type WorkRegisterKind,
  type WorkRegisterOrderField,
  type WorkRegisterStatus,
} from '../generated/graphql';
import { statusLabel } from '../lib/labels';
import { href, list, type Query } from '../lib/url';
import { usePageTitle } from './title';

const STATUSES: WorkRegisterStatus[] = ['DRAFT', 'ACTIVE', 'UNDER_REVIEW', 'INACTIVE', 'TERMINATED'];
const ORDERS: { field: WorkRegisterOrderField; label: string }[] = [
  { field: 'TITLE', label: 'Title' },
  { field: 'INITIATED_ON', label: 'Date initiated' },
  { field: 'REVIEW_DUE_ON', label: 'Review due' },
  { field: 'UPDATED_AT', label: 'Last change' },
];
const PAGE_SIZE = 20;
const FILTER_KEYS = [
  'parties',
  'anyParty',
  'status',
  'kind',
  'reviewFrom',
  'reviewTo',
  'severity',
  'q',
  'order',
  'dir',
];

/** The URL's query as the API's arguments: every filter of `workRegisters`, ordering and a cursor. */
export function variablesOf(query: Query): AlliancesQueryVariables {
  const reviewDue = query.reviewFrom || query.reviewTo ? { from: query.reviewFrom, to: query.reviewTo } : undefined;
  const paging = query.before ? { last: PAGE_SIZE, before: query.before } : { first: PAGE_SIZE, after: query.after };
  return {
    filter: {
      parties: list(query.parties),
      anyParty: list(query.anyParty),
      status: list(query.status) as WorkRegisterStatus[] | undefined,
      kind: (query.kind as WorkRegisterKind) || undefined,
      reviewDue,
      findingSeverity: (query.severity as FindingSeverity) || undefined,
      search: query.q || undefined,
    },
    orderBy: query.order
      ? { field: query.order as WorkRegisterOrderField, direction: query.dir === 'DESC' ? 'DESC' : 'ASC' }
      : undefined,
    ...paging,
  };
}

function OrganizationsSelect(props: {
  label: string;
  name: 'parties' | 'anyParty';
  organizations: { id: string; acronym: string; name: string }[];
  query: Query;
}) {
  const selected = list(props.query[props.name]) ?? [];
  return (
    <label>
      {props.label}
      <select name={props.name} multiple size={4}>
        {props.organizations.map((o) => (
          <option key={o.id} value={o.acronym} selected={selected.includes(o.acronym)}>
            {o.acronym} — {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function AlliancesPage() {
  usePageTitle('Alliances');
  const location = useLocation();
  const query = location.query as Query;
  const { api } = useEnvironment();
  const directory = useQuery(api, DirectoryDocument, {});
  const result = useQuery(api, AlliancesDocument, variablesOf(query));
  const organizations = directory.data?.organizations.edges.map((e) => e.node) ?? [];

  function apply(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next: Query = {};
    for (const key of FILTER_KEYS) {
      const values = form.getAll(key).map(String).filter(Boolean);
      next[key] = values.join(',') || undefined;
    }
    location.route(href('/alliances', next));
  }

  const page = result.data?.workRegisters;
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, query[key]]));
  return (
    <>
      <h1>Alliances</h1>
      <form class="filters" onSubmit={apply} aria-label="Filter registers">
        <label>
          Words
          <input type="search" name="q" defaultValue={query.q} placeholder="cloud, storage…" />
        </label>
        <OrganizationsSelect label="All of these parties" name="parties" organizations={organizations} query={query} />
        <OrganizationsSelect label="Any of these parties" name="anyParty" organizations={organizations} query={query} />
        <fieldset>
          <legend>Status</legend>
          {STATUSES.map((status) => (
            <label key={status} class="inline">
              <input type="checkbox" name="status" value={status} checked={list(query.status)?.includes(status)} />
              {statusLabel(status)}
            </label>
          ))}
        </fieldset>
        <label>
          Kind
          <select name="kind" value={query.kind ?? ''}>
            <option value="">Any</option>
            <option value="REGISTER">Register</option>
            <option value="ADDENDUM">Addendum</option>
          </select>
        </label>
        <label>
          Review due from
          <input type="date" name="reviewFrom" defaultValue={query.reviewFrom} />
        </label>
        <label>
          Review due until
          <input type="date" name="reviewTo" defaultValue={query.reviewTo} />
        </label>
        <label>
          Findings at least
          <select name="severity" value={query.severity ?? ''}>
            <option value="">Any or none</option>
            <option value="ERROR">Error</option>
            <option value="WARNING">Warning</option>
            <option value="INFO">Info</option>
          </select>
        </label>
        <label>
          Order by
          <select name="order" value={query.order ?? ''}>
            <option value="">Title</option>
            {ORDERS.slice(1).map((order) => (
              <option key={order.field} value={order.field}>
                {order.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Direction
          <select name="dir" value={query.dir ?? 'ASC'}>
            <option value="ASC">Ascending</option>
            <option value="DESC">Descending</option>
          </select>
        </label>
        <div class="actions">
          <button type="submit">Apply filters</button>
          <a href="/alliances">Clear</a>
        </div>
      </form>
      {result.error && <ErrorNotice error={result.error} retry={result.reload} />}
      {page ? (
        <PartialNotice errors={result.errors} />
      ) : (
        result.errors.length > 0 && <Unavailable errors={result.errors} retry={result.reload} />
      )}
      {result.loading && !page && <Loading />}
      {page && (
        <>
          <p role="status" aria-live="polite">
            {page.totalCount} {page.totalCount === 1 ? 'register' : 'registers'}
            {result.loading && ' (updating…)'}
          </p>
          <RegisterTable registers={page.edges.map((e) => e.node)} caption="Registers matching the filters" />
          <nav class="pager" aria-label="Pages">
            {page.pageInfo.hasPreviousPage && page.pageInfo.startCursor && (
              <a href={href('/alliances', { ...filters, before: page.pageInfo.startCursor })} rel="prev">
                ← Previous
              </a>
            )}
            {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
              <a href={href('/alliances', { ...filters, after: page.pageInfo.endCursor })} rel="next">
                Next →
              </a>
            )}
          </nav>
        </>
      )}
    </>
  );
}
