import { useLocation } from 'preact-iso';
import { useEnvironment } from '../../api/context';
import { useQuery } from '../../api/use-query';
import { ErrorNotice, Loading } from '../../components/feedback';
import { RevisionChangesDocument } from '../../generated/graphql';
import { formatDateTime } from '../../lib/dates';
import { href, type Query } from '../../lib/url';
import type { Register } from './findings';
import { ChangeTable } from './forms';

/** Every revision with its author and summary; the one in the URL (?revision=N) shows its diff. */
export function History({ register }: { register: Register }) {
  const location = useLocation();
  const query = location.query as Query;
  const selected = Number(query.revision) || null;
  return (
    <section id="history" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <p class="muted">{register.history.totalCount} revisions, newest first.</p>
      <ol class="revisions" reversed>
        {register.history.edges.map(({ node }) => (
          <li key={node.revision}>
            <a
              href={href(location.path, { ...query, revision: String(node.revision) }) + '#history'}
              aria-current={selected === node.revision ? 'true' : undefined}
            >
              Revision {node.revision}
            </a>{' '}
            — {node.summary}{' '}
            <span class="muted">
              by {node.author.name ?? node.author.subject}, {formatDateTime(node.createdAt)}
            </span>
          </li>
        ))}
      </ol>
      {selected && <RevisionDiff slug={register.slug} revision={selected} />}
    </section>
  );
}

function RevisionDiff({ slug, revision }: { slug: string; revision: number }) {
  const { api } = useEnvironment();
  const { data, error, loading, reload } = useQuery(api, RevisionChangesDocument, { slug, revision });
  if (error) return <ErrorNotice error={error} retry={reload} />;
  if (loading) return <Loading label="Loading the revision…" />;
  const at = data?.workRegister?.atRevision;
  if (!at) return <p class="muted">There is no revision {revision}.</p>;
  return <ChangeTable changes={at.changes} caption={`What revision ${at.revision} changed: ${at.summary}`} />;
}
