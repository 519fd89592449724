import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { readStatus } from '../services/awards/status-list';
import {
  IssueAwardDocument,
  IssueAwardsDocument,
  MicroCredentialAwardCountDocument,
  MyAwardsAcrossTheGraphDocument,
  RevokeAwardDocument,
} from './generated/graphql';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importCohort } from '../bin/import-awards';
import { personnummer } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { keyOfKid, remoteKeyOfKid } from './support/keys';
import { credentialSchemas } from './support/schemas';
import { accreditedWorld, must, register } from './support/world';

/** Issuing through the gateway against the real accreditation and catalogue subgraphs. */
let hub: TestHub;
let provider: { id: string; token: string };
let other: { id: string; token: string };
let entryId: string;

const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

beforeAll(async () => {
  hub = await startTestHub();
  const world = await accreditedWorld(hub);
  provider = world.provider;
  entryId = world.entryId;
  const otherId = await register(hub, 'Annan Utbildning AB', 'EDUCATION_PROVIDER');
  other = { id: otherId, token: await hub.token({ roles: ['provider'], organisationId: otherId }) };
});
afterAll(() => hub?.stop());

const row = (serial: number, overrides: Record<string, unknown> = {}) => ({
  microCredentialId: entryId,
  learner: { personalNumber: personnummer(serial), name: `Lärande ${serial}`, email: `${serial}@example.se` },
  issuedOn: new Date().toISOString().slice(0, 10),
  grade: 'Godkänd',
  idempotencyKey: `issuing-${serial}`,
  ...overrides,
});

