import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { AllianceError, asFailure, type Api } from '../../api/client';
import { useEnvironment } from '../../api/context';
import {
  ChangesSinceDocument,
  RecordReviewDocument,
  SetStatusDocument,
  UpdateRegisterDocument,
  type MilestoneInput,
  type MilestoneStatus,
  type ReviewOutcome,
  type WorkRegisterPatch,
  type WorkRegisterStatus,
} from '../../generated/graphql';
import { statusLabel } from '../../lib/labels';
import type { Register } from './findings';
import { ChangeTable, FieldError, precisionOf, WriteError, type Change } from './forms';
import { MilestonesField } from './milestones-field';

/** The moves setWorkRegisterStatus allows from each status (schema: DRAFT → ACTIVE → …). */
const NEXT_STATUS: Record<WorkRegisterStatus, WorkRegisterStatus[]> = {
  DRAFT: ['ACTIVE'],
  ACTIVE: ['UNDER_REVIEW'],
  UNDER_REVIEW: ['ACTIVE', 'INACTIVE', 'TERMINATED'],
  INACTIVE: [],
  TERMINATED: [],
};

interface Conflict {
  changes: Change[];
  current: number | null;
}

export interface EditorProps {
  register: Register;
  onSaved(revision: number): void;
  onReload(): void;
}

/** The message the last refusal gave for an input field (`title`, `review.dueBy`), if any. */
type FieldErrors = (name: string) => string | undefined;

interface RevisionFormProps extends EditorProps {
  title: string;
  submit: string;
  /** Sends the write from the form's values; resolves to the register's new revision. */
  write(values: FormData, api: Api): Promise<number>;
  children(fieldError: FieldErrors): ComponentChildren;
}

/**
 * One write based on the revision on screen, and what the editor sees of it. A CONFLICT fetches
 * what the other change did; any refusal leaves the page as it was and keeps what was typed.
 */
