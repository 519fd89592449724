import {
  AccreditationAtDocument,
  AccreditationCheckDocument,
  AccreditationHistoryDocument,
  AmendAccreditationDocument,
  GrantAccreditationDocument,
  OrganisationContactDocument,
  OrganisationRegistryEntryDocument,
  OrganisationsFilteredDocument,
  OrganisationsWithAccreditationsAndKeysDocument,
  ReinstateAccreditationDocument,
  SuspendAccreditationDocument,
  TrustRootDocument,
  UpdateOrganisationContactDocument,
  WithdrawAccreditationDocument,
  type AccreditationCheckQueryVariables,
  type GrantAccreditationInput,
} from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';
import http from 'node:http';
import { accreditationBaseUrl, authorityToken, daysFromNow, providerToken, registerIssuer, sleep } from './support/accreditation';

let hub: TestHub;
let myh: { id: string; legalName: string };
let myhToken: string;
let kommun: { id: string; legalName: string };

beforeAll(async () => {
  hub = await startTestHub();
  // Outside production, the first authority registered is the trust root.
  myh = await registerIssuer(hub, 'Myndigheten för yrkeshögskolan', 'AUTHORITY');
  myhToken = await authorityToken(hub, myh.id);
  kommun = await registerIssuer(hub, 'Skellefteå kommun', 'PUBLIC_AGENCY', { region: 'Västerbottens län' });
});
afterAll(() => hub?.stop());

let decisionNumber = 0;
const nextDecision = () => `MYH 2026/${String((decisionNumber += 1)).padStart(4, '0')}`;

/** Health and welfare (09), SeQF 2-5, non-formal, from a year ago to a year ahead. */
function careScope(organisationId: string, overrides: Partial<GrantAccreditationInput> = {}): GrantAccreditationInput {
  return {
    organisationId,
    decisionReference: nextDecision(),
    seqfLevels: [2, 3, 4, 5],
    fields: ['09'],
    credentialTypes: ['NON_FORMAL'],
    validFrom: daysFromNow(-365),
    validUntil: daysFromNow(365),
    ...overrides,
  };
}

