import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { didJwkOf, publicHolderJwk, sameKey } from '../../platform/holder-keys';
import { ACCEPTED_ALGORITHMS, MAX_CREDENTIAL_CHARACTERS, type Reason } from './credential-reading';
import type { Report, Verdict } from './report';
import { looksLikeSdJwt, readSdJwt, sdHashOf } from './sd-jwt';
import type { VerificationSources } from './sources';
import { verifyCredentials } from './verifier';

/**
 * verifyPresentation: is the person presenting the holder the credentials are bound to? A presentation is
 * signed with the holder's key (the `cnf` key the issuer bound the credentials to) over the verifier's own
 * nonce and audience, recently. Two forms: a VP JWT (a VC 2.0 VerifiablePresentation holding vc+jwt
 * credentials, or the older `vp` claim), and an SD-JWT VC with a key-binding JWT. The credentials get the
 * whole verification of verifyCredential besides.
 */
export const PRESENTATION_CHECKS = ['PRESENTATION_FORMAT', 'HOLDER_SIGNATURE', 'NONCE', 'AUDIENCE', 'FRESHNESS'] as const;
export type PresentationCheckName = (typeof PRESENTATION_CHECKS)[number];

export interface PresentationCheckResult {
  check: PresentationCheckName;
  status: 'OK' | 'FAILED' | 'SKIPPED';
  reason: string;
  reasonSv: string;
}

export interface PresentationReport {
  verdict: Verdict;
  /** Which form was given: vp+jwt or dc+sd-jwt+kb. */
  form: string | null;
  /** The holder's id: the DID the credentials name as credentialSubject.id, else the did:jwk of the bound key. */
  holder: string | null;
  checks: PresentationCheckResult[];
  credentials: Report[];
}

/** How far a presentation's iat may lie from now, and the most credentials one presentation may carry. */
export const PRESENTATION_MAX_AGE_SECONDS = 300;
export const MAX_PRESENTED_CREDENTIALS = 20;

const VP_TYPES = new Set(['vp+jwt', 'JWT', 'application/vp+jwt']);
const DATA_URL_PREFIX = 'data:application/vc+jwt,';
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

class PresentationChecks {
  readonly results = new Map<PresentationCheckName, PresentationCheckResult>();
  set(check: PresentationCheckName, status: PresentationCheckResult['status'], reason: Reason) {
    if (!this.results.has(check) || this.results.get(check)!.status === 'OK') this.results.set(check, { check, status, reason: reason.en, reasonSv: reason.sv });
  }
  ok = (check: PresentationCheckName, en: string, sv: string) => this.set(check, 'OK', { en, sv });
  fail = (check: PresentationCheckName, en: string, sv: string) => this.set(check, 'FAILED', { en, sv });
  list(): PresentationCheckResult[] {
    return PRESENTATION_CHECKS.map(
      (check) => this.results.get(check) ?? { check, status: 'SKIPPED', reason: 'Not checked: the presentation could not be read that far.', reasonSv: 'Inte kontrollerat: presentationen kunde inte läsas så långt.' },
    );
  }
}

export async function verifyPresentation(input: string, expected: { nonce: string; audience: string }, sources: VerificationSources, now = new Date()): Promise<PresentationReport> {
  const checks = new PresentationChecks();
  const presentation = input.trim();
  if (presentation.length > MAX_CREDENTIAL_CHARACTERS * MAX_PRESENTED_CREDENTIALS) {
    checks.fail('PRESENTATION_FORMAT', 'The presentation is too large to be read.', 'Presentationen är för stor för att läsas.');
    return finish(checks, null, null, []);
  }
  return looksLikeSdJwt(presentation) ? sdJwtPresentation(presentation, expected, sources, now, checks) : vpJwtPresentation(presentation, expected, sources, now, checks);
}

