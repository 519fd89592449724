/**
 * A learner signing in with e-ID, as a browser does it, against the hub's local e-ID provider (the one `npm start`
 * runs at /local-eid when no EID_ISSUER_URL is set): start at /sign-in, post the personnummer on its login form,
 * follow the redirects back, and read the session. The demo finds its learners this way: an issuer sees only its
 * own pseudonym of a learner (Award.learnerId), never the account id a learner's token names.
 */
export interface SignedInLearner {
  /** The learner's account id (what `me { id }` says). */
  learnerId: string;
  /** A short-lived hub token for that learner (`POST /sign-in/token`). */
  token: string;
}

export async function signInWithLocalEid(base: string, personalNumber: string): Promise<SignedInLearner> {
  const jar = new Map<string, Map<string, string>>();
  const send = async (url: string, init: RequestInit = {}) => {
    const origin = new URL(url).origin;
    const cookies = jar.get(origin) ?? new Map<string, string>();
    jar.set(origin, cookies);
    const headers = new Headers(init.headers);
    if (cookies.size) headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const gone = !value || attributes.some((attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute));
      if (gone) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
  // Follows redirects until an answer that is not one, or an address back on the hub's own pages.
  const follow = async (url: string, init: RequestInit = {}, stop: (url: URL) => boolean = () => false) => {
    let current = new URL(url, base).href;
    let response = await send(current, init);
    for (let hop = 0; hop < 20 && response.status >= 300 && response.status < 400; hop += 1) {
      current = new URL(response.headers.get('location')!, current).href;
      if (stop(new URL(current))) return { url: current, response };
      response = await send(current);
    }
    return { url: current, response };
  };

  const login = await follow('/sign-in?return=/wallet');
  const html = login.response.status === 200 ? await login.response.text() : '';
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) {
    throw new Error(
      `No e-ID login page at ${new URL('/sign-in', base).href} (HTTP ${login.response.status} at ${login.url}): ` +
        'the demo signs its learners in with the local e-ID provider, which runs when EID_ISSUER_URL is unset and EID_LOCAL_PROVIDER is not false',
    );
  }
  const back = await follow(
    new URL(action.replace(/&amp;/g, '&'), login.url).href,
    { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ personalNumber }).toString() },
    (url) => !url.pathname.startsWith('/local-eid') && !url.pathname.startsWith('/sign-in'),
  );
  const refused = new URL(back.url).searchParams.get('sign-in-error');
  if (refused) throw new Error(`The e-ID sign-in was refused: ${refused}`);
  const session = (await (await send(new URL('/sign-in/session', base).href)).json()) as { signedIn?: boolean; learnerId?: string; csrfToken?: string };
  if (!session.signedIn || !session.learnerId || !session.csrfToken) throw new Error('The e-ID sign-in ended without a session');
  const answer = await send(new URL('/sign-in/token', base).href, { method: 'POST', headers: { 'x-csrf-token': session.csrfToken } });
  if (answer.status !== 200) throw new Error(`POST /sign-in/token answered HTTP ${answer.status}`);
  const { access_token: token } = (await answer.json()) as { access_token: string };
  return { learnerId: session.learnerId, token };
}
