import DataLoader from 'dataloader';
import { compactVerify, importJWK, type CryptoKey, type JWK } from 'jose';
import { logger } from '../../platform/logging';
import { CredentialType, isFieldCode } from '../../platform/vocabulary';
import { organisationsById, walkAccreditationChain } from './accreditation-chain';
import { credentialFields, namesCredentialStatus, type CredentialFields, type StatusEntry } from './credential-fields';
import { readCompactJws, readCredential, type JwsHeader, type Reason } from './credential-format';
import { isHubDocumentUrl, locateIssuer } from './issuer-location';
import { decodeStatusList, readStatusValue, StatusListProblem } from './status-list';
import {
  SourceUnavailable,
  type AccreditationAnswer,
  type AccreditationQuestion,
  type CatalogueEntry,
  type IssuerLocator,
  type PublishedKey,
  type RegistryDocument,
  type VerificationSources,
} from './sources';

export const CHECKS = ['FORMAT', 'SIGNATURE', 'ACCREDITATION', 'STATUS', 'EXPIRY', 'CATALOGUE'] as const;
export type CheckName = (typeof CHECKS)[number];
export type CheckStatus = 'OK' | 'FAILED' | 'SKIPPED';
export type Verdict = 'VALID' | 'INVALID' | 'VALID_WITH_WARNINGS';

export interface CheckResult {
  check: CheckName;
  status: CheckStatus;
  reason: string;
  reasonSv: string;
}

/** What a verification found: the verdict, each check, and (when the signature holds) what the credential says. */
export interface Report {
  verdict: Verdict;
  summary: string;
  summarySv: string;
  checks: CheckResult[];
  verifiedAt: Date;
  credentialId: string | null;
  learnerName: string | null;
  title: string | null;
  issuerId: string | null;
  issuerName: string | null;
  issuedAt: Date | null;
  validUntil: Date | null;
  seqfLevel: number | null;
  credentialType: string | null;
  skills: { uri: string; name: string | null }[];
  /** Federated references, set only when the graph knows them: the catalogue version and the issuing organisation. */
  microCredentialId: string | null;
  organisationId: string | null;
}

/** The most credentials one verifyCredentials call takes. */
export const MAX_BATCH = 1000;
/** An issuer's clock may run a little ahead of the verifier's. */
const CLOCK_TOLERANCE_MS = 60_000;

const result = (check: CheckName, status: CheckStatus, reason: Reason): CheckResult => ({ check, status, reason: reason.en, reasonSv: reason.sv });
const ok = (check: CheckName, en: string, sv: string) => result(check, 'OK', { en, sv });
const failed = (check: CheckName, en: string, sv: string) => result(check, 'FAILED', { en, sv });
const skipped = (check: CheckName, en: string, sv: string) => result(check, 'SKIPPED', { en, sv });
const fromSource = (check: CheckName, status: CheckStatus, error: SourceUnavailable, en = '', sv = '') =>
  result(check, status, { en: `${en}${error.message}.`, sv: `${sv}${error.sv}.` });
const day = (value: Date | string) => new Date(value).toISOString().slice(0, 10);
const moment = (value: Date | string) => new Date(value).toISOString().replace('.000Z', 'Z');

/**
 * One verification request (a single credential, a batch, or a share): every source document is read at
 * most once in it, whatever the sources' own caches do, and the accreditation questions of a batch go out
 * together.
 */
export class VerificationRun {
  private readonly memo = new Map<string, Promise<unknown>>();
  readonly accreditation: DataLoader<AccreditationQuestion, AccreditationAnswer, string>;

  constructor(
    readonly sources: VerificationSources,
    readonly now: Date = new Date(),
  ) {
    this.accreditation = new DataLoader((questions) => sources.accreditationChecks([...questions]), {
      cacheKeyFn: (question) => JSON.stringify([question.organisationId, question.seqfLevel, question.field, question.credentialType, question.at.toISOString(), question.microCredentialId]),
    });
  }

  /** `load`'s promise, made once per key in this run. */
  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let promise = this.memo.get(key) as Promise<T> | undefined;
    if (!promise) {
      promise = load();
      // Rejections are read by whoever awaits; this keeps an unread one from being reported as unhandled.
      promise.catch(() => undefined);
      this.memo.set(key, promise);
    }
    return promise;
  }

  keys = (issuer: IssuerLocator) => this.once(`keys ${issuer.base} ${issuer.organisationId} ${issuer.did}`, () => this.sources.issuerKeys(issuer));
  registry = (base: string) => this.once(`registry ${base}`, () => this.sources.registry(base));
  statusList = (url: string) => this.once(`status ${url}`, () => this.sources.statusList(url));
  catalogueEntry = (id: string) => this.once(`catalogue ${id}`, () => this.sources.catalogueEntry(id));
}

