import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { importJWK, type JWK } from 'jose';
import * as x509 from '@peculiar/x509';
import { hubClient } from '../demo/client';
import { syntheticPersonnummer } from '../demo/data';
import { loadDemoData, type DemoData } from '../demo/load';
import { leafKey, readJades, verifyJades, type JadesDocument } from '../services/awards/jades';
import { LOQ_CONTEXT } from '../services/catalogue/europass';
import { assessmentType, mode } from '../platform/europass-vocabulary';
import {
  CreateShareDocument,
  WithdrawShareDocument,
  DefineQualificationDocument,
  EuropassAwardsIssuedDocument,
  EuropassOrganisationNumberDocument,
  IssueAwardDocument,
  UploadSealCertificateDocument,
  VerifyCredentialDocument,
  EuropassLearningOpportunityDocument,
  EuropassMyAwardsDocument,
  RetireMicroCredentialDocument,
  ReviseMicroCredentialDocument,
  PublishMicroCredentialDocument,
  type EuropassAwardsIssuedQuery,
  type EuropassAwardsIssuedQueryVariables,
} from './generated/graphql';
import { toDataset, validateShacl } from './support/elm-shacl';
import { startTestHub, type TestHub } from './support/hub';
import { sharedPath } from './support/shared';

const SAMPLES = sharedPath('standards', 'samples', 'elm-v3');
const signedSample = () => JSON.parse(fs.readFileSync(path.join(SAMPLES, 'Sample-MC-Annex1-signed.jsonld'), 'utf8')) as JadesDocument;

describe('the SHACL check itself (rdf-validate-shacl on jsonld, offline)', () => {
  it("accepts the official signed micro-credential sample's payload", async () => {
    const result = await validateShacl(JSON.parse(signedSample().payload), 'edc-generic');
    expect(result.violations).toEqual([]);
    expect(result.conforms).toBe(true);
  });

  it('refuses it with a mandatory element removed (the achievement without its awarding process)', async () => {
    const payload = JSON.parse(signedSample().payload);
    delete payload.credentialSubject.hasClaim.awardedBy;
    const result = await validateShacl(payload, 'edc-generic');
    expect(result.conforms).toBe(false);
    expect(result.violations.join('\n')).toMatch(/awardedBy .*MinCountConstraintComponent/);
  });

  it('refuses it without display parameters, and under the accredited profile (no accreditation in its evidence)', async () => {
    const payload = JSON.parse(signedSample().payload);
    expect((await validateShacl(payload, 'edc-accredited')).conforms).toBe(false);
    delete payload.displayParameter;
    expect((await validateShacl(payload, 'edc-generic')).conforms).toBe(false);
  });

  it('refuses a learning opportunity without its provider under the LOQ shapes', async () => {
    const opportunity = {
      '@context': LOQ_CONTEXT,
      id: 'https://example.org/lo/1',
      type: 'LearningOpportunity',
      title: { en: 'A course' },
      homepage: { id: 'urn:x:homepage', type: 'WebResource', contentURL: 'https://example.org/lo/1' },
      defaultLanguage: { id: 'http://publications.europa.eu/resource/authority/language/ENG', type: 'Concept' },
    };
    const result = await validateShacl(opportunity, 'loq');
    expect(result.conforms).toBe(false);
    expect(result.violations.join('\n')).toMatch(/providedBy .*MinCountConstraintComponent/);
    // The LOQ shapes are closed: a property they do not name is refused too.
    const extra = await validateShacl({ ...opportunity, 'http://data.europa.eu/snb/model/elm/colour': 'red' }, 'loq');
    expect(extra.violations.join('\n')).toMatch(/colour .*ClosedConstraintComponent/);
    // The controlled-vocabulary shapes (LOQ-constraints-mdr) apply too: a language not from the EU language table is refused.
    expect(result.violations.join('\n')).toMatch(/defaultLanguage .*NodeConstraintComponent/);
    const inTable = await validateShacl(
      { ...opportunity, defaultLanguage: { ...opportunity.defaultLanguage, inScheme: { id: 'http://publications.europa.eu/resource/authority/language', type: 'ConceptScheme' } } },
      'loq',
    );
    expect(inTable.violations.join('\n')).not.toMatch(/defaultLanguage/);
  });

  it("reads the official sample's JAdES seal as JAdES, and the seal holds (x5c leaf key, RS256)", async () => {
    const sample = signedSample();
    const opened = readJades(sample);
    expect(opened.header).toMatchObject({ b64: false, typ: 'jose+json' });
    // The sample carries a timestamp (adoTst), which the hub's own seals do not; the signature is checked alike.
    await expect(verifyJades(sample, leafKey(opened.header.x5c!), ['RS256'], ['adoTst'])).resolves.toBeTruthy();
    await expect(verifyJades({ ...sample, payload: sample.payload.replace('Ana', 'Anna') }, leafKey(opened.header.x5c!), ['RS256'], ['adoTst'])).rejects.toThrow();
  });
});

