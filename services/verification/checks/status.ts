import { namesCredentialStatus, type StatusEntry } from '../credential-fields';
import { dataIntegrityProblem } from '../../../platform/data-integrity';
import { jwsSignatureHolds, splitCompactJws } from '../../../platform/jws-verify';
import { keyIdOf, readCompactJws, readCredential } from '../credential-format';
import type { ReadResult, Reason } from '../credential-reading';
import { isHubDocumentUrl } from '../issuer-location';
import type { VerificationRun } from '../run';
import { SourceUnavailable } from '../sources';
import { checkStatusListLength, readStatusValue, StatusListProblem, unpackStatusList } from '../status-list';
import { failed, moment, ok, result, skipped, type CheckResult, type CheckStatus, type Work } from './check';
import { importPublicKey, keyFitsAlgorithm, keyProblemAt, publicMembers } from './keys';

/**
 * A status list as last read from its address, decoded: parsed, its bits unpacked, its signature checked per
 * key. A list changes only when the issuer signs it again, so this holds for as long as the source hands out
 * the same text (a new ETag brings a new text, and a new decoding). What is read each time is the text: the
 * source's freshness (VERIFICATION_STATUS_MAX_SECONDS, and the second look's revalidation) decides that, not
 * this. What depends on the credential, the key's lifecycle or the time is checked on every verification.
 */
interface DecodedList {
  text: string;
  read: ReadResult;
  /** The unpacked bitstring, or why it is unusable; undefined until first asked for. */
  bits?: Buffer | StatusListProblem;
  /** `<alg> <key's public members>` of the keys this text's signature was checked with and held for. */
  holdsFor: Set<string>;
}

const decodedLists = new Map<string, DecodedList>();
/** Bounds on what is kept (a list may unpack to 16 MB; the hub's are 16 KB): the least recently used go first. */
const MAX_DECODED_LISTS = 1_000;
const MAX_DECODED_BYTES = 64 * 1024 * 1024;
let decodedBytes = 0;

const sizeOf = (list: DecodedList) => list.text.length + (list.bits instanceof Buffer ? list.bits.length : 0);

function forget(url: string) {
  const list = decodedLists.get(url);
  if (!list) return;
  decodedLists.delete(url);
  decodedBytes -= sizeOf(list);
}

function keepWithinBounds(current: string) {
  for (const url of decodedLists.keys()) {
    if (decodedLists.size <= MAX_DECODED_LISTS && decodedBytes <= MAX_DECODED_BYTES) return;
    if (url !== current) forget(url);
  }
}

/** The decoding of the text `text` read from `url`: the one kept when the text is the same, else made now. */
function decodedList(url: string, text: string): DecodedList {
  const known = decodedLists.get(url);
  if (known && known.text === text) {
    decodedLists.delete(url);
    decodedLists.set(url, known);
    return known;
  }
  forget(url);
  // A vc+jwt list, or (for credentials with Data Integrity proofs) a JSON-LD list with its own proof.
  const list: DecodedList = { text, read: text.startsWith('{') ? readCredential(text) : readCompactJws(text, 'status list'), holdsFor: new Set() };
  decodedLists.set(url, list);
  decodedBytes += sizeOf(list);
  keepWithinBounds(url);
  return list;
}