/** Status list signatures already verified (the list's JWS and the key's public members). */
const verifiedListSignatures = new Set<string>();

const publicMembers = (jwk: JWK) => JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });

/** Public keys imported once per process (importing costs more than a verification). */
const importedKeys = new Map<string, Promise<CryptoKey>>();

function importPublicKey(jwk: JWK, alg: string): Promise<CryptoKey> {
  // Only the public members: a published JWK that carried a private part must not become a private key here.
  const publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
  const key = `${alg} ${publicMembers(jwk)}`;
  let imported = importedKeys.get(key);
  if (!imported) {
    if (importedKeys.size > 10_000) importedKeys.clear();
    imported = importJWK(publicJwk, alg) as Promise<CryptoKey>;
    imported.catch(() => importedKeys.delete(key));
    importedKeys.set(key, imported);
  }
  return imported;
}

/** Whether a JWK is the kind of key `alg` signs with (a header cannot choose how a key is used). */
function keyFitsAlgorithm(jwk: JWK, alg: string): boolean {
  if (jwk.alg !== undefined && jwk.alg !== alg) return false;
  if (jwk.use !== undefined && jwk.use !== 'sig') return false;
  if (alg === 'EdDSA') return jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string';
  if (alg === 'ES256') return jwk.kty === 'EC' && jwk.crv === 'P-256' && typeof jwk.x === 'string' && typeof jwk.y === 'string';
  return false;
}

interface Lifecycle {
  status?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  compromisedFrom?: string | null;
}

/** Whether a signature made at `at` with a key is valid by what is known of the key now. */
function keyProblemAt(kid: string, lifecycle: Lifecycle, at: Date): Reason | null {
  const when = moment(at);
  const compromised = lifecycle.compromisedFrom ?? (lifecycle.status?.toUpperCase() === 'COMPROMISED' ? lifecycle.validFrom ?? '1970-01-01T00:00:00Z' : null);
  if (compromised && at.getTime() >= Date.parse(compromised)) {
    return {
      en: `key ${kid} is revoked as compromised from ${moment(compromised)}, and this credential was issued after that (${when})`,
      sv: `nyckeln ${kid} är spärrad som röjd från ${moment(compromised)}, och meritet utfärdades därefter (${when})`,
    };
  }
  if (lifecycle.validFrom && at.getTime() < Date.parse(lifecycle.validFrom)) {
    return { en: `key ${kid} was not yet valid at ${when} (valid from ${moment(lifecycle.validFrom)})`, sv: `nyckeln ${kid} gällde ännu inte ${when} (gäller från ${moment(lifecycle.validFrom)})` };
  }
  if (lifecycle.validUntil && at.getTime() >= Date.parse(lifecycle.validUntil)) {
    return {
      en: `key ${kid} was no longer in use at ${when} (${lifecycle.status?.toUpperCase() === 'SUPERSEDED' ? 'superseded' : 'valid until'} ${moment(lifecycle.validUntil)})`,
      sv: `nyckeln ${kid} användes inte längre ${when} (${lifecycle.status?.toUpperCase() === 'SUPERSEDED' ? 'ersatt' : 'giltig till'} ${moment(lifecycle.validUntil)})`,
    };
  }
  return null;
}

/** A credential on its way through the checks. */
interface Work {
  checks: Partial<Record<CheckName, CheckResult>>;
  header?: JwsHeader;
  jws?: string;
  payload?: Record<string, unknown>;
  fields?: CredentialFields;
  issuer?: IssuerLocator;
  issuedAt?: Date;
  keys?: PublishedKey[];
  registry?: RegistryDocument | null;
  signatureHolds?: boolean;
  catalogueEntry?: CatalogueEntry | null;
}

/** Runs `check`, turning anything unexpected into a FAILED check rather than a failed request. */
async function guarded(name: CheckName, check: () => Promise<CheckResult> | CheckResult): Promise<CheckResult> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof SourceUnavailable) return fromSource(name, name === 'SIGNATURE' ? 'FAILED' : 'SKIPPED', error);
    logger.error({ err: error, check: name }, 'verification check failed unexpectedly');
    return failed(name, 'The check could not be completed (an internal error, logged for the hub\'s operators); the credential is not confirmed.', 'Kontrollen kunde inte slutföras (ett internt fel, loggat för hubbens drift); meritet är inte bekräftat.');
  }
}

// ---- FORMAT ---------------------------------------------------------------------------------------------

