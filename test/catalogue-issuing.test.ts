import {
  DefineQualificationDocument,
  GrantIssuingRightDocument,
  IssuersDocument,
  MicroCredentialDocument,
  PublishMicroCredentialDocument,
  QualificationProgressDocument,
  QualificationsDocument,
  ReviseMicroCredentialDocument,
  UpdateMicroCredentialDraftDocument,
  WithdrawIssuingRightDocument,
} from './generated/graphql';
import { installAccreditationDouble } from './support/accreditation-double';
import { completeContent, draft, registerOrganisation } from './support/catalogue';
import { startTestHub, type TestHub } from './support/hub';

let hub: TestHub;
let double: ReturnType<typeof installAccreditationDouble>;
let creator: { id: string };
let creatorToken: string;
let partner: { id: string };
let outsider: { id: string };
let outsiderToken: string;

beforeAll(async () => {
  hub = await startTestHub();
  double = installAccreditationDouble();
  const authority = await hub.token({ roles: ['authority'] });
  creator = await registerOrganisation(hub, authority, 'Nordiska Textilakademin');
  creatorToken = await hub.token({ roles: ['provider'], organisationId: creator.id });
  partner = await registerOrganisation(hub, authority, 'Proteko');
  outsider = await registerOrganisation(hub, authority, 'Utomstående AB');
  outsiderToken = await hub.token({ roles: ['provider'], organisationId: outsider.id });
  double.accredit(creator.id, { seqfLevels: [3, 4], fields: ['07'], credentialTypes: ['INDUSTRY_VALIDATION', 'NON_FORMAL'] });
});
afterAll(async () => {
  double?.restore();
  await hub?.stop();
});

async function publishedEntry(title: string) {
  const created = await draft(hub, creator.id, completeContent({ title: { sv: title, en: title }, seqfLevel: 3, field: '072' }));
  const published = await hub.request(PublishMicroCredentialDocument, { id: created.id }, { token: creatorToken });
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return { ...created, publishedAt: published.data!.publishMicroCredential.publishedAt! };
}