function RevisionForm({ register, onSaved, onReload, title, submit, write, children }: RevisionFormProps) {
  const { api } = useEnvironment();
  const [error, setError] = useState<AllianceError | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setConflict(null);
    try {
      onSaved(await write(new FormData(event.currentTarget as HTMLFormElement), api));
    } catch (caught) {
      const failure = asFailure(caught);
      if (failure.code === 'CONFLICT') {
        const since = await api.query(ChangesSinceDocument, { slug: register.slug, from: register.revision });
        setConflict({
          changes: since.data?.workRegister?.changes ?? [],
          current: since.data?.workRegister?.revision ?? null,
        });
      } else setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const fieldErrors = error?.fieldErrors() ?? {};
  return (
    <form class="editor" onSubmit={onSubmit} aria-label={title} noValidate>
      <h3>{title}</h3>
      {children((name) => fieldErrors[`input.${name}`] ?? fieldErrors[name])}
      <button type="submit" disabled={busy}>
        {submit}
      </button>
      {conflict && <ConflictNotice conflict={conflict} onReload={onReload} />}
      {error && <WriteError error={error} />}
    </form>
  );
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

/** A labelled input or textarea with its error beside it. */
function Field(props: {
  label: string;
  name: string;
  value: string;
  fieldError: FieldErrors;
  date?: boolean;
  rows?: number;
  also?: string;
}) {
  const message = props.fieldError(props.name) ?? (props.also ? props.fieldError(props.also) : undefined);
  const invalid = Boolean(message);
  return (
    <label>
      {props.label}
      {props.rows ? (
        <textarea name={props.name} rows={props.rows} defaultValue={props.value} aria-invalid={invalid} />
      ) : props.date ? (
        <input type="date" name={props.name} defaultValue={props.value} aria-invalid={invalid} />
      ) : (
        <input name={props.name} defaultValue={props.value} aria-invalid={invalid} />
      )}
      <FieldError message={message} />
    </label>
  );
}

const text = (values: FormData, name: string) => String(values.get(name) ?? '').trim();
const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Only the fields that differ from the register on screen: the patch of one new revision. */
function patchOf(register: Register, values: FormData): WorkRegisterPatch {
  const patch: WorkRegisterPatch = {};
  for (const name of ['title', 'subtitle', 'version', 'background', 'initiatedOn'] as const) {
    const next = text(values, name);
    // An emptied field clears it (null); the title cannot be cleared, so the API says why.
    if (next !== (register[name] ?? '')) patch[name] = next || (name === 'title' ? next : null);
  }
  for (const name of ['objectives', 'benefits'] as const) {
    const next = lines(text(values, name));
    if (next.join('\n') !== register[name].join('\n')) patch[name] = next;
  }
  const trigger = text(values, 'review.trigger');
  const dueBy = text(values, 'review.dueBy');
  if (trigger !== (register.review?.trigger ?? '') || dueBy !== (register.review?.dueBy ?? '')) {
    patch.review = {
      trigger: trigger || null,
      dueBy: dueBy || null,
      precision: dueBy ? (precisionOf(dueBy) ?? null) : null,
    };
  }
  const milestones = milestonesOf(values);
  const current = register.milestones.map(({ date, precision, description, status }) => ({
    date,
    precision,
    description,
    status,
  }));
  if (JSON.stringify(milestones) !== JSON.stringify(current)) patch.milestones = milestones;
  const approval = {
    body: text(values, 'approval.body') || null,
    resolution: text(values, 'approval.resolution') || null,
    approvedOn: text(values, 'approval.approvedOn') || null,
    text: text(values, 'approval.text'),
  };
  const was = register.approval;
  if (
    JSON.stringify(approval) !==
    JSON.stringify(
      was ? { body: was.body, resolution: was.resolution, approvedOn: was.approvedOn, text: was.text } : EMPTY_APPROVAL,
    )
  ) {
    // An emptied approval clears it; one without its sentence is left for the API to refuse.
    patch.approval = JSON.stringify(approval) === JSON.stringify(EMPTY_APPROVAL) ? null : approval;
  }
  return patch;
}

const EMPTY_APPROVAL = { body: null, resolution: null, approvedOn: null, text: '' };

/** The milestone rows of the form, in order (their inputs are named milestones[i].field). */
function milestonesOf(values: FormData) {
  const out: MilestoneInput[] = [];
  for (let i = 0; values.has(`milestones[${i}].date`); i++) {
    const date = text(values, `milestones[${i}].date`);
    out.push({
      date,
      // Precision is read off the date; a date the API cannot read is refused by the API, which
      // names milestones[i].date, so the placeholder precision never lands.
      precision: precisionOf(date) ?? 'DAY',
      description: text(values, `milestones[${i}].description`),
      status: values.get(`milestones[${i}].status`) as MilestoneStatus,
    });
  }
  return out;
}

/** The register's own fields. */
export function EditFields(props: EditorProps) {
  const { register } = props;
  return (
    <RevisionForm
      {...props}
      title="Edit fields"
      submit="Save as a new revision"
      write={async (values, api) => {
        const patch = patchOf(register, values);
        if (!Object.keys(patch).length) throw new AllianceError('Nothing to save: no field differs from the register.');
        const saved = await api.request(UpdateRegisterDocument, {
          id: register.id,
          expectedRevision: register.revision,
          input: patch,
        });
        return saved.updateWorkRegister.revision;
      }}
    >
      {(fieldError) => (
        <>
          <Field label="Title" name="title" value={register.title} fieldError={fieldError} />
          <Field label="Subtitle" name="subtitle" value={register.subtitle ?? ''} fieldError={fieldError} />
          <Field label="Version" name="version" value={register.version ?? ''} fieldError={fieldError} />
          <Field
            label="Date initiated"
            name="initiatedOn"
            date
            value={register.initiatedOn ?? ''}
            fieldError={fieldError}
          />
          <Field
            label="Background"
            name="background"
            rows={5}
            value={register.background ?? ''}
            fieldError={fieldError}
          />
          <Field
            label="Objectives (one per line)"
            name="objectives"
            rows={3}
            value={register.objectives.join('\n')}
            fieldError={fieldError}
          />
          <Field
            label="Benefits (one per line)"
            name="benefits"
            rows={3}
            value={register.benefits.join('\n')}
            fieldError={fieldError}
          />
          <Field
            label="Review trigger"
            name="review.trigger"
            value={register.review?.trigger ?? ''}
            fieldError={fieldError}
          />
          <Field
            label="Review due by (2027-05-31, 2027-05, 2027-Q2 or 2027)"
            name="review.dueBy"
            also="review.precision"
            value={register.review?.dueBy ?? ''}
            fieldError={fieldError}
          />
          <MilestonesField register={register} fieldError={fieldError} />
          <fieldset>
            <legend>Approval</legend>
            <Field
              label="Approved by"
              name="approval.body"
              value={register.approval?.body ?? ''}
              fieldError={fieldError}
            />
            <Field
              label="Resolution"
              name="approval.resolution"
              value={register.approval?.resolution ?? ''}
              fieldError={fieldError}
            />
            <Field
              label="Approved on (day, month or year)"
              name="approval.approvedOn"
              value={register.approval?.approvedOn ?? ''}
              fieldError={fieldError}
            />
            <Field
              label="Approval as written"
              name="approval.text"
              rows={2}
              value={register.approval?.text ?? ''}
              fieldError={fieldError}
            />
          </fieldset>
        </>
      )}
    </RevisionForm>
  );
}

export function StatusForm(props: EditorProps) {
  const { register } = props;
  const next = NEXT_STATUS[register.status];
  if (!next.length) {
    return <p class="muted">A register that is {statusLabel(register.status).toLowerCase()} has no further status.</p>;
  }
  return (
    <RevisionForm
      {...props}
      title="Move the status"
      submit="Move status"
      write={async (values, api) => {
        const saved = await api.request(SetStatusDocument, {
          id: register.id,
          expectedRevision: register.revision,
          status: values.get('status') as WorkRegisterStatus,
          reason: text(values, 'reason') || undefined,
        });
        return saved.setWorkRegisterStatus.revision;
      }}
    >
      {(fieldError) => (
        <>
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
          <Field label="Reason (needed for inactive and terminated)" name="reason" value="" fieldError={fieldError} />
        </>
      )}
    </RevisionForm>
  );
}

export function ReviewForm(props: EditorProps) {
  const { register } = props;
  return (
    <RevisionForm
      {...props}
      title="Record a review"
      submit="Record review"
      write={async (values, api) => {
        const saved = await api.request(RecordReviewDocument, {
          id: register.id,
          expectedRevision: register.revision,
          reviewedOn: text(values, 'reviewedOn'),
          outcome: values.get('outcome') as ReviewOutcome,
          nextDueBy: text(values, 'nextDueBy') || undefined,
        });
        return saved.recordReview.revision;
      }}
    >
      {(fieldError) => (
        <>
          <Field label="Reviewed on" name="reviewedOn" date value="" fieldError={fieldError} />
          <label>
            Outcome
            <select name="outcome">
              <option value="CONTINUE">Continue</option>
              <option value="AMEND">Amend</option>
              <option value="TERMINATE">Terminate</option>
            </select>
          </label>
          <Field label="Next review due by (2027-05, 2027-Q2, …)" name="nextDueBy" value="" fieldError={fieldError} />
        </>
      )}
    </RevisionForm>
  );
}
