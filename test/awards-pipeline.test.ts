import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { issueAwards } from '../services/awards/issuing';
import { readStatus } from '../services/awards/status-list';
import { openBadgeForm } from '../services/awards/forms';
import { awardFromRow, awardSelect } from '../services/awards/loaders';
import { signedColumnsSelect, signedJwsOf } from '../services/awards/credential';
import { RegisterOrganisationDocument, ReinstateAwardDocument, RevokeAwardDocument, SuspendAwardDocument } from './generated/graphql';
import { FakeDirectory, awardRequest, awardsDeps, dyingDatabase, issueWithFake, personnummer } from './support/awards';
import { fictitiousOrganisationNumber, startTestHub, type TestHub } from './support/hub';
import { keyOfKid, remoteKeyOfKid } from './support/keys';
import { credentialSchemas } from './support/schemas';

/**
 * The issuing pipeline against the real awards database, with the catalogue and accreditation answers
 * given by an in-memory directory (see awards-issuing.test.ts for the same through the real peers).
 */
let hub: TestHub;
let directory: FakeDirectory;
let issuerId: string;
let otherIssuerId: string;

beforeAll(async () => {
  hub = await startTestHub();
  const authority = await hub.token({ roles: ['authority'] });
  const register = async (legalName: string) =>
    (await hub.request(RegisterOrganisationDocument, { input: { legalName, organisationNumber: fictitiousOrganisationNumber(), region: 'Västra Götalands län' } }, { token: authority }))
      .data!.registerOrganisation.id;
  issuerId = await register('Nordiska Textilakademin');
  otherIssuerId = await register('Annan Utbildning AB');
  directory = new FakeDirectory();
  directory.addOrganisation({ id: issuerId });
  directory.addOrganisation({ id: otherIssuerId, legalName: 'Annan Utbildning AB' });
});
afterAll(() => hub?.stop());

const db = () => hub.hub.subgraphs.awards.db;
/** An award's vc+jwt as the hub hands it out, put together from what the award stores. */
const storedJws = async (id: string) => signedJwsOf((await db().query(`select ${signedColumnsSelect()} from award where id = $1`, [id]))[0])!;
type Entry = { statusListCredential: string; statusListIndex: string; statusPurpose: string };
const entriesOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString()).credentialStatus as Entry[];
/** The revocation entry a credential carries (it carries a suspension entry in the same index too). */
const statusListUrlOf = (jws: string) => entriesOf(jws).find((entry) => entry.statusPurpose === 'revocation')!;

/** The award's status as the one-bit lists its credential names say: 2 revoked, 1 suspended, 0 neither. */
async function fetchStatus(jws: string) {
  const bits: Record<string, number> = {};
  for (const entry of entriesOf(jws)) {
    const response = await fetch(entry.statusListCredential);
    expect(response.status).toBe(200);
    const { payload } = await jwtVerify(await response.text(), keyOfKid(directory.jwks.get(issuerId)!), { typ: 'vc+jwt' });
    expect((payload.credentialSubject as { statusPurpose: string }).statusPurpose).toBe(entry.statusPurpose);
    bits[entry.statusPurpose] = readStatus((payload.credentialSubject as { encodedList: string }).encodedList, Number(entry.statusListIndex), 1);
  }
  return bits.revocation ? 2 : bits.suspension ? 1 : 0;
}