describe('the right to issue an entry', () => {
  it('lets the creator grant another organisation the right, with dates, and withdraw it', async () => {
    const entry = await publishedEntry('Reparationssömnad');
    const from = new Date(Date.now() - 60_000).toISOString();
    const until = new Date(Date.now() + 365 * 86_400_000).toISOString();
    const input = { entryId: entry.entryId, organisationId: partner.id, validFrom: from, validUntil: until };
    const granted = await hub.request(GrantIssuingRightDocument, { input }, { token: creatorToken });
    expect(granted.data!.grantIssuingRight).toMatchObject({
      organisation: { id: partner.id, legalName: 'Proteko' },
      basis: 'GRANTED',
      validFrom: from,
      validUntil: until,
      withdrawnAt: null,
      active: true,
    });
    // A retried grant returns the right; a grant with other dates while one is open is refused.
    const retried = await hub.request(GrantIssuingRightDocument, { input }, { token: creatorToken });
    expect(retried.data!.grantIssuingRight.grantedAt).toBe(granted.data!.grantIssuingRight.grantedAt);
    const other = await hub.request(GrantIssuingRightDocument, { input: { ...input, validUntil: null } }, { token: creatorToken });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'organisationId' });

    const issuers = await hub.request(IssuersDocument, { id: entry.id, organisationId: partner.id });
    expect(issuers.data!.microCredential.issuers.map((issuer) => [issuer.organisation!.legalName, issuer.basis, issuer.active])).toEqual([
      ['Nordiska Textilakademin', 'OWNER', true],
      ['Proteko', 'GRANTED', true],
    ]);
    expect(issuers.data!.microCredential.canIssue).toBe(true);
    const beforeRight = await hub.request(IssuersDocument, { id: entry.id, organisationId: partner.id, at: new Date(Date.now() - 120_000).toISOString() });
    expect(beforeRight.data!.microCredential.canIssue).toBe(false);
    const outsiderMay = await hub.request(IssuersDocument, { id: entry.id, organisationId: outsider.id });
    expect(outsiderMay.data!.microCredential.canIssue).toBe(false);

    const withdrawn = await hub.request(WithdrawIssuingRightDocument, { entryId: entry.entryId, organisationId: partner.id }, { token: creatorToken });
    expect(withdrawn.data!.withdrawIssuingRight).toMatchObject({ basis: 'GRANTED', active: false });
    const withdrawnAt = withdrawn.data!.withdrawIssuingRight.withdrawnAt!;
    const again = await hub.request(WithdrawIssuingRightDocument, { entryId: entry.entryId, organisationId: partner.id }, { token: creatorToken });
    expect(again.data!.withdrawIssuingRight.withdrawnAt).toBe(withdrawnAt);
    // Withdrawal works from then on; what the partner could issue before stays answerable.
    const now = await hub.request(IssuersDocument, { id: entry.id, organisationId: partner.id });
    expect(now.data!.microCredential.canIssue).toBe(false);
    expect(now.data!.microCredential.issuers[1]).toMatchObject({ withdrawnAt, active: false });
    const whileHeld = await hub.request(IssuersDocument, { id: entry.id, organisationId: partner.id, at: new Date(Date.parse(withdrawnAt) - 1).toISOString() });
    expect(whileHeld.data!.microCredential.canIssue).toBe(true);
    // A new grant after a withdrawal is a new right, the old one kept.
    await hub.request(GrantIssuingRightDocument, { input: { ...input, validFrom: null, validUntil: null } }, { token: creatorToken });
    const history = await hub.request(IssuersDocument, { id: entry.id, organisationId: partner.id });
    expect(history.data!.microCredential.issuers.map((issuer) => [issuer.basis, issuer.active])).toEqual([
      ['OWNER', true],
      ['GRANTED', false],
      ['GRANTED', true],
    ]);
  });

  it('refuses grants by anyone but the creator, to the creator itself, to unknown organisations and with dates out of order', async () => {
    const entry = await publishedEntry('Lappning');
    const input = { entryId: entry.entryId, organisationId: partner.id };
    const byOutsider = await hub.request(GrantIssuingRightDocument, { input }, { token: outsiderToken });
    expect(byOutsider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const withdrawByOutsider = await hub.request(WithdrawIssuingRightDocument, input, { token: outsiderToken });
    expect(withdrawByOutsider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const toSelf = await hub.request(GrantIssuingRightDocument, { input: { ...input, organisationId: creator.id } }, { token: creatorToken });
    expect(toSelf.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId' });
    const unknown = await hub.request(
      GrantIssuingRightDocument,
      { input: { ...input, organisationId: '00000000-0000-4000-8000-000000000001' } },
      { token: creatorToken },
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId' });
    const backwards = await hub.request(
      GrantIssuingRightDocument,
      { input: { ...input, validFrom: '2030-01-01T00:00:00.000Z', validUntil: '2029-01-01T00:00:00.000Z' } },
      { token: creatorToken },
    );
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validUntil' });
    const issuers = await hub.request(IssuersDocument, { id: entry.id, organisationId: partner.id });
    expect(issuers.data!.microCredential.issuers).toHaveLength(1);
  });

  it('allows issuing against a version only while it was the published one', async () => {
    const created = await draft(hub, creator.id, completeContent({ title: { sv: 'Knappisättning', en: 'Sewing on buttons' }, seqfLevel: 3, field: '072' }));
    const draftCheck = await hub.request(IssuersDocument, { id: created.id, organisationId: creator.id }, { token: creatorToken });
    expect(draftCheck.data!.microCredential.canIssue).toBe(false);
    const v1 = await hub.request(PublishMicroCredentialDocument, { id: created.id }, { token: creatorToken });
    const v1PublishedAt = v1.data!.publishMicroCredential.publishedAt!;
    const v2 = (await hub.request(ReviseMicroCredentialDocument, { entryId: created.entryId }, { token: creatorToken })).data!.reviseMicroCredential;
    await hub.request(UpdateMicroCredentialDraftDocument, { id: v2.id, input: completeContent({ title: { sv: 'Knappar', en: 'Buttons' }, seqfLevel: 3, field: '072' }) }, { token: creatorToken });
    await hub.request(PublishMicroCredentialDocument, { id: v2.id }, { token: creatorToken });
    const old = await hub.request(IssuersDocument, { id: created.id, organisationId: creator.id });
    expect(old.data!.microCredential.canIssue).toBe(false);
    const then = await hub.request(IssuersDocument, { id: created.id, organisationId: creator.id, at: new Date(Date.parse(v1PublishedAt) + 1).toISOString() });
    expect(then.data!.microCredential.canIssue).toBe(true);
    const current = await hub.request(IssuersDocument, { id: v2.id, organisationId: creator.id });
    expect(current.data!.microCredential.canIssue).toBe(true);
  });
});

describe('qualifications that entries stack into', () => {
  it('defines a qualification with its rule, shows it on its entries, and computes progress towards it', async () => {
    const basics = await publishedEntry('Grundläggande sömnad');
    const jeans = await publishedEntry('Jeansreparation');
    const leather = await publishedEntry('Läderreparation');
    const input = {
      ownerId: creator.id,
      code: 'REP-KVAL',
      kind: 'PARTIAL' as const,
      title: { sv: 'Reparatör av textilier (delkvalifikation)', en: 'Textile repairer (partial qualification)' },
      seqfLevel: 3,
      requiredCount: 2,
      components: [
        { entryId: basics.entryId, mandatory: true },
        { entryId: jeans.entryId, mandatory: false },
        { entryId: leather.entryId, mandatory: false },
      ],
    };
    const defined = await hub.request(DefineQualificationDocument, { input }, { token: creatorToken });
    expect(defined.errors).toBeUndefined();
    const qualification = defined.data!.defineQualification;
    expect(qualification).toMatchObject({ code: 'REP-KVAL', kind: 'PARTIAL', requiredCount: 2, owner: { legalName: 'Nordiska Textilakademin' } });
    expect(qualification.components.map((component) => [component.entryId, component.mandatory, component.microCredential?.id])).toEqual([
      [basics.entryId, true, basics.id],
      [jeans.entryId, false, jeans.id],
      [leather.entryId, false, leather.id],
    ]);

    const entry = await hub.request(MicroCredentialDocument, { id: jeans.id });
    expect(entry.data!.microCredential.stackability?.qualifications).toEqual([{ id: qualification.id, code: 'REP-KVAL' }]);

    const progress = async (entryIds: string[]) =>
      (await hub.request(QualificationProgressDocument, { id: qualification.id, entryIds })).data!.qualification.progress;
    expect(await progress([jeans.entryId, leather.entryId])).toEqual({
      complete: false,
      counted: 2,
      requiredCount: 2,
      missingMandatory: [basics.entryId],
      remaining: 1,
    });
    expect(await progress([basics.entryId, leather.entryId, '00000000-0000-4000-8000-000000000009'])).toMatchObject({ complete: true, counted: 2, remaining: 0 });
    expect(await progress([])).toMatchObject({ complete: false, counted: 0, remaining: 2 });

    // Defining the same code again replaces the definition rather than adding a second one.
    const redefined = await hub.request(DefineQualificationDocument, { input: { ...input, requiredCount: 3 } }, { token: creatorToken });
    expect(redefined.data!.defineQualification).toMatchObject({ id: qualification.id, requiredCount: 3 });
    const list = await hub.request(QualificationsDocument, { first: 10 });
    expect(list.data!.qualifications.nodes.filter((node) => node.code === 'REP-KVAL')).toHaveLength(1);
  });

  it('refuses a rule that cannot be met, unknown entries, and definitions for another organisation', async () => {
    const entry = await publishedEntry('Stoppning');
    const input = {
      ownerId: creator.id,
      code: 'BAD',
      kind: 'FULL' as const,
      title: { sv: 'Fel' },
      requiredCount: 1,
      components: [{ entryId: entry.entryId, mandatory: true }],
    };
    const tooMany = await hub.request(DefineQualificationDocument, { input: { ...input, requiredCount: 2 } }, { token: creatorToken });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requiredCount' });
    const unknown = await hub.request(
      DefineQualificationDocument,
      { input: { ...input, components: [{ entryId: '00000000-0000-4000-8000-000000000002', mandatory: false }] } },
      { token: creatorToken },
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'components[0].entryId' });
    const twice = await hub.request(
      DefineQualificationDocument,
      { input: { ...input, components: [{ entryId: entry.entryId, mandatory: true }, { entryId: entry.entryId, mandatory: false }] } },
      { token: creatorToken },
    );
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'components[1].entryId' });
    const forOther = await hub.request(DefineQualificationDocument, { input }, { token: outsiderToken });
    expect(forOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await hub.request(DefineQualificationDocument, { input });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
