import { randomInt } from 'node:crypto';
import { gzipSync, gunzipSync } from 'node:zlib';
import { SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import type { DataSource, EntityManager } from 'typeorm';
import { VC_CONTEXT } from '../../platform/credential-context';
import { TWO_BIT_STATUS_MESSAGES, TWO_BIT_STATUS_SIZE } from '../../platform/status-messages';
import { canSignDataIntegrity, withDataIntegrityProof } from '../../platform/data-integrity';
import { issuerDid } from './issuing-peers';
import type { IssuerKeys, SigningKey } from './issuer-keys';

/**
 * W3C Bitstring Status List v1.0. Each issuer has its own series of lists of 131,072 entries (the herd
 * the spec asks for); an award has one index in one list, and that list is published in several forms,
 * all computed from the awards' status:
 *   <list>/revocation, <list>/suspension            one bit per entry, as vc+jwt (for the JWT forms)
 *   <list>/revocation.jsonld, <list>/suspension.jsonld   the same bits, with a Data Integrity proof
 *   <list>                                            the two-bit "message" list (0 valid, 1 suspended,
 *                                                     2 revoked) that awards issued before named
 * Generic readers (Digital Bazaar's among them) read one bit of a revocation or suspension list, so
 * credentials name those: the vc+jwt and Data Integrity forms carry both entries; the Open Badges 3.0 JWT,
 * whose schema takes a single credentialStatus object, carries the revocation entry.
 */
export const STATUS_LIST_LENGTH = 131_072;
export const STATUS_SIZE = TWO_BIT_STATUS_SIZE;
export const STATUS_VALUES = { ACTIVE: 0, SUSPENDED: 1, REVOKED: 2 } as const;
export const STATUS_MESSAGES = TWO_BIT_STATUS_MESSAGES;

export interface StatusEntry {
  listId: string;
  index: number;
}

export const statusListUrl = (publicBaseUrl: string, listId: string) => `${publicBaseUrl}/status-lists/${listId}`;

export type StatusPurpose = 'revocation' | 'suspension';
export type ListSecuring = 'jwt' | 'data-integrity';
export const STATUS_PURPOSES: readonly StatusPurpose[] = ['revocation', 'suspension'];
const AWARD_STATUS_OF_PURPOSE = { revocation: 'REVOKED', suspension: 'SUSPENDED' } as const;

/** Where one purpose of a list is published, in one securing form. */
export const purposeListUrl = (publicBaseUrl: string, listId: string, purpose: StatusPurpose, securing: ListSecuring) =>
  `${statusListUrl(publicBaseUrl, listId)}/${purpose}${securing === 'data-integrity' ? '.jsonld' : ''}`;

/** A one-bit BitstringStatusListEntry of an award in the list of `purpose`. */
export function purposeEntryOf(publicBaseUrl: string, entry: StatusEntry, purpose: StatusPurpose, securing: ListSecuring) {
  const list = purposeListUrl(publicBaseUrl, entry.listId, purpose, securing);
  return {
    id: `${list}#${entry.index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: purpose,
    statusListIndex: String(entry.index),
    statusListCredential: list,
  };
}

/** The two-bit "message" entry awards issued before issue 16 carry (their list is still published). */
export function statusEntryOf(publicBaseUrl: string, entry: StatusEntry) {
  const list = statusListUrl(publicBaseUrl, entry.listId);
  return {
    id: `${list}#${entry.index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'message',
    statusListIndex: String(entry.index),
    statusListCredential: list,
    statusSize: STATUS_SIZE,
    statusMessage: STATUS_MESSAGES,
    statusReference: 'https://www.w3.org/TR/vc-bitstring-status-list/',
  };
}

/**
 * Hands out `count` entries for an issuer's awards, inside the caller's transaction (so an index is only
 * ever taken together with the award that uses it). The issuer's current list row is locked while its
 * counter moves; counters map to indexes by an affine permutation of 0..length-1 (odd multiplier, random
 * shift per list), so indexes never collide and do not reveal the order of issue.
 */
export async function allocateStatusEntries(manager: EntityManager, issuerId: string, count: number): Promise<StatusEntry[]> {
  const entries: StatusEntry[] = [];
  while (entries.length < count) {
    const [list] = await manager.query(
      `select id, allocated, length, multiplier, shift from status_list
       where issuer_id = $1 and allocated < length order by created_at desc limit 1 for update`,
      [issuerId],
    );
    const current = list ?? (await createList(manager, issuerId));
    const take = Math.min(count - entries.length, current.length - current.allocated);
    await manager.query('update status_list set allocated = allocated + $2 where id = $1', [current.id, take]);
    for (let counter = current.allocated; counter < current.allocated + take; counter += 1) {
      entries.push({ listId: current.id, index: (counter * current.multiplier + current.shift) % current.length });
    }
  }
  return entries;
}

async function createList(manager: EntityManager, issuerId: string) {
  const [created] = await manager.query(
    `insert into status_list (issuer_id, status_size, length, multiplier, shift) values ($1, $2, $3, $4, $5)
     returning id, allocated, length, multiplier, shift`,
    [issuerId, STATUS_SIZE, STATUS_LIST_LENGTH, randomInt(0, STATUS_LIST_LENGTH / 2) * 2 + 1, randomInt(0, STATUS_LIST_LENGTH)],
  );
  return created;
}

/** The bitstring of a list from its entries' values: entry i is bits [size*i, size*i+size), the left-most bit first. */
export function encodeStatusList(length: number, values: { index: number; value: number }[], statusSize = STATUS_SIZE): string {
  const bits = Buffer.alloc((length * statusSize) / 8);
  for (const { index, value } of values) {
    for (let bit = 0; bit < statusSize; bit += 1) {
      if ((value >> (statusSize - 1 - bit)) & 1) {
        const position = index * statusSize + bit;
        bits[position >> 3] |= 0x80 >> (position & 7);
      }
    }
  }
  // Multibase base64url without padding: the 'u' prefix.
  return `u${gzipSync(bits).toString('base64url')}`;
}

/** Reads entry `index` back from an encoded list (for tests and verifiers). */
export function readStatus(encodedList: string, index: number, statusSize = STATUS_SIZE): number {
  if (!encodedList.startsWith('u')) throw new Error('the encoded list is not multibase base64url');
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  let value = 0;
  for (let bit = 0; bit < statusSize; bit += 1) {
    const position = index * statusSize + bit;
    value = (value << 1) | ((bits[position >> 3] >> (7 - (position & 7))) & 1);
  }
  return value;
}

/** A change to an award's status makes its list publish again (inside the same transaction as the change). */
export async function markListChanged(manager: EntityManager, listId: string) {
  await manager.query('update status_list set version = version + 1 where id = $1', [listId]);
}

export interface PublishedList {
  jwt: string;
  version: number;
}

/**
 * The signed BitstringStatusListCredential (vc+jwt) of a list, signed with its issuer's active key. Made
 * again only when the list changed since it was last published; otherwise the stored one is served.
 */
export async function publishedStatusList(
  db: DataSource,
  keys: IssuerKeys,
  publicBaseUrl: string,
  listId: string,
): Promise<PublishedList | null> {
  const [list] = await db.query('select id, issuer_id, length, version, published_version, published_jwt from status_list where id = $1', [listId]);
  if (!list) return null;
  // A list is signed for a day: the stored one is served while it has over half of that left and its key is
  // still the issuer's active key (after a rotation or a compromise the list is signed again with the new key).
  const key = await keys.keyOf(list.issuer_id);
  if (list.published_version === list.version && list.published_jwt && key && stillFresh(list.published_jwt, key.kid)) {
    return { jwt: list.published_jwt, version: list.version };
  }
  // Read the version first: a change committed after this read bumps it again, so it is never lost.
  const values: { status_index: number; status: keyof typeof STATUS_VALUES }[] = await db.query(
    `select status_index, status from award where status_list_id = $1 and status <> 'ACTIVE'`,
    [listId],
  );
  const did = issuerDid(publicBaseUrl, list.issuer_id);
  const encodedList = encodeStatusList(
    list.length,
    values.map((row) => ({ index: row.status_index, value: STATUS_VALUES[row.status] })),
  );
  const credential = listCredential(statusListUrl(publicBaseUrl, listId), did, 'message', encodedList, new Date());
  // A list exists only once its issuer has issued, so the issuer has an active key.
  if (!key) throw new Error(`issuer ${list.issuer_id} has no active key to sign its status list`);
  const jwt = await signedListJwt(credential, did, key);
  await db.query(
    'update status_list set published_version = $2, published_jwt = $3 where id = $1 and coalesce(published_version, 0) <= $2',
    [listId, list.version, jwt],
  );
  return { jwt, version: list.version };
}

const LIST_LIFETIME_MS = 24 * 3600 * 1000;

/** A BitstringStatusListCredential of the issuer `did` at `url`, valid for a day from `now`: every published list is one. */
function listCredential(url: string, did: string, statusPurpose: StatusPurpose | 'message', encodedList: string, now: Date) {
  return {
    '@context': [VC_CONTEXT],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: did,
    validFrom: now.toISOString(),
    validUntil: new Date(now.getTime() + LIST_LIFETIME_MS).toISOString(),
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose,
      // How long (ms) a verifier may cache the list before fetching it again.
      ttl: 300_000,
      encodedList,
    },
  };
}

