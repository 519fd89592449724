import type { KeyObject } from 'node:crypto';
import { flattenedVerify } from 'jose';
import { unknownContexts } from '../../../platform/credential-context';
import { dataIntegrityProblem } from '../../../platform/data-integrity';
import { jwsSignatureHoldsOffThread, splitCompactJws } from '../../../platform/jws-verify';
import { organisationsById } from '../accreditation-chain';
import { didWebDocumentUrl } from '../did-web';
import type { VerificationRun } from '../run';
import { SourceUnavailable, type PublishedKey } from '../sources';
import { failed, fromSource, moment, ok, type CheckResult, type Work } from './check';
import { importPublicKey, keyFitsAlgorithm, keyProblemAt, type Lifecycle } from './keys';

/** SIGNATURE: the issuer's key that kid names verifies it, and was valid when it was issued. */
export async function checkSignature(work: Work, run: VerificationRun): Promise<CheckResult> {
  const issuer = work.issuer!;
  const { kid, alg } = work.header!;
  // An outside issuer is not in the national registry: its keys are all there is.
  const registry = (issuer.outside ? Promise.reject(new Error('outside')) : run.registry(issuer.base)).then(
    (document) => document,
    () => null,
  );
  let keys: PublishedKey[] | null;
  try {
    keys = await run.keys(issuer);
  } catch (error) {
    if (error instanceof SourceUnavailable) {
      // Not read is not shown to be bad: the verdict is UNDECIDED, never INVALID.
      return fromSource('SIGNATURE', 'SKIPPED', error, 'The signature could not be checked: ', 'Signaturen kunde inte kontrolleras: ');
    }
    throw error;
  }
  run.noteRead(work.readings, 'keys', `${issuer.base}/issuers/${issuer.organisationId}/jwks.json`);
  const didDocument = issuer.did ? didWebDocumentUrl(issuer.did) : null;
  if (didDocument) run.noteRead(work.readings, 'keys', didDocument);
  work.registry = await registry;
  if (work.registry) run.noteRead(work.readings, 'registry', `${issuer.base}/registry.json`);
  const organisation = work.registry ? organisationsById(work.registry).get(issuer.organisationId) : undefined;
  const issuerName = issuer.outside ? `${issuer.outside.name} (trusted outside issuer)` : (organisation?.legalName ?? work.fields!.issuerName ?? issuer.organisationId);
  if (!keys) {
    return failed('SIGNATURE', `The issuer ${work.fields!.issuerId} is not registered with the hub: it publishes no keys.`, `Utfärdaren ${work.fields!.issuerId} är inte registrerad i hubben: den publicerar inga nycklar.`);
  }
  work.keys = keys;
  const key = keys.find((candidate) => candidate.kid === kid);
  if (!key) return unknownKey(work, kid, issuerName);
  if (!keyFitsAlgorithm(key.jwk, alg)) {
    return failed(
      'SIGNATURE',
      `Key ${kid} of ${issuerName} is not a key for ${alg} (it is ${key.jwk.kty ?? '?'} ${key.jwk.crv ?? ''}${key.jwk.alg ? `, for ${key.jwk.alg}` : ''}); the header cannot choose how a key is used.`,
      `Nyckeln ${kid} hos ${issuerName} är ingen nyckel för ${alg} (den är ${key.jwk.kty ?? '?'} ${key.jwk.crv ?? ''}${key.jwk.alg ? `, för ${key.jwk.alg}` : ''}); huvudet kan inte välja hur en nyckel används.`,
    );
  }
  let publicKey: KeyObject;
  try {
    publicKey = importPublicKey(key.jwk);
  } catch {
    return failed('SIGNATURE', `The published key ${kid} of ${issuerName} is not a usable ${alg} public key.`, `Den publicerade nyckeln ${kid} hos ${issuerName} är ingen användbar publik ${alg}-nyckel.`);
  }
  if (work.seal?.x5c && !(Array.isArray(key.jwk.x5c) && key.jwk.x5c[0] === work.seal.x5c[0])) {
    return failed(
      'SIGNATURE',
      `The seal carries a certificate that ${issuerName} has not registered for key ${kid}.`,
      `Sigillet bär ett certifikat som ${issuerName} inte har registrerat för nyckeln ${kid}.`,
    );
  }
  if (work.form === 'data-integrity') {
    // The hub loads no JSON-LD context from the network (a credential could make it fetch anything): a proof
    // over terms of a context it does not have cannot be checked, which is not the same as altered.
    const unknown = unknownContexts(work.document!, issuer.base);
    if (unknown.length) {
      const named = unknown.slice(0, 3).map((url) => url.slice(0, 200)).join(', ');
      return failed(
        'SIGNATURE',
        `The Data Integrity proof cannot be checked: the credential names the JSON-LD context ${named}, which this verifier does not have. It never loads a context from the network; it has those of VC 2.0, Open Badges 3.0.x, Data Integrity, Multikey and the hub's own.`,
        `Data Integrity-beviset kan inte kontrolleras: meritet anger JSON-LD-kontexten ${named}, som den här verifieringen inte har. Den hämtar aldrig en kontext från nätet; den har de för VC 2.0, Open Badges 3.0.x, Data Integrity, Multikey och hubbens egen.`,
      );
    }
    const problem = await dataIntegrityProblem(work.document!, { verificationMethod: work.keyReference!, controller: work.fields!.issuerId!, publicJwk: key.jwk }, issuer.base);
    if (problem) {
      return failed(
        'SIGNATURE',
        `The Data Integrity proof does not verify with key ${kid} of ${issuerName} (${problem.slice(0, 300)}): the credential was altered after it was signed, or that key did not sign it.`,
        `Data Integrity-beviset stämmer inte med nyckeln ${kid} hos ${issuerName} (${problem.slice(0, 300)}): meritet har ändrats efter att det signerades, eller så signerade inte den nyckeln det.`,
      );
    }
  } else {
    let holds: boolean;
    if (work.seal) {
      // JAdES: the payload signed as it is (b64: false, RFC 7797); sigT is the claimed signing time. Rare and
      // with its own header rules, so jose's flattened JWS verification checks it.
      holds = await flattenedVerify({ protected: work.seal.protected, payload: work.seal.payload, signature: work.seal.signature }, publicKey, { algorithms: [alg], crit: { sigT: true } }).then(
        () => true,
        () => false,
      );
    } else {
      // The header was read and checked once (FORMAT: alg on the allow-list, no crit, typ, kid) and the key fits
      // alg: what is left is the signature over the signing input, one node:crypto call (on the thread pool, so
      // that a batch's signatures are checked on every core).
      const { signingInput, signature } = splitCompactJws(work.jws!);
      holds = await jwsSignatureHoldsOffThread(alg, signingInput, signature, publicKey);
    }
    if (!holds) {
      return failed(
        'SIGNATURE',
        `The signature does not verify with key ${kid} of ${issuerName}: the credential was altered after it was signed, or that key did not sign it.`,
        `Signaturen stämmer inte med nyckeln ${kid} hos ${issuerName}: meritet har ändrats efter att det signerades, eller så signerade inte den nyckeln det.`,
      );
    }
  }
  // The strictest of what the key document and the registry say about the key's lifecycle.
  const registered = organisation?.keys.find((candidate) => candidate.kid === kid);
  const lifecycles: Lifecycle[] = registered ? [key, registered] : [key];
  for (const lifecycle of lifecycles) {
    const problem = keyProblemAt(kid, lifecycle, work.issuedAt!);
    if (problem) return failed('SIGNATURE', `The signature is ${issuerName}'s, but ${problem.en}.`, `Signaturen är ${issuerName}s, men ${problem.sv}.`);
  }
  work.signatureHolds = true;
  return ok(
    'SIGNATURE',
    `Signed by ${issuerName} with key ${kid}, which was valid on the issue date (${moment(work.issuedAt!)}) and is not revoked as compromised before it.`,
    `Signerat av ${issuerName} med nyckeln ${kid}, som gällde på utfärdandedagen (${moment(work.issuedAt!)}) och inte är spärrad som röjd före den.`,
  );
}

