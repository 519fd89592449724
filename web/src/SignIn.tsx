import { useEffect, useState, type FormEvent } from 'react';
import { currentToken, onSignInChange, signIn, signOut, tokenExpiry } from './auth';
import { formatDate, useLanguage } from './i18n';

/** Whether someone is signed in, kept current when they sign in or out. */
export function useSignedIn(): string | null {
  const [token, setToken] = useState(currentToken);
  useEffect(() => onSignInChange(() => setToken(currentToken())), []);
  return token;
}

/**
 * Sign-in for the wallet and the statistics. Until e-ID sign-in (OpenID Connect) is in place, the visitor gives
 * the bearer token their identity provider issued (locally: `npm run token`); the hub checks it on every call.
 */
export function SignInForm() {
  const { t } = useLanguage();
  const [value, setValue] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) signIn(value);
  };
  return (
    <section aria-labelledby="sign-in-title" className="card">
      <h2 id="sign-in-title">{t.signIn.title}</h2>
      <p>{t.signIn.intro}</p>
      <form onSubmit={onSubmit}>
        <label htmlFor="sign-in-token">{t.signIn.tokenLabel}</label>
        <input id="sign-in-token" type="password" autoComplete="off" value={value} onChange={(event) => setValue(event.target.value)} />
        <button type="submit">{t.signIn.submit}</button>
      </form>
    </section>
  );
}

export function SignedInBar({ token }: { token: string }) {
  const { t, language } = useLanguage();
  const expiry = tokenExpiry(token);
  return (
    <p className="actions">
      <span>{t.signIn.signedIn(expiry ? formatDate(expiry.toISOString(), language, true) : '')}</span>
      <button type="button" className="secondary" onClick={signOut}>{t.signIn.signOut}</button>
    </p>
  );
}