async function grant(input: GrantAccreditationInput, token = myhToken) {
  const response = await hub.request(GrantAccreditationDocument, { input }, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.grantAccreditation;
}

async function check(variables: Partial<AccreditationCheckQueryVariables> & { organisationId: string }) {
  const response = await hub.request(AccreditationCheckDocument, {
    seqfLevel: 3,
    field: '092',
    credentialType: 'NON_FORMAL',
    ...variables,
  });
  expect(response.errors).toBeUndefined();
  return response.data!.accreditationCheck;
}

describe('an authority accredits a provider, and anyone can check it for any moment', () => {
  it('answers before, during and after the window, and after suspension and withdrawal, as things stood then', async () => {
    const provider = await registerIssuer(hub, 'Vård och omsorg Utbildning AB', 'EDUCATION_PROVIDER');
    const accreditation = await grant(careScope(provider.id));
    expect(accreditation).toMatchObject({
      kind: 'TO_ISSUE',
      seqfLevels: [2, 3, 4, 5],
      fields: ['09'],
      status: 'ACTIVE',
      version: 1,
      organisation: { id: provider.id },
      accreditingAuthority: { id: myh.id },
      basis: null,
    });

    // Before the window, inside it (also before the decision was recorded: a grant covers its own window), after it.
    const before = await check({ organisationId: provider.id, at: daysFromNow(-400) });
    expect(before).toMatchObject({ allowed: false, accreditation: { id: accreditation.id } });
    expect(before.reason).toMatch(/not yet valid on .* \(valid from /);
    expect(before.reasonSv).toMatch(/gällde ännu inte/);
    expect(await check({ organisationId: provider.id, at: daysFromNow(-30) })).toMatchObject({ allowed: true, accreditation: { id: accreditation.id }, reason: null });
    expect(await check({ organisationId: provider.id })).toMatchObject({ allowed: true });
    const after = await check({ organisationId: provider.id, at: daysFromNow(400) });
    expect(after.allowed).toBe(false);
    expect(after.reason).toMatch(/had expired by .* \(valid until /);

    // Outside the scope: another level, field or credential type. A broad field (09) covers a narrow one (092).
    const level = await check({ organisationId: provider.id, seqfLevel: 6 });
    expect(level).toMatchObject({ allowed: false, reason: expect.stringMatching(/does not cover SeQF level 6 \(it covers levels 2-5\)/) });
    const field = await check({ organisationId: provider.id, field: '023' });
    expect(field.reason).toMatch(/does not cover field 023 \(Languages\)/);
    expect((await check({ organisationId: provider.id, credentialType: 'FORMAL' })).reason).toMatch(/credential type FORMAL/);
    expect((await check({ organisationId: provider.id, field: '09' })).allowed).toBe(true);

    await sleep(15);
    const beforeSuspension = new Date().toISOString();
    await sleep(15);
    const suspended = await hub.request(SuspendAccreditationDocument, { id: accreditation.id, reason: 'Tillsyn pågår' }, { token: myhToken });
    expect(suspended.data!.suspendAccreditation).toMatchObject({ status: 'SUSPENDED', statusReason: 'Tillsyn pågår' });
    const whileSuspended = await check({ organisationId: provider.id });
    expect(whileSuspended).toMatchObject({ allowed: false, accreditation: { id: accreditation.id, status: 'SUSPENDED' } });
    expect(whileSuspended.reason).toMatch(/was suspended on .*\(reason: Tillsyn pågår\)/);
    // A credential issued before the suspension was issued under an accreditation in force.
    expect(await check({ organisationId: provider.id, at: beforeSuspension })).toMatchObject({
      allowed: true,
      accreditation: { id: accreditation.id, status: 'ACTIVE', asOf: beforeSuspension },
    });

    const reinstated = await hub.request(ReinstateAccreditationDocument, { id: accreditation.id, reason: 'Tillsynen avslutad' }, { token: myhToken });
    expect(reinstated.data!.reinstateAccreditation.status).toBe('ACTIVE');
    expect((await check({ organisationId: provider.id })).allowed).toBe(true);
    await sleep(15);
    const beforeWithdrawal = new Date().toISOString();
    await sleep(15);

    const withdrawn = await hub.request(WithdrawAccreditationDocument, { id: accreditation.id, reason: 'Verksamheten upphör' }, { token: myhToken });
    expect(withdrawn.data!.withdrawAccreditation).toMatchObject({ status: 'WITHDRAWN', statusReason: 'Verksamheten upphör' });
    const now = await check({ organisationId: provider.id });
    expect(now.allowed).toBe(false);
    expect(now.reason).toMatch(/was withdrawn on .*Verksamheten upphör/);
    expect(now.reasonSv).toMatch(/återkallades/);
    // Withdrawal does not reach back: what was issued while it was in force stays accredited.
    expect((await check({ organisationId: provider.id, at: beforeWithdrawal })).allowed).toBe(true);
    expect((await check({ organisationId: provider.id, at: beforeSuspension })).allowed).toBe(true);
    expect((await check({ organisationId: provider.id, at: daysFromNow(-30) })).allowed).toBe(true);

    // A withdrawn accreditation cannot be reinstated, and nothing is written trying.
    const reinstate = await hub.request(ReinstateAccreditationDocument, { id: accreditation.id }, { token: myhToken });
    expect(reinstate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(reinstate.errors?.[0].message).toMatch(/withdrawn .* cannot be reinstated/);

    // Every change is a new state, recorded with who made it; the person is shown to authorities only.
    const history = await hub.request(AccreditationHistoryDocument, { id: accreditation.id }, { token: myhToken });
    expect(history.errors).toBeUndefined();
    const states = history.data!.accreditation.history;
    expect(states.map((state) => [state.version, state.change, state.status])).toEqual([
      [1, 'GRANTED', 'ACTIVE'],
      [2, 'SUSPENDED', 'SUSPENDED'],
      [3, 'REINSTATED', 'ACTIVE'],
      [4, 'WITHDRAWN', 'WITHDRAWN'],
    ]);
    expect(states.map((state) => state.reason)).toEqual([null, 'Tillsyn pågår', 'Tillsynen avslutad', 'Verksamheten upphör']);
    for (const state of states) {
      expect(state.recordedBy).toMatch(/^authority-/);
      expect(state.recordedByOrganisation).toEqual({ id: myh.id });
    }
    const anonymous = await hub.request(AccreditationHistoryDocument, { id: accreditation.id });
    expect(anonymous.data!.accreditation.history[0]).toMatchObject({ change: 'GRANTED', recordedBy: null, recordedByOrganisation: { id: myh.id } });
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });

    // Not even a direct write to the database can rewrite the history.
    const db = hub.hub.subgraphs.accreditation.db;
    await expect(db.query("update accreditation_state set reason = 'rewritten' where accreditation_id = $1", [accreditation.id])).rejects.toThrow(/append-only/);
    await expect(db.query('delete from accreditation_state where accreditation_id = $1', [accreditation.id])).rejects.toThrow(/append-only/);

    // The accreditation as it stood at a past moment.
    const then = await hub.request(AccreditationAtDocument, { id: accreditation.id, at: beforeSuspension });
    expect(then.data!.accreditation).toMatchObject({ status: 'ACTIVE', asOf: beforeSuspension });
  });

  it('amends as a new version: the new scope applies from then on, the old one before', async () => {
    const provider = await registerIssuer(hub, 'Omsorgsakademin AB', 'EDUCATION_PROVIDER');
    const accreditation = await grant(careScope(provider.id));
    await sleep(15);
    const beforeAmendment = new Date().toISOString();
    await sleep(15);
    const amendment = { ...careScope(provider.id), seqfLevels: [2, 3, 4, 5, 6], decisionReference: 'MYH 2026/ÄNDRING-1' };
    const { organisationId: _ignored, ...input } = amendment;
    const amended = await hub.request(AmendAccreditationDocument, { id: accreditation.id, input }, { token: myhToken });
    expect(amended.errors).toBeUndefined();
    expect(amended.data!.amendAccreditation).toMatchObject({ id: accreditation.id, version: 2, seqfLevels: [2, 3, 4, 5, 6], decisionReference: 'MYH 2026/ÄNDRING-1' });
    expect((await check({ organisationId: provider.id, seqfLevel: 6 })).allowed).toBe(true);
    expect((await check({ organisationId: provider.id, seqfLevel: 6, at: beforeAmendment })).allowed).toBe(false);
    const was = await hub.request(AccreditationAtDocument, { id: accreditation.id, at: beforeAmendment });
    expect(was.data!.accreditation).toMatchObject({ version: 1, seqfLevels: [2, 3, 4, 5] });
    // Amending again with the same decision changes nothing.
    const again = await hub.request(AmendAccreditationDocument, { id: accreditation.id, input }, { token: myhToken });
    expect(again.data!.amendAccreditation.version).toBe(2);
    const history = await hub.request(AccreditationHistoryDocument, { id: accreditation.id }, { token: myhToken });
    expect(history.data!.accreditation.history.map((state) => [state.change, state.scopeVersion, state.decisionReference])).toEqual([
      ['GRANTED', 1, accreditation.decisionReference],
      ['AMENDED', 2, 'MYH 2026/ÄNDRING-1'],
    ]);
  });

  it('reports which of two overlapping accreditations decided, and falls back to the other', async () => {
    const provider = await registerIssuer(hub, 'Dubbelt ackrediterad AB', 'EDUCATION_PROVIDER');
    const shorter = await grant(careScope(provider.id, { validUntil: daysFromNow(100) }));
    const longer = await grant(careScope(provider.id, { seqfLevels: [3], fields: ['092'], validUntil: daysFromNow(800) }));
    const both = await check({ organisationId: provider.id, seqfLevel: 3, field: '092' });
    expect(both).toMatchObject({ allowed: true, accreditation: { id: longer.id }, alsoAllowedBy: [{ id: shorter.id }] });
    // Only the shorter one covers level 4.
    expect(await check({ organisationId: provider.id, seqfLevel: 4 })).toMatchObject({ allowed: true, accreditation: { id: shorter.id }, alsoAllowedBy: [] });

    await hub.request(SuspendAccreditationDocument, { id: longer.id, reason: 'Granskning' }, { token: myhToken });
    expect(await check({ organisationId: provider.id, seqfLevel: 3, field: '092' })).toMatchObject({
      allowed: true,
      accreditation: { id: shorter.id },
      alsoAllowedBy: [],
    });
    await hub.request(SuspendAccreditationDocument, { id: shorter.id, reason: 'Granskning' }, { token: myhToken });
    const neither = await check({ organisationId: provider.id, seqfLevel: 3, field: '092' });
    expect(neither.allowed).toBe(false);
    expect(neither.reason).toMatch(/suspended.*None of its 1 other accreditation\(s\) allows it either/);
  });

  it('limits an accreditation to named catalogue entries when the decision names them', async () => {
    const provider = await registerIssuer(hub, 'Reparationssömnad i Norr AB', 'INDUSTRY_BODY');
    const entry = '3f0b2a4e-7d2c-4b59-9a51-0c7f3f1d2e11';
    await grant(careScope(provider.id, { fields: ['072'], microCredentialIds: [entry] }));
    expect((await check({ organisationId: provider.id, field: '072', microCredentialId: entry })).allowed).toBe(true);
    const unnamed = await check({ organisationId: provider.id, field: '072' });
    expect(unnamed.reason).toMatch(/limited to 1 specific micro-credential\(s\), and none was named/);
    const other = await check({ organisationId: provider.id, field: '072', microCredentialId: '00000000-0000-4000-8000-000000000001' });
    expect(other.reason).toMatch(/does not cover micro-credential 00000000-0000-4000-8000-000000000001/);
  });

  it('answers plainly for an organisation without accreditation, and for one that is not registered', async () => {
    const none = await check({ organisationId: kommun.id });
    expect(none).toMatchObject({ allowed: false, accreditation: null });
    expect(none.reason).toBe('Skellefteå kommun holds no accreditation to issue credentials.');
    expect(none.reasonSv).toBe('Skellefteå kommun har ingen ackreditering för att utfärda meriter.');
    const unknown = await check({ organisationId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.reason).toMatch(/No organisation with id .* is registered/);
  });
});

describe('the chain of trust', () => {
  it('lets an authority accredited to accredit grant within its own scope, and no wider', async () => {
    expect((await hub.request(TrustRootDocument, {})).data!.trustRoot).toEqual({ id: myh.id, legalName: myh.legalName, isTrustRoot: true });
    const region = await registerIssuer(hub, 'Region Västerbotten', 'AUTHORITY');
    const regionToken = await authorityToken(hub, region.id);
    const provider = await registerIssuer(hub, 'Skellefteå Kraft AB', 'EMPLOYER');

    // Before it is accredited to accredit, the region cannot accredit anyone.
    const early = await hub.request(GrantAccreditationDocument, { input: careScope(provider.id) }, { token: regionToken });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(early.errors?.[0].message).toMatch(/Region Västerbotten is neither the trust root \(Myndigheten för yrkeshögskolan\) nor accredited to accredit/);

    const toAccredit = await grant(
      careScope(region.id, {
        kind: 'TO_ACCREDIT',
        seqfLevels: [2, 3, 4],
        fields: ['07', '09'],
        credentialTypes: ['NON_FORMAL', 'INDUSTRY_VALIDATION'],
        validFrom: daysFromNow(-400),
        validUntil: daysFromNow(400),
      }),
    );
    expect(toAccredit.kind).toBe('TO_ACCREDIT');

    const wider = await hub.request(GrantAccreditationDocument, { input: careScope(provider.id, { seqfLevels: [3, 5] }) }, { token: regionToken });
    expect(wider.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seqfLevels' });
    expect(wider.errors?.[0].message).toMatch(/wider than the accrediting authority's own scope: .*does not cover SeQF level 5 \(it covers levels 2-4\)/);
    const otherField = await hub.request(GrantAccreditationDocument, { input: careScope(provider.id, { seqfLevels: [3], fields: ['06'] }) }, { token: regionToken });
    expect(otherField.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fields' });
    const longer = await hub.request(
      GrantAccreditationDocument,
      { input: careScope(provider.id, { seqfLevels: [3], validUntil: daysFromNow(900) }) },
      { token: regionToken },
    );
    expect(longer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validUntil' });

    const issued = await grant(careScope(provider.id, { seqfLevels: [3, 4], fields: ['071'], credentialTypes: ['INDUSTRY_VALIDATION'] }), regionToken);
    expect(issued).toMatchObject({ accreditingAuthority: { id: region.id }, basis: { id: toAccredit.id } });

    const allowed = await check({ organisationId: provider.id, seqfLevel: 4, field: '071', credentialType: 'INDUSTRY_VALIDATION' });
    expect(allowed).toMatchObject({ allowed: true, accreditation: { id: issued.id } });
    // The chain up to the root: the region's accreditation to accredit, granted by the root.
    expect(allowed.chain).toEqual([
      { id: toAccredit.id, kind: 'TO_ACCREDIT', organisation: { id: region.id }, accreditingAuthority: { id: myh.id, isTrustRoot: true } },
    ]);

    // When the root suspends the region's right to accredit, what the region granted stops counting, from then on.
    await sleep(15);
    const beforeBreak = new Date().toISOString();
    await sleep(15);
    await hub.request(SuspendAccreditationDocument, { id: toAccredit.id, reason: 'Tillsyn av regionen' }, { token: myhToken });
    const broken = await check({ organisationId: provider.id, seqfLevel: 4, field: '071', credentialType: 'INDUSTRY_VALIDATION' });
    expect(broken).toMatchObject({ allowed: false, accreditation: { id: issued.id } });
    expect(broken.reason).toMatch(/was granted by Region Västerbotten, which could not accredit this on .*: its accreditation to accredit .* was suspended/);
    expect(
      (await check({ organisationId: provider.id, seqfLevel: 4, field: '071', credentialType: 'INDUSTRY_VALIDATION', at: beforeBreak })).allowed,
    ).toBe(true);
    // The region cannot grant while suspended.
    const meanwhile = await hub.request(GrantAccreditationDocument, { input: careScope(provider.id, { seqfLevels: [2] }) }, { token: regionToken });
    expect(meanwhile.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    // Only the authority that granted an accreditation changes it.
    const notYours = await hub.request(WithdrawAccreditationDocument, { id: issued.id, reason: 'x' }, { token: myhToken });
    expect(notYours.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('accredits to accredit only authorities', async () => {
    const provider = await registerIssuer(hub, 'Inte en myndighet AB', 'EDUCATION_PROVIDER');
    const response = await hub.request(GrantAccreditationDocument, { input: careScope(provider.id, { kind: 'TO_ACCREDIT' }) }, { token: myhToken });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
  });
});

describe('bad and hostile input is refused with the field named, and nothing is written', () => {
  let provider: { id: string };
  beforeAll(async () => {
    provider = await registerIssuer(hub, 'Felinmatning AB', 'EDUCATION_PROVIDER');
  });

  async function refused(input: GrantAccreditationInput, field: string, message: RegExp, token = myhToken) {
    const response = await hub.request(GrantAccreditationDocument, { input }, { token });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0].message).toMatch(message);
    expect(response.data).toBeNull();
  }

  it('refuses unordered dates, levels outside 1-8, unknown fields and empty scopes', async () => {
    await refused(careScope(provider.id, { validFrom: daysFromNow(10), validUntil: daysFromNow(5) }), 'validUntil', /must be after validFrom/);
    const sameMoment = daysFromNow(10); // one reading of the clock: two could differ by a millisecond
    await refused(careScope(provider.id, { validFrom: sameMoment, validUntil: sameMoment }), 'validUntil', /must be after validFrom/);
    await refused(careScope(provider.id, { seqfLevels: [0, 3] }), 'seqfLevels', /0 is not a SeQF level; levels are 1-8/);
    await refused(careScope(provider.id, { seqfLevels: [9] }), 'seqfLevels', /9 is not a SeQF level/);
    await refused(careScope(provider.id, { fields: ['999'] }), 'fields', /'999' is not an ISCED-F field code/);
    await refused(careScope(provider.id, { fields: ["09'; drop table accreditation; --"] }), 'fields', /is not an ISCED-F field code/);
    await refused(careScope(provider.id, { seqfLevels: [] }), 'seqfLevels', /at least one/);
    await refused(careScope(provider.id, { decisionReference: '  ' }), 'decisionReference', /1-100 characters/);
    await refused(careScope(provider.id, { microCredentialIds: ['not-a-uuid'] }), 'microCredentialIds', /not a valid id/);
    await refused(careScope('00000000-0000-4000-8000-000000000000'), 'organisationId', /no organisation with id/);
    const count = await hub.request(OrganisationsFilteredDocument, { accreditedForLevel: 3 });
    expect(count.data!.organisations.nodes.map((node) => node.id)).not.toContain(provider.id);
  });

  it('refuses an authority accrediting itself', async () => {
    await refused(careScope(myh.id), 'organisationId', /Myndigheten för yrkeshögskolan cannot accredit itself/);
  });

  it('lets only authorities acting for an authority organisation accredit', async () => {
    const asProvider = await hub.request(GrantAccreditationDocument, { input: careScope(provider.id) }, { token: await providerToken(hub, provider.id) });
    expect(asProvider.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await hub.request(GrantAccreditationDocument, { input: careScope(provider.id) });
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const noOrganisation = await hub.request(GrantAccreditationDocument, { input: careScope(provider.id) }, { token: await hub.token({ roles: ['authority'] }) });
    expect(noOrganisation.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(noOrganisation.errors?.[0].message).toMatch(/claim "org"/);
    const providerAsAuthority = await hub.request(GrantAccreditationDocument, { input: careScope(kommun.id) }, { token: await authorityToken(hub, provider.id) });
    expect(providerAsAuthority.errors?.[0].message).toMatch(/Felinmatning AB is not an authority/);
    const suspend = await hub.request(SuspendAccreditationDocument, { id: '00000000-0000-4000-8000-000000000000', reason: 'x' }, { token: await providerToken(hub, provider.id) });
    expect(suspend.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('does not duplicate a retried grant, and refuses a different grant under the same key or decision', async () => {
    const input = careScope(provider.id, { idempotencyKey: 'grant-felinmatning-1' });
    const first = await grant(input);
    const again = await grant(input);
    expect(again.id).toBe(first.id);
    const sameDecisionNoKey = await grant({ ...input, idempotencyKey: null });
    expect(sameDecisionNoKey.id).toBe(first.id);
    const otherScope = await hub.request(GrantAccreditationDocument, { input: { ...input, seqfLevels: [2] } }, { token: myhToken });
    expect(otherScope.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    const otherScopeSameDecision = await hub.request(GrantAccreditationDocument, { input: { ...input, idempotencyKey: null, seqfLevels: [2] } }, { token: myhToken });
    expect(otherScopeSameDecision.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'decisionReference' });
    // Concurrent retries of one grant make one accreditation.
    const concurrent = careScope(provider.id, { idempotencyKey: 'grant-felinmatning-2' });
    const results = await Promise.all([1, 2, 3, 4].map(() => hub.request(GrantAccreditationDocument, { input: concurrent }, { token: myhToken })));
    expect(new Set(results.map((result) => result.data?.grantAccreditation.id)).size).toBe(1);
  });

  it('refuses suspension and withdrawal without a reason', async () => {
    const accreditation = await grant(careScope(provider.id));
    const suspend = await hub.request(SuspendAccreditationDocument, { id: accreditation.id, reason: '   ' }, { token: myhToken });
    expect(suspend.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const withdraw = await hub.request(WithdrawAccreditationDocument, { id: accreditation.id, reason: '' }, { token: myhToken });
    expect(withdraw.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const history = await hub.request(AccreditationHistoryDocument, { id: accreditation.id });
    expect(history.data!.accreditation.history).toHaveLength(1);
  });

  it('refuses a check with a level, field or id that cannot exist', async () => {
    const level = await hub.request(AccreditationCheckDocument, { organisationId: provider.id, seqfLevel: 9, field: '09', credentialType: 'FORMAL' });
    expect(level.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seqfLevel' });
    const field = await hub.request(AccreditationCheckDocument, { organisationId: provider.id, seqfLevel: 3, field: 'vård', credentialType: 'FORMAL' });
    expect(field.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'field' });
    const id = await hub.request(AccreditationCheckDocument, { organisationId: "x' or 1=1", seqfLevel: 3, field: '09', credentialType: 'FORMAL' });
    expect(id.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId' });
  });
});

describe('finding organisations', () => {
  it('filters by type, region and what they are accredited for now', async () => {
    const accredited = await registerIssuer(hub, 'Filtrerad Vård AB', 'EDUCATION_PROVIDER', { region: 'Norrbottens län' });
    await grant(careScope(accredited.id, { seqfLevels: [7], fields: ['091'], credentialTypes: ['FORMAL'] }));
    const found = async (variables: Parameters<typeof hub.request<unknown, object>>[1]) => {
      const response = await hub.request(OrganisationsFilteredDocument, { first: 100, ...(variables as object) });
      expect(response.errors).toBeUndefined();
      return response.data!.organisations.nodes.map((node) => node.legalName);
    };
    expect(await found({ accreditedForLevel: 7 })).toEqual(['Filtrerad Vård AB']);
    expect(await found({ accreditedForLevel: 7, field: '091' })).toEqual(['Filtrerad Vård AB']);
    expect(await found({ accreditedForLevel: 7, field: '09' })).toEqual([]);
    expect(await found({ accreditedForLevel: 7, field: '092' })).toEqual([]);
    expect(await found({ accreditedForLevel: 7, credentialType: 'NON_FORMAL' })).toEqual([]);
    expect(await found({ region: '25', accreditedForLevel: 7 })).toEqual(['Filtrerad Vård AB']);
    expect(await found({ region: 'Västerbottens län', accreditedForLevel: 7 })).toEqual([]);
    expect(await found({ type: 'AUTHORITY' })).toEqual(expect.arrayContaining(['Myndigheten för yrkeshögskolan', 'Region Västerbotten']));
    expect(await found({ type: 'AUTHORITY' })).not.toContain('Skellefteå kommun');
    const bad = await hub.request(OrganisationsFilteredDocument, { accreditedForLevel: 0 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accreditedForLevel' });
    // Paged with the filter on.
    const page = await hub.request(OrganisationsFilteredDocument, { first: 1, type: 'AUTHORITY' });
    const next = await hub.request(OrganisationsFilteredDocument, { first: 1, type: 'AUTHORITY', after: page.data!.organisations.pageInfo.endCursor });
    expect(next.data!.organisations.nodes[0].id).not.toBe(page.data!.organisations.nodes[0].id);
    expect(next.data!.organisations.nodes[0].type).toBe('AUTHORITY');
  });

  it('lists organisations with their accreditations and keys in a constant number of SQL statements', async () => {
    for (let index = 0; index < 12; index += 1) {
      const employer = await registerIssuer(hub, `Batcharbetsgivare ${index}`, 'EMPLOYER');
      await grant(careScope(employer.id));
    }
    const costOf = async (first: number) => {
      const before = hub.statements().accreditation;
      const response = await hub.request(OrganisationsWithAccreditationsAndKeysDocument, { first, type: 'EMPLOYER' });
      expect(response.errors).toBeUndefined();
      expect(response.data!.organisations.nodes.length).toBeGreaterThanOrEqual(Math.min(first, 12));
      for (const node of response.data!.organisations.nodes) {
        if (node.accreditations.length) expect(node.accreditations[0].accreditingAuthority.id).toBe(myh.id);
      }
      return hub.statements().accreditation - before;
    };
    const few = await costOf(2);
    const many = await costOf(12);
    expect(many).toBe(few);
  });

  it("shows an organisation's contact to authorities and to the organisation itself, not to everyone", async () => {
    const own = await providerToken(hub, kommun.id);
    const updated = await hub.request(
      UpdateOrganisationContactDocument,
      { id: kommun.id, input: { contact: { name: 'Registrator', email: 'registrator@skelleftea.se', phone: '+46 910 73 50 00' } } },
      { token: own },
    );
    expect(updated.errors).toBeUndefined();
    const contact = { name: 'Registrator', email: 'registrator@skelleftea.se', phone: '+46 910 73 50 00' };
    expect((await hub.request(OrganisationContactDocument, { id: kommun.id }, { token: own })).data!.organisation.contact).toEqual(contact);
    expect((await hub.request(OrganisationContactDocument, { id: kommun.id }, { token: myhToken })).data!.organisation.contact).toEqual(contact);
    const anonymous = await hub.request(OrganisationContactDocument, { id: kommun.id });
    expect(anonymous.data!.organisation).toMatchObject({ legalName: 'Skellefteå kommun', contact: null });
    const other = await hub.request(OrganisationContactDocument, { id: kommun.id }, { token: await providerToken(hub, myh.id) });
    expect(other.data!.organisation.contact).toBeNull();
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const badEmail = await hub.request(UpdateOrganisationContactDocument, { id: kommun.id, input: { contact: { email: 'inte en adress' } } }, { token: own });
    expect(badEmail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contact.email' });
  });
});

describe('did:web without PUBLIC_URL', () => {
  it('names the issuer at the hub public address (the gateway), whatever Host header a request carries', async () => {
    const gateway = new URL(hub.gatewayUrl);
    const expected = `did:web:localhost%3A${gateway.port}:issuers:${kommun.id}`;
    const base = new URL(accreditationBaseUrl(hub));
    const response = await fetch(`${base.origin}/issuers/${kommun.id}/did.json`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: string }).id).toBe(expected);
    expect((await hub.request(OrganisationRegistryEntryDocument, { id: kommun.id })).data!.organisation.did).toBe(expected);

    // A hostile Host header is not reflected into the document.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port: Number(base.port), path: `/issuers/${kommun.id}/did.json`, headers: { host: 'evil.example' } },
        (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(answer.status).toBe(200);
    expect(answer.body).not.toContain('evil.example');
    expect(JSON.parse(answer.body).id).toBe(expected);
  });
});