/** A list secured as vc+jwt, `kid` the DID URL of the issuer's key. */
function signedListJwt(credential: ReturnType<typeof listCredential>, did: string, key: SigningKey): Promise<string> {
  return new SignJWT(credential)
    .setProtectedHeader({ alg: key.algorithm, typ: 'vc+jwt', cty: 'vc', kid: `${did}#${key.kid}` })
    .setIssuer(did)
    .setIssuedAt()
    .sign(key.privateKey);
}

function stillFresh(jwt: string, activeKid: string): boolean {
  try {
    const { validUntil } = decodeJwt(jwt) as { validUntil?: string };
    const left = validUntil ? Date.parse(validUntil) - Date.now() : 0;
    const kid = decodeProtectedHeader(jwt).kid ?? '';
    return (kid === activeKid || kid.endsWith(`#${activeKid}`)) && left > LIST_LIFETIME_MS / 2;
  } catch {
    return false;
  }
}

export interface PublishedPurposeList {
  document: string;
  version: number;
  contentType: 'application/vc+jwt' | 'application/vc+ld+json';
}

/**
 * The one-bit list of `purpose` of a list, as a signed BitstringStatusListCredential: vc+jwt, or JSON-LD with
 * an eddsa-rdfc-2022 Data Integrity proof (the issuer's credential key must then be Ed25519). Stored per
 * form and made again only when the list changed, its key is no longer the active one, or it is past half
 * its day of validity; so one ETag always names the same bytes.
 */
