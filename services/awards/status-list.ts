import { randomInt } from 'node:crypto';
import { gzipSync, gunzipSync } from 'node:zlib';
import { SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import type { DataSource, EntityManager } from 'typeorm';
import { issuerDid } from './issuing-peers';
import type { IssuerKeys } from './issuer-keys';

/**
 * W3C Bitstring Status List v1.0. Each issuer has its own series of lists of 131,072 entries (the herd
 * the spec asks for). An award's entry is two bits (statusPurpose "message", statusSize 2): 0 valid,
 * 1 suspended, 2 revoked. One entry carries both, because an Open Badges 3.0 credential allows a single
 * credentialStatus object and the hub's credentials must stay valid OpenBadgeCredentials.
 */
export const STATUS_LIST_LENGTH = 131_072;
export const STATUS_SIZE = 2;
export const STATUS_VALUES = { ACTIVE: 0, SUSPENDED: 1, REVOKED: 2 } as const;
export const STATUS_MESSAGES = [
  { status: '0x0', message: 'valid' },
  { status: '0x1', message: 'suspended' },
  { status: '0x2', message: 'revoked' },
];

export interface StatusEntry {
  listId: string;
  index: number;
}

export const statusListUrl = (publicBaseUrl: string, listId: string) => `${publicBaseUrl}/status-lists/${listId}`;

/** The credentialStatus an award carries. */
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

/** The bitstring of a list from its entries' values: entry i is bits [2i, 2i+1], the left-most bit first. */
export function encodeStatusList(length: number, values: { index: number; value: number }[]): string {
  const bits = Buffer.alloc((length * STATUS_SIZE) / 8);
  for (const { index, value } of values) {
    for (let bit = 0; bit < STATUS_SIZE; bit += 1) {
      if ((value >> (STATUS_SIZE - 1 - bit)) & 1) {
        const position = index * STATUS_SIZE + bit;
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
  const url = statusListUrl(publicBaseUrl, listId);
  const did = issuerDid(publicBaseUrl, list.issuer_id);
  const now = new Date();
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: did,
    validFrom: now.toISOString(),
    validUntil: new Date(now.getTime() + LIST_LIFETIME_MS).toISOString(),
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'message',
      // How long (ms) a verifier may cache the list before fetching it again.
      ttl: 300_000,
      encodedList: encodeStatusList(
        list.length,
        values.map((row) => ({ index: row.status_index, value: STATUS_VALUES[row.status] })),
      ),
    },
  };
  // A list exists only once its issuer has issued, so the issuer has an active key.
  if (!key) throw new Error(`issuer ${list.issuer_id} has no active key to sign its status list`);
  const jwt = await new SignJWT(credential)
    .setProtectedHeader({ alg: key.algorithm, typ: 'vc+jwt', cty: 'vc', kid: key.kid })
    .setIssuer(did)
    .setIssuedAt()
    .sign(key.privateKey);
  await db.query(
    'update status_list set published_version = $2, published_jwt = $3 where id = $1 and coalesce(published_version, 0) <= $2',
    [listId, list.version, jwt],
  );
  return { jwt, version: list.version };
}

const LIST_LIFETIME_MS = 24 * 3600 * 1000;

function stillFresh(jwt: string, activeKid: string): boolean {
  try {
    const { validUntil } = decodeJwt(jwt) as { validUntil?: string };
    const left = validUntil ? Date.parse(validUntil) - Date.now() : 0;
    return decodeProtectedHeader(jwt).kid === activeKid && left > LIST_LIFETIME_MS / 2;
  } catch {
    return false;
  }
}