function bitsOf(url: string, list: DecodedList, encodedList: unknown): Buffer | StatusListProblem {
  if (list.bits === undefined) {
    try {
      list.bits = unpackStatusList(encodedList);
    } catch (error) {
      if (!(error instanceof StatusListProblem)) throw error;
      list.bits = error;
    }
    if (decodedLists.get(url) === list) {
      decodedBytes += list.bits instanceof Buffer ? list.bits.length : 0;
      keepWithinBounds(url);
    }
  }
  return list.bits;
}

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
    const text = (await run.statusList(url)).trim();
    const decoded = decodedList(url, text);
    const read = decoded.read;
    if (!read.ok) throw list(`is not a valid signed list: ${read.reason.en}`, `är ingen giltig signerad lista: ${read.reason.sv}`);
    if (text.startsWith('{') && read.form !== 'data-integrity') throw list('is JSON without a Data Integrity proof', 'är JSON utan Data Integrity-bevis');
    const payload = read.payload;
    const types = Array.isArray(payload.type) ? payload.type : [payload.type];
    if (!types.includes('BitstringStatusListCredential')) throw list('is not a BitstringStatusListCredential', 'är ingen BitstringStatusListCredential');
    const listIssuer = typeof payload.issuer === 'object' && payload.issuer !== null ? (payload.issuer as Record<string, unknown>).id : payload.issuer;
    if (listIssuer !== issuerId) throw list(`is issued by ${String(listIssuer).slice(0, 120)}, not by the credential's issuer`, `är utfärdad av ${String(listIssuer).slice(0, 120)}, inte av meritets utfärdare`);
    const keyId = keyIdOf(read.header.kid, issuerId);
    const kid = 'kid' in keyId ? keyId.kid : read.header.kid;
    const key = 'kid' in keyId ? work.keys!.find((candidate) => candidate.kid === kid) : undefined;
    if (!key || !keyFitsAlgorithm(key.jwk, read.header.alg)) throw list(`is signed with key ${read.header.kid}, which the issuer does not publish for ${read.header.alg}`, `är signerad med nyckeln ${read.header.kid}, som utfärdaren inte publicerar för ${read.header.alg}`);
    // A list is signed again only when it changes: its signature is checked once per text and key, not per request.
    const signer = `${read.header.alg} ${publicMembers(key.jwk)}`;
    if (!decoded.holdsFor.has(signer)) {
      let holds: boolean;
      if (read.form === 'data-integrity') {
        holds = (await dataIntegrityProblem(read.document!, { verificationMethod: read.header.kid, controller: issuerId, publicJwk: key.jwk }, work.issuer!.base)) === null;
      } else {
        const { signingInput, signature } = splitCompactJws(read.jws);
        let publicKey;
        try {
          publicKey = importPublicKey(key.jwk);
        } catch {
          publicKey = undefined;
        }
        holds = publicKey !== undefined && jwsSignatureHolds(read.header.alg, signingInput, signature, publicKey);
      }
      if (!holds) throw list("has a signature that does not verify with the issuer's key", 'har en signatur som inte stämmer med utfärdarens nyckel');
      decoded.holdsFor.add(signer);
    }
    const publishedAt = payload.validFrom as string;
    const keyProblem = keyProblemAt(kid, key, new Date(publishedAt));
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
      const bits = bitsOf(url, decoded, subject?.encodedList);
      if (bits instanceof StatusListProblem) throw bits;
      checkStatusListLength(bits, statusSize);
      return { purposes, bits, publishedAt };
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
  // The hub's own lists, or a trusted outside issuer's lists on its own host.
  const outsideOrigin = work.issuer?.outside?.origin;
  if (!isHubDocumentUrl(url, outsideOrigin ? [outsideOrigin] : run.sources.documentBases)) {
    throw new ListFailure(
      outsideOrigin
        ? { en: `The status list ${url.slice(0, 200)} is not on the issuer's own host (${outsideOrigin}), so it is not fetched.`, sv: `Statuslistan ${url.slice(0, 200)} ligger inte hos utfärdaren (${outsideOrigin}), så den hämtas inte.` }
        : { en: `The status list ${url.slice(0, 200)} is not published by this hub, so it is not fetched.`, sv: `Statuslistan ${url.slice(0, 200)} publiceras inte av denna hubb, så den hämtas inte.` },
      'FAILED',
    );
  }
  const list = await verifiedList(work, run, url, entry.statusSize);
  run.noteRead(work.readings, 'status list', url);
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

/** STATUS: neither revoked nor suspended by the issuer's signed status lists. */
export async function checkStatus(work: Work, run: VerificationRun): Promise<CheckResult> {
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
