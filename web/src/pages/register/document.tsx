import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { OrganizationLink, RegisterLink } from '../../components/lists';
import { ReviewDue, SeverityBadge, StatusBadge } from '../../components/status';
import { formatPartialDate } from '../../lib/dates';
import { statusLabel } from '../../lib/labels';
import { findingsBySection, type Register, type RegisterFinding } from './findings';
import { readFrom, SourceFields } from './source-lines';

/**
 * "Title read from line 3, version from line 4, date initiated from line 5 of the imported
 * document": where the document says it, for a reader who checks against the source (an edit
 * since leaves the lines as they were: they are the document's).
 */
function HeaderSource() {
  const fields = useContext(SourceFields);
  const parts = (
    [
      ['title', 'title'],
      ['version', 'version'],
      ['date initiated', 'initiatedOn'],
    ] as const
  ).flatMap(([label, head]) => {
    const note = readFrom(fields, head);
    return note ? [{ label, note }] : [];
  });
  if (parts.length === 0) return null;
  // "Title read from line 3, version from line 4, …": "read" once.
  const text = parts.map(({ label, note }, i) => `${label} ${i === 0 ? note : note.replace(/^read /, '')}`).join(', ');
  return <p class="source-lines muted">{`${text[0]!.toUpperCase()}${text.slice(1)} of the imported document.`}</p>;
}

/** Findings pinned to the section they are about. */
function Flags({ findings }: { findings: RegisterFinding[] | undefined }) {
  if (!findings?.length) return null;
  return (
    <ul class="flags" aria-label="Findings in this section">
      {findings.map((finding) => (
        <li key={`${finding.code}:${finding.path}`}>
          <SeverityBadge severity={finding.severity} /> <code>{finding.code}</code> {finding.message}{' '}
          <span class="muted">
            ({finding.path}
            {finding.line ? `, line ${finding.line}` : ''})
          </span>
        </li>
      ))}
    </ul>
  );
}

function Part({
  id,
  title,
  flags,
  children,
}: {
  id: string;
  title: string;
  flags: Map<string, RegisterFinding[]>;
  children: ComponentChildren;
}) {
  const from = readFrom(useContext(SourceFields), id);
  return (
    <section id={id} aria-labelledby={`${id}-heading`} class="document-part">
      <h2 id={`${id}-heading`}>{title}</h2>
      {from && <p class="source-lines muted">{`${from[0]!.toUpperCase()}${from.slice(1)} of the imported document`}</p>}
      <Flags findings={flags.get(id)} />
      {children}
    </section>
  );
}

const paragraphs = (text: string | null) =>
  (text ?? '')
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((paragraph, i) => <p key={i}>{paragraph}</p>);

const none = <p class="muted">None recorded.</p>;

/**
 * The register as its document reads: every section in order, each with the findings about it.
 * Points of contact come from the contacts service; when it is down the section says so and the
 * rest of the register still reads.
 */
