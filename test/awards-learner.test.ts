import { decodeJwt, jwtVerify } from 'jose';
import { readStatus } from '../services/awards/status-list';
import {
  AwardDocument,
  CreateShareDocument,
  EraseMyAccountDocument,
  ExportMyDataDocument,
  MyAwardsWithIssuersDocument,
  MyAwardsDocument,
  MyProfileDocument,
  MySharesDocument,
  OrganisationAwardsDocument,
  RegisterOrganisationDocument,
  RevokeAwardDocument,
  SharedCredentialsDocument,
  WithdrawShareDocument,
} from './generated/graphql';
import { randomBytes, randomUUID } from 'node:crypto';
import { readConfig } from '../platform/config';
import { sealLegacyLearnerContacts } from '../services/awards/learner.resolver';
import { awardsCore } from '../services/awards/dependencies';
import { FakeDirectory, awardRequest, issueWithFake, personnummer } from './support/awards';
import { fictitiousOrganisationNumber, startTestHub, type TestHub } from './support/hub';
import { keyOfKid, remoteKeyOfKid } from './support/keys';
import { credentialSchemas } from './support/schemas';

/** What a learner owns, through the gateway: awards issued through the pipeline (peers given in memory). */
let hub: TestHub;
let directory: FakeDirectory;
let issuerId: string;
let otherIssuerId: string;
let anna: { id: string; token: string; awardIds: string[] };
let bertil: { id: string; token: string; awardIds: string[] };

async function learnerWithAwards(serial: number, count: number, name: string) {
  const entry = directory.addEntry({ providerId: issuerId });
  const results = await issueWithFake(
    hub,
    directory,
    issuerId,
    Array.from({ length: count }, (_, position) =>
      awardRequest(entry, serial, { idempotencyKey: `learner-${serial}-${position}`, learner: { personalNumber: personnummer(serial), name, email: `${serial}@example.se` } }),
    ),
  );
  const awardIds = results.map((result) => result.awardId!);
  const [{ learner_id: id }] = await hub.hub.subgraphs.awards.db.query('select learner_id from award where id = $1', [awardIds[0]]);
  return { id, awardIds, token: await hub.token({ roles: ['learner'], subject: id }) };
}

beforeAll(async () => {
  hub = await startTestHub();
  const authority = await hub.token({ roles: ['authority'] });
  const register = async (legalName: string) =>
    (await hub.request(RegisterOrganisationDocument, { input: { legalName, organisationNumber: fictitiousOrganisationNumber(), region: 'Västerbottens län' } }, { token: authority }))
      .data!.registerOrganisation.id;
  issuerId = await register('Skellefteå kommun');
  otherIssuerId = await register('Annan Utbildning AB');
  directory = new FakeDirectory();
  directory.addOrganisation({ id: issuerId, legalName: 'Skellefteå kommun', region: 'Västerbottens län' });
  anna = await learnerWithAwards(100, 3, 'Anna Svensson');
  bertil = await learnerWithAwards(200, 1, 'Bertil Ek');
});
afterAll(() => hub?.stop());

const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