/** The claims every presentation form shares: the verifier's nonce, its audience, and a recent iat. */
function checkClaims(payload: JWTPayload, expected: { nonce: string; audience: string }, now: Date, checks: PresentationChecks) {
  if (payload.nonce === expected.nonce) checks.ok('NONCE', 'The presentation carries the nonce the verifier gave.', 'Presentationen bär den nonce som verifieraren gav.');
  else
    checks.fail(
      'NONCE',
      payload.nonce === undefined ? 'The presentation carries no nonce: it may be a replay of one made for someone else.' : 'The presentation carries another nonce than the verifier gave: it was made for another request (a replay?).',
      payload.nonce === undefined ? 'Presentationen bär ingen nonce: den kan vara en uppspelning av en som gjordes för någon annan.' : 'Presentationen bär en annan nonce än verifieraren gav: den gjordes för en annan begäran (en uppspelning?).',
    );
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (audiences.includes(expected.audience)) checks.ok('AUDIENCE', `Made for ${expected.audience.slice(0, 200)}.`, `Gjord för ${expected.audience.slice(0, 200)}.`);
  else checks.fail('AUDIENCE', `Made for another verifier (${String(payload.aud ?? 'no audience').slice(0, 200)}), not for ${expected.audience.slice(0, 200)}.`, `Gjord för en annan verifierare (${String(payload.aud ?? 'ingen mottagare').slice(0, 200)}), inte för ${expected.audience.slice(0, 200)}.`);
  const nowSeconds = now.getTime() / 1000;
  if (typeof payload.iat !== 'number') checks.fail('FRESHNESS', 'The presentation does not say when it was made (iat).', 'Presentationen anger inte när den gjordes (iat).');
  else if (Math.abs(nowSeconds - payload.iat) > PRESENTATION_MAX_AGE_SECONDS)
    checks.fail('FRESHNESS', `The presentation was made ${new Date(payload.iat * 1000).toISOString()}, more than ${PRESENTATION_MAX_AGE_SECONDS / 60} minutes from now.`, `Presentationen gjordes ${new Date(payload.iat * 1000).toISOString()}, mer än ${PRESENTATION_MAX_AGE_SECONDS / 60} minuter från nu.`);
  else if (typeof payload.exp === 'number' && payload.exp <= nowSeconds) checks.fail('FRESHNESS', 'The presentation has expired (exp).', 'Presentationen har gått ut (exp).');
  else checks.ok('FRESHNESS', `Made ${new Date(payload.iat * 1000).toISOString()}, just now.`, `Gjord ${new Date(payload.iat * 1000).toISOString()}, alldeles nyss.`);
}

async function verifiedWith(jwt: string, jwk: JWK, typ: (value: unknown) => boolean): Promise<JWTPayload | null> {
  const header = decodeProtectedHeader(jwt);
  if (!(ACCEPTED_ALGORITHMS as readonly string[]).includes(String(header.alg)) || !typ(header.typ)) return null;
  try {
    const key = (await importJWK(jwk, String(header.alg))) as CryptoKey;
    return (await jwtVerify(jwt, key, { algorithms: [String(header.alg)], clockTolerance: PRESENTATION_MAX_AGE_SECONDS })).payload;
  } catch {
    return null;
  }
}

