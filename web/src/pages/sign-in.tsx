import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { identityOf, signIn, signOut, token } from '../api/session';
import { usePageTitle } from './title';

/**
 * Development sign-in: paste a token (`npm run cli -- token --sub you --role editor:MEF`). A
 * deployment with single sign-on hands the app its token instead (docs/identity.md).
 */
export function SignInPage() {
  usePageTitle('Sign in');
  const location = useLocation();
  const [problem, setProblem] = useState<string | null>(null);
  const current = identityOf(token.value);

  function submit(event: Event) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget as HTMLFormElement).get('token') ?? '').trim();
    const identity = identityOf(value);
    if (!identity) return setProblem('That is not a token: a token has three parts separated by dots.');
    if (identity.expiresAt && identity.expiresAt * 1000 < Date.now()) return setProblem('That token has expired.');
    signIn(value);
    location.route((location.query as Record<string, string>).next || '/');
  }

  return (
    <>
      <h1>Sign in</h1>
      {current && (
        <div class="notice">
          <p>
            Signed in as <strong>{current.name ?? current.subject}</strong> with roles{' '}
            {current.roles.join(', ') || 'none'}.
          </p>
          <button type="button" onClick={() => signOut()}>
            Sign out
          </button>
        </div>
      )}
      <form class="editor" onSubmit={submit} aria-label="Sign in with a token">
        <label>
          Token
          <textarea
            name="token"
            rows={4}
            required
            spellcheck={false}
            aria-describedby="token-help"
            aria-invalid={Boolean(problem)}
          />
        </label>
        <p id="token-help" class="muted">
          In development, make one with <code>npm run cli -- token --sub you --role editor:MEF</code>. It stays in this
          browser only.
        </p>
        {problem && (
          <p class="field-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit">Sign in</button>
      </form>
    </>
  );
}