describe('me { awards }', () => {
  it('lists the learner’s own awards, each as the signed vc+jwt and as JSON', async () => {
    const response = await hub.request(MyAwardsDocument, {}, { token: anna.token });
    expect(response.errors).toBeUndefined();
    const awards = response.data!.me.awards;
    expect(awards.map((award) => award.id).sort()).toEqual([...anna.awardIds].sort());
    const jwks = keyOfKid(directory.jwks.get(issuerId)!);
    for (const award of awards) {
      expect(award).toMatchObject({ status: 'ACTIVE', learnerId: anna.id, issuer: { id: issuerId }, title: 'Reparationssömnad jeans' });
      const { payload } = await jwtVerify(award.credentialJwt!, jwks, { typ: 'vc+jwt' });
      expect(payload).toMatchObject(award.credential as object);
      expect(credentialSchemas().vcdm(award.credential)).toBe(true);
      expect(credentialSchemas().openBadges(decodeJwt(award.openBadgeJwt!))).toBe(true);
      // The credential's one-bit entries are published beside the award's two-bit list.
      expect((award.credential as any).credentialStatus.map((entry: any) => entry.statusListCredential)).toEqual([
        `${award.statusListCredential}/revocation`,
        `${award.statusListCredential}/suspension`,
      ]);
    }
  });

  it('resolves the issuer through the graph with a constant number of statements per subgraph', async () => {
    const costOf = async (token: string) => {
      const before = hub.statements();
      const response = await hub.request(MyAwardsWithIssuersDocument, {}, { token });
      expect(response.errors).toBeUndefined();
      for (const award of response.data!.me.awards) expect(award.issuer!.legalName).toBe('Skellefteå kommun');
      const after = hub.statements();
      return { awards: after.awards - before.awards, accreditation: after.accreditation - before.accreditation };
    };
    const one = await costOf(bertil.token);
    const three = await costOf(anna.token);
    expect(three).toEqual(one);
    expect(three.accreditation).toBe(1);
  });

  it('shows the personnummer to its owner alone; other learners see only themselves', async () => {
    const own = await hub.request(MyProfileDocument, {}, { token: anna.token });
    expect(own.data!.me).toEqual({ id: anna.id, name: 'Anna Svensson', email: '100@example.se', personalNumber: `19${personnummer(100)}` });
    const other = await hub.request(MyAwardsDocument, {}, { token: bertil.token });
    expect(other.data!.me.awards.map((award) => award.id)).toEqual(bertil.awardIds);
  });

  it('keeps the learner\'s name and e-mail sealed, as the personnummer: nothing readable in the learner table', async () => {
    const db = hub.hub.subgraphs.awards.db;
    const [row] = await db.query('select * from learner where id = $1', [anna.id]);
    expect(row).toMatchObject({ name: null, email: null });
    const stored = JSON.stringify(row) + Buffer.concat([row.name_sealed, row.email_sealed, row.personal_number_sealed]).toString('latin1');
    for (const clear of ['Anna', 'Svensson', '100@example.se']) expect(stored).not.toContain(clear);
    // Learners stored in clear before sealing are sealed when the awards subgraph starts, and still read back.
    const legacy = randomUUID();
    await db.query(`insert into learner (id, personal_number_hash, personal_number_sealed, name, email) values ($1, $2, $3, 'Gammal Post', 'gammal@example.se')`, [
      legacy,
      randomBytes(32),
      awardsCore(db, readConfig({ DATA_DIR: hub.dataDir, NODE_ENV: 'test' })).vault.sealPersonalData('19900101-2384', `learner:${legacy}`),
    ]);
    await sealLegacyLearnerContacts(db, awardsCore(db, readConfig({ DATA_DIR: hub.dataDir, NODE_ENV: 'test' })).vault);
    const [sealed] = await db.query('select name, email, name_sealed from learner where id = $1', [legacy]);
    expect(sealed).toMatchObject({ name: null, email: null, name_sealed: expect.any(Buffer) });
    const me = await hub.request(MyProfileDocument, {}, { token: await hub.token({ roles: ['learner'], subject: legacy }) });
    expect(me.data!.me).toMatchObject({ name: 'Gammal Post', email: 'gammal@example.se' });
  });

  it('refuses another learner and another provider an award; its issuer and its learner may read it', async () => {
    const otherProvider = await hub.token({ roles: ['provider'], organisationId: otherIssuerId });
    for (const token of [bertil.token, otherProvider]) {
      const response = await hub.request(AwardDocument, { id: anna.awardIds[0] }, { token });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(response.data?.award ?? null).toBeNull();
    }
    const issuer = await hub.token({ roles: ['provider'], organisationId: issuerId });
    expect((await hub.request(AwardDocument, { id: anna.awardIds[0] }, { token: issuer })).data?.award.id).toBe(anna.awardIds[0]);
    expect((await hub.request(AwardDocument, { id: anna.awardIds[0] }, { token: anna.token })).data?.award.id).toBe(anna.awardIds[0]);
  });

  it('lists an organisation’s issued awards to the organisation only, a page at a time', async () => {
    const issuer = await hub.token({ roles: ['provider'], organisationId: issuerId });
    const first = await hub.request(OrganisationAwardsDocument, { id: issuerId, first: 2 }, { token: issuer });
    expect(first.errors).toBeUndefined();
    expect(first.data!.organisation.awardsIssued!.totalCount).toBe(4);
    const second = await hub.request(OrganisationAwardsDocument, { id: issuerId, first: 2, after: first.data!.organisation.awardsIssued!.pageInfo.endCursor }, { token: issuer });
    const ids = [...first.data!.organisation.awardsIssued!.nodes, ...second.data!.organisation.awardsIssued!.nodes].map((node) => node.id);
    expect(new Set(ids).size).toBe(4);
    const other = await hub.request(OrganisationAwardsDocument, { id: issuerId, first: 2 }, { token: await hub.token({ roles: ['provider'], organisationId: otherIssuerId }) });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('shares', () => {
  it('shares chosen awards through an unguessable link, logs each opening, and reveals nothing once withdrawn', async () => {
    const created = await hub.request(
      CreateShareDocument,
      { input: { awardIds: [anna.awardIds[0], anna.awardIds[1]], recipientLabel: 'Rekrytering, Skellefteå Kraft', expiresAt: inAWeek() } },
      { token: anna.token },
    );
    expect(created.errors).toBeUndefined();
    const share = created.data!.createShare;
    expect(share).toMatchObject({ state: 'ACTIVE', recipientLabel: 'Rekrytering, Skellefteå Kraft', openings: [] });
    expect(share.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(share.url).toBe(`${new URL(hub.gatewayUrl).origin}/shares/${share.token}`);

    const opened = await hub.request(SharedCredentialsDocument, { token: share.token });
    expect(opened.data!.sharedCredentials).toMatchObject({ state: 'ACTIVE', recipientLabel: 'Rekrytering, Skellefteå Kraft' });
    expect(opened.data!.sharedCredentials.credentials).toHaveLength(2);
    const jwks = keyOfKid(directory.jwks.get(issuerId)!);
    for (const jws of opened.data!.sharedCredentials.credentials) await jwtVerify(jws, jwks);
    const guessed = await hub.request(SharedCredentialsDocument, { token: `${share.token.slice(0, -2)}AA` });
    expect(guessed.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const listed = await hub.request(MySharesDocument, {}, { token: anna.token });
    const mine = listed.data!.me.shares.find((item) => item.id === share.id)!;
    expect(mine.openings).toEqual([{ kind: 'OPENED', outcome: 'ACTIVE', openedAt: expect.any(String) }]);
    expect(mine.awards.map((award) => award.id)).toEqual([anna.awardIds[0], anna.awardIds[1]]);

    const withdrawn = await hub.request(WithdrawShareDocument, { id: share.id }, { token: anna.token });
    expect(withdrawn.data!.withdrawShare.state).toBe('WITHDRAWN');
    const after = await hub.request(SharedCredentialsDocument, { token: share.token });
    expect(after.data!.sharedCredentials).toEqual({ state: 'WITHDRAWN', recipientLabel: null, expiresAt: null, credentials: [] });
    const log = await hub.request(MySharesDocument, {}, { token: anna.token });
    expect(log.data!.me.shares.find((item) => item.id === share.id)!.openings.map((opening) => opening.outcome)).toEqual(['WITHDRAWN', 'ACTIVE']);
  });

  it('an expired share reveals nothing but that it expired', async () => {
    const created = await hub.request(CreateShareDocument, { input: { awardIds: [anna.awardIds[2]], recipientLabel: 'Bemanning AB', expiresAt: inAWeek() } }, { token: anna.token });
    const share = created.data!.createShare;
    // Let a week pass.
    await hub.hub.subgraphs.awards.db.query(`update share set expires_at = now() - interval '1 minute' where id = $1`, [share.id]);
    const opened = await hub.request(SharedCredentialsDocument, { token: share.token });
    expect(opened.data!.sharedCredentials).toEqual({ state: 'EXPIRED', recipientLabel: null, expiresAt: null, credentials: [] });
  });

  it('refuses sharing someone else’s awards, withdrawing someone else’s share, and bad input', async () => {
    const stolen = await hub.request(CreateShareDocument, { input: { awardIds: [anna.awardIds[0]], recipientLabel: 'x', expiresAt: inAWeek() } }, { token: bertil.token });
    expect(stolen.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mixed = await hub.request(CreateShareDocument, { input: { awardIds: [bertil.awardIds[0], anna.awardIds[0]], recipientLabel: 'x', expiresAt: inAWeek() } }, { token: bertil.token });
    expect(mixed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const created = await hub.request(CreateShareDocument, { input: { awardIds: [anna.awardIds[0]], recipientLabel: 'Egen', expiresAt: inAWeek() } }, { token: anna.token });
    const withdraw = await hub.request(WithdrawShareDocument, { id: created.data!.createShare.id }, { token: bertil.token });
    expect(withdraw.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const past = await hub.request(CreateShareDocument, { input: { awardIds: [anna.awardIds[0]], recipientLabel: 'x', expiresAt: '2020-01-01T00:00:00Z' } }, { token: anna.token });
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
    const provider = await hub.request(CreateShareDocument, { input: { awardIds: [anna.awardIds[0]], recipientLabel: 'x', expiresAt: inAWeek() } }, { token: await hub.token({ roles: ['provider'], organisationId: issuerId }) });
    expect(provider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('export and erasure', () => {
  it('exports everything the hub holds about the learner', async () => {
    const response = await hub.request(ExportMyDataDocument, {}, { token: anna.token });
    expect(response.errors).toBeUndefined();
    const exported = response.data!.exportMyData as any;
    expect(exported.learner).toMatchObject({ id: anna.id, name: 'Anna Svensson', personalNumber: `19${personnummer(100)}` });
    expect(exported.awards).toHaveLength(3);
    expect(exported.awards[0]).toMatchObject({ credentialJwt: expect.any(String), credential: expect.any(Object), nameOnCredential: 'Anna Svensson', grade: 'Godkänd' });
    expect(exported.shares.length).toBeGreaterThanOrEqual(3);
    expect(exported.shares.some((share: any) => share.openings.length > 0)).toBe(true);
    const bertilsExport = await hub.request(ExportMyDataDocument, {}, { token: bertil.token });
    expect(JSON.stringify(bertilsExport.data)).not.toContain('Anna Svensson');
  });

  it('erases the account: personal data goes, the issuer keeps what revocation needs, and revocation still works', async () => {
    const refused = await hub.request(EraseMyAccountDocument, { confirmation: 'yes' }, { token: anna.token });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirmation' });

    const erased = await hub.request(EraseMyAccountDocument, { confirmation: 'ERASE' }, { token: anna.token });
    expect(erased.data!.eraseMyAccount).toMatchObject({ awardsAnonymised: 3, sharesDeleted: 3 });

    // The token of the erased account signs no one in any more: refused, not answered as an empty learner.
    for (const response of [
      await hub.request(MyProfileDocument, {}, { token: anna.token }),
      await hub.request(MyAwardsDocument, {}, { token: anna.token }),
      await hub.request(ExportMyDataDocument, {}, { token: anna.token }),
      await hub.request(EraseMyAccountDocument, { confirmation: 'ERASE' }, { token: anna.token }),
    ]) {
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.errors?.[0].message).toMatch(/erased/);
    }
    const shared = await hub.request(CreateShareDocument, { input: { awardIds: anna.awardIds, recipientLabel: 'Arbetsgivare', expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }, { token: anna.token });
    expect(shared.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    // Another learner is unaffected.
    expect((await hub.request(MyProfileDocument, {}, { token: bertil.token })).data!.me.id).toBe(bertil.id);

    const db = hub.hub.subgraphs.awards.db;
    expect(await db.query('select 1 from learner where id = $1', [anna.id])).toEqual([]);
    const kept = await db.query('select * from award where id = any($1::uuid[])', [anna.awardIds]);
    for (const row of kept) {
      expect(row).toMatchObject({ subject_name: null, grade: null, evidence: null, assessment: null, credential: null, jws: null, signed_before: null, signed_after: null, jws_signature: null, request_digest: null });
      expect(row.learner_id).not.toBe(anna.id);
      expect(row.status_index).toEqual(expect.any(Number));
    }
    expect(JSON.stringify(kept)).not.toContain('Anna');

    // The issuer still sees the award and can still revoke it; the list still says so.
    const issuer = await hub.token({ roles: ['provider'], organisationId: issuerId });
    const award = await hub.request(AwardDocument, { id: anna.awardIds[0] }, { token: issuer });
    expect(award.data!.award).toMatchObject({ learnerId: null, credentialJwt: null, status: 'ACTIVE' });
    const revoked = await hub.request(RevokeAwardDocument, { id: anna.awardIds[0], reason: 'Utfärdat i fel namn' }, { token: issuer });
    expect(revoked.data!.revokeAward.status).toBe('REVOKED');
    const list = await (await fetch(award.data!.award.statusListCredential)).text();
    const { payload } = await jwtVerify(list, keyOfKid(directory.jwks.get(issuerId)!));
    expect(readStatus((payload.credentialSubject as any).encodedList, award.data!.award.statusListIndex)).toBe(2);

    // Issuing again to the same person makes a new learner; the erased awards do not come back.
    const again = await issueWithFake(hub, directory, issuerId, [awardRequest(directory.addEntry({ providerId: issuerId }), 100, { idempotencyKey: 'after-erasure' })]);
    const [{ learner_id: newId }] = await db.query('select learner_id from award where id = $1', [again[0].awardId]);
    expect(newId).not.toBe(anna.id);
    const newToken = await hub.token({ roles: ['learner'], subject: newId });
    expect((await hub.request(MyAwardsDocument, {}, { token: newToken })).data!.me.awards.map((item) => item.id)).toEqual([again[0].awardId]);
  });
});