describe('the demo as Europass data: every award as a European Digital Credential, every entry as a learning opportunity', () => {
  let hub: TestHub;
  let demo: DemoData;

  beforeAll(async () => {
    hub = await startTestHub({ EID_LOCAL_PROVIDER: 'true' });
    demo = await loadDemoData(hubClient(hub.gatewayUrl, (caller) => hub.token(caller)));
  }, 180_000);
  afterAll(() => hub?.stop());

  type Node = { id: string; status: string; credentialJwt: string | null; europass: { profile: string; credential: Record<string, unknown>; sealed: Record<string, unknown>; mediaType: string; downloadUrl: string } | null };

  /** Every award of the demo (each issuing organisation's), read once. */
  let demoAwards: Promise<Node[]> | undefined;
  const everyAward = () =>
    (demoAwards ??= (async () => {
      const awards: Node[] = [];
      for (const [key, organisation] of Object.entries(demo.organisations)) if (key !== 'myh') awards.push(...(await issuedBy(organisation.id)));
      return awards;
    })());

  async function issuedBy(organisationId: string): Promise<Node[]> {
    const token = await hub.token({ roles: ['provider'], organisationId });
    const nodes: Node[] = [];
    let after: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof hub.request<EuropassAwardsIssuedQuery, EuropassAwardsIssuedQueryVariables>>> =
        await hub.request(EuropassAwardsIssuedDocument, { id: organisationId, first: 100, after }, { token });
      expect(response.errors).toBeUndefined();
      const page = response.data!.organisation!.awardsIssued!;
      nodes.push(...(page.nodes as Node[]));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null;
    } while (after);
    return nodes;
  }

  it('conforms to the EDC shapes (EDC-accredited on EDC-generic-full), sealed as JAdES with the issuer key that signed the W3C credential', async () => {
    const awards = await everyAward();
    expect(awards.length).toBe(demo.awards.planned);

    // Sealed: the payload is the credential, the kid the one that signed the vc+jwt, and the seal holds.
    const jwksByIssuer = new Map<string, JWK[]>();
    for (const award of awards.slice(0, 40)) {
      const sealed = award.europass!.sealed as unknown as JadesDocument;
      const opened = readJades(sealed);
      expect(opened.credential).toEqual(award.europass!.credential);
      const vcHeader = JSON.parse(Buffer.from(award.credentialJwt!.split('.')[0], 'base64url').toString());
      // The key as the issuer JWKS names it (the vc+jwt names it as a DID URL ending in that id).
      expect(opened.header).toMatchObject({ alg: vcHeader.alg, kid: String(vcHeader.kid).split('#').pop(), b64: false, crit: ['b64', 'sigT'] });
      const issuerId = String((opened.credential.issuer as { id: string }).id).split(':').pop()!;
      if (!jwksByIssuer.has(issuerId)) {
        const jwks = (await (await fetch(new URL(`/issuers/${issuerId}/jwks.json`, hub.gatewayUrl))).json()) as { keys: JWK[] };
        jwksByIssuer.set(issuerId, jwks.keys);
      }
      const jwk = jwksByIssuer.get(issuerId)!.find((candidate) => candidate.kid === opened.header.kid)!;
      await expect(verifyJades(sealed, await importJWK(jwk, opened.header.alg), [opened.header.alg!])).resolves.toBeTruthy();
    }
    let started = Date.now();
    for (const award of awards) {
      expect(award.europass).not.toBeNull();
      expect(award.europass!.profile).toBe('ACCREDITED');
    }
    // One JSON-LD document holding every award's EDC (the context processed once), so one validation covers them
    // all: each award names its own nodes.
    const context = (awards[0].europass!.credential as { '@context': unknown })['@context'];
    const graph = awards.map((award) => {
      const { '@context': own, ...credential } = award.europass!.credential as Record<string, unknown>;
      expect(own).toEqual(context);
      return credential;
    });
    const data = await toDataset({ '@context': context, '@graph': graph });
    const converted = Date.now() - started;
    started = Date.now();
    // EDC-accredited imports EDC-generic-full (which imports EDC-generic-no-cv): one run checks all three.
    const accredited = await validateShacl(data, 'edc-accredited');
    expect(accredited.violations.slice(0, 20)).toEqual([]);
    expect(accredited.conforms).toBe(true);
    process.stdout.write(`${awards.length} EDCs: JSON-LD to RDF ${converted} ms, SHACL ${Date.now() - started} ms (${data.size} quads)\n`);

  }, 300_000);

  it('carries what the W3C credential carries: learner, title in Swedish and English, issuer with organisationsnummer and county, outcomes with ESCO skills, levels, workload', async () => {
    const learnerToken = await hub.token({ roles: ['learner'], subject: demo.learner.id });
    const mine = await hub.request(EuropassMyAwardsDocument, {}, { token: learnerToken });
    expect(mine.errors).toBeUndefined();
    const award = mine.data!.me.awards[0];
    const vc = JSON.parse(Buffer.from(award.credentialJwt!.split('.')[1], 'base64url').toString());
    const edc = readJades(award.europass!.sealed).credential as any;
    const achievement = edc.credentialSubject.hasClaim;
    const microCredential = vc.credentialSubject.achievement.microCredential;
    expect(edc.type).toEqual(['VerifiableCredential', 'EuropeanDigitalCredential']);
    expect(edc.credentialSubject.fullName.sv).toBe(vc.credentialSubject.identifier[0].identityHash);
    expect(edc.displayParameter.title).toEqual(microCredential.title);
    expect(achievement.title).toEqual(microCredential.title);
    expect(achievement.awardedBy.awardingBody.legalName.sv).toBe(vc.issuer.name);
    expect(achievement.awardedBy.awardingBody.registration.notation).toBe(vc.issuer.otherIdentifier[0].identifier);
    expect(achievement.awardedBy.awardingBody.location[0].spatialCode.prefLabel.sv).toBe(vc.issuer.address.addressRegion);
    expect(achievement.awardedBy.awardingDate.slice(0, 10)).toBe(vc.awardedDate.slice(0, 10));
    const spec = achievement.specifiedBy;
    expect(spec.learningOutcome.map((outcome: any) => outcome.title)).toEqual(microCredential.learningOutcomes.map((outcome: any) => outcome.text));
    expect(spec.learningOutcome.flatMap((outcome: any) => outcome.relatedESCOSkill.map((skill: any) => skill.id))).toEqual(
      microCredential.learningOutcomes.flatMap((outcome: any) => outcome.escoSkills),
    );
    expect(spec.eqfLevel.id).toBe(`http://data.europa.eu/snb/eqf/${microCredential.eqfLevel}`);
    expect(spec.nqfLevel[0].prefLabel.sv).toBe(`SeQF-nivå ${microCredential.seqfLevel}`);
    if (microCredential.workloadHours) expect(spec.volumeOfLearning).toBe(`PT${microCredential.workloadHours}H`);
    if (microCredential.ectsCredits) expect(spec.creditPoint[0].point).toBe(String(microCredential.ectsCredits));
    // The same list and index as the W3C credential's revocation and suspension entries, in the two-bit list.
    const revocation = [vc.credentialStatus].flat().find((status: any) => status.statusPurpose === 'revocation');
    expect(edc.credentialStatus).toEqual({ '@value': revocation.id.replace('/revocation#', '#'), '@type': 'http://www.w3.org/2001/XMLSchema#anyURI' });
    expect(edc.validFrom).toBe(vc.validFrom);
    expect(edc.evidence[0].accreditation.limitEQFLevel.map((level: any) => level.id)).toContain(spec.eqfLevel.id);
  });

  it('loses none of the Annex I elements the W3C credential carries, in any award of the demo (types and kinds as well as their descriptions)', async () => {
    const lost: string[] = [];
    const awards = await everyAward();
    expect(awards.length).toBe(demo.awards.planned);
    for (const award of awards) {
      const vc = JSON.parse(Buffer.from(award.credentialJwt!.split('.')[1], 'base64url').toString());
      const subject = vc.credentialSubject;
      const mc = subject.achievement.microCredential;
      const edc = award.europass!.credential as any;
      const claim = edc.credentialSubject.hasClaim;
      const spec = claim.specifiedBy;
      const assessment = claim.provenBy[0];
      const body = claim.awardedBy.awardingBody;
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      // The text as it stands in the JSON (escaped alike).
      const says = (node: unknown, value: string) => node !== undefined && JSON.stringify(node).includes(JSON.stringify(value).slice(1, -1));
      // A coded element the W3C credential gives as "CODE: description": the code and the description both kept.
      const codeAndText = (value: string | undefined, node: unknown, concept?: string | null) => {
        if (!value) return true;
        const [, code, text] = /^([A-Z][A-Z_]+)(?:: ([\s\S]*))?$/.exec(value) ?? [null, null, value];
        return (!code || says(node, code) || (!!concept && says(node, concept))) && (!text || says(node, text));
      };
      const element = (name: string, kept: boolean) => {
        if (!kept) lost.push(`${name}: ${mc.title.sv ?? mc.title.en} (award ${award.id})`);
      };
      element('1 learner', edc.credentialSubject.fullName.sv === subject.identifier.find((item: any) => item.identityType === 'name').identityHash);
      element('2 title', same(claim.title, mc.title) && same(edc.displayParameter.title, mc.title));
      element('description', !mc.description || (same(claim.description, mc.description) && same(edc.displayParameter.description, mc.description)));
      element('3 country', vc.issuer.address.addressCountryCode === 'SE' && body.location[0].address.countryCode.id === 'http://publications.europa.eu/resource/authority/country/SWE');
      element('3 region', !vc.issuer.address.addressRegion || body.location[0].spatialCode?.prefLabel.sv === vc.issuer.address.addressRegion);
      element('4 awarding body', body.legalName.sv === vc.issuer.name && (!vc.issuer.otherIdentifier || body.registration?.notation === vc.issuer.otherIdentifier[0].identifier));
      element('5 date of issuing', claim.awardedBy.awardingDate === vc.awardedDate && edc.validFrom === vc.validFrom);
      element('valid until', edc.validUntil === vc.validUntil);
      element('6 learning outcomes', same(spec.learningOutcome.map((outcome: any) => outcome.title), mc.learningOutcomes.map((outcome: any) => outcome.text)));
      element('6 ESCO skills', same(spec.learningOutcome.map((outcome: any) => (outcome.relatedESCOSkill ?? []).map((skill: any) => skill.id)), mc.learningOutcomes.map((outcome: any) => outcome.escoSkills)));
      element('7 workload', (!mc.volumeOfLearning || spec.volumeOfLearning === mc.volumeOfLearning) && (!mc.ectsCredits || spec.creditPoint?.[0].point === String(mc.ectsCredits)));
      element('8 EQF level', !mc.eqfLevel || spec.eqfLevel?.id === `http://data.europa.eu/snb/eqf/${mc.eqfLevel}`);
      element('8 SeQF level', !mc.seqfLevel || spec.nqfLevel?.[0].notation === String(mc.seqfLevel));
      element('9 type of assessment', codeAndText(mc.assessmentType, assessment, assessmentType(/^[A-Z_]+/.exec(mc.assessmentType ?? '')?.[0])?.id));
      element('10 form of participation', !mc.participationForm || spec.mode?.[0].id === mode(mc.participationForm)?.id);
      element('11 quality assurance', codeAndText(mc.qualityAssurance, spec.additionalNote));
      element('type of credential', says(spec.additionalNote, mc.credentialType));
      element('field', !mc.field || spec.thematicArea?.[0].id === `http://data.europa.eu/snb/isced-f/${mc.field}`);
      element('prerequisites', !mc.prerequisites || says(spec.entryRequirement, mc.prerequisites));
      element('supervision', !mc.supervision || says(assessment, mc.supervision));
      element('identity verification', !mc.identityVerification || says(assessment, mc.identityVerification));
      element('grade', !subject.result || assessment.grade.noteLiteral.sv === subject.result[0].value);
      element('stackability', codeAndText(mc.stackability, spec.additionalNote));
      const homepage = spec.homepage?.[0]?.contentURL as string | undefined;
      const furtherText = homepage && mc.furtherInformation?.endsWith(homepage) ? mc.furtherInformation.slice(0, -homepage.length).trim() : mc.furtherInformation;
      element('further information', !furtherText || says(spec.additionalNote, furtherText));
      for (const key of ['assessor', 'location'] as const) element(`assessment ${key}`, !subject.assessment?.[key] || says(assessment, subject.assessment[key]));
      for (const item of vc.evidence ?? []) element('evidence', [item.id, item.name, item.description, item.narrative].every((value) => !value || says(claim, value)));
    }
    expect(lost).toEqual([]);
  }, 300_000);

  it('downloads for Europass: the link from the graph serves the sealed file; a changed or expired link, or another award, gets 404', async () => {
    const learnerToken = await hub.token({ roles: ['learner'], subject: demo.learner.id });
    const award = (await hub.request(EuropassMyAwardsDocument, {}, { token: learnerToken })).data!.me.awards[0];
    const url = award.europass!.downloadUrl;
    expect(url.startsWith(new URL(hub.gatewayUrl).origin) || url.includes('/europass/credentials/')).toBe(true);
    const local = new URL(new URL(url).pathname + new URL(url).search, hub.gatewayUrl);
    const response = await fetch(local);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/jose\+json/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="edc-.*\.jsonld"/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toEqual(award.europass!.sealed);

    const tampered = new URL(local);
    tampered.searchParams.set('expires', String(Number(tampered.searchParams.get('expires')) + 3600));
    expect((await fetch(tampered)).status).toBe(404);
    const otherAward = new URL(local.href.replace(award.id, demo.sampleAwardId));
    expect((await fetch(otherAward)).status).toBe(404);
    const expired = new URL(local);
    expired.searchParams.set('expires', '1000');
    expect((await fetch(expired)).status).toBe(404);
  });

  it("downloads from a share: the shared award's EDC while the share is active, nothing of awards it does not hold, 410 once the learner withdraws it", async () => {
    const learnerToken = await hub.token({ roles: ['learner'], subject: demo.learner.id });
    const me = (await hub.request(EuropassMyAwardsDocument, {}, { token: learnerToken })).data!.me;
    const share = { token: demo.learner.share.token, awardIds: me.shares.find((item) => item.token === demo.learner.share.token)!.awards.map((item) => item.id) };
    const sharedId = share.awardIds[0];
    const response = await fetch(new URL(`/europass/shares/${share.token}/${sharedId}`, hub.gatewayUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/jose\+json/);
    const opened = readJades(await response.json());
    expect(opened.credential.id).toBe(`urn:credential:${sharedId}`);
    const notShared = demo.learner.awardIds.find((id) => !share.awardIds.includes(id)) ?? demo.sampleAwardId;
    expect((await fetch(new URL(`/europass/shares/${share.token}/${notShared}`, hub.gatewayUrl))).status).toBe(404);
    expect((await fetch(new URL(`/europass/shares/${'x'.repeat(43)}/${sharedId}`, hub.gatewayUrl))).status).toBe(404);

    // Once the learner withdraws a share, its link serves the EDC no more: 410 Gone.
    const created = await hub.request(CreateShareDocument, { input: { awardIds: [sharedId], recipientLabel: 'Europass-test', expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }, { token: learnerToken });
    expect(created.errors).toBeUndefined();
    const fresh = created.data!.createShare;
    expect((await fetch(new URL(`/europass/shares/${fresh.token}/${sharedId}`, hub.gatewayUrl))).status).toBe(200);
    expect((await hub.request(WithdrawShareDocument, { id: fresh.id }, { token: learnerToken })).errors).toBeUndefined();
    const withdrawn = await fetch(new URL(`/europass/shares/${fresh.token}/${sharedId}`, hub.gatewayUrl));
    expect(withdrawn.status).toBe(410);
    expect(await withdrawn.json()).toEqual({ error: 'the share is withdrawn' });
  });

  const dataset = (query = '') => fetch(new URL(`/europass/learning-opportunities${query}`, hub.gatewayUrl));

  it('verifies through verifyCredential: an EDC sealed by the hub passes the same six checks as its vc+jwt; a revoked one fails STATUS; a tampered one fails its seal', async () => {
    const awards: Node[] = [];
    for (const [key, organisation] of Object.entries(demo.organisations)) if (key !== 'myh') awards.push(...(await issuedBy(organisation.id)));
    const valid = awards.find((award) => award.status === 'ACTIVE')!;
    const revoked = awards.find((award) => award.status === 'REVOKED')!;
    const verify = async (credential: string) => {
      const response = await hub.request(VerifyCredentialDocument, { credential });
      expect(response.errors).toBeUndefined();
      return response.data!.verifyCredential;
    };
    const checks = (report: { checks: { check: string; status: string }[] }) => Object.fromEntries(report.checks.map((check) => [check.check, check.status]));

    const edc = await verify(JSON.stringify(valid.europass!.sealed));
    expect(edc.verdict).toBe('VALID');
    expect(checks(edc)).toEqual({ FORMAT: 'OK', SIGNATURE: 'OK', ACCREDITATION: 'OK', STATUS: 'OK', EXPIRY: 'OK', CATALOGUE: 'OK' });
    expect(edc.checks.find((check) => check.check === 'FORMAT')!.reason).toMatch(/European Digital Credential .*JAdES/);
    // What it says is what its vc+jwt says.
    const jwt = await verify(valid.credentialJwt!);
    expect(jwt.verdict).toBe('VALID');
    for (const field of ['title', 'learnerName', 'issuerId', 'issuerName', 'seqfLevel', 'credentialType', 'microCredential'] as const) expect(edc[field]).toEqual(jwt[field]);
    expect(new Date(edc.issuedAt!).getTime()).toBe(new Date(jwt.issuedAt!).getTime());
    expect(edc.skills.map((skill) => skill.uri).sort()).toEqual(jwt.skills.map((skill) => skill.uri).sort());

    const gone = await verify(JSON.stringify(revoked.europass!.sealed));
    expect(gone.verdict).toBe('INVALID');
    expect(checks(gone)).toMatchObject({ SIGNATURE: 'OK', STATUS: 'FAILED' });
    expect(gone.checks.find((check) => check.check === 'STATUS')!.reason).toMatch(/Revoked/);

    // The payload changed after sealing (another learner's name): the seal does not hold.
    const sealed = valid.europass!.sealed as unknown as JadesDocument;
    const name = (valid.europass!.credential.credentialSubject as { fullName: { sv: string } }).fullName.sv;
    const tampered = await verify(JSON.stringify({ ...sealed, payload: sealed.payload.split(JSON.stringify(name)).join(JSON.stringify('Någon Annan')) }));
    expect(tampered.verdict).toBe('INVALID');
    expect(checks(tampered)).toMatchObject({ FORMAT: 'OK', SIGNATURE: 'FAILED' });
    // A seal that is not JAdES as the hub makes it (the payload base64url-encoded, b64 true) is refused as such.
    const header = JSON.parse(Buffer.from(sealed.signatures[0].protected, 'base64url').toString());
    const encoded = { ...sealed, signatures: [{ ...sealed.signatures[0], protected: Buffer.from(JSON.stringify({ ...header, b64: true })).toString('base64url') }] };
    const refused = await verify(JSON.stringify(encoded));
    expect(refused.verdict).toBe('INVALID');
    expect(refused.checks.find((check) => check.check === 'FORMAT')).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/b64/) });
  });

  it("seals with the organisation's electronic seal certificate (x5c) once it uploaded one, and verifies; before that, and for others, with the hub key (kid)", async () => {
    const sobona = demo.organisations.sobona;
    const token = await hub.token({ roles: ['provider'], organisationId: sobona.id });
    const before = (await issuedBy(sobona.id)).find((award) => award.status === 'ACTIVE')!;
    // A trust service provider's CA and the seal certificate it issues to Sobona (an organisation's legal identifier, ETSI EN 319 412-1).
    const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
    const caKeys = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
    const sealKeys = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
    const now = Date.now();
    const ca = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: '01', name: 'CN=Test Trust Service CA, O=Test TSP, C=SE', notBefore: new Date(now - 86_400_000), notAfter: new Date(now + 365 * 86_400_000),
      keys: caKeys, signingAlgorithm: algorithm, extensions: [new x509.BasicConstraintsExtension(true, 0, true)],
    });
    const organisationNumber = (await hub.request(EuropassOrganisationNumberDocument, { id: sobona.id })).data!.organisation!.organisationNumber!;
    const leaf = await x509.X509CertificateGenerator.create({
      serialNumber: '02', subject: `CN=Sobona e-sigill, O=Sobona, 2.5.4.97=NTRSE-${organisationNumber.replace('-', '')}, C=SE`, issuer: ca.subject,
      notBefore: new Date(now - 3_600_000), notAfter: new Date(now + 365 * 86_400_000), signingKey: caKeys.privateKey, publicKey: sealKeys.publicKey, signingAlgorithm: algorithm,
      extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.nonRepudiation | x509.KeyUsageFlags.digitalSignature, true)],
    });
    const pem = (key: ArrayBuffer) => `-----BEGIN PRIVATE KEY-----\n${Buffer.from(key).toString('base64')}\n-----END PRIVATE KEY-----\n`;
    const privateKey = pem(await crypto.subtle.exportKey('pkcs8', sealKeys.privateKey));
    const otherKey = pem(await crypto.subtle.exportKey('pkcs8', caKeys.privateKey));
    const chain = [leaf.toString('pem'), ca.toString('pem')];
    const upload = (input: Record<string, unknown>, as = token) => hub.request(UploadSealCertificateDocument, { input: { organisationId: sobona.id, certificateChain: chain, privateKey, ...input } }, { token: as });

    // Refused: a key the certificate does not certify, the chain the wrong way round, another organisation's provider.
    expect((await upload({ privateKey: otherKey })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'privateKey' });
    expect((await upload({ certificateChain: [...chain].reverse() })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'certificateChain' });
    const other = await hub.token({ roles: ['provider'], organisationId: demo.organisations.handelsradet.id });
    expect((await upload({}, other)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const uploaded = await upload({});
    expect(uploaded.errors).toBeUndefined();
    const certificate = uploaded.data!.uploadSealCertificate;
    expect(certificate).toMatchObject({ algorithm: 'ES256', chainLength: 2, thumbprint: createHash('sha256').update(Buffer.from(leaf.rawData)).digest('base64url') });
    expect(certificate.subject).toContain('Sobona e-sigill');
    // Published with its chain in the issuer JWKS, so verifiers find it.
    const jwks = (await (await fetch(new URL(`/issuers/${sobona.id}/jwks.json`, hub.gatewayUrl))).json()) as { keys: JWK[] };
    expect(jwks.keys.find((key) => key.kid === certificate.kid)?.x5c).toEqual(chain.map((item) => item.replace(/-----[A-Z ]+-----|\s/g, '')));

    // An award issued now is sealed with it; one issued before keeps its hub-key seal.
    const issued = await hub.request(
      IssueAwardDocument,
      { input: { issuerId: sobona.id, microCredentialId: demo.entries[Object.keys(demo.entries).find((code) => demo.entries[code].provider === 'sobona')!].id, learner: { personalNumber: syntheticPersonnummer(9_001), name: 'Sigrid Sigill' }, idempotencyKey: 'x5c-seal-1' } },
      { token },
    );
    expect(issued.errors).toBeUndefined();
    const award = (await issuedBy(sobona.id)).find((node) => node.id === issued.data!.issueAward.id)!;
    const sealed = award.europass!.sealed as unknown as JadesDocument;
    const opened = readJades(sealed);
    expect(opened.header).toMatchObject({ alg: 'ES256', kid: certificate.kid, x5c: chain.map((item) => item.replace(/-----[A-Z ]+-----|\s/g, '')), 'x5t#S256': certificate.thumbprint });
    await expect(verifyJades(sealed, leafKey(opened.header.x5c!), ['ES256'])).resolves.toBeTruthy();
    const accredited = await validateShacl(award.europass!.credential, 'edc-accredited');
    expect(accredited.violations).toEqual([]);
    const report = (await hub.request(VerifyCredentialDocument, { credential: JSON.stringify(sealed) })).data!.verifyCredential;
    expect(report.verdict).toBe('VALID');
    expect(report.checks.find((check) => check.check === 'FORMAT')!.reason).toMatch(/seal certificate chain/);
    const earlier = (await issuedBy(sobona.id)).find((node) => node.id === before.id)!;
    const earlierHeader = readJades(earlier.europass!.sealed as unknown as JadesDocument).header;
    expect(earlierHeader.x5c).toBeUndefined();
    expect(earlierHeader.kid).toBe(String(JSON.parse(Buffer.from(before.credentialJwt!.split('.')[0], 'base64url').toString()).kid).split('#').pop());
  });

  it('publishes every catalogue entry as a learning opportunity that conforms to the LOQ shapes, paged, JSON-LD, cacheable', async () => {
    const response = await dataset();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('x-total-count')).toBe(String(Object.keys(demo.entries).length));
    expect(response.headers.get('link')).toMatch(/rel="first"/);
    const etag = response.headers.get('etag')!;
    const document = (await response.json()) as { '@context': unknown; '@graph': any[] };
    expect(document['@graph']).toHaveLength(Object.keys(demo.entries).length);
    expect(document['@graph'].map((node) => node.id).sort()).toEqual(
      Object.values(demo.entries).map((entry) => new URL(`/europass/learning-opportunities/${entry.entryId}`, hub.gatewayUrl).href).sort(),
    );
    const result = await validateShacl(document, 'loq');
    expect(result.violations.slice(0, 20)).toEqual([]);
    expect(result.conforms).toBe(true);
    for (const node of document['@graph']) {
      expect(Object.keys(node.title).sort()).toEqual(['en', 'sv']);
      expect(node.learningAchievementSpecification.status).toBe('published');
      expect(node.learningAchievementSpecification.learningOutcome.length).toBeGreaterThan(0);
    }
    expect((await fetch(new URL('/europass/learning-opportunities', hub.gatewayUrl), { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await dataset('?page=2')).headers.get('x-total-count')).toBe(String(Object.keys(demo.entries).length));
    expect(((await (await dataset('?page=2')).json()) as { '@graph': unknown[] })['@graph']).toEqual([]);
    expect((await dataset('?page=0')).status).toBe(400);
    expect((await dataset('?page=abc')).status).toBe(400);
  });

  it('serves one entry at its own URL, the same as the graph gives for its version (MicroCredential.europass)', async () => {
    const entry = Object.values(demo.entries)[0];
    const response = await dataset(`/${entry.entryId}`);
    expect(response.status).toBe(200);
    const own = await response.json();
    expect(own.id).toBe(new URL(`/europass/learning-opportunities/${entry.entryId}`, hub.gatewayUrl).href);
    expect((await validateShacl(own, 'loq')).violations).toEqual([]);
    const graph = await hub.request(EuropassLearningOpportunityDocument, { id: entry.id });
    expect(graph.errors).toBeUndefined();
    expect(graph.data!.microCredential!.europass).toEqual(own);
    expect((await dataset(`/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`)).status).toBe(404);
    expect((await dataset('/not-an-id')).status).toBe(404);
  });

  it('an entry that stacks into a qualification is part of it: the qualification as ELM, with its rule, outcomes and level, and it conforms', async () => {
    const sobonaEntries = Object.values(demo.entries).filter((entry) => entry.provider === 'sobona');
    expect(sobonaEntries.length).toBeGreaterThanOrEqual(2);
    const token = await hub.token({ roles: ['provider'], organisationId: demo.organisations.sobona.id });
    const defined = await hub.request(
      DefineQualificationDocument,
      {
        input: {
          ownerId: demo.organisations.sobona.id,
          code: 'EUROPASS-STACK-1',
          kind: 'PARTIAL',
          title: { sv: 'Fastighetsskötare, delkvalifikation', en: 'Property caretaker, partial qualification' },
          seqfLevel: 3,
          components: sobonaEntries.slice(0, 2).map((entry, n) => ({ entryId: entry.entryId, mandatory: n === 0 })),
          requiredCount: 2,
        },
      },
      { token },
    );
    expect(defined.errors).toBeUndefined();
    const [first, second] = sobonaEntries;
    const own = await (await dataset(`/${first.entryId}`)).json();
    const partOf = own.learningAchievementSpecification.isPartOf;
    expect(partOf).toHaveLength(1);
    expect(partOf[0]).toMatchObject({ id: `urn:uuid:${defined.data!.defineQualification.id}`, type: 'Qualification', title: { sv: 'Fastighetsskötare, delkvalifikation' }, isPartialQualification: true, eqfLevel: { id: 'http://data.europa.eu/snb/eqf/3' } });
    expect(JSON.stringify(partOf[0].additionalNote)).toContain('2 of 2 components');
    // Its outcomes are its components' (both entries').
    const secondOwn = await (await dataset(`/${second.entryId}`)).json();
    expect(partOf[0].learningOutcome.length).toBe(own.learningAchievementSpecification.learningOutcome.length + secondOwn.learningAchievementSpecification.learningOutcome.length);
    expect(secondOwn.learningAchievementSpecification.isPartOf[0].id).toBe(partOf[0].id);
    expect((await validateShacl(own, 'loq')).violations).toEqual([]);
    const document = await (await dataset()).json();
    expect((await validateShacl(document, 'loq')).violations).toEqual([]);

    // A qualification without an SeQF level cannot be an ELM Qualification (it needs an EQF level), and a Qualification
    // is part of Qualifications only: the entry names it in a note, and still conforms.
    const levelless = await hub.request(
      DefineQualificationDocument,
      {
        input: {
          ownerId: demo.organisations.sobona.id,
          code: 'EUROPASS-STACK-2',
          kind: 'PARTIAL',
          title: { sv: 'Fastighetsarbete utan nivå', en: 'Property work without a level' },
          components: [{ entryId: first.entryId, mandatory: true }],
          requiredCount: 1,
        },
      },
      { token },
    );
    expect(levelless.errors).toBeUndefined();
    const again = await (await dataset(`/${first.entryId}`)).json();
    expect(again.learningAchievementSpecification.isPartOf.map((node: { id: string }) => node.id)).toEqual([partOf[0].id]);
    expect(JSON.stringify(again.learningAchievementSpecification.additionalNote)).toContain('Ingår i Fastighetsarbete utan nivå. Delkvalifikation: 1 av 1 delar');
    expect((await validateShacl(again, 'loq')).violations).toEqual([]);
  });

  it('a retired entry says so, at its URL and in the dataset, and still conforms', async () => {
    const [key, entry] = Object.entries(demo.entries)[1];
    const providerId = demo.organisations[entry.provider].id;
    const token = await hub.token({ roles: ['provider'], organisationId: providerId });
    const retired = await hub.request(RetireMicroCredentialDocument, { entryId: entry.entryId, reason: 'Ersätts av ny utbildning' }, { token });
    expect([key, retired.errors]).toEqual([key, undefined]);
    const own = await (await dataset(`/${entry.entryId}`)).json();
    expect(own.learningAchievementSpecification.status).toBe('retired');
    expect(own.temporal.endDate).toBeTruthy();
    expect(JSON.stringify(own.additionalNote)).toContain('Ersätts av ny utbildning');
    const document = (await (await dataset()).json()) as { '@graph': any[] };
    expect(document['@graph'].find((node) => node.id === own.id).learningAchievementSpecification.status).toBe('retired');
    expect((await validateShacl(document, 'loq')).violations).toEqual([]);
  });

  it('a version replaced by a revision says so from the graph (MicroCredential.europass), and the dataset and its URL give the new version', async () => {
    const entry = Object.values(demo.entries).filter((candidate) => candidate.provider !== 'sobona').at(-1)!;
    const token = await hub.token({ roles: ['provider'], organisationId: demo.organisations[entry.provider].id });
    const revised = await hub.request(ReviseMicroCredentialDocument, { entryId: entry.entryId }, { token });
    expect(revised.errors).toBeUndefined();
    const published = await hub.request(PublishMicroCredentialDocument, { id: revised.data!.reviseMicroCredential.id }, { token });
    expect(published.errors).toBeUndefined();
    const next = published.data!.publishMicroCredential;

    const old = await hub.request(EuropassLearningOpportunityDocument, { id: entry.id });
    expect(old.errors).toBeUndefined();
    const before = old.data!.microCredential!.europass as any;
    expect(before.learningAchievementSpecification.status).toBe('superseded');
    expect(before.temporal.endDate).toBeTruthy();
    expect(JSON.stringify(before.additionalNote)).toContain('superseded by a newer version');
    expect((await validateShacl(before, 'loq')).violations).toEqual([]);

    const own = await (await dataset(`/${entry.entryId}`)).json();
    expect(own.learningAchievementSpecification.status).toBe('published');
    expect(own.learningAchievementSpecification.id).toMatch(new RegExp(`-v${next.version}$`));
    expect(own).toEqual((await hub.request(EuropassLearningOpportunityDocument, { id: next.id })).data!.microCredential!.europass);
    const document = (await (await dataset()).json()) as { '@graph': any[] };
    expect(document['@graph'].filter((node) => node.id === own.id).map((node) => node.learningAchievementSpecification.status)).toEqual(['published']);
  });
});
