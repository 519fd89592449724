import fs from 'node:fs';
import path from 'node:path';
import { importJWK, type JWK } from 'jose';
import { hubClient } from '../demo/client';
import { loadDemoData, type DemoData } from '../demo/load';
import { leafKey, readJades, verifyJades, type JadesDocument } from '../services/awards/jades';
import { LOQ_CONTEXT } from '../services/catalogue/europass';
import {
  EuropassAwardsIssuedDocument,
  EuropassLearningOpportunityDocument,
  EuropassMyAwardsDocument,
  RetireMicroCredentialDocument,
  type EuropassAwardsIssuedQuery,
  type EuropassAwardsIssuedQueryVariables,
} from './generated/graphql';
import { toDataset, validateShacl } from './support/elm-shacl';
import { startTestHub, type TestHub } from './support/hub';

const SAMPLES = path.resolve(__dirname, '..', '..', 'shared', 'standards', 'samples', 'elm-v3');
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
    hub = await startTestHub();
    demo = await loadDemoData(hubClient(hub.gatewayUrl, (caller) => hub.token(caller)));
  }, 180_000);
  afterAll(() => hub?.stop());

  type Node = { id: string; status: string; credentialJwt: string | null; europass: { profile: string; credential: Record<string, unknown>; sealed: Record<string, unknown>; mediaType: string; downloadUrl: string } | null };

  async function issuedBy(organisationId: string): Promise<Node[]> {
    const token = await hub.token({ roles: ['provider'], organisationId });
    const nodes: Node[] = [];
    let after: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof hub.request<EuropassAwardsIssuedQuery, EuropassAwardsIssuedQueryVariables>>> =
        await hub.request(EuropassAwardsIssuedDocument, { id: organisationId, first: 100, after }, { token });
      expect(response.errors).toBeUndefined();
      const page: EuropassAwardsIssuedQuery['organisation'] extends infer O ? NonNullable<O> extends { awardsIssued: infer P } ? P : never : never = response.data!.organisation!.awardsIssued;
      nodes.push(...(page.nodes as Node[]));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null;
    } while (after);
    return nodes;
  }

  it('conforms to the EDC shapes (EDC-accredited on EDC-generic-full), sealed as JAdES with the issuer key that signed the W3C credential', async () => {
    const awards: Node[] = [];
    for (const [key, organisation] of Object.entries(demo.organisations)) {
      if (key === 'myh') continue;
      awards.push(...(await issuedBy(organisation.id)));
    }
    expect(awards.length).toBe(demo.awards.planned);

    // Sealed: the payload is the credential, the kid the one that signed the vc+jwt, and the seal holds.
    const jwksByIssuer = new Map<string, JWK[]>();
    for (const award of awards.slice(0, 40)) {
      const sealed = award.europass!.sealed as unknown as JadesDocument;
      const opened = readJades(sealed);
      expect(opened.credential).toEqual(award.europass!.credential);
      const vcHeader = JSON.parse(Buffer.from(award.credentialJwt!.split('.')[0], 'base64url').toString());
      expect(opened.header).toMatchObject({ alg: vcHeader.alg, kid: vcHeader.kid, b64: false, crit: ['b64', 'sigT'] });
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

  it("downloads from a share: the shared award's EDC while the share is active, nothing of awards it does not hold", async () => {
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
  });

  const dataset = (query = '') => fetch(new URL(`/europass/learning-opportunities${query}`, hub.gatewayUrl));

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
});