describe('issuing a cohort', () => {
  it('gives a result per row, issues valid rows even when others fail, and stores complete, verifiable awards', async () => {
    const entry = directory.addEntry({ providerId: issuerId });
    const requests = Array.from({ length: 300 }, (_, serial) => awardRequest(entry, serial));
    requests[7] = { ...requests[7], learner: { ...requests[7].learner, personalNumber: '811218-9877' } };
    requests[42] = { ...requests[42], microCredentialId: '00000000-0000-4000-8000-000000000000' };
    requests[99] = { ...requests[99], issuedOn: '2999-01-01' };
    const results = await issueWithFake(hub, directory, issuerId, requests, { chunkSize: 64 });

    expect(results).toHaveLength(300);
    expect(results.filter((result) => result.outcome === 'ISSUED')).toHaveLength(297);
    expect(results[7]).toMatchObject({ outcome: 'FAILED', error: { code: 'BAD_USER_INPUT', field: 'learner.personalNumber' } });
    expect(results[7].error!.message).not.toContain('811218');
    expect(results[42]).toMatchObject({ outcome: 'FAILED', error: { code: 'BAD_USER_INPUT', field: 'microCredentialId' } });
    expect(results[99]).toMatchObject({ outcome: 'FAILED', error: { field: 'issuedOn' } });
    // One catalogue read and one accreditation check for the whole cohort (one entry, one date).
    expect(directory.calls.accreditationCheck).toBe(1);

    // One representation stored: the vc+jwt (the credential as JSON is its payload, not stored beside it), and the part of
    // it the cohort shares (the achievement) once.
    const [{ count, distinct_indexes, complete, single, parts }] = await db().query(
      `select count(*)::int as count, count(distinct (status_list_id, status_index))::int as distinct_indexes,
              count(*) filter (where jws_signature is not null and signed_before is not null)::int as complete,
              count(*) filter (where jws is null and credential is null and open_badge_jwt is null and credential_with_proof is null)::int as single,
              count(distinct signed_part)::int as parts from award where issuer_id = $1`,
      [issuerId],
    );
    expect({ count, distinct_indexes, complete, single, parts }).toEqual({ count: 297, distinct_indexes: 297, complete: 297, single: 297, parts: 1 });
    const [{ stored_bytes }] = await db().query(
      `select avg(octet_length(signed_before) + octet_length(signed_after) + octet_length(jws_header) + octet_length(jws_signature))::int as stored_bytes from award where issuer_id = $1`,
      [issuerId],
    );

    const jws = await storedJws(results[0].awardId!);
    // What each award stores of it is a small share of the JWS; the rest is the cohort's shared part.
    expect(stored_bytes).toBeLessThan(jws.length / 2);
    const jwks = keyOfKid(directory.jwks.get(issuerId)!);
    const { payload } = await jwtVerify(jws, jwks, { typ: 'vc+jwt' });
    const schemas = credentialSchemas();
    expect(schemas.vcdm(payload)).toBe(true);
    // The Open Badges JWT is not signed while issuing: it is made from the stored credential when first asked for, then kept.
    const [row] = await db().query(`select ${awardSelect()} from award where id = $1`, [results[0].awardId]);
    expect(row.open_badge_jwt).toBeNull();
    const deps = awardsDeps(hub, directory);
    const openBadgeJwt = (await openBadgeForm(db(), deps.keys, deps.publicBaseUrl, awardFromRow(row)))!;
    expect(decodeProtectedHeader(openBadgeJwt)).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(schemas.openBadges(decodeJwt(openBadgeJwt)) || JSON.stringify(schemas.openBadges.errors)).toBe(true);
    const [{ open_badge_jwt: stored }] = await db().query('select open_badge_jwt from award where id = $1', [results[0].awardId]);
    expect(stored).toBe(openBadgeJwt);
  });

  it('is safe to retry as a whole: no row is issued twice, and a changed row under a used key is a conflict', async () => {
    const entry = directory.addEntry({ providerId: issuerId });
    const requests = Array.from({ length: 50 }, (_, serial) => awardRequest(entry, 1000 + serial, { idempotencyKey: `retry-${serial}` }));
    const first = await issueWithFake(hub, directory, issuerId, requests);
    const again = await issueWithFake(hub, directory, issuerId, [...requests, { ...requests[0], idempotencyKey: 'retry-new' }]);
    expect(again.slice(0, 50).map((result) => [result.outcome, result.awardId])).toEqual(first.map((result) => ['ALREADY_ISSUED', result.awardId]));
    expect(again[50].outcome).toBe('ISSUED');
    const changed = await issueWithFake(hub, directory, issuerId, [{ ...requests[1], grade: 'Väl godkänd' }]);
    expect(changed[0]).toMatchObject({ outcome: 'FAILED', error: { code: 'CONFLICT', field: 'idempotencyKey' } });
    // The same key used by another issuer is that issuer's own key.
    directory.addEntry({ providerId: otherIssuerId });
    const [{ count }] = await db().query(`select count(*)::int as count from award where micro_credential_id = $1`, [entry.id]);
    expect(count).toBe(51);
  });

  it('a crash in the middle leaves each row fully issued or not at all, and the retry completes the cohort', async () => {
    const entry = directory.addEntry({ providerId: issuerId });
    const requests = Array.from({ length: 120 }, (_, serial) => awardRequest(entry, 2000 + serial, { idempotencyKey: `crash-${serial}` }));
    // The process dies in the second chunk's transaction, after its rows are written and before commit.
    const dying = dyingDatabase(db(), 2);
    const issuing = issueAwards({ ...awardsDeps(hub, directory), db: dying.db }, issuerId, requests, { chunkSize: 40 });
    await Promise.race([dying.died, issuing.then(() => Promise.reject(new Error('the issuance ended: the process did not die')))]);
    const stored: { complete: boolean }[] = await db().query(
      `select (jws_signature is not null and status_index is not null) as complete from award where micro_credential_id = $1`,
      [entry.id],
    );
    expect(stored).toHaveLength(40);
    expect(stored.every((row) => row.complete)).toBe(true);

    const retry = await issueWithFake(hub, directory, issuerId, requests, { chunkSize: 40 });
    expect(retry.filter((result) => result.outcome === 'ALREADY_ISSUED')).toHaveLength(40);
    expect(retry.filter((result) => result.outcome === 'ISSUED')).toHaveLength(80);
    const [{ count, distinct_indexes }] = await db().query(
      `select count(*)::int as count, count(distinct (status_list_id, status_index))::int as distinct_indexes from award where issuer_id = $1`,
      [issuerId],
    );
    expect(distinct_indexes).toBe(count);
  });

  it('refuses rows the issuer has no right to, or was not accredited for on the issue date', async () => {
    const notOurs = directory.addEntry({ providerId: otherIssuerId });
    const granted = directory.addEntry({ providerId: otherIssuerId, issuers: [{ organisationId: issuerId, validFrom: new Date('2025-01-01'), validUntil: new Date('2025-12-31'), withdrawnAt: null }] });
    const draft = directory.addEntry({ providerId: issuerId, status: 'DRAFT' });
    const own = directory.addEntry({ providerId: issuerId });
    directory.accredited = ({ at }) =>
      at < new Date('2024-01-01') ? { allowed: false, reason: 'the accreditation was not yet valid', accreditationId: null } : { allowed: true, reason: null, accreditationId: 'a' };
    const results = await issueWithFake(hub, directory, issuerId, [
      awardRequest(notOurs, 3000, { idempotencyKey: 'r-1' }),
      awardRequest(granted, 3001, { idempotencyKey: 'r-2', issuedOn: '2025-03-01' }),
      awardRequest(granted, 3002, { idempotencyKey: 'r-3', issuedOn: '2024-06-01' }),
      awardRequest(draft, 3003, { idempotencyKey: 'r-4' }),
      awardRequest(own, 3004, { idempotencyKey: 'r-5', issuedOn: '2023-06-01' }),
    ]);
    expect(results.map((result) => result.outcome)).toEqual(['FAILED', 'ISSUED', 'FAILED', 'FAILED', 'FAILED']);
    expect(results[0].error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/no right to issue/) });
    expect(results[2].error!.message).toMatch(/did not cover 2024-06-01/);
    expect(results[3].error!.message).toMatch(/draft/);
    expect(results[4].error).toMatchObject({ field: 'issuedOn', message: expect.stringMatching(/not yet valid/) });
    directory.accredited = () => ({ allowed: true, reason: null, accreditationId: 'a' });
  });

  it('finds a learner again by personnummer, in any notation, without changing what the learner holds', async () => {
    const entry = directory.addEntry({ providerId: issuerId });
    const number = personnummer(4000);
    const twelveDigits = `19${number.replace('-', '')}`;
    const [a, b] = await issueWithFake(hub, directory, issuerId, [
      awardRequest(entry, 4000, { idempotencyKey: 'same-1', learner: { personalNumber: number, name: 'Anna Svensson' } }),
      awardRequest(entry, 4000, { idempotencyKey: 'same-2', learner: { personalNumber: twelveDigits, name: 'A. Svensson' } }),
    ]);
    const learners = await db().query('select distinct learner_id from award where id = any($1::uuid[])', [[a.awardId, b.awardId]]);
    expect(learners).toHaveLength(1);
    const [learner] = await db().query('select name, name_sealed, personal_number_hash, personal_number_sealed from learner where id = $1', [learners[0].learner_id]);
    // The first issuer's name is kept (sealed); the second row changed nothing.
    expect(learner.name).toBeNull();
    expect(awardsDeps(hub, directory).vault.openPersonalData(learner.name_sealed, `learner-name:${learners[0].learner_id}`)).toBe('Anna Svensson');
    expect(learner.personal_number_hash.toString('latin1')).not.toContain(twelveDigits);
    expect(learner.personal_number_sealed.toString('latin1')).not.toContain(twelveDigits);
  });
});

