import { useEnvironment } from '../api/context';
import type { FindingRowFragment, MilestoneRowFragment, RegisterRowFragment } from '../generated/graphql';
import { formatPartialDate } from '../lib/dates';
import { partyLabel, worstSeverity } from '../lib/labels';
import { ReviewDue, SeverityBadge, StatusBadge } from './status';

export function RegisterLink({ slug, title }: { slug: string; title: string }) {
  const { link, target } = useEnvironment();
  return (
    <a href={link(`/registers/${encodeURIComponent(slug)}`)} target={target} rel={target ? 'noopener' : undefined}>
      {title}
    </a>
  );
}

export function OrganizationLink({ acronym, name }: { acronym: string; name?: string }) {
  const { link, target } = useEnvironment();
  return (
    <a
      href={link(`/organizations/${encodeURIComponent(acronym)}`)}
      target={target}
      rel={target ? 'noopener' : undefined}
      title={name}
    >
      {acronym}
    </a>
  );
}

/** Registers as a table: title, parties, status, review, and the worst finding. */
export function RegisterTable({ registers, caption }: { registers: RegisterRowFragment[]; caption: string }) {
  if (!registers.length) return <p class="muted">No registers.</p>;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Register</th>
            <th scope="col">Parties</th>
            <th scope="col">Status</th>
            <th scope="col">Review due</th>
            <th scope="col">Findings</th>
          </tr>
        </thead>
        <tbody>
          {registers.map((register) => {
            const worst = worstSeverity(register.findings);
            return (
              <tr key={register.id}>
                <th scope="row">
                  <RegisterLink slug={register.slug} title={register.title} />
                  {register.kind === 'ADDENDUM' && <span class="muted"> (addendum)</span>}
                </th>
                <td>{register.parties.map(partyLabel).join(' · ')}</td>
                <td>
                  <StatusBadge status={register.status} />
                </td>
                <td>
                  <ReviewDue review={register.review} />
                </td>
                <td>
                  {worst ? (
                    <span>
                      {register.findings.length} <SeverityBadge severity={worst} />
                    </span>
                  ) : (
                    <span class="muted">None</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function MilestoneList({ milestones }: { milestones: MilestoneRowFragment[] }) {
  if (!milestones.length) return <p class="muted">No milestones due.</p>;
  return (
    <ul class="items">
      {milestones.map((milestone) => (
        <li key={`${milestone.workRegister.slug}:${milestone.description}`}>
          <time dateTime={milestone.dueOn}>{formatPartialDate(milestone.date)}</time>
          {milestone.overdue && <span class="badge review-overdue">Overdue</span>} {milestone.description} —{' '}
          <RegisterLink slug={milestone.workRegister.slug} title={milestone.workRegister.title} />
        </li>
      ))}
    </ul>
  );
}

export function FindingList({
  findings,
  showRegister = true,
}: {
  findings: FindingRowFragment[];
  showRegister?: boolean;
}) {
  if (!findings.length) return <p class="muted">No findings.</p>;
  return (
    <ul class="items">
      {findings.map((finding) => (
        <li key={`${finding.workRegister.slug}:${finding.code}:${finding.path}`}>
          <SeverityBadge severity={finding.severity} /> <code>{finding.code}</code> {finding.message}
          {showRegister && (
            <>
              {' '}
              — <RegisterLink slug={finding.workRegister.slug} title={finding.workRegister.title} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
