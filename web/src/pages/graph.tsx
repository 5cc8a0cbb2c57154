import { useLocation } from 'preact-iso';
import { useEnvironment } from '../api/context';
import { useQuery } from '../api/use-query';
import { ErrorNotice, Loading, PartialNotice, Unavailable } from '../components/feedback';
import { GraphCanvas } from '../components/graph-canvas';
import { OrganizationLink, RegisterLink } from '../components/lists';
import { AllianceGraphDocument, AlliancePathDocument, DirectoryDocument } from '../generated/graphql';
import { href, type Query } from '../lib/url';
import { usePageTitle } from './title';

/**
 * The alliance landscape: around one organization (?organization=DMTF&depth=2) or whole, with the
 * shortest chain of alliances between two bodies (?from=MEF&to=SNIA) highlighted.
 */
export function GraphPage() {
  usePageTitle('Alliance graph');
  const location = useLocation();
  const query = location.query as Query;
  const { api } = useEnvironment();
  const organization = query.organization || undefined;
  const depth = Number(query.depth) || 1;
  const graph = useQuery(api, AllianceGraphDocument, { organization, depth: organization ? depth : undefined });
  const directory = useQuery(api, DirectoryDocument, {});
  const wantsPath = Boolean(query.from && query.to);
  const path = useQuery(api, AlliancePathDocument, { from: query.from ?? '', to: query.to ?? '' }, !wantsPath);
  const chain = path.data?.allianceGraph.path;
  const acronyms = directory.data?.organizations.edges.map((e) => e.node.acronym) ?? [];

  function apply(event: Event) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget as HTMLFormElement)) as Query;
    location.route(href('/graph', form));
  }

  const data = graph.data?.allianceGraph;
  return (
    <>
      <h1>Alliance graph</h1>
      <form class="filters" onSubmit={apply} aria-label="Choose the graph">
        <label>
          Around
          <select name="organization" value={organization ?? ''}>
            <option value="">The whole registry</option>
            {acronyms.map((acronym) => (
              <option key={acronym}>{acronym}</option>
            ))}
          </select>
        </label>
        <label>
          Depth
          <input type="number" name="depth" min={1} max={5} defaultValue={String(depth)} />
        </label>
        <label>
          Path from
          <select name="from" value={query.from ?? ''}>
            <option value="">—</option>
            {acronyms.map((acronym) => (
              <option key={acronym}>{acronym}</option>
            ))}
          </select>
        </label>
        <label>
          to
          <select name="to" value={query.to ?? ''}>
            <option value="">—</option>
            {acronyms.map((acronym) => (
              <option key={acronym}>{acronym}</option>
            ))}
          </select>
        </label>
        <div class="actions">
          <button type="submit">Show</button>
        </div>
      </form>
      {wantsPath && path.data && (
        <div class="notice" role="status" aria-live="polite">
          {chain ? (
            <p>
              Shortest path from {query.from} to {query.to}:{' '}
              {chain.organizations.map((o, i) => (
                <span key={o.acronym}>
                  {i > 0 && (
                    <>
                      {' '}
                      —{' '}
                      <RegisterLink
                        slug={chain.workRegisters[i - 1]!.slug}
                        title={chain.workRegisters[i - 1]!.title}
                      />{' '}
                      —{' '}
                    </>
                  )}
                  <OrganizationLink acronym={o.acronym} name={o.name} />
                </span>
              ))}
            </p>
          ) : (
            <p>
              No chain of alliances connects {query.from} and {query.to}.
            </p>
          )}
        </div>
      )}
      {path.error && <ErrorNotice error={path.error} />}
      {graph.error && <ErrorNotice error={graph.error} retry={graph.reload} />}
      {data ? (
        <PartialNotice errors={[...graph.errors, ...path.errors]} />
      ) : (
        graph.errors.length > 0 && <Unavailable errors={graph.errors} retry={graph.reload} />
      )}
      {graph.loading && !data && <Loading />}
      {data && (
        <>
          <GraphCanvas
            nodes={data.nodes}
            links={data.links}
            focus={organization}
            highlight={chain?.organizations.map((o) => o.acronym)}
            onSelect={(acronym) => location.route(`/organizations/${encodeURIComponent(acronym)}`)}
            label={`Alliance graph${organization ? ` around ${organization}` : ''}: ${data.nodes.length} organizations, ${data.links.length} links. The same links are listed below.`}
          />
          <details>
            <summary>
              {data.nodes.length} organizations and {data.links.length} links as a list
            </summary>
            <ul class="items">
              {data.links.map((link) => (
                <li key={`${link.from.acronym}-${link.to.acronym}`}>
                  <OrganizationLink acronym={link.from.acronym} /> — <OrganizationLink acronym={link.to.acronym} />:{' '}
                  {link.workRegisters} {link.workRegisters === 1 ? 'register' : 'registers'}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </>
  );
}
