import { useEnvironment, type Environment } from '../api/context';
import { createApi } from '../api/client';
import { useQuery } from '../api/use-query';
import { ErrorNotice, Loading, PartialNotice } from '../components/feedback';
import { GraphCanvas } from '../components/graph-canvas';
import { OrganizationLink, RegisterLink, RegisterTable } from '../components/lists';
import { ReviewDue, StatusBadge } from '../components/status';
import {
  AllianceGraphDocument,
  EmbedAlliancesDocument,
  EmbedRegisterDocument,
  EmbedReviewsDueDocument,
} from '../generated/graphql';
import { formatPartialDate } from '../lib/dates';
import { partyLabel } from '../lib/labels';

/**
 * The views other sites embed (as /embed/<view> in an iframe, or as custom elements): public
 * data only, asked anonymously, no app chrome; links open the registry's own pages.
 */

export function embedEnvironment(registryOrigin: string): Environment {
  return {
    api: createApi(new URL('/graphql', registryOrigin).href),
    link: (path) => new URL(path, registryOrigin).href,
    target: '_blank',
  };
}

export function AlliancesView({ organization }: { organization: string }) {
  const { api } = useEnvironment();
  const { data, errors, error, loading } = useQuery(api, EmbedAlliancesDocument, { organization });
  if (error) return <ErrorNotice error={error} />;
  if (loading) return <Loading />;
  const org = data?.organization;
  if (!org) return <p>No organization {organization} in the registry.</p>;
  return (
    <>
      <PartialNotice errors={errors} />
      <h2>
        Alliances of <OrganizationLink acronym={org.acronym} name={org.name} /> ({org.workRegisters.totalCount})
      </h2>
      <RegisterTable registers={org.workRegisters.edges.map((e) => e.node)} caption={`Alliances of ${org.acronym}`} />
    </>
  );
}

export function ReviewsDueView({ organization }: { organization?: string | undefined }) {
  const { api } = useEnvironment();
  const { data, errors, error, loading } = useQuery(api, EmbedReviewsDueDocument, { organization });
  if (error) return <ErrorNotice error={error} />;
  if (loading || !data) return <Loading />;
  const registers = data.reviewsDue.edges.map((e) => e.node);
  return (
    <>
      <PartialNotice errors={errors} />
      <h2>Reviews due{organization ? ` for ${organization}` : ''}</h2>
      {registers.length ? (
        <ul class="items">
          {registers.map((register) => (
            <li key={register.id}>
              <RegisterLink slug={register.slug} title={register.title} /> — <ReviewDue review={register.review} />
              <div class="muted">{register.parties.map(partyLabel).join(' · ')}</div>
            </li>
          ))}
        </ul>
      ) : (
        <p>No review is overdue or due soon.</p>
      )}
    </>
  );
}

export function GraphView({ organization }: { organization?: string | undefined }) {
  const environment = useEnvironment();
  const { data, error, loading } = useQuery(environment.api, AllianceGraphDocument, {
    organization,
    depth: organization ? 1 : undefined,
  });
  if (error) return <ErrorNotice error={error} />;
  if (loading || !data) return <Loading />;
  const graph = data.allianceGraph;
  return (
    <>
      <h2>Alliances{organization ? ` of ${organization}` : ''}</h2>
      <GraphCanvas
        nodes={graph.nodes}
        links={graph.links}
        focus={organization}
        onSelect={(acronym) =>
          window.open(environment.link(`/organizations/${encodeURIComponent(acronym)}`), '_blank', 'noopener')
        }
        label={`Alliance graph${organization ? ` of ${organization}` : ''}: ${graph.links
          .map((link) => `${link.from.acronym}–${link.to.acronym}`)
          .join(', ')}`}
      />
    </>
  );
}

export function RegisterView({ slug }: { slug: string }) {
  const { api } = useEnvironment();
  const { data, error, loading } = useQuery(api, EmbedRegisterDocument, { slug });
  if (error) return <ErrorNotice error={error} />;
  if (loading) return <Loading />;
  const register = data?.workRegister;
  if (!register) return <p>No register {slug} in the registry.</p>;
  return (
    <>
      <h2>
        <RegisterLink slug={register.slug} title={register.title} />
      </h2>
      <p>
        <StatusBadge status={register.status} /> {register.version && `Version ${register.version} · `}
        Initiated {formatPartialDate(register.initiatedOn)} ·{' '}
        {register.parties.map((p) => p.organization.acronym + (p.unit ? ` ${p.unit.name}` : '')).join(' · ')}
      </p>
      {register.objectives.length > 0 && (
        <ol>
          {register.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ol>
      )}
      <p>
        Review: <ReviewDue review={register.review} />
      </p>
      {register.milestones.length > 0 && (
        <ul class="items">
          {register.milestones.map((milestone, i) => (
            <li key={i}>
              <time dateTime={milestone.dueOn}>{formatPartialDate(milestone.date)}</time> {milestone.description}{' '}
              <StatusBadge status={milestone.status} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The views by name, as /embed/<name> and <alliance-<name>> call them. */
export const VIEWS = {
  alliances: (params: URLSearchParams) => <AlliancesView organization={params.get('organization') ?? ''} />,
  'reviews-due': (params: URLSearchParams) => <ReviewsDueView organization={params.get('organization') ?? undefined} />,
  graph: (params: URLSearchParams) => <GraphView organization={params.get('organization') ?? undefined} />,
  register: (params: URLSearchParams) => <RegisterView slug={params.get('slug') ?? ''} />,
};