describe('issuer keys', () => {
  it('keeps private keys encrypted at rest and publishes only the public half before the key signs', async () => {
    const keys = await db().query('select kid, public_jwk, private_key_encrypted, status from issuer_key where organisation_id = $1 and purpose = $2', [issuerId, 'credential']);
    expect(keys).toHaveLength(1);
    expect(keys[0].status).toBe('ACTIVE');
    expect(keys[0].public_jwk.d).toBeUndefined();
    expect(keys[0].private_key_encrypted.toString('latin1')).not.toMatch(/"d"|"kty"/);
    // Registered: the credential key and the Open Badges key (RS256), public halves only.
    const openBadgesKeys = await db().query('select kid from issuer_key where organisation_id = $1 and purpose = $2', [issuerId, 'open-badges']);
    expect(directory.jwks.get(issuerId)!.map((jwk) => jwk.kid).sort()).toEqual([keys[0].kid, openBadgesKeys[0].kid].sort());
    expect(directory.jwks.get(issuerId)!.every((jwk) => jwk.d === undefined && jwk.p === undefined)).toBe(true);
    expect(directory.jwks.get(issuerId)![0].d).toBeUndefined();
  });

  it('rotates: new awards name the new kid, and earlier ones still verify against the JWKS', async () => {
    const deps = awardsDeps(hub, directory);
    const entry = directory.addEntry({ providerId: issuerId });
    const [before] = await issueWithFake(hub, directory, issuerId, [awardRequest(entry, 5000, { idempotencyKey: 'rot-1' })]);
    const rotated = await deps.keys.rotate(issuerId, directory);
    const [after] = await issueWithFake(hub, directory, issuerId, [awardRequest(entry, 5001, { idempotencyKey: 'rot-2' })]);
    const signed = new Map([[before.awardId!, await storedJws(before.awardId!)], [after.awardId!, await storedJws(after.awardId!)]]);
    const jwsOf = (id: string) => signed.get(id)!;
    // kid is the DID URL of the key: the issuer's DID, then the key's id.
    expect(decodeProtectedHeader(jwsOf(after.awardId!)).kid).toMatch(new RegExp(`#${rotated.kid}$`));
    expect(decodeProtectedHeader(jwsOf(before.awardId!)).kid).not.toMatch(new RegExp(`#${rotated.kid}$`));
    const jwks = keyOfKid(directory.jwks.get(issuerId)!);
    await jwtVerify(jwsOf(before.awardId!), jwks);
    await jwtVerify(jwsOf(after.awardId!), jwks);
    const statuses = await db().query("select status from issuer_key where organisation_id = $1 and purpose = 'credential' order by created_at", [issuerId]);
    expect(statuses.map((row: { status: string }) => row.status)).toEqual(['RETIRED', 'ACTIVE']);
  });
});

