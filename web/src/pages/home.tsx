import { useEnvironment } from '../api/context';
import { useQuery } from '../api/use-query';
import { ErrorNotice, Loading, PartialNotice, Section, Unavailable } from '../components/feedback';
import { FindingList, MilestoneList, RegisterLink, RegisterTable } from '../components/lists';
import { StatusBadge } from '../components/status';
import { HomeDocument } from '../generated/graphql';
import { formatDateTime, formatMonth } from '../lib/dates';
import { severityLabel } from '../lib/labels';
import { href } from '../lib/url';
import { usePageTitle } from './title';

/** What a liaison office asks first: how many alliances, what is due, what changed, what looks wrong. */
export function HomePage() {
  usePageTitle('Overview');
  const { api } = useEnvironment();
  const { data, errors, error, loading, reload } = useQuery(api, HomeDocument, {});
  if (error) return <ErrorNotice error={error} retry={reload} />;
  if (loading && !data) return <Loading />;
  if (!data) return <Unavailable errors={errors} retry={reload} />;
  const stats = data.registryStats;
  const severities = [
    { severity: 'ERROR', page: data.errors },
    { severity: 'WARNING', page: data.warnings },
    { severity: 'INFO', page: data.infos },
  ];
  return (
    <>
      <h1>Overview</h1>
      <PartialNotice errors={errors} />
      <ul class="figures" aria-label="Registry figures">
        <li>
          <a href="/alliances">
            <strong>{stats.workRegisters}</strong> registers
          </a>
        </li>
        {stats.byStatus.map(({ status, count }) => (
          <li key={status}>
            <a href={href('/alliances', { status })}>
              <strong>{count}</strong> <StatusBadge status={status} />
            </a>
          </li>
        ))}
        <li>
          <a href="/calendar">
            <strong>{data.reviewsDue.totalCount}</strong> reviews overdue or due soon
          </a>
        </li>
      </ul>
      <div class="columns">
        <Section title="Reviews overdue and due soon" id="reviews-due">
          <RegisterTable registers={data.reviewsDue.edges.map((e) => e.node)} caption="Reviews overdue and due soon" />
          {data.reviewsDue.totalCount > data.reviewsDue.edges.length && (
            <p>
              <a href="/calendar">All {data.reviewsDue.totalCount} in the calendar</a>
            </p>
          )}
        </Section>
        <Section title="Milestones due" id="milestones-due">
          <MilestoneList milestones={data.milestonesDue.edges.map((e) => e.node)} />
        </Section>
        <Section title="Latest changes" id="latest">
          <ul class="items">
            {data.latest.edges.map(({ node }) => (
              <li key={node.id}>
                <RegisterLink slug={node.slug} title={node.title} />{' '}
                <span class="muted">{formatDateTime(node.updatedAt)}</span>
              </li>
            ))}
          </ul>
        </Section>
        <Section title="Findings by severity" id="findings">
          {severities.map(({ severity, page }) => (
            <details key={severity} open={severity === 'ERROR'}>
              <summary>
                {severityLabel(severity)}: <strong>{page.totalCount}</strong>
              </summary>
              <FindingList findings={page.edges.map((e) => e.node)} />
              {page.totalCount > page.edges.length && (
                <p>
                  <a href={href('/alliances', { severity })}>Registers with {severityLabel(severity).toLowerCase()}s</a>
                </p>
              )}
            </details>
          ))}
        </Section>
        <Section title="Registers per organization" id="by-organization">
          <ul class="bars">
            {stats.byOrganization.slice(0, 12).map(({ organization, count }) => (
              <li key={organization.acronym}>
                <a href={`/organizations/${encodeURIComponent(organization.acronym)}`} title={organization.name}>
                  {organization.acronym}
                </a>
                <span class="bar" style={{ width: `${(count / (stats.byOrganization[0]?.count ?? 1)) * 100}%` }} />
                <span>{count}</span>
              </li>
            ))}
          </ul>
        </Section>
        <Section title="Reviews due by month" id="by-month">
          <ul class="bars">
            {stats.reviewsDueByMonth.map(({ month, count }) => (
              <li key={month}>
                <span>{formatMonth(month)}</span>
                <span class="bar" style={{ width: `${Math.min(count * 20, 100)}%` }} />
                <span>{count}</span>
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </>
  );
}