async function sdJwtPresentation(input: string, expected: { nonce: string; audience: string }, sources: VerificationSources, now: Date, checks: PresentationChecks) {
  const read = readSdJwt(input);
  if (!read.ok) {
    checks.set('PRESENTATION_FORMAT', 'FAILED', read.reason);
    return finish(checks, 'dc+sd-jwt+kb', null, await verifyCredentials([input], sources, now));
  }
  const [report] = await verifyCredentials([read.sdJwt], sources, now);
  const jwk = publicHolderJwk(isObject(read.claims.cnf) ? read.claims.cnf.jwk : undefined);
  if ('problem' in jwk) {
    checks.fail('PRESENTATION_FORMAT', 'The SD-JWT is not bound to a holder key (cnf.jwk), so nobody can show they hold it.', 'SD-JWT:n är inte bunden till en innehavares nyckel (cnf.jwk), så ingen kan visa att de innehar den.');
    return finish(checks, 'dc+sd-jwt+kb', null, [report]);
  }
  const holder = didJwkOf(jwk);
  if (!read.keyBindingJwt) {
    checks.ok('PRESENTATION_FORMAT', 'An SD-JWT VC.', 'En SD-JWT VC.');
    checks.fail('HOLDER_SIGNATURE', 'The SD-JWT has no key-binding JWT: it shows the credential, not that the presenter holds its key.', 'SD-JWT:n har ingen nyckelbindnings-JWT: den visar meritet, inte att den som visar det har dess nyckel.');
    return finish(checks, 'dc+sd-jwt+kb', holder, [report]);
  }
  checks.ok('PRESENTATION_FORMAT', `An SD-JWT VC with ${read.disclosedCount} disclosure(s) and a key-binding JWT.`, `En SD-JWT VC med ${read.disclosedCount} visade uppgift(er) och en nyckelbindnings-JWT.`);
  const payload = await verifiedWith(read.keyBindingJwt, jwk, (typ) => typ === 'kb+jwt');
  if (!payload) {
    checks.fail('HOLDER_SIGNATURE', 'The key-binding JWT is not signed by the key the credential is bound to (or is not a kb+jwt).', 'Nyckelbindnings-JWT:n är inte signerad med den nyckel meritet är bundet till (eller är ingen kb+jwt).');
    return finish(checks, 'dc+sd-jwt+kb', holder, [report]);
  }
  if (payload.sd_hash !== sdHashOf(read.sdJwt)) {
    checks.fail('HOLDER_SIGNATURE', 'The key-binding JWT was made for other disclosures (sd_hash differs): the SD-JWT was changed after the holder signed.', 'Nyckelbindnings-JWT:n gjordes för andra uppgifter (sd_hash skiljer sig): SD-JWT:n ändrades efter att innehavaren signerade.');
  } else {
    checks.ok('HOLDER_SIGNATURE', 'Signed by the holder: the key-binding JWT verifies with the key the issuer bound the credential to, over exactly what is shown.', 'Signerad av innehavaren: nyckelbindnings-JWT:n stämmer med den nyckel utfärdaren band meritet till, över exakt det som visas.');
  }
  checkClaims(payload, expected, now, checks);
  return finish(checks, 'dc+sd-jwt+kb', holder, [report]);
}

