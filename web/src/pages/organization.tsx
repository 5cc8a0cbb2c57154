import { useEnvironment } from '../api/context';
import { useQuery } from '../api/use-query';
import { ErrorNotice, Loading, PartialNotice, Section, Unavailable } from '../components/feedback';
import { FindingList, MilestoneList, OrganizationLink, RegisterLink, RegisterTable } from '../components/lists';
import { SeverityBadge } from '../components/status';
import {
  OrganizationContactsDocument,
  OrganizationDocument,
  type OrganizationContactsQuery,
} from '../generated/graphql';
import { usePageTitle } from './title';

type Contact = NonNullable<NonNullable<OrganizationContactsQuery['organization']>['contacts']>['edges'][number]['node'];

/** Contacts grouped by the role they hold for this organization (people with no role last). */
function byRole(
  contacts: Contact[],
  acronym: string,
): [string, { contact: Contact; registers: { slug: string; title: string }[] }[]][] {
  const roles = new Map<string, Map<string, { contact: Contact; registers: { slug: string; title: string }[] }>>();
  for (const contact of contacts) {
    const edges = contact.workRegisters.edges.filter((edge) => edge.organization.acronym === acronym);
    for (const edge of edges.length ? edges : [{ role: null, node: null }]) {
      const role = edge.role ?? 'No role given';
      const entries = roles.get(role) ?? new Map();
      const entry = entries.get(contact.id) ?? { contact, registers: [] };
      if (edge.node) entry.registers.push(edge.node);
      entries.set(contact.id, entry);
      roles.set(role, entries);
    }
  }
  return [...roles]
    .sort(([a], [b]) => (a === 'No role given' ? 1 : b === 'No role given' ? -1 : a.localeCompare(b)))
    .map(([role, entries]) => [role, [...entries.values()]]);
}

export function OrganizationPage({ acronym }: { acronym: string }) {
  const { api } = useEnvironment();
  const { data, errors, error, loading, reload } = useQuery(api, OrganizationDocument, { acronym });
  // Contacts come from the contacts service on their own, so its failure costs only them.
  const people = useQuery(api, OrganizationContactsDocument, { acronym });
  const organization = data?.organization;
  usePageTitle(
    organization ? `${organization.acronym} — ${organization.name}` : loading ? null : 'Organization not found',
  );
  if (error) return <ErrorNotice error={error} retry={reload} />;
  if (loading && !data) return <Loading />;
  if (!organization && errors.length) return <Unavailable errors={errors} retry={reload} />;
  if (!organization) {
    return (
      <>
        <PartialNotice errors={errors} />
        <h1>Organization not found</h1>
        <p>
          No organization in the directory has the acronym <code>{acronym}</code>.
        </p>
      </>
    );
  }
  const contacts = people.data?.organization?.contacts?.edges.map((e) => e.node);
  const contactFindings = people.data?.organization?.contactFindings ?? [];
  return (
    <>
      <PartialNotice errors={errors} />
      <h1>
        {organization.acronym} <span class="subtitle">{organization.name}</span>
      </h1>
      <dl class="facts">
        {organization.website && (
          <>
            <dt>Website</dt>
            <dd>
              <span class="url">{organization.website}</span>
            </dd>
          </>
        )}
        {organization.aliases.length > 0 && (
          <>
            <dt>Also known as</dt>
            <dd>{organization.aliases.join(', ')}</dd>
          </>
        )}
        <dt>Email domains</dt>
        <dd>
          {organization.emailDomains.map((d) => `${d.domain}${d.current ? '' : ' (historical)'}`).join(', ') || '—'}
        </dd>
        {organization.units.length > 0 && (
          <>
            <dt>Units</dt>
            <dd>
              {organization.units.map((unit) => unit.name + (unit.acronym ? ` (${unit.acronym})` : '')).join('; ')}
            </dd>
          </>
        )}
      </dl>
      <p>
        <a href={`/graph?organization=${encodeURIComponent(organization.acronym)}`}>
          See {organization.acronym}'s alliances as a graph
        </a>
      </p>
      <div class="columns">
        <Section title={`Registers (${organization.workRegisters.totalCount})`} id="registers">
          <RegisterTable
            registers={organization.workRegisters.edges.map((e) => e.node)}
            caption={`Registers of ${organization.acronym}`}
          />
        </Section>
        <Section title={`Partners (${organization.partners.length})`} id="partners">
          <ul class="items">
            {organization.partners.map((partner) => (
              <li key={partner.organization.acronym}>
                <OrganizationLink acronym={partner.organization.acronym} name={partner.organization.name} />{' '}
                {partner.organization.name}:{' '}
                {partner.workRegisters.edges.map(({ node }, i) => (
                  <span key={node.slug}>
                    {i > 0 && ', '}
                    <RegisterLink slug={node.slug} title={node.title} />
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </Section>
        <Section title="Reviews overdue and due soon" id="reviews-due">
          <RegisterTable
            registers={data.reviewsDue.edges.map((e) => e.node)}
            caption={`Reviews due for ${organization.acronym}`}
          />
        </Section>
        <Section title="Milestones due" id="milestones-due">
          <MilestoneList milestones={data.milestonesDue.edges.map((e) => e.node)} />
        </Section>
        <Section title={`Contacts by role${contacts ? ` (${contacts.length})` : ''}`} id="contacts">
          <PartialNotice errors={people.errors} />
          {people.loading && !people.data ? (
            <Loading label="Loading contacts…" />
          ) : contacts ? (
            <dl class="roles">
              {byRole(contacts, organization.acronym).map(([role, entries]) => (
                <div key={role}>
                  <dt>{role}</dt>
                  {entries.map(({ contact, registers }) => (
                    <dd key={contact.id}>
                      <strong>{contact.name}</strong>
                      {contact.email ? (
                        <>
                          {' '}
                          · <a href={`mailto:${contact.email}`}>{contact.email}</a>
                        </>
                      ) : null}
                      {registers.length > 0 && <span class="muted"> — {registers.map((r) => r.title).join('; ')}</span>}
                    </dd>
                  ))}
                </div>
              ))}
            </dl>
          ) : (
            <p class="muted">Contacts are not available right now (the contacts service did not answer).</p>
          )}
        </Section>
        <Section title={`Findings (${data.findings.totalCount + contactFindings.length})`} id="findings">
          <FindingList findings={data.findings.edges.map((e) => e.node)} />
          {contactFindings.length > 0 && (
            <ul class="items">
              {contactFindings.map((finding) => (
                <li key={finding.message}>
                  <SeverityBadge severity={finding.severity} /> <code>{finding.code}</code> {finding.message}
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}
