import { useState } from 'preact/hooks';
import { useEnvironment } from '../../api/context';
import { asFailure, type AllianceError } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { ErrorNotice, Loading, PartialNotice } from '../../components/feedback';
import { SeverityBadge } from '../../components/status';
import {
  AddPointOfContactDocument,
  RegisterContactsDocument,
  type RegisterContactsQuery,
  ContactByEmailDocument,
  CreateContactDocument,
  RemovePointOfContactDocument,
} from '../../generated/graphql';
import { FieldError, WriteError } from './forms';
import type { Register } from './findings';

type PointOfContact = NonNullable<NonNullable<RegisterContactsQuery['workRegister']>['pointsOfContact']>[number];

/**
 * Points of contact by side, as the document's "Resources identified" section lists them. They
 * come from the contacts service in a query of their own: when it is down, this section says so
 * and the rest of the register reads as usual.
 */
export function PointsOfContact({ register, editable }: { register: Register; editable: boolean }) {
  const { api } = useEnvironment();
  const { data, errors, error, loading, reload } = useQuery(api, RegisterContactsDocument, { slug: register.slug });
  if (error) return <ErrorNotice error={error} retry={reload} />;
  if (loading && !data) return <Loading label="Loading points of contact…" />;
  const points = data?.workRegister?.pointsOfContact;
  if (!points) {
    return (
      <>
        <PartialNotice errors={errors} />
        <p class="muted">Points of contact are not available right now (the contacts service did not answer).</p>
      </>
    );
  }
  const contactFindings = data.workRegister?.contactFindings ?? [];
  const onChanged = reload;
  const sides = register.parties
    .map((party) => party.organization)
    .filter((organization, i, all) => all.findIndex((o) => o.id === organization.id) === i);
  return (
    <>
      <PartialNotice errors={errors} />
      {contactFindings.length > 0 && (
        <ul class="flags" aria-label="Contact findings">
          {contactFindings.map((finding) => (
            <li key={finding.message}>
              <SeverityBadge severity={finding.severity} /> <code>{finding.code}</code> {finding.message}
            </li>
          ))}
        </ul>
      )}
      <div class="sides">
        {sides.map((organization) => (
          <div key={organization.id}>
            <h3>{organization.acronym}</h3>
            <Side
              points={points.filter((point) => point.organization.id === organization.id)}
              editable={editable}
              onChanged={onChanged}
            />
          </div>
        ))}
      </div>
      {editable && <AddPointOfContact register={register} sides={sides.map((o) => o.acronym)} onAdded={onChanged} />}
    </>
  );
}

function Side({ points, editable, onChanged }: { points: PointOfContact[]; editable: boolean; onChanged(): void }) {
  const { api } = useEnvironment();
  const [error, setError] = useState<AllianceError | null>(null);
  if (!points.length) return <p class="muted">No point of contact.</p>;
  async function remove(point: PointOfContact) {
    setError(null);
    try {
      await api.request(RemovePointOfContactDocument, { id: point.id });
      onChanged();
    } catch (caught) {
      setError(asFailure(caught));
    }
  }
  return (
    <>
      <ul class="contacts">
        {points.map((point) => (
          <li key={point.id}>
            <strong>{point.contact.name}</strong>
            {point.contact.kind === 'MAILING_LIST' && <span class="badge">Mailing list</span>}
            {point.role && <div>{point.role}</div>}
            <div>
              {point.contact.email ? (
                <a href={`mailto:${point.contact.email}`}>{point.contact.email}</a>
              ) : (
                <span class="muted">Address for signed-in readers</span>
              )}
            </div>
            {editable && (
              <button type="button" class="secondary" onClick={() => remove(point)}>
                Remove {point.contact.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && <WriteError error={error} />}
    </>
  );
}

/** Adds a contact found by email, creating it first when the address is new. */
function AddPointOfContact({ register, sides, onAdded }: { register: Register; sides: string[]; onAdded(): void }) {
  const { api } = useEnvironment();
  const [error, setError] = useState<AllianceError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: Event) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = Object.fromEntries(new FormData(form)) as Record<string, string>;
    setBusy(true);
    setError(null);
    try {
      const email = values.email!.trim();
      const found = await api.query(ContactByEmailDocument, { email });
      let contactId = found.data?.contact?.id;
      if (!contactId) {
        const created = await api.request(CreateContactDocument, {
          input: {
            organization: values.organization,
            name: values.name!.trim(),
            email,
            title: values.title?.trim() || undefined,
            kind: values.kind === 'MAILING_LIST' ? 'MAILING_LIST' : 'PERSON',
          },
        });
        contactId = created.createContact.id;
      }
      await api.request(AddPointOfContactDocument, {
        workRegisterId: register.id,
        contactId,
        organization: values.organization!,
        role: values.role?.trim() || undefined,
      });
      form.reset();
      onAdded();
    } catch (caught) {
      setError(asFailure(caught));
    } finally {
      setBusy(false);
    }
  }
  const fields = error?.fieldErrors() ?? {};
  return (
    <form class="editor" onSubmit={submit} aria-label="Add a point of contact">
      <h3>Add a point of contact</h3>
      <label>
        Side
        <select name="organization" required>
          {sides.map((acronym) => (
            <option key={acronym} value={acronym}>
              {acronym}
            </option>
          ))}
        </select>
      </label>
      <label>
        Email
        <input type="email" name="email" required autoComplete="off" />
        <FieldError message={fields['input.email'] ?? fields.email} />
      </label>
      <label>
        Name (for a new contact)
        <input name="name" required />
        <FieldError message={fields['input.name']} />
      </label>
      <label>
        Title
        <input name="title" />
      </label>
      <label>
        Kind
        <select name="kind">
          <option value="PERSON">Person</option>
          <option value="MAILING_LIST">Mailing list</option>
        </select>
      </label>
      <label>
        Role in this register
        <input name="role" />
        <FieldError message={fields.role} />
      </label>
      <button type="submit" disabled={busy}>
        Add point of contact
      </button>
      {error && <WriteError error={error} />}
    </form>
  );
}