async function vpJwtPresentation(input: string, expected: { nonce: string; audience: string }, sources: VerificationSources, now: Date, checks: PresentationChecks) {
  let unverified: JWTPayload;
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(input);
    unverified = decodeJwt(input);
  } catch {
    checks.fail('PRESENTATION_FORMAT', 'The presentation is neither a VP JWT nor an SD-JWT.', 'Presentationen är varken en VP-JWT eller en SD-JWT.');
    return finish(checks, null, null, []);
  }
  const vp = isObject(unverified.vp) ? unverified.vp : unverified;
  const types = Array.isArray(vp.type) ? vp.type : [vp.type];
  const entries = Array.isArray(vp.verifiableCredential) ? vp.verifiableCredential : vp.verifiableCredential === undefined ? [] : [vp.verifiableCredential];
  const credentials = entries.map((entry) =>
    typeof entry === 'string' ? entry.replace(DATA_URL_PREFIX, '') : isObject(entry) && typeof entry.id === 'string' && entry.id.startsWith(DATA_URL_PREFIX) ? entry.id.slice(DATA_URL_PREFIX.length) : null,
  );
  if (!VP_TYPES.has(String(header.typ)) || !types.includes('VerifiablePresentation') || !credentials.length || credentials.length > MAX_PRESENTED_CREDENTIALS || credentials.includes(null)) {
    checks.fail(
      'PRESENTATION_FORMAT',
      `A VP JWT has typ vp+jwt and a VerifiablePresentation with 1 to ${MAX_PRESENTED_CREDENTIALS} vc+jwt credentials (enveloped, or compact JWS); this is not one.`,
      `En VP-JWT har typ vp+jwt och en VerifiablePresentation med 1 till ${MAX_PRESENTED_CREDENTIALS} vc+jwt-meriter (inneslutna, eller kompakta JWS); detta är ingen.`,
    );
    return finish(checks, 'vp+jwt', null, []);
  }
  const reports = await verifyCredentials(credentials as string[], sources, now);
  // The key each credential is bound to: cnf.jwk in what its issuer signed (its report says whether that holds).
  const bound = (credentials as string[]).map((credential) => {
    try {
      const payload = decodeJwt(credential);
      const jwk = publicHolderJwk(isObject(payload.cnf) ? payload.cnf.jwk : undefined);
      const subject = isObject(payload.credentialSubject) ? payload.credentialSubject : {};
      return 'problem' in jwk ? null : { jwk, id: typeof subject.id === 'string' ? subject.id : null };
    } catch {
      return null;
    }
  });
  if (bound.some((key) => key === null)) {
    checks.ok('PRESENTATION_FORMAT', 'A VP JWT.', 'En VP-JWT.');
    checks.fail('HOLDER_SIGNATURE', 'A credential presented is not bound to a holder key (cnf), so nobody can show they hold it.', 'Ett presenterat merit är inte bundet till en innehavares nyckel (cnf), så ingen kan visa att de innehar det.');
    return finish(checks, 'vp+jwt', null, reports);
  }
  const keys = bound as { jwk: JWK; id: string | null }[];
  if (!keys.every((key) => sameKey(key.jwk, keys[0].jwk))) {
    checks.ok('PRESENTATION_FORMAT', 'A VP JWT.', 'En VP-JWT.');
    checks.fail('HOLDER_SIGNATURE', 'The credentials presented are bound to different holders.', 'De presenterade meriten är bundna till olika innehavare.');
    return finish(checks, 'vp+jwt', null, reports);
  }
  const holder = keys[0].id ?? didJwkOf(keys[0].jwk);
  checks.ok('PRESENTATION_FORMAT', `A VP JWT with ${credentials.length} credential(s).`, `En VP-JWT med ${credentials.length} merit(er).`);
  const payload = await verifiedWith(input, keys[0].jwk, (typ) => VP_TYPES.has(String(typ)));
  if (!payload) {
    checks.fail('HOLDER_SIGNATURE', 'The presentation is not signed by the key the credentials are bound to: whoever presents them is not shown to be their holder.', 'Presentationen är inte signerad med den nyckel meriten är bundna till: den som visar dem är inte visad vara deras innehavare.');
    return finish(checks, 'vp+jwt', holder, reports);
  }
  if (typeof vp.holder === 'string' && vp.holder !== holder) {
    checks.fail('HOLDER_SIGNATURE', `The presentation names another holder (${vp.holder.slice(0, 200)}) than the credentials are bound to.`, `Presentationen anger en annan innehavare (${vp.holder.slice(0, 200)}) än meriten är bundna till.`);
  } else {
    checks.ok('HOLDER_SIGNATURE', 'Signed by the holder: the presentation verifies with the key the issuer bound the credentials to.', 'Signerad av innehavaren: presentationen stämmer med den nyckel utfärdaren band meriten till.');
  }
  checkClaims(payload, expected, now, checks);
  return finish(checks, 'vp+jwt', holder, reports);
}

function finish(checks: PresentationChecks, form: string | null, holder: string | null, credentials: Report[]): PresentationReport {
  const list = checks.list();
  const verdicts = credentials.map((report) => report.verdict);
  const verdict: Verdict =
    list.some((check) => check.status === 'FAILED') || !credentials.length || verdicts.includes('INVALID')
      ? 'INVALID'
      : verdicts.includes('UNDECIDED')
        ? 'UNDECIDED'
        : verdicts.includes('VALID_WITH_WARNINGS')
          ? 'VALID_WITH_WARNINGS'
          : 'VALID';
  return { verdict, form, holder, checks: list, credentials };
}
