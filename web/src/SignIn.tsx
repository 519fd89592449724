import { useEffect, useState, type FormEvent } from 'react';
import { currentSession, currentToken, loadSession, onSignInChange, signIn, signInWithEid, signOut, tokenExpiry, type WebSession } from './auth';
import { formatDate, useLanguage } from './i18n';

/** Whether someone is signed in with a pasted token, kept current when they sign in or out. */
export function useSignedIn(): string | null {
  const [token, setToken] = useState(currentToken);
  useEffect(() => onSignInChange(() => setToken(currentToken())), []);
  return token;
}

/** The web session (sign-in with e-ID), asked of the hub once; null while it is being asked. */
export function useWebSession(): WebSession | null {
  const [session, setSession] = useState(currentSession);
  useEffect(() => {
    const stop = onSignInChange(() => setSession(currentSession()));
    void loadSession();
    return stop;
  }, []);
  return session;
}

/**
 * Sign-in for the wallet and the statistics with the bearer token an identity provider issued (locally:
 * `npm run token`); the hub checks it on every call.
 */
export function SignInForm({ heading = true }: { heading?: boolean }) {
  const { t } = useLanguage();
  const [value, setValue] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) signIn(value);
  };
  const form = (
    <form onSubmit={onSubmit}>
      <label htmlFor="sign-in-token">{t.signIn.tokenLabel}</label>
      <input id="sign-in-token" type="password" autoComplete="off" value={value} onChange={(event) => setValue(event.target.value)} />
      <button type="submit">{t.signIn.submit}</button>
    </form>
  );
  if (!heading) return form;
  return (
    <section aria-labelledby="sign-in-title" className="card">
      <h2 id="sign-in-title">{t.signIn.title}</h2>
      <p>{t.signIn.intro}</p>
      {form}
    </section>
  );
}

/**
 * The learner's sign-in: "Logga in med e-legitimation" goes to the hub's OpenID Connect sign-in and back here;
 * a failed one comes back with `?sign-in-error=<code>`, said here in words. A token can still be pasted.
 */
export function EidSignIn({ session, expired }: { session: WebSession | null; expired?: boolean }) {
  const { t } = useLanguage();
  const failure = new URLSearchParams(window.location.search).get('sign-in-error');
  const message = failure ? t.signIn.failed[failure] ?? t.signIn.failed.SIGN_IN_UNAVAILABLE : expired ? t.signIn.sessionExpired : null;
  return (
    <section aria-labelledby="sign-in-title" className="card">
      <h2 id="sign-in-title">{t.signIn.title}</h2>
      {message ? <p className="error" role="alert">{message}{failure ? <> <code>{failure}</code></> : null}</p> : null}
      {session?.available !== false ? (
        <>
          <p>{t.signIn.eidIntro}</p>
          <p>
            <button type="button" className="eid" onClick={() => signInWithEid(window.location.pathname)}>{t.signIn.eid}</button>
          </p>
        </>
      ) : null}
      <details>
        <summary>{t.signIn.tokenAlternative}</summary>
        <p>{t.signIn.intro}</p>
        <SignInForm heading={false} />
      </details>
    </section>
  );
}

export function SignedInBar({ token }: { token: string }) {
  const { t, language } = useLanguage();
  const expiry = tokenExpiry(token);
  return (
    <p className="actions">
      <span>{t.signIn.signedIn(expiry ? formatDate(expiry.toISOString(), language, true) : '')}</span>
      <button type="button" className="secondary" onClick={() => void signOut()}>{t.signIn.signOut}</button>
    </p>
  );
}

export function SessionBar({ session }: { session: WebSession }) {
  const { t, language } = useLanguage();
  return (
    <p className="actions">
      <span>{t.signIn.signedInEid(session.endsAt ? formatDate(session.endsAt, language, true) : '')}</span>
      <button type="button" className="secondary" onClick={() => void signOut()}>{t.signIn.signOut}</button>
    </p>
  );
}