function checkFormat(input: string, work: Work, sources: VerificationSources) {
  const read = readCredential(input);
  if (!read.ok) {
    work.checks.FORMAT = result('FORMAT', 'FAILED', read.reason);
    return;
  }
  work.header = read.header;
  work.jws = read.jws;
  work.payload = read.payload;
  work.fields = credentialFields(read.payload);
  work.issuedAt = new Date(work.fields.validFrom!);
  work.checks.FORMAT = ok(
    'FORMAT',
    `A VC 2.0 credential secured as a compact JWS (typ ${read.header.typ}, alg ${read.header.alg}, kid ${read.header.kid}), with its mandatory elements.`,
    `Ett VC 2.0-merit skyddat som kompakt JWS (typ ${read.header.typ}, alg ${read.header.alg}, kid ${read.header.kid}), med sina obligatoriska delar.`,
  );
  const located = locateIssuer(work.fields.issuerId!, sources.documentBases);
  if ('problem' in located) work.checks.SIGNATURE = result('SIGNATURE', 'FAILED', located.problem);
  else work.issuer = located;
}

// ---- SIGNATURE ------------------------------------------------------------------------------------------

async function checkSignature(work: Work, run: VerificationRun): Promise<CheckResult> {
  const issuer = work.issuer!;
  const { kid, alg } = work.header!;
  const registry = run.registry(issuer.base).then(
    (document) => document,
    () => null,
  );
  let keys: PublishedKey[] | null;
  try {
    keys = await run.keys(issuer);
  } catch (error) {
    if (error instanceof SourceUnavailable) {
      return fromSource('SIGNATURE', 'FAILED', error, 'The signature could not be checked: ', 'Signaturen kunde inte kontrolleras: ');
    }
    throw error;
  }
  work.registry = await registry;
  const organisation = work.registry ? organisationsById(work.registry).get(issuer.organisationId) : undefined;
  const issuerName = organisation?.legalName ?? work.fields!.issuerName ?? issuer.organisationId;
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
  let publicKey: CryptoKey;
  try {
    publicKey = await importPublicKey(key.jwk, alg);
  } catch {
    return failed('SIGNATURE', `The published key ${kid} of ${issuerName} is not a usable ${alg} public key.`, `Den publicerade nyckeln ${kid} hos ${issuerName} är ingen användbar publik ${alg}-nyckel.`);
  }
  try {
    await compactVerify(work.jws!, publicKey, { algorithms: [alg] });
  } catch {
    return failed(
      'SIGNATURE',
      `The signature does not verify with key ${kid} of ${issuerName}: the credential was altered after it was signed, or that key did not sign it.`,
      `Signaturen stämmer inte med nyckeln ${kid} hos ${issuerName}: meritet har ändrats efter att det signerades, eller så signerade inte den nyckeln det.`,
    );
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

// ---- ACCREDITATION --------------------------------------------------------------------------------------

const CREDENTIAL_TYPES = new Set<string>(Object.values(CredentialType));

function accreditationQuestion(work: Work): AccreditationQuestion | CheckResult {
  const fields = work.fields!;
  const missing = (en: string, sv: string) =>
    failed('ACCREDITATION', `The credential does not state ${en}, so its accreditation cannot be checked.`, `Meritet anger inte ${sv}, så dess ackreditering kan inte kontrolleras.`);
  if (fields.seqfLevel === null) return missing('its SeQF level', 'sin SeQF-nivå');
  if (fields.seqfLevel < 1 || fields.seqfLevel > 8) {
    return failed('ACCREDITATION', `The credential states SeQF level ${fields.seqfLevel}; levels are 1-8.`, `Meritet anger SeQF-nivå ${fields.seqfLevel}; nivåerna är 1-8.`);
  }
  if (fields.field === null) return missing('its thematic field (ISCED-F)', 'sitt ämnesområde (ISCED-F)');
  if (!isFieldCode(fields.field)) {
    return failed('ACCREDITATION', `The credential's field ${fields.field.slice(0, 20)} is not an ISCED-F code.`, `Meritets område ${fields.field.slice(0, 20)} är ingen ISCED-F-kod.`);
  }
  if (fields.credentialType === null) return missing('its credential type', 'sin merittyp');
  if (!CREDENTIAL_TYPES.has(fields.credentialType)) {
    return failed('ACCREDITATION', `The credential type ${fields.credentialType.slice(0, 40)} is not one the hub knows.`, `Merittypen ${fields.credentialType.slice(0, 40)} är ingen som hubben känner.`);
  }
  return {
    organisationId: work.issuer!.organisationId,
    seqfLevel: fields.seqfLevel,
    field: fields.field,
    credentialType: fields.credentialType,
    at: work.issuedAt!,
    microCredentialId: fields.microCredentialId,
  };
}

async function checkAccreditation(work: Work, run: VerificationRun): Promise<CheckResult> {
  const question = accreditationQuestion(work);
  if ('check' in question) return question;
  // Asked before the first await, so that a batch's questions leave together.
  const answer = run.accreditation.load(question);
  const registry = run.registry(work.issuer!.base);
  const scope = `SeQF level ${question.seqfLevel}, field ${question.field}, ${question.credentialType}`;
  const omfattning = `SeQF-nivå ${question.seqfLevel}, område ${question.field}, ${question.credentialType}`;
  let decided: AccreditationAnswer;
  try {
    decided = await answer;
  } catch (error) {
    if (error instanceof SourceUnavailable) return fromSource('ACCREDITATION', 'SKIPPED', error, 'Not checked: ', 'Inte kontrollerat: ');
    throw error;
  }
  if (!decided.allowed) {
    return failed(
      'ACCREDITATION',
      `The issuer was not accredited for ${scope} on ${day(question.at)}: ${decided.reason ?? 'the accreditation service gave no reason'}`,
      `Utfärdaren var inte ackrediterad för ${omfattning} ${day(question.at)}: ${decided.reasonSv ?? decided.reason ?? 'ackrediteringstjänsten angav inget skäl'}`,
    );
  }
  let document: RegistryDocument;
  try {
    document = await registry;
  } catch (error) {
    if (error instanceof SourceUnavailable) {
      return fromSource(
        'ACCREDITATION',
        'SKIPPED',
        error,
        `The accreditation service allowed it (accreditation ${decided.accreditationId}), but the chain to the trust root could not be confirmed: `,
        `Ackrediteringstjänsten godkände det (ackreditering ${decided.accreditationId}), men kedjan till förtroendeankaret kunde inte bekräftas: `,
      );
    }
    throw error;
  }
  const chain = walkAccreditationChain(document, decided.accreditationId, question);
  if (!chain.ok) {
    return failed(
      'ACCREDITATION',
      `The accreditation service allowed it, but the published registry does not bear it out: ${chain.reason.en}`,
      `Ackrediteringstjänsten godkände det, men det publicerade registret styrker det inte: ${chain.reason.sv}`,
    );
  }
  return ok(
    'ACCREDITATION',
    `Accredited for ${scope} on the issue date ${day(question.at)} (accreditation ${decided.accreditationId}); chain: ${chain.path.join(' ← ')} (trust root).`,
    `Ackrediterad för ${omfattning} på utfärdandedagen ${day(question.at)} (ackreditering ${decided.accreditationId}); kedja: ${chain.path.join(' ← ')} (förtroendeankare).`,
  );
}

// ---- STATUS ---------------------------------------------------------------------------------------------

interface VerifiedList {
  purposes: string[];
  bits: Buffer;
  publishedAt: string;
}

class ListFailure extends Error {
  constructor(
    readonly reason: Reason,
    readonly status: CheckStatus,
  ) {
    super(reason.en);
  }
}

/** Reads and checks a status list once per run: signed by the credential's issuer, current, long enough. */
function verifiedList(work: Work, run: VerificationRun, url: string, statusSize: number): Promise<VerifiedList> {
  const issuerId = work.fields!.issuerId!;
  return run.once(`verified list ${url} ${statusSize} ${issuerId}`, async () => {
    const list = (en: string, sv: string, status: CheckStatus = 'FAILED') => new ListFailure({ en: `The status list ${url} ${en}.`, sv: `Statuslistan ${url} ${sv}.` }, status);
    const jws = await run.statusList(url);
    const read = readCompactJws(jws.trim(), 'status list');
    if (!read.ok) throw list(`is not a valid signed list: ${read.reason.en}`, `är ingen giltig signerad lista: ${read.reason.sv}`);
    const payload = read.payload;
    const types = Array.isArray(payload.type) ? payload.type : [payload.type];
    if (!types.includes('BitstringStatusListCredential')) throw list('is not a BitstringStatusListCredential', 'är ingen BitstringStatusListCredential');
    const listIssuer = typeof payload.issuer === 'object' && payload.issuer !== null ? (payload.issuer as Record<string, unknown>).id : payload.issuer;
    if (listIssuer !== issuerId) throw list(`is issued by ${String(listIssuer).slice(0, 120)}, not by the credential's issuer`, `är utfärdad av ${String(listIssuer).slice(0, 120)}, inte av meritets utfärdare`);
    const key = work.keys!.find((candidate) => candidate.kid === read.header.kid);
    if (!key || !keyFitsAlgorithm(key.jwk, read.header.alg)) throw list(`is signed with key ${read.header.kid}, which the issuer does not publish for ${read.header.alg}`, `är signerad med nyckeln ${read.header.kid}, som utfärdaren inte publicerar för ${read.header.alg}`);
    // A list is signed again only when it changes: its signature is checked once per version and key, not per request.
    const proof = `${jws}\n${read.header.alg} ${publicMembers(key.jwk)}`;
    if (!verifiedListSignatures.has(proof)) {
      try {
        await compactVerify(read.jws, await importPublicKey(key.jwk, read.header.alg), { algorithms: [read.header.alg] });
      } catch {
        throw list("has a signature that does not verify with the issuer's key", 'har en signatur som inte stämmer med utfärdarens nyckel');
      }
      if (verifiedListSignatures.size >= 1_000) verifiedListSignatures.clear();
      verifiedListSignatures.add(proof);
    }
    const publishedAt = payload.validFrom as string;
    const keyProblem = keyProblemAt(read.header.kid, key, new Date(publishedAt));
    if (keyProblem) throw list(`was signed when ${keyProblem.en}`, `signerades när ${keyProblem.sv}`);
    if (typeof payload.validUntil === 'string' && Date.parse(payload.validUntil) <= run.now.getTime()) {
      throw list(
        `expired at ${moment(payload.validUntil)} and the issuer has published no current one, so the credential's current status is unknown`,
        `upphörde att gälla ${moment(payload.validUntil)} och utfärdaren har inte publicerat någon aktuell, så meritets status är okänd`,
        'SKIPPED',
      );
    }
    const subject = payload.credentialSubject as Record<string, unknown>;
    const purposes = (Array.isArray(subject?.statusPurpose) ? subject.statusPurpose : [subject?.statusPurpose]).filter((item): item is string => typeof item === 'string');
    try {
      return { purposes, bits: decodeStatusList(subject?.encodedList, statusSize), publishedAt };
    } catch (error) {
      if (error instanceof StatusListProblem) throw list(`is not usable: ${error.message}`, `går inte att använda: ${error.sv}`);
      throw error;
    }
  });
}

/** One entry's answer: null when it says the credential is fine, else what it says. */
async function readEntry(work: Work, run: VerificationRun, entry: StatusEntry): Promise<{ state: 'valid' | 'revoked' | 'suspended' | 'other'; message: string; url: string; index: number }> {
  const url = entry.listUrl ?? '';
  if (!entry.listUrl || entry.index === null || !['revocation', 'suspension', 'message'].includes(entry.purpose)) {
    throw new ListFailure({ en: 'The credential has a status entry the verifier cannot read (statusPurpose, statusListIndex and statusListCredential are required).', sv: 'Meritet har en statuspost som inte går att läsa (statusPurpose, statusListIndex och statusListCredential krävs).' }, 'FAILED');
  }
  if (entry.statusSize < 1 || entry.statusSize > 8 || (entry.statusSize > 1 && entry.purpose !== 'message')) {
    throw new ListFailure({ en: `The status entry has statusSize ${entry.statusSize}, which the standard does not allow here.`, sv: `Statusposten har statusSize ${entry.statusSize}, vilket standarden inte tillåter här.` }, 'FAILED');
  }
  if (!isHubDocumentUrl(url, run.sources.documentBases)) {
    throw new ListFailure(
      { en: `The status list ${url.slice(0, 200)} is not published by this hub, so it is not fetched.`, sv: `Statuslistan ${url.slice(0, 200)} publiceras inte av denna hubb, så den hämtas inte.` },
      'FAILED',
    );
  }
  const list = await verifiedList(work, run, url, entry.statusSize);
  if (!list.purposes.includes(entry.purpose)) {
    throw new ListFailure({ en: `The status list ${url} is for ${list.purposes.join(', ') || 'no purpose'}, not ${entry.purpose}.`, sv: `Statuslistan ${url} gäller ${list.purposes.join(', ') || 'inget syfte'}, inte ${entry.purpose}.` }, 'FAILED');
  }
  let value: number;
  try {
    value = readStatusValue(list.bits, entry.index, entry.statusSize);
  } catch (error) {
    if (error instanceof StatusListProblem) throw new ListFailure({ en: `The status entry's ${error.message}.`, sv: `Statuspostens ${error.sv}.` }, 'FAILED');
    throw error;
  }
  const base = { url, index: entry.index };
  if (value === 0) return { state: 'valid', message: 'valid', ...base };
  if (entry.purpose === 'revocation') return { state: 'revoked', message: 'revoked', ...base };
  if (entry.purpose === 'suspension') return { state: 'suspended', message: 'suspended', ...base };
  const hex = `0x${value.toString(16)}`;
  const message = entry.messages.find((candidate) => candidate.status.toLowerCase() === hex)?.message ?? hex;
  const state = /revok/i.test(message) ? 'revoked' : /suspend/i.test(message) ? 'suspended' : /^valid$/i.test(message) ? 'valid' : 'other';
  return { state, message, ...base };
}

async function checkStatus(work: Work, run: VerificationRun): Promise<CheckResult> {
  const entries = work.fields!.statusEntries;
  if (!entries.length) {
    if (namesCredentialStatus(work.payload!)) {
      return failed('STATUS', 'The credential names a status mechanism the verifier does not know (only BitstringStatusListEntry is read).', 'Meritet anger en statusmekanism som verifieringen inte känner (bara BitstringStatusListEntry läses).');
    }
    return skipped('STATUS', 'The credential names no status list, so whether the issuer revoked or suspended it cannot be known.', 'Meritet anger ingen statuslista, så om utfärdaren har återkallat eller tillfälligt spärrat det går inte att veta.');
  }
  const answers = await Promise.all(
    entries.map((entry) =>
      readEntry(work, run, entry).catch((error) => {
        if (error instanceof ListFailure) return error;
        if (error instanceof SourceUnavailable) return new ListFailure({ en: `${error.message}.`, sv: `${error.sv}.` }, 'SKIPPED');
        throw error;
      }),
    ),
  );
  const revoked = answers.find((answer) => !(answer instanceof ListFailure) && answer.state === 'revoked');
  const suspended = answers.find((answer) => !(answer instanceof ListFailure) && answer.state === 'suspended');
  const other = answers.find((answer) => !(answer instanceof ListFailure) && answer.state === 'other');
  const where = (answer: { url: string; index: number }) => `status list ${answer.url}, entry ${answer.index}`;
  const var_ = (answer: { url: string; index: number }) => `statuslistan ${answer.url}, post ${answer.index}`;
  if (revoked && !(revoked instanceof ListFailure)) return failed('STATUS', `Revoked by the issuer (${where(revoked)}).`, `Återkallat av utfärdaren (${var_(revoked)}).`);
  if (suspended && !(suspended instanceof ListFailure)) {
    return failed('STATUS', `Suspended by the issuer (${where(suspended)}); it may be reinstated.`, `Tillfälligt spärrat av utfärdaren (${var_(suspended)}); det kan återaktiveras.`);
  }
  if (other && !(other instanceof ListFailure)) return failed('STATUS', `The issuer's status list says "${other.message}" (${where(other)}).`, `Utfärdarens statuslista säger "${other.message}" (${var_(other)}).`);
  const problem = answers.find((answer): answer is ListFailure => answer instanceof ListFailure && answer.status === 'FAILED') ?? answers.find((answer): answer is ListFailure => answer instanceof ListFailure);
  if (problem) return result('STATUS', problem.status, problem.reason);
  return ok(
    'STATUS',
    `Neither revoked nor suspended according to the issuer's signed status list${entries.length > 1 ? 's' : ''} (${entries.map((entry) => entry.listUrl).filter((url, index, all) => all.indexOf(url) === index).join(', ')}).`,
    `Varken återkallat eller tillfälligt spärrat enligt utfärdarens signerade statuslist${entries.length > 1 ? 'or' : 'a'} (${entries.map((entry) => entry.listUrl).filter((url, index, all) => all.indexOf(url) === index).join(', ')}).`,
  );
}

// ---- EXPIRY ---------------------------------------------------------------------------------------------

function checkExpiry(work: Work, now: Date): CheckResult {
  const { validFrom, validUntil } = work.fields!;
  if (Date.parse(validFrom!) > now.getTime() + CLOCK_TOLERANCE_MS) {
    return failed('EXPIRY', `Not yet valid: valid from ${moment(validFrom!)}.`, `Gäller ännu inte: giltigt från ${moment(validFrom!)}.`);
  }
  if (validUntil && Date.parse(validUntil) <= now.getTime()) {
    return failed('EXPIRY', `Expired: valid until ${moment(validUntil)}.`, `Har upphört att gälla: giltigt till ${moment(validUntil)}.`);
  }
  return validUntil
    ? ok('EXPIRY', `Valid from ${moment(validFrom!)} until ${moment(validUntil)}.`, `Giltigt från ${moment(validFrom!)} till ${moment(validUntil)}.`)
    : ok('EXPIRY', `Valid from ${moment(validFrom!)}, with no end date.`, `Giltigt från ${moment(validFrom!)}, utan slutdatum.`);
}

// ---- CATALOGUE ------------------------------------------------------------------------------------------

async function checkCatalogue(work: Work, run: VerificationRun): Promise<CheckResult> {
  const fields = work.fields!;
  if (!fields.microCredentialId) {
    return failed('CATALOGUE', 'The credential does not name a catalogue entry (credentialSubject.achievement.id).', 'Meritet anger ingen katalogpost (credentialSubject.achievement.id).');
  }
  let entry: CatalogueEntry | null;
  try {
    entry = await run.catalogueEntry(fields.microCredentialId);
  } catch (error) {
    if (error instanceof SourceUnavailable) return fromSource('CATALOGUE', 'SKIPPED', error, 'Not checked: ', 'Inte kontrollerat: ');
    throw error;
  }
  work.catalogueEntry = entry;
  if (!entry) {
    return failed('CATALOGUE', `The national catalogue has no micro-credential ${fields.microCredentialId}.`, `Den nationella katalogen har ingen mikromerit ${fields.microCredentialId}.`);
  }
  const name = entry.title.sv ?? entry.title.en ?? entry.id;
  if (entry.status === 'DRAFT') {
    return failed('CATALOGUE', `Catalogue entry ${name} (${entry.id}) is a draft that was never published.`, `Katalogposten ${name} (${entry.id}) är ett utkast som aldrig publicerats.`);
  }
  const differences: Reason[] = [];
  const compare = (label: string, etikett: string, said: unknown, catalogue: unknown) => {
    if (said !== null && said !== undefined && catalogue !== null && catalogue !== undefined && said !== catalogue) {
      differences.push({ en: `${label}: the credential says ${String(said)}, the catalogue ${String(catalogue)}`, sv: `${etikett}: meritet anger ${String(said)}, katalogen ${String(catalogue)}` });
    }
  };
  compare('entry', 'post', fields.entryId, entry.entryId);
  compare('version', 'version', fields.version, entry.version);
  compare('SeQF level', 'SeQF-nivå', fields.seqfLevel, entry.seqfLevel);
  compare('field', 'område', fields.field, entry.field);
  compare('credential type', 'merittyp', fields.credentialType, entry.credentialType);
  if (fields.title !== null && ![entry.title.sv, entry.title.en].includes(fields.title)) {
    differences.push({ en: `title: the credential says "${fields.title.slice(0, 200)}", the catalogue "${name}"`, sv: `titel: meritet anger "${fields.title.slice(0, 200)}", katalogen "${name}"` });
  }
  const organisationId = work.issuer!.organisationId;
  if (entry.providerId && entry.issuers && entry.providerId !== organisationId) {
    const at = work.issuedAt!.getTime();
    const held = entry.issuers.some(
      (right) =>
        right.organisationId === organisationId &&
        (!right.validFrom || Date.parse(right.validFrom) <= at) &&
        (!right.validUntil || at < Date.parse(right.validUntil)) &&
        (!right.withdrawnAt || at < Date.parse(right.withdrawnAt)),
    );
    if (!held) {
      differences.push({
        en: `issuer: the issuer neither owns this entry nor held a right to issue it on ${day(work.issuedAt!)}`,
        sv: `utfärdare: utfärdaren varken äger posten eller hade rätt att utfärda den ${day(work.issuedAt!)}`,
      });
    }
  }
  if (differences.length) {
    return failed(
      'CATALOGUE',
      `The credential does not match catalogue entry ${name} (${entry.id}): ${differences.map((difference) => difference.en).join('; ')}.`,
      `Meritet stämmer inte med katalogposten ${name} (${entry.id}): ${differences.map((difference) => difference.sv).join('; ')}.`,
    );
  }
  return ok(
    'CATALOGUE',
    `Catalogue entry ${name}${entry.version !== null ? `, version ${entry.version}` : ''} (${entry.id}${entry.status ? `, ${entry.status.toLowerCase()}` : ''}) exists and matches the credential.`,
    `Katalogposten ${name}${entry.version !== null ? `, version ${entry.version}` : ''} (${entry.id}${entry.status ? `, ${statusSv(entry.status)}` : ''}) finns och stämmer med meritet.`,
  );
}

const statusSv = (status: string) => ({ PUBLISHED: 'publicerad', RETIRED: 'avvecklad', DRAFT: 'utkast' })[status] ?? status.toLowerCase();

// ---- the report -----------------------------------------------------------------------------------------

const NOT_READ: Reason = { en: 'Not checked: the credential could not be read.', sv: 'Inte kontrollerat: meritet kunde inte läsas.' };
const NOT_GENUINE: Reason = {
  en: 'Not checked: the signature does not hold, so nothing the credential says can be relied on.',
  sv: 'Inte kontrollerat: signaturen håller inte, så inget som meritet säger går att lita på.',
};

const CHECK_NAMES_SV: Record<CheckName, string> = {
  FORMAT: 'format',
  SIGNATURE: 'signatur',
  ACCREDITATION: 'ackreditering',
  STATUS: 'status',
  EXPIRY: 'giltighetstid',
  CATALOGUE: 'katalog',
};

function report(work: Work, now: Date): Report {
  const checks = CHECKS.map((name) => work.checks[name] ?? result(name, 'SKIPPED', work.checks.FORMAT?.status === 'OK' ? NOT_GENUINE : NOT_READ));
  const failures = checks.filter((check) => check.status === 'FAILED');
  const skips = checks.filter((check) => check.status === 'SKIPPED');
  const verdict: Verdict = failures.length ? 'INVALID' : skips.length ? 'VALID_WITH_WARNINGS' : 'VALID';
  const fields = work.signatureHolds ? work.fields! : null;
  const organisation = work.registry && work.issuer ? organisationsById(work.registry).get(work.issuer.organisationId) : undefined;
  const issuerName = organisation?.legalName ?? fields?.issuerName ?? null;
  const what = fields ? `${fields.title ?? 'a credential'}, issued by ${issuerName ?? fields.issuerId} to ${fields.learnerName ?? 'an unnamed learner'} on ${day(work.issuedAt!)}` : '';
  const vad = fields ? `${fields.title ?? 'ett merit'}, utfärdat av ${issuerName ?? fields.issuerId} till ${fields.learnerName ?? 'en icke namngiven person'} ${day(work.issuedAt!)}` : '';
  let summary: string;
  let summarySv: string;
  if (verdict === 'VALID') {
    summary = `Genuine and valid: ${what}.`;
    summarySv = `Äkta och giltigt: ${vad}.`;
  } else if (verdict === 'VALID_WITH_WARNINGS') {
    summary = `Genuine, but not everything could be checked (${skips.map((check) => check.check.toLowerCase()).join(', ')}): ${what}.`;
    summarySv = `Äkta, men allt kunde inte kontrolleras (${skips.map((check) => CHECK_NAMES_SV[check.check]).join(', ')}): ${vad}.`;
  } else {
    summary = `Not valid (${failures.map((check) => check.check.toLowerCase()).join(', ')}): ${failures[0].reason}`;
    summarySv = `Inte giltigt (${failures.map((check) => CHECK_NAMES_SV[check.check]).join(', ')}): ${failures[0].reasonSv}`;
  }
  return {
    verdict,
    summary,
    summarySv,
    checks,
    verifiedAt: now,
    credentialId: fields?.credentialId ?? null,
    learnerName: fields?.learnerName ?? null,
    title: fields?.title ?? null,
    issuerId: fields?.issuerId ?? null,
    issuerName,
    issuedAt: fields ? work.issuedAt! : null,
    validUntil: fields?.validUntil ? new Date(fields.validUntil) : null,
    seqfLevel: fields?.seqfLevel ?? null,
    credentialType: fields?.credentialType && CREDENTIAL_TYPES.has(fields.credentialType) ? fields.credentialType : null,
    skills: fields?.skills ?? [],
    // A reference the graph can resolve: the catalogue found the version; the issuer publishes keys.
    microCredentialId: fields && work.catalogueEntry ? work.catalogueEntry.id : null,
    organisationId: fields ? work.issuer!.organisationId : null,
  };
}

/**
 * Verifies credentials in order, as one run: all are read first (FORMAT), then every signature is checked
 * concurrently (each issuer's keys fetched once), then the remaining checks of all credentials start
 * together, so that their accreditation questions go out in one batch and each status list, catalogue
 * entry and registry is read and verified once.
 */
export async function verifyCredentials(inputs: readonly string[], sources: VerificationSources, now: Date = new Date()): Promise<Report[]> {
  const run = new VerificationRun(sources, now);
  const works: Work[] = inputs.map((input) => {
    const work: Work = { checks: {} };
    try {
      checkFormat(typeof input === 'string' ? input : '', work, sources);
    } catch (error) {
      logger.error({ err: error }, 'reading a credential failed unexpectedly');
      work.checks.FORMAT = failed('FORMAT', 'The credential could not be read.', 'Meritet kunde inte läsas.');
    }
    return work;
  });
  const readable = works.filter((work) => work.checks.FORMAT?.status === 'OK' && work.issuer);
  await Promise.all(readable.map(async (work) => (work.checks.SIGNATURE = await guarded('SIGNATURE', () => checkSignature(work, run)))));
  const genuine = readable.filter((work) => work.signatureHolds);
  await Promise.all(
    genuine.map(async (work) => {
      const [accreditation, status, catalogue] = await Promise.all([
        guarded('ACCREDITATION', () => checkAccreditation(work, run)),
        guarded('STATUS', () => checkStatus(work, run)),
        guarded('CATALOGUE', () => checkCatalogue(work, run)),
      ]);
      work.checks.ACCREDITATION = accreditation;
      work.checks.STATUS = status;
      work.checks.CATALOGUE = catalogue;
      work.checks.EXPIRY = checkExpiry(work, now);
    }),
  );
  return works.map((work) => report(work, now));
}

export async function verifyCredential(input: string, sources: VerificationSources, now: Date = new Date()): Promise<Report> {
  const [single] = await verifyCredentials([input], sources, now);
  return single;
}