function unknownKey(work: Work, kid: string, issuerName: string): CheckResult {
  const registry = work.registry;
  const owner = registry?.organisations.find((candidate) => candidate.id !== work.issuer!.organisationId && candidate.keys.some((key) => key.kid === kid));
  if (owner) {
    return failed(
      'SIGNATURE',
      `Key ${kid} belongs to ${owner.legalName}, not to ${issuerName}, the issuer the credential names.`,
      `Nyckeln ${kid} tillhör ${owner.legalName}, inte ${issuerName}, som meritet anger som utfärdare.`,
    );
  }
  const own = registry ? organisationsById(registry).get(work.issuer!.organisationId)?.keys.find((key) => key.kid === kid) : undefined;
  if (own?.compromisedFrom) {
    return failed(
      'SIGNATURE',
      `Key ${kid} of ${issuerName} is revoked as compromised from ${moment(own.compromisedFrom)}, its whole life: nothing it signed is valid.`,
      `Nyckeln ${kid} hos ${issuerName} är spärrad som röjd från ${moment(own.compromisedFrom)}, hela sin livstid: inget den signerat är giltigt.`,
    );
  }
  return failed('SIGNATURE', `${issuerName} publishes no key with kid ${kid}.`, `${issuerName} publicerar ingen nyckel med kid ${kid}.`);
}
