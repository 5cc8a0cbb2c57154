import { useState } from 'preact/hooks';
import { useEnvironment } from '../../api/context';
import { identityOf, mayEdit, token } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { ErrorNotice, Loading, PartialNotice, Unavailable } from '../../components/feedback';
import { RegisterDocument as RegisterQuery } from '../../generated/graphql';
import { usePageTitle } from '../title';
import { PointsOfContact } from './contacts';
import { RegisterDocument } from './document';
import { SourceFields } from './source-lines';
import { EditFields, ReviewForm, StatusForm } from './edit';
import { History } from './history';

/** One register: reads like its document, with its findings in place, its history, and editing. */
export function RegisterPage({ slug }: { slug: string }) {
  const { api } = useEnvironment();
  const { data, errors, error, loading, reload } = useQuery(api, RegisterQuery, { slug });
  const [saved, setSaved] = useState<number | null>(null);
  const register = data?.workRegister;
  usePageTitle(register?.title ?? (loading ? null : 'Register not found'));
  if (error) return <ErrorNotice error={error} retry={reload} />;
  if (loading && !data) return <Loading />;
  if (!register && errors.length) return <Unavailable errors={errors} retry={reload} />;
  if (!register) {
    return (
      <>
        <PartialNotice errors={errors} />
        <h1>Register not found</h1>
        <p>
          No register has the slug <code>{slug}</code>. <a href="/alliances">See all alliances</a>.
        </p>
      </>
    );
  }
  const identity = identityOf(token.value);
  const editable = mayEdit(
    identity,
    register.parties.map((party) => party.organization.acronym),
  );
  const onSaved = (revision: number) => {
    setSaved(revision);
    reload();
  };
  return (
    <div class="register-page">
      <PartialNotice errors={errors} />
      {saved && (
        <p class="notice success" role="status">
          Saved as revision {saved}.
        </p>
      )}
      <SourceFields.Provider value={register.source?.fields}>
        <RegisterDocument register={register} contacts={<PointsOfContact register={register} editable={editable} />} />
      </SourceFields.Provider>
      {editable ? (
        <section id="editing" aria-labelledby="editing-heading">
          <h2 id="editing-heading">Edit</h2>
          <p class="muted">
            Signed in as {identity?.name ?? identity?.subject}. Each change is a new revision based on revision{' '}
            {register.revision}.
          </p>
          <div class="editors" key={register.revision}>
            <EditFields register={register} onSaved={onSaved} onReload={reload} />
            <StatusForm register={register} onSaved={onSaved} onReload={reload} />
            <ReviewForm register={register} onSaved={onSaved} onReload={reload} />
          </div>
        </section>
      ) : (
        identity && <p class="muted">Your roles do not include editing this register.</p>
      )}
      <History register={register} />
    </div>
  );
}
