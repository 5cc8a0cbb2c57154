import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { useEnvironment } from '../../api/context';
import {
  ChangesSinceDocument,
  RecordReviewDocument,
  SetStatusDocument,
  UpdateRegisterDocument,
  type ReviewOutcome,
  type WorkRegisterPatch,
  type WorkRegisterStatus,
} from '../../generated/graphql';
import { statusLabel } from '../../lib/labels';
import type { Register } from './findings';
import { ChangeTable, FieldError, precisionOf, WriteError, type Change } from './forms';

/** The moves setWorkRegisterStatus allows from each status (schema: DRAFT → ACTIVE → …). */
const NEXT_STATUS: Record<WorkRegisterStatus, WorkRegisterStatus[]> = {
  DRAFT: ['ACTIVE'],
  ACTIVE: ['UNDER_REVIEW'],
  UNDER_REVIEW: ['ACTIVE', 'INACTIVE', 'TERMINATED'],
  INACTIVE: [],
  TERMINATED: [],
};

interface Conflict {
  error: ApiError;
  changes: Change[];
  current: number | null;
}

/**
 * Runs one write based on the revision on screen. A CONFLICT fetches what the other change did
 * so the editor sees it; any refusal leaves the page as it was.
 */
function useWrite(register: Register, onSaved: (revision: number) => void) {
  const { api } = useEnvironment();
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(write: () => Promise<number>) {
    setBusy(true);
    setError(null);
    setConflict(null);
    try {
      onSaved(await write());
    } catch (caught) {
      const failure = caught instanceof ApiError ? caught : new ApiError(String(caught));
      if (failure.code === 'CONFLICT') {
        const since = await api.query(ChangesSinceDocument, { slug: register.slug, from: register.revision });
        setConflict({
          error: failure,
          changes: since.data?.workRegister?.changes ?? [],
          current: since.data?.workRegister?.revision ?? null,
        });
      } else setError(failure);
    } finally {
      setBusy(false);
    }
  }
  return { api, error, conflict, busy, run };
}

function ConflictNotice({ conflict, onReload }: { conflict: Conflict; onReload(): void }) {
  return (
    <div class="notice error" role="alert">
      <p>
        <strong>Someone else changed this register</strong> after you opened it
        {conflict.current ? ` (it is now at revision ${conflict.current})` : ''}. Your change was not saved.
      </p>
      <ChangeTable changes={conflict.changes} caption="What the other change did" />
      <button type="button" onClick={onReload}>
        Load the current register
      </button>
    </div>
  );
}

const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The register's own fields; only the ones changed are sent, as one new revision. */
export function EditFields({
  register,
  onSaved,
  onReload,
}: {
  register: Register;
  onSaved(revision: number): void;
  onReload(): void;
}) {
  const { api, error, conflict, busy, run } = useWrite(register, onSaved);
  const fieldErrors = error?.fieldErrors() ?? {};
  const fieldError = (name: string) => fieldErrors[`input.${name}`] ?? fieldErrors[name];

  function patchOf(form: HTMLFormElement): WorkRegisterPatch {
    const value = (name: string) => String(new FormData(form).get(name) ?? '').trim();
    const patch: WorkRegisterPatch = {};
    const text = (name: 'title' | 'subtitle' | 'version' | 'background', current: string | null) => {
      const next = value(name);
      if (next !== (current ?? '')) patch[name] = next || (name === 'title' ? next : null);
    };
    text('title', register.title);
    text('subtitle', register.subtitle);
    text('version', register.version);
    text('background', register.background);
    if (value('initiatedOn') !== (register.initiatedOn ?? '')) patch.initiatedOn = value('initiatedOn') || null;
    for (const name of ['objectives', 'benefits'] as const) {
      const next = lines(value(name));
      if (next.join('\n') !== register[name].join('\n')) patch[name] = next;
    }
    const trigger = value('review.trigger');
    const dueBy = value('review.dueBy');
    if (trigger !== (register.review?.trigger ?? '') || dueBy !== (register.review?.dueBy ?? '')) {
      patch.review = {
        trigger: trigger || null,
        dueBy: dueBy || null,
        precision: dueBy ? (precisionOf(dueBy) ?? null) : null,
      };
    }
    return patch;
  }

  function submit(event: Event) {
    event.preventDefault();
    const patch = patchOf(event.currentTarget as HTMLFormElement);
    void run(async () => {
      if (!Object.keys(patch).length) throw new ApiError('Nothing to save: no field differs from the register.');
      const saved = await api.mutate(UpdateRegisterDocument, {
        id: register.id,
        expectedRevision: register.revision,
        input: patch,
      });
      return saved.updateWorkRegister.revision;
    });
  }

  return (
    <form class="editor" onSubmit={submit} aria-label="Edit the register" noValidate>
      <h3>Edit fields</h3>
      <label>
        Title
        <input name="title" defaultValue={register.title} required aria-invalid={Boolean(fieldError('title'))} />
        <FieldError message={fieldError('title')} />
      </label>
      <label>
        Subtitle
        <input name="subtitle" defaultValue={register.subtitle ?? ''} />
        <FieldError message={fieldError('subtitle')} />
      </label>
      <label>
        Version
        <input name="version" defaultValue={register.version ?? ''} />
        <FieldError message={fieldError('version')} />
      </label>
      <label>
        Date initiated
        <input type="date" name="initiatedOn" defaultValue={register.initiatedOn ?? ''} />
        <FieldError message={fieldError('initiatedOn')} />
      </label>
      <label>
        Background
        <textarea name="background" rows={5} defaultValue={register.background ?? ''} />
        <FieldError message={fieldError('background')} />
      </label>
      <label>
        Objectives (one per line)
        <textarea name="objectives" rows={3} defaultValue={register.objectives.join('\n')} />
        <FieldError message={fieldError('objectives')} />
      </label>
      <label>
        Benefits (one per line)
        <textarea name="benefits" rows={3} defaultValue={register.benefits.join('\n')} />
        <FieldError message={fieldError('benefits')} />
      </label>
      <label>
        Review trigger
        <input name="review.trigger" defaultValue={register.review?.trigger ?? ''} />
        <FieldError message={fieldError('review.trigger')} />
      </label>
      <label>
        Review due by (2027-05-31, 2027-05, 2027-Q2 or 2027)
        <input
          name="review.dueBy"
          defaultValue={register.review?.dueBy ?? ''}
          aria-invalid={Boolean(fieldError('review.dueBy'))}
        />
        <FieldError message={fieldError('review.dueBy') ?? fieldError('review.precision')} />
      </label>
      <button type="submit" disabled={busy}>
        Save as a new revision
      </button>
      {conflict && <ConflictNotice conflict={conflict} onReload={onReload} />}
      {error && <WriteError error={error} />}
    </form>
  );
}

