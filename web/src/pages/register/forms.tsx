import { failureMessage, type AllianceError } from '../../api/client';

/** The message an error gives for one input field, shown beside that field. */
export function FieldError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <span class="field-error" role="alert">
      {message}
    </span>
  );
}

const CODE_HINT: Record<string, string> = {
  UNAUTHENTICATED: 'Sign in again: the registry did not accept your token.',
  FORBIDDEN: 'Your role does not allow this change.',
  CONFLICT: 'Someone else changed this register since you opened it.',
  BAD_USER_INPUT: 'Nothing was saved; correct the fields marked and try again.',
};

/** A refused write: what the API said and what to do; nothing on the page has changed. */
export function WriteError({ error }: { error: AllianceError }) {
  return (
    <div class="notice error" role="alert">
      <p>
        <strong>{(error.code && CODE_HINT[error.code]) ?? 'The change was not saved.'}</strong>
      </p>
      <p>{failureMessage(error)}</p>
      {error.code && (
        <p class="muted">
          <code>{error.code}</code>
        </p>
      )}
    </div>
  );
}

export interface Change {
  path: string;
  kind: string;
  before?: unknown;
  after?: unknown;
}

const show = (value: unknown) =>
  value === undefined || value === null ? (
    <span class="muted">—</span>
  ) : typeof value === 'string' ? (
    value
  ) : (
    JSON.stringify(value)
  );

/** Field-level differences between two revisions. */
export function ChangeTable({ changes, caption }: { changes: Change[]; caption: string }) {
  if (!changes.length) return <p class="muted">No field changed.</p>;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table class="diff">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Change</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.path} class={`change-${change.kind.toLowerCase()}`}>
              <th scope="row">
                <code>{change.path}</code>
              </th>
              <td>{change.kind.toLowerCase()}</td>
              <td>
                <del>{show(change.before)}</del>
              </td>
              <td>
                <ins>{show(change.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The precision the API expects with a partial date, read off how it is written. */
export function precisionOf(value: string): 'DAY' | 'MONTH' | 'QUARTER' | 'THIRD' | 'HALF' | 'YEAR' | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'DAY';
  if (/^\d{4}-\d{2}$/.test(value)) return 'MONTH';
  if (/^\d{4}-Q[1-4]$/.test(value)) return 'QUARTER';
  if (/^\d{4}-(?:early|mid|late)$/.test(value)) return 'THIRD';
  if (/^\d{4}-H[12]$/.test(value)) return 'HALF';
  if (/^\d{4}$/.test(value)) return 'YEAR';
  return undefined;
}