describe('issuing through the gateway with the real accreditation and catalogue subgraphs', () => {
  it('issues one award whose JWS verifies against the JWKS the accreditation subgraph serves, and passes both schemas', async () => {
    const response = await hub.request(IssueAwardDocument, { input: { issuerId: provider.id, ...row(1) } }, { token: provider.token });
    expect(response.errors).toBeUndefined();
    const award = response.data!.issueAward;
    const origin = new URL(hub.gatewayUrl).origin;
    const jwks = await remoteKeyOfKid(`${origin}/issuers/${provider.id}/jwks.json`);
    const { payload, protectedHeader } = await jwtVerify(award.credentialJwt!, jwks, { typ: 'vc+jwt' });
    expect(protectedHeader.alg).toBe('EdDSA');
    const schemas = credentialSchemas();
    expect(schemas.vcdm(payload)).toBe(true);
    // The Open Badges form of the same award passes the Open Badges 3.0 schema (the vc+jwt carries two status entries).
    expect(schemas.openBadges(decodeJwt(award.openBadgeJwt!)) || JSON.stringify(schemas.openBadges.errors)).toBe(true);
    expect(payload).toMatchObject({ name: 'Reparationssömnad jeans', issuer: { name: 'Nordiska Textilakademin', address: { addressCountryCode: 'SE', addressRegion: 'Västra Götalands län' } } });
    const did = (await (await fetch(`${origin}/issuers/${provider.id}/did.json`)).json()) as { verificationMethod: { id: string }[] };
    expect(did.verificationMethod.map((method: { id: string }) => method.id)).toContain(decodeProtectedHeader(award.credentialJwt!).kid);
    expect(decodeProtectedHeader(award.credentialJwt!).kid).toMatch(new RegExp(`^${(payload.issuer as { id: string }).id}#`));

    const again = await hub.request(IssueAwardDocument, { input: { issuerId: provider.id, ...row(1) } }, { token: provider.token });
    expect(again.data!.issueAward.id).toBe(award.id);
  });

  it('refuses an entry the provider may not issue, a date before its accreditation, and another provider acting for it', async () => {
    const notAccredited = await hub.request(IssueAwardDocument, { input: { issuerId: provider.id, ...row(2, { issuedOn: daysFromNow(-600).slice(0, 10) }) } }, { token: provider.token });
    expect(notAccredited.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'issuedOn' });
    const notTheirs = await hub.request(IssueAwardDocument, { input: { issuerId: other.id, ...row(3) } }, { token: other.token });
    expect(notTheirs.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'microCredentialId' });
    const impostor = await hub.request(IssueAwardDocument, { input: { issuerId: provider.id, ...row(4) } }, { token: other.token });
    expect(impostor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('issues a cohort of 10,000, retry-safe, and revocation flips the bit in the published list', async () => {
    const inputs = Array.from({ length: 10_000 }, (_, serial) => row(10_000 + serial));
    const first = await hub.request(IssueAwardsDocument, { issuerId: provider.id, inputs }, { token: provider.token });
    expect(first.errors).toBeUndefined();
    expect(first.data!.issueAwards).toMatchObject({ issued: 10_000, failed: 0 });
    const retry = await hub.request(IssueAwardsDocument, { issuerId: provider.id, inputs: inputs.slice(0, 100) }, { token: provider.token });
    expect(retry.data!.issueAwards).toMatchObject({ issued: 0, alreadyIssued: 100 });

    const awardId = first.data!.issueAwards.results[0].awardId!;
    await must(hub.request(RevokeAwardDocument, { id: awardId, reason: 'Fel person' }, { token: provider.token }));
    const [{ status_list_id: listId, status_index: index }] = await hub.hub.subgraphs.awards.db.query('select status_list_id, status_index from award where id = $1', [awardId]);
    const list = await (await fetch(`${new URL(hub.gatewayUrl).origin}/status-lists/${listId}`)).text();
    const { payload } = await jwtVerify(list, await remoteKeyOfKid(`${new URL(hub.gatewayUrl).origin}/issuers/${provider.id}/jwks.json`));
    expect(readStatus((payload.credentialSubject as { encodedList: string }).encodedList, index)).toBe(2);

    const count = await hub.request(MicroCredentialAwardCountDocument, { id: entryId }, { token: provider.token });
    expect(count.data!.microCredential.awardCount).toBe(10_001);
    const refused = await hub.request(MicroCredentialAwardCountDocument, { id: entryId }, { token: other.token });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Each of the 10,000 is signed twice (vc+jwt and the Open Badges JWT, RS256), on a shared two-core machine.
  }, 240_000);

  it('me { awards } resolves the entry and the issuer through the graph', async () => {
    const [{ learner_id: learnerId }] = await hub.hub.subgraphs.awards.db.query('select learner_id from award where micro_credential_id = $1 limit 1', [entryId]);
    const token = await hub.token({ roles: ['learner'], subject: learnerId });
    const response = await hub.request(MyAwardsAcrossTheGraphDocument, {}, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data!.me.awards[0]).toMatchObject({ microCredential: { id: entryId, seqfLevel: 3 }, issuer: { id: provider.id, legalName: 'Nordiska Textilakademin' } });
  });

  it('import:awards issues the readable rows of a CSV file and reports each malformed row by its line, like any failed row', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cohort-'));
    const file = path.join(folder, 'kohort.csv');
    const errors = path.join(folder, 'fel.csv');
    const line = (serial: number, ...extra: string[]) => [personnummer(serial), `Lärande ${serial}`, `${serial}@example.se`, 'Godkänd', ...extra].join(',');
    fs.writeFileSync(
      file,
      [
        'personnummer,name,email,grade',
        line(30_001),
        `${personnummer(30_002)},Lärande 30002`, // line 3: two fields short
        line(30_003),
        line(30_004, 'en kolumn för mycket'), // line 5: one field too many
        '',
        `${personnummer(30_006)},"Lärande "30006,x@example.se,Godkänd`, // line 7: a broken quote
        '811218-9877,Fel Nummer,fel@example.se,Godkänd', // line 8: a personnummer with a wrong check digit
        line(30_009),
      ].join('\n') + '\n',
    );
    const options = { file, issuer: provider.id, microCredential: entryId, url: hub.gatewayUrl, token: provider.token, errors, quiet: true };
    const summary = await importCohort(options);
    expect(summary).toMatchObject({ rows: 7, issued: 3, alreadyIssued: 0, failed: 4 });
    expect(summary.failures.map((failure) => [failure.line, failure.code, failure.field])).toEqual([
      [3, 'BAD_USER_INPUT', 'row'],
      [5, 'BAD_USER_INPUT', 'row'],
      [7, 'BAD_USER_INPUT', 'row'],
      [8, 'BAD_USER_INPUT', 'learner.personalNumber'],
    ]);
    expect(summary.failures[0].message).toMatch(/2 fields where the header has 4/);
    expect(summary.failures[1].message).toMatch(/5 fields where the header has 4/);
    expect(fs.readFileSync(errors, 'utf8').split('\n')[1]).toMatch(/^3,BAD_USER_INPUT,row,"has 2 fields/);
    // Run again: the issued rows are found by their keys, nothing is issued twice.
    expect(await importCohort(options)).toMatchObject({ issued: 0, alreadyIssued: 3, failed: 4 });
    // The row fixed and the file run once more: only it is new.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`${personnummer(30_002)},Lärande 30002`, line(30_002)));
    expect(await importCohort(options)).toMatchObject({ issued: 1, alreadyIssued: 3, failed: 3 });
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
