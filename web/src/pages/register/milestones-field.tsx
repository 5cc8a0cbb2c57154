import { useState } from 'preact/hooks';
import type { MilestoneStatus } from '../../generated/graphql';
import { statusLabel } from '../../lib/labels';
import type { Register } from './findings';
import { FieldError } from './forms';

const STATUSES: MilestoneStatus[] = ['PLANNED', 'COMPLETED', 'CANCELLED'];

interface Row {
  /** Stable across removals, so each row keeps what was typed in it. */
  key: number;
  date: string;
  description: string;
  status: MilestoneStatus;
}

/**
 * The register's milestones as rows to edit: mark one completed, move its date, add or remove
 * one. Inputs are named by the row's place in the list (`milestones[2].status`), the path the
 * API names in its errors, so an error lands beside its input.
 */
export function MilestonesField({
  register,
  fieldError,
}: {
  register: Register;
  fieldError: (name: string) => string | undefined;
}) {
  const [rows, setRows] = useState<Row[]>(() =>
    register.milestones.map((milestone, key) => ({
      key,
      date: milestone.date,
      description: milestone.description,
      status: milestone.status,
    })),
  );
  const add = () =>
    setRows([
      ...rows,
      { key: Math.max(-1, ...rows.map((r) => r.key)) + 1, date: '', description: '', status: 'PLANNED' },
    ]);
  return (
    <fieldset class="milestones-field">
      <legend>Milestones</legend>
      {rows.length === 0 && <p class="muted">No milestones.</p>}
      {rows.map((row, i) => {
        const name = (field: string) => `milestones[${i}].${field}`;
        return (
          <div class="milestone-row" key={row.key} role="group" aria-label={`Milestone ${i + 1}`}>
            <label>
              Date
              <input name={name('date')} defaultValue={row.date} placeholder="2027-Q2" size={10} />
              <FieldError message={fieldError(name('date')) ?? fieldError(name('precision'))} />
            </label>
            <label>
              Description
              <input name={name('description')} defaultValue={row.description} />
              <FieldError message={fieldError(name('description'))} />
            </label>
            <label>
              Status
              <select name={name('status')} value={row.status}>
                {STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {statusLabel(status)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="secondary" onClick={() => setRows(rows.filter((r) => r.key !== row.key))}>
              Remove milestone {i + 1}
            </button>
          </div>
        );
      })}
      <button type="button" class="secondary" onClick={add}>
        Add a milestone
      </button>
    </fieldset>
  );
}