export async function publishedPurposeList(
  db: DataSource,
  keys: IssuerKeys,
  publicBaseUrl: string,
  listId: string,
  purpose: StatusPurpose,
  securing: ListSecuring,
): Promise<PublishedPurposeList | null> {
  const [list] = await db.query('select id, issuer_id, length, version from status_list where id = $1', [listId]);
  if (!list) return null;
  const form = `${purpose}.${securing}`;
  const contentType = securing === 'jwt' ? 'application/vc+jwt' : 'application/vc+ld+json';
  const key = await keys.keyOf(list.issuer_id);
  if (!key) throw new Error(`issuer ${list.issuer_id} has no active key to sign its status list`);
  if (securing === 'data-integrity' && !canSignDataIntegrity(key)) return null;
  const [stored] = await db.query('select version, document from status_list_publication where list_id = $1 and form = $2', [listId, form]);
  if (stored && stored.version === list.version && publicationFresh(stored.document, securing, key.kid)) {
    return { document: stored.document, version: list.version, contentType };
  }
  const rows: { status_index: number }[] = await db.query(
    'select status_index from award where status_list_id = $1 and status = $2',
    [listId, AWARD_STATUS_OF_PURPOSE[purpose]],
  );
  const did = issuerDid(publicBaseUrl, list.issuer_id);
  const now = new Date();
  const encodedList = encodeStatusList(list.length, rows.map((row) => ({ index: row.status_index, value: 1 })), 1);
  const credential = listCredential(purposeListUrl(publicBaseUrl, listId, purpose, securing), did, purpose, encodedList, now);
  const document =
    securing === 'jwt'
      ? await signedListJwt(credential, did, key)
      : JSON.stringify(await withDataIntegrityProof(credential, key, `${did}#${key.kid}`, publicBaseUrl, now));
  await db.query(
    `insert into status_list_publication (list_id, form, version, document) values ($1, $2, $3, $4)
     on conflict (list_id, form) do update set version = excluded.version, document = excluded.document
     where status_list_publication.version <= excluded.version`,
    [listId, form, list.version, document],
  );
  return { document, version: list.version, contentType };
}

function publicationFresh(document: string, securing: ListSecuring, activeKid: string): boolean {
  if (securing === 'jwt') return stillFresh(document, activeKid);
  try {
    const parsed = JSON.parse(document) as { validUntil?: string; proof?: { verificationMethod?: string }[] };
    const left = parsed.validUntil ? Date.parse(parsed.validUntil) - Date.now() : 0;
    return Boolean(parsed.proof?.[0]?.verificationMethod?.endsWith(`#${activeKid}`)) && left > LIST_LIFETIME_MS / 2;
  } catch {
    return false;
  }
}