export function StatusForm({
  register,
  onSaved,
  onReload,
}: {
  register: Register;
  onSaved(revision: number): void;
  onReload(): void;
}) {
  const { api, error, conflict, busy, run } = useWrite(register, onSaved);
  const next = NEXT_STATUS[register.status];
  if (!next.length)
    return <p class="muted">A register that is {statusLabel(register.status).toLowerCase()} has no further status.</p>;
  function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    void run(async () => {
      const saved = await api.mutate(SetStatusDocument, {
        id: register.id,
        expectedRevision: register.revision,
        status: form.get('status') as WorkRegisterStatus,
        reason: String(form.get('reason') ?? '').trim() || undefined,
      });
      return saved.setWorkRegisterStatus.revision;
    });
  }
  const fieldErrors = error?.fieldErrors() ?? {};
  return (
    <form class="editor" onSubmit={submit} aria-label="Move the status">
      <h3>Move the status</h3>
      <label>
        New status
        <select name="status">
          {next.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Reason (needed for inactive and terminated)
        <input name="reason" />
        <FieldError message={fieldErrors.reason} />
      </label>
      <button type="submit" disabled={busy}>
        Move status
      </button>
      {conflict && <ConflictNotice conflict={conflict} onReload={onReload} />}
      {error && <WriteError error={error} />}
    </form>
  );
}

export function ReviewForm({
  register,
  onSaved,
  onReload,
}: {
  register: Register;
  onSaved(revision: number): void;
  onReload(): void;
}) {
  const { api, error, conflict, busy, run } = useWrite(register, onSaved);
  function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    void run(async () => {
      const saved = await api.mutate(RecordReviewDocument, {
        id: register.id,
        expectedRevision: register.revision,
        reviewedOn: String(form.get('reviewedOn')),
        outcome: form.get('outcome') as ReviewOutcome,
        nextDueBy: String(form.get('nextDueBy') ?? '').trim() || undefined,
      });
      return saved.recordReview.revision;
    });
  }
  const fieldErrors = error?.fieldErrors() ?? {};
  return (
    <form class="editor" onSubmit={submit} aria-label="Record a review">
      <h3>Record a review</h3>
      <label>
        Reviewed on
        <input type="date" name="reviewedOn" required />
        <FieldError message={fieldErrors.reviewedOn} />
      </label>
      <label>
        Outcome
        <select name="outcome">
          <option value="CONTINUE">Continue</option>
          <option value="AMEND">Amend</option>
          <option value="TERMINATE">Terminate</option>
        </select>
      </label>
      <label>
        Next review due by
        <input name="nextDueBy" placeholder="2027-05" />
        <FieldError message={fieldErrors.nextDueBy} />
      </label>
      <button type="submit" disabled={busy}>
        Record review
      </button>
      {conflict && <ConflictNotice conflict={conflict} onReload={onReload} />}
      {error && <WriteError error={error} />}
    </form>
  );
}