describe('revocation and suspension through the gateway, published in the status list', () => {
  it('flips the entry in the signed list at the URL the credential names, with cache headers', async () => {
    const entry = directory.addEntry({ providerId: issuerId });
    const [issued] = await issueWithFake(hub, directory, issuerId, [awardRequest(entry, 6000, { idempotencyKey: 'status-1' })]);
    const jws = await storedJws(issued.awardId!);
    const { statusListCredential } = statusListUrlOf(jws);
    expect(statusListCredential.startsWith(`${new URL(hub.gatewayUrl).origin}/status-lists/`)).toBe(true);

    const first = await fetch(statusListCredential);
    expect(first.headers.get('content-type')).toMatch(/application\/vc\+jwt/);
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const etag = first.headers.get('etag')!;
    const { payload, protectedHeader } = await jwtVerify(await first.text(), keyOfKid(directory.jwks.get(issuerId)!));
    expect(protectedHeader.typ).toBe('vc+jwt');
    expect(payload).toMatchObject({ type: ['VerifiableCredential', 'BitstringStatusListCredential'], credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' } });
    expect(credentialSchemas().vcdm(payload)).toBe(true);
    expect(await fetchStatus(jws)).toBe(0);
    expect((await fetch(statusListCredential, { headers: { 'if-none-match': etag } })).status).toBe(304);

    const provider = await hub.token({ roles: ['provider'], organisationId: issuerId });
    const suspended = await hub.request(SuspendAwardDocument, { id: issued.awardId!, reason: 'Utreds' }, { token: provider });
    expect(suspended.data?.suspendAward).toMatchObject({ status: 'SUSPENDED', statusReason: 'Utreds' });
    expect(await fetchStatus(jws)).toBe(1);
    const reinstated = await hub.request(ReinstateAwardDocument, { id: issued.awardId! }, { token: provider });
    expect(reinstated.data?.reinstateAward.status).toBe('ACTIVE');
    expect(await fetchStatus(jws)).toBe(0);
    const revoked = await hub.request(RevokeAwardDocument, { id: issued.awardId!, reason: 'Fusk vid provet' }, { token: provider });
    expect(revoked.data?.revokeAward).toMatchObject({ status: 'REVOKED', statusReason: 'Fusk vid provet' });
    expect(await fetchStatus(jws)).toBe(2);
    expect((await fetch(statusListCredential, { headers: { 'if-none-match': etag } })).status).toBe(200);

    // Revocation is final; repeating it changes nothing.
    const again = await hub.request(RevokeAwardDocument, { id: issued.awardId!, reason: 'Igen' }, { token: provider });
    expect(again.data?.revokeAward).toMatchObject({ status: 'REVOKED', statusReason: 'Fusk vid provet' });
    const reinstate = await hub.request(ReinstateAwardDocument, { id: issued.awardId! }, { token: provider });
    expect(reinstate.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('signs the list again before it expires and after a key rotation, so hub credentials keep verifying', async () => {
    const entry = directory.addEntry({ providerId: issuerId });
    const [issued] = await issueWithFake(hub, directory, issuerId, [awardRequest(entry, 6002, { idempotencyKey: 'status-3' })]);
    const [{ status_list_id: listId }] = await db().query('select status_list_id from award where id = $1', [issued.awardId]);
    // The two-bit list that awards issued before named (still published, from the same statuses).
    const statusListCredential = `${new URL(hub.gatewayUrl).origin}/status-lists/${listId}`;
    const first = await (await fetch(statusListCredential)).text();

    // The stored list, as if signed 20 hours ago (4 hours left of its day): served signed again, for a full day.
    const header = JSON.parse(Buffer.from(first.split('.')[0], 'base64url').toString());
    const payload = JSON.parse(Buffer.from(first.split('.')[1], 'base64url').toString());
    const aged = [header, { ...payload, validUntil: new Date(Date.now() + 4 * 3600_000).toISOString() }].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.') + '.x';
    await db().query('update status_list set published_jwt = $2 where id = $1', [listId, aged]);
    const renewed = await (await fetch(statusListCredential)).text();
    expect(renewed).not.toBe(aged);
    const { payload: fresh } = await jwtVerify(renewed, keyOfKid(directory.jwks.get(issuerId)!));
    expect(Date.parse(String(fresh.validUntil)) - Date.now()).toBeGreaterThan(20 * 3600_000);

    // After a rotation the list is signed with the new key.
    const rotated = await awardsDeps(hub, directory).keys.rotate(issuerId, directory);
    const afterRotation = await (await fetch(statusListCredential)).text();
    expect(decodeProtectedHeader(afterRotation).kid).toMatch(new RegExp(`^did:web:.*#${rotated.kid}$`));
    await jwtVerify(afterRotation, keyOfKid(directory.jwks.get(issuerId)!));
  });

  it('refuses another provider, a learner and the anonymous caller; and asks for a reason', async () => {
    const entry = directory.addEntry({ providerId: issuerId });
    const [issued] = await issueWithFake(hub, directory, issuerId, [awardRequest(entry, 6001, { idempotencyKey: 'status-2' })]);
    const other = await hub.token({ roles: ['provider'], organisationId: otherIssuerId });
    const learner = await hub.token({ roles: ['learner'] });
    for (const token of [other, learner, undefined]) {
      const response = await hub.request(RevokeAwardDocument, { id: issued.awardId!, reason: 'x' }, { token });
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(response.errors?.[0].extensions?.code);
    }
    const provider = await hub.token({ roles: ['provider'], organisationId: issuerId });
    const noReason = await hub.request(SuspendAwardDocument, { id: issued.awardId!, reason: '  ' }, { token: provider });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await fetchStatus(await storedJws(issued.awardId!))).toBe(0);
  });

  it('answers 404 for an unknown list', async () => {
    const origin = new URL(hub.gatewayUrl).origin;
    expect((await fetch(`${origin}/status-lists/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await fetch(`${origin}/status-lists/not-a-list`)).status).toBe(404);
  });
});