export function RegisterDocument({ register, contacts }: { register: Register; contacts: ComponentChildren }) {
  const flags = findingsBySection(register.findings);
  return (
    <article class="register">
      <header id="header">
        <p class="kicker">
          {register.kind === 'ADDENDUM' ? 'Addendum' : 'Work Register'}
          {register.amends && (
            <>
              {' '}
              to <RegisterLink slug={register.amends.slug} title={register.amends.title} />
            </>
          )}
        </p>
        <h1>{register.title}</h1>
        {register.subtitle && <p class="subtitle">{register.subtitle}</p>}
        <dl class="facts">
          <dt>Status</dt>
          <dd>
            <StatusBadge status={register.status} />
            {register.statusReason && <span> — {register.statusReason}</span>}
          </dd>
          <dt>Version</dt>
          <dd>{register.version ?? '—'}</dd>
          <dt>Date initiated</dt>
          <dd>{formatPartialDate(register.initiatedOn)}</dd>
          <dt>Revision</dt>
          <dd>{register.revision}</dd>
        </dl>
        <HeaderSource />
        <Flags findings={flags.get('header')} />
      </header>

      <Part id="parties" title="Alliance organizations" flags={flags}>
        <ul>
          {register.parties.map((party) => (
            <li key={`${party.organization.acronym}:${party.unit?.name ?? ''}`}>
              <OrganizationLink acronym={party.organization.acronym} name={party.organization.name} /> —{' '}
              {party.organization.name}
              {party.unit && (
                <span>
                  , {party.unit.name}
                  {party.unit.acronym && ` (${party.unit.acronym})`}
                </span>
              )}
            </li>
          ))}
        </ul>
      </Part>

      <Part id="background" title="Background" flags={flags}>
        {register.background ? paragraphs(register.background) : none}
        {register.projects.length > 0 && (
          <>
            <h3>Projects</h3>
            <ul>
              {register.projects.map((project) => (
                <li key={project.name}>
                  {project.name}
                  {project.audience && <span class="muted"> — {project.audience}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </Part>

      <Part id="objectives" title="Alliance partner mission" flags={flags}>
        {register.objectives.length ? (
          <ol>
            {register.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ol>
        ) : (
          none
        )}
      </Part>

      <Part id="benefits" title="Alliance benefits" flags={flags}>
        {register.benefits.length ? (
          <ul>
            {register.benefits.map((benefit) => (
              <li key={benefit}>{benefit}</li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Part>

      <Part id="standardsDevelopment" title="Standards development" flags={flags}>
        {register.standardsDevelopment ? (
          <p>
            <span class="badge">{statusLabel(register.standardsDevelopment.mode)}</span>{' '}
            {register.standardsDevelopment.text}
          </p>
        ) : (
          none
        )}
      </Part>

      <Part id="delegatedWorkRules" title="Rules for delegated work" flags={flags}>
        {register.delegatedWorkRules.length
          ? register.delegatedWorkRules.map((rule) => (
              <div key={`${rule.reviewer.acronym}>${rule.subject.acronym}`}>
                <h3>
                  Review of {rule.subject.acronym} work by {rule.reviewer.acronym}
                </h3>
                <ul>
                  {rule.commitments.map((commitment) => (
                    <li key={commitment}>{commitment}</li>
                  ))}
                </ul>
              </div>
            ))
          : none}
      </Part>

      {(register.references.length > 0 || flags.has('references')) && (
        <Part id="references" title="References" flags={flags}>
          <ul>
            {register.references.map((reference) => (
              <li key={reference.url}>
                {reference.title}: <span class="url">{reference.url}</span>
              </li>
            ))}
          </ul>
        </Part>
      )}

      <Part id="milestones" title="Milestones" flags={flags}>
        {register.milestones.length ? (
          <ul class="items">
            {register.milestones.map((milestone, i) => (
              <li key={i}>
                <time dateTime={milestone.dueOn}>{formatPartialDate(milestone.date)}</time> {milestone.description}{' '}
                <StatusBadge status={milestone.status} />
                {milestone.overdue && <span class="badge review-overdue">Overdue</span>}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Part>

      <Part id="review" title="Work register review" flags={flags}>
        {register.review ? (
          <dl class="facts">
            <dt>Trigger</dt>
            <dd>{register.review.trigger ?? '—'}</dd>
            <dt>Due by</dt>
            <dd>
              <ReviewDue review={register.review} />
            </dd>
            {register.review.lastReviewedOn && (
              <>
                <dt>Last reviewed</dt>
                <dd>
                  {formatPartialDate(register.review.lastReviewedOn)}
                  {register.review.lastOutcome && ` (${statusLabel(register.review.lastOutcome)})`}
                </dd>
              </>
            )}
          </dl>
        ) : (
          none
        )}
      </Part>

      <Part id="approval" title="Approval" flags={flags}>
        {register.approval ? (
          <>
            <p>{register.approval.text}</p>
            <dl class="facts">
              <dt>Body</dt>
              <dd>{register.approval.body ?? '—'}</dd>
              <dt>Resolution</dt>
              <dd>{register.approval.resolution ?? '—'}</dd>
              <dt>Approved on</dt>
              <dd>{formatPartialDate(register.approval.approvedOn)}</dd>
            </dl>
          </>
        ) : (
          <p class="muted">Not approved yet.</p>
        )}
      </Part>

      <Part id="contacts" title="Points of contact" flags={flags}>
        {contacts}
      </Part>

      {register.documentRevisions.length > 0 && (
        <Part id="documentRevisions" title="The document's own revision history" flags={flags}>
          <table>
            <thead>
              <tr>
                <th>Version</th>
                <th>Date</th>
                <th>Author</th>
                <th>What changed</th>
              </tr>
            </thead>
            <tbody>
              {register.documentRevisions.map((entry, i) => (
                <tr key={i}>
                  <td>{entry.version ?? '—'}</td>
                  <td>{entry.date ? formatPartialDate(entry.date) : '—'}</td>
                  <td>{entry.author ?? '—'}</td>
                  <td>{entry.description ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Part>
      )}

      {register.sections.length > 0 && (
        <details class="sections">
          <summary>The document's {register.sections.length} sections as written</summary>
          {register.sections.map((section, i) => (
            <div key={i}>
              <h3>{section.heading}</h3>
              {paragraphs(section.text)}
            </div>
          ))}
        </details>
      )}

      {[...flags.keys()].some((key) => !KNOWN.has(key)) && (
        <Part
          id="other-findings"
          title="Other findings"
          flags={
            new Map([['other-findings', [...flags].filter(([key]) => !KNOWN.has(key)).flatMap(([, list]) => list)]])
          }
        >
          {null}
        </Part>
      )}
    </article>
  );
}

const KNOWN = new Set([
  'header',
  'parties',
  'background',
  'objectives',
  'benefits',
  'standardsDevelopment',
  'delegatedWorkRules',
  'references',
  'milestones',
  'review',
  'approval',
  'contacts',
  'documentRevisions',
]);
