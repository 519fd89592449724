import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { parse, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AccessPolicy } from '../platform/access-policy';
import { SUBGRAPHS } from '../hub/subgraphs';
import type { Identity } from '../platform/identity';
import type { SubgraphName } from '../platform/config';
import { entityTypes, rootOperationGraphs, rootOperations } from './support/supergraph';
import { fictitiousOrganisationNumber, startTestHub, type TestHub } from './support/hub';
import { authorityToken, registerIssuer } from './support/accreditation';
import { FakeDirectory, awardRequest, issueWithFake, personnummer } from './support/awards';
import { CreateShareDocument, DraftMicroCredentialDocument, GrantAccreditationDocument, RegisterSigningKeyDocument } from './generated/graphql';

/** The four subgraphs' access rules together (each subgraph keeps its own in services/<name>/access-rules.ts). */
const ACCESS_POLICY: AccessPolicy = Object.assign({}, ...Object.values(SUBGRAPHS).map((subgraph) => subgraph.accessRules));

/** The callers of the matrix. "Own" resources belong to ownOrganisation and to `learner`. */
const CALLERS = ['anonymous', 'learner', 'otherLearner', 'providerOwn', 'providerOther', 'authority', 'analyst'] as const;
type Caller = (typeof CALLERS)[number];

interface Fixtures {
  ownOrganisationId: string;
  otherOrganisationId: string;
  learnerId: string;
  /** The authority organisation the authority caller acts for (the trust root). */
  authorityOrganisationId: string;
  /** An accreditation of the own organisation, and a signing key of it. */
  accreditationId: string;
  kid: string;
  /** A new public key for each call that registers one. */
  freshJwk?: object;
  /** A draft catalogue version of the own organisation, and its entry. */
  draftId: string;
  entryId: string;
  /** An award of the own organisation to `learner`, and a share of it. */
  awardId: string;
  shareId: string;
}

const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString();
async function publicJwk() {
  const { publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return { ...(await exportJWK(publicKey)), kid: `key-${randomUUID()}`, alg: 'EdDSA' };
}

/**
 * One example call of every operation of the graph, acting on resources of the "own" organisation and
 * learner. A new operation must add its example here (the coverage test below says so).
 */
const EXAMPLES: Record<string, { document: string; variables?: (fixtures: Fixtures) => Record<string, unknown> }> = {
  'Query.organisation': { document: 'query($id: ID!) { organisation(id: $id) { id } }', variables: (f) => ({ id: f.ownOrganisationId }) },
  'Query.organisations': { document: '{ organisations(first: 1) { totalCount } }' },
  'Mutation.registerOrganisation': {
    document: 'mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }',
    variables: () => ({ input: { legalName: 'Matris AB', organisationNumber: fictitiousOrganisationNumber() } }),
  },
  'Mutation.updateOrganisation': {
    document: 'mutation($id: ID!) { updateOrganisation(id: $id, input: { website: "https://example.se" }) { id } }',
    variables: (f) => ({ id: f.ownOrganisationId }),
  },
  'Query.microCredential': {
    document: 'query($id: ID!) { microCredential(id: $id) { id } }',
    variables: () => ({ id: randomUUID() }),
  },
  'Query.microCredentials': { document: '{ microCredentials(first: 1) { totalCount } }' },
  'Query.escoSkill': { document: '{ escoSkill(uri: "http://data.europa.eu/esco/skill/matris") { uri } }' },
  'Query.escoSkills': { document: '{ escoSkills(search: "svets") { uri } }' },
  'Query.escoOccupation': { document: '{ escoOccupation(uri: "http://data.europa.eu/esco/occupation/matris") { uri } }' },
  'Query.escoOccupations': { document: '{ escoOccupations(search: "welder") { uri } }' },
  'Query.qualification': { document: 'query($id: ID!) { qualification(id: $id) { id } }', variables: () => ({ id: randomUUID() }) },
  'Query.qualifications': { document: '{ qualifications(first: 1) { totalCount } }' },
  'Query.seqfLevels': { document: '{ seqfLevels { __typename } }' },
  'Query.thematicFields': { document: '{ thematicFields { __typename } }' },
  'Mutation.draftMicroCredential': {
    document: 'mutation($input: DraftMicroCredentialInput!) { draftMicroCredential(input: $input) { id } }',
    variables: (f) => ({ input: { providerId: f.ownOrganisationId, code: `MATRIS-${randomUUID().slice(0, 8)}`, title: { sv: 'Matrisprov', en: 'Matrix test' }, seqfLevel: 3 } }),
  },
  'Mutation.updateMicroCredentialDraft': {
    document: 'mutation($id: ID!, $input: MicroCredentialContentInput!) { updateMicroCredentialDraft(id: $id, input: $input) { id } }',
    variables: (f) => ({ id: f.draftId, input: { title: { sv: 'Matrisprov', en: 'Matrix test' }, seqfLevel: 3 } }),
  },
  'Mutation.publishMicroCredential': { document: 'mutation($id: ID!) { publishMicroCredential(id: $id) { id } }', variables: (f) => ({ id: f.draftId }) },
  'Mutation.reviseMicroCredential': { document: 'mutation($id: ID!) { reviseMicroCredential(entryId: $id) { id } }', variables: (f) => ({ id: f.entryId }) },
  'Mutation.retireMicroCredential': { document: 'mutation($id: ID!) { retireMicroCredential(entryId: $id) { id } }', variables: (f) => ({ id: f.entryId }) },
  'Mutation.grantIssuingRight': {
    document: 'mutation($input: GrantIssuingRightInput!) { grantIssuingRight(input: $input) { validFrom } }',
    variables: (f) => ({ input: { entryId: f.entryId, organisationId: f.otherOrganisationId } }),
  },
  'Mutation.withdrawIssuingRight': {
    document: 'mutation($entryId: ID!, $organisationId: ID!) { withdrawIssuingRight(entryId: $entryId, organisationId: $organisationId) { validFrom } }',
    variables: (f) => ({ entryId: f.entryId, organisationId: f.otherOrganisationId }),
  },
  'Mutation.defineQualification': {
    document: 'mutation($input: DefineQualificationInput!) { defineQualification(input: $input) { id } }',
    variables: (f) => ({ input: { ownerId: f.ownOrganisationId, code: 'MATRIS-1', kind: 'PARTIAL', title: { sv: 'Matris', en: 'Matrix' }, components: [], requiredCount: 0 } }),
  },
  'Mutation.createMicroCredential': {
    document: 'mutation($input: CreateMicroCredentialInput!) { createMicroCredential(input: $input) { id } }',
    variables: (f) => ({ input: { providerId: f.ownOrganisationId, title: 'Matrisprov', seqfLevel: 3 } }),
  },
  'Mutation.issueAward': {
    document: 'mutation($input: IssueAwardInput!) { issueAward(input: $input) { id } }',
    variables: (f) => ({ input: { issuerId: f.ownOrganisationId, microCredentialId: randomUUID(), learner: { personalNumber: personnummer(9000), name: 'Matris' }, idempotencyKey: randomUUID() } }),
  },
  'Mutation.issueAwards': {
    document: 'mutation($issuerId: ID!, $inputs: [CohortAwardInput!]!) { issueAwards(issuerId: $issuerId, inputs: $inputs) { issued } }',
    variables: (f) => ({ issuerId: f.ownOrganisationId, inputs: [] }),
  },
  'Mutation.revokeAward': {
    document: 'mutation($id: ID!) { revokeAward(id: $id, reason: "") { id } }',
    variables: (f) => ({ id: f.awardId }),
  },
  'Mutation.suspendAward': {
    document: 'mutation($id: ID!) { suspendAward(id: $id, reason: "") { id } }',
    variables: (f) => ({ id: f.awardId }),
  },
  'Mutation.reinstateAward': {
    document: 'mutation($id: ID!) { reinstateAward(id: $id, reason: "x") { id } }',
    variables: (f) => ({ id: f.awardId }),
  },
  'Mutation.rotateIssuerKey': {
    document: 'mutation($id: ID!) { rotateIssuerKey(organisationId: $id) { kid } }',
    variables: (f) => ({ id: f.ownOrganisationId }),
  },
  // The owner's call gets as far as checking the certificate (not one here): refused as input, not as access.
  'Mutation.uploadSealCertificate': {
    document: 'mutation($input: UploadSealCertificateInput!) { uploadSealCertificate(input: $input) { kid } }',
    variables: (f) => ({ input: { organisationId: f.ownOrganisationId, certificateChain: ['bm90IGEgY2VydGlmaWNhdGU='], privateKey: 'not a key' } }),
  },
  'Query.award': { document: 'query($id: ID!) { award(id: $id) { id } }', variables: (f) => ({ id: f.awardId }) },
  'Query.me': { document: '{ me { id } }' },
  'Mutation.createShare': {
    document: 'mutation($input: CreateShareInput!) { createShare(input: $input) { id } }',
    variables: (f) => ({ input: { awardIds: [f.awardId], recipientLabel: 'Matris', expiresAt: new Date(Date.now() + 3600_000).toISOString() } }),
  },
  'Mutation.withdrawShare': { document: 'mutation($id: ID!) { withdrawShare(id: $id) { id } }', variables: (f) => ({ id: f.shareId }) },
  'Mutation.exportMyData': { document: 'mutation { exportMyData }' },
  'Mutation.createCredentialOffer': { document: 'mutation($id: ID!) { createCredentialOffer(awardId: $id) { expiresAt } }', variables: (f) => ({ id: f.awardId }) },
  // A wrong confirmation: the call is let through (or not) by the policy, but erases nothing.
  'Mutation.eraseMyAccount': { document: 'mutation { eraseMyAccount(confirmation: "no") { erasedAt } }' },
  'Query.sharedCredentials': { document: 'query { sharedCredentials(token: "not-a-real-share-token-000") { state } }' },
  'Query.accreditationHealth': { document: '{ accreditationHealth { database } }' },
  'Query.accreditation': { document: 'query($id: ID!) { accreditation(id: $id) { id } }', variables: (f) => ({ id: f.accreditationId }) },
  'Query.accreditationCheck': {
    document: 'query($id: ID!) { accreditationCheck(organisationId: $id, seqfLevel: 3, field: "09", credentialType: NON_FORMAL) { allowed } }',
    variables: (f) => ({ id: f.ownOrganisationId }),
  },
  'Query.trustRoot': { document: '{ trustRoot { id } }' },
  'Query.competenceStatistics': { document: '{ competenceStatistics(groupBy: [SEQF_LEVEL]) { minimumLearners } }' },
  'Query.competenceTimeSeries': { document: '{ competenceTimeSeries(dimension: SEQF_LEVEL, value: "3") { period } }' },
  'Query.topSkills': { document: '{ topSkills { learners } }' },
  'Query.occupationCoverage': {
    document: '{ occupationCoverage(occupation: "http://data.europa.eu/esco/occupation/12938d1a-eeb2-4b1e-a22b-f0bebeadfb73") { occupation } }',
  },
  'Query.signingKeyCheck': {
    document: 'query($id: ID!, $kid: String!) { signingKeyCheck(organisationId: $id, kid: $kid) { valid } }',
    variables: (f) => ({ id: f.ownOrganisationId, kid: f.kid }),
  },
  'Mutation.grantAccreditation': {
    document: 'mutation($input: GrantAccreditationInput!) { grantAccreditation(input: $input) { id } }',
    variables: (f) => ({
      input: { organisationId: f.ownOrganisationId, decisionReference: `MYH ${randomUUID()}`, seqfLevels: [2, 3], fields: ['09'], credentialTypes: ['NON_FORMAL'], validFrom: new Date().toISOString(), validUntil: inAYear() },
    }),
  },
  'Mutation.amendAccreditation': {
    document: 'mutation($id: ID!, $input: AmendAccreditationInput!) { amendAccreditation(id: $id, input: $input) { id } }',
    variables: (f) => ({
      id: f.accreditationId,
      input: { decisionReference: `MYH ${randomUUID()}`, seqfLevels: [2, 3, 4], fields: ['09'], credentialTypes: ['NON_FORMAL'], validFrom: new Date().toISOString(), validUntil: inAYear() },
    }),
  },
  'Mutation.suspendAccreditation': {
    document: 'mutation($id: ID!) { suspendAccreditation(id: $id, reason: "Matrisprov") { id } }',
    variables: (f) => ({ id: f.accreditationId }),
  },
  'Mutation.reinstateAccreditation': {
    document: 'mutation($id: ID!) { reinstateAccreditation(id: $id, reason: "Matrisprov") { id } }',
    variables: (f) => ({ id: f.accreditationId }),
  },
  'Mutation.withdrawAccreditation': {
    document: 'mutation($id: ID!) { withdrawAccreditation(id: $id, reason: "Matrisprov") { id } }',
    variables: (f) => ({ id: f.accreditationId }),
  },
  'Mutation.registerSigningKey': {
    document: 'mutation($id: ID!, $jwk: JSONObject!) { registerSigningKey(organisationId: $id, publicJwk: $jwk) { kid } }',
    variables: (f) => ({ id: f.ownOrganisationId, jwk: f.freshJwk }),
  },
  'Mutation.rotateSigningKey': {
    document: 'mutation($id: ID!, $kid: String!, $jwk: JSONObject!) { rotateSigningKey(organisationId: $id, kid: $kid, publicJwk: $jwk) { kid } }',
    variables: (f) => ({ id: f.ownOrganisationId, kid: f.kid, jwk: f.freshJwk }),
  },
  'Mutation.revokeSigningKey': {
    document: 'mutation($id: ID!, $kid: String!) { revokeSigningKey(organisationId: $id, kid: $kid, reason: SUPERSEDED) { kid } }',
    variables: (f) => ({ id: f.ownOrganisationId, kid: f.kid }),
  },
  'Query.catalogueHealth': { document: '{ catalogueHealth { database } }' },
  'Query.awardsHealth': { document: '{ awardsHealth { database } }' },
  'Query.verificationHealth': { document: '{ verificationHealth { database } }' },
  'Query.verifyCredential': { document: '{ verifyCredential(credential: "not.a.credential") { verdict } }' },
  'Query.verifyCredentials': { document: '{ verifyCredentials(credentials: ["not.a.credential"]) { verdict } }' },
  'Query.verifyPresentation': {
    document: 'query { verifyPresentation(presentation: "not.a.presentation", nonce: "matrix-nonce", audience: "https://matrix.example") { verdict } }',
  },
  'Query.verifyShare': {
    document: 'query($token: String!) { verifyShare(token: $token) { state } }',
    variables: () => ({ token: 'x'.repeat(43) }),
  },
};

/** What the policy table (by default the four together) says for a caller, for a call on the own organisation's / learner's resources. */
function expectedAllowed(key: string, caller: Caller, rules: AccessPolicy = ACCESS_POLICY): boolean {
  const rule = rules[key];
  if (!rule) return false;
  if (rule.allow.includes('anyone')) return true;
  switch (caller) {
    case 'anonymous':
      return false;
    case 'learner':
      return rule.allow.includes('learner');
    case 'otherLearner':
      return rule.allow.includes('learner') && !rule.learnerOf;
    case 'providerOwn':
      return rule.allow.includes('provider');
    case 'providerOther':
      return rule.allow.includes('provider') && !rule.organisationOf;
    default:
      return rule.allow.includes(caller);
  }
}

const DENIED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

let hub: TestHub;
let fixtures: Fixtures;
const tokens = {} as Record<Caller, string | undefined>;
const identities = {} as Record<Caller, Identity>;

beforeAll(async () => {
  hub = await startTestHub();
  // The first authority registered is the trust root (development default).
  const authorityOrganisationId = (await registerIssuer(hub, 'Myndigheten för matrisprov', 'AUTHORITY')).id;
  const ownOrganisationId = (await registerIssuer(hub, 'Egen Utbildning AB', 'EDUCATION_PROVIDER')).id;
  const otherOrganisationId = (await registerIssuer(hub, 'Annan Utbildning AB', 'EDUCATION_PROVIDER')).id;
  const asAuthority = await authorityToken(hub, authorityOrganisationId);
  const granted = await hub.request(
    GrantAccreditationDocument,
    { input: { organisationId: ownOrganisationId, decisionReference: 'MYH 2026/1', seqfLevels: [2, 3], fields: ['09'], credentialTypes: ['NON_FORMAL'], validFrom: new Date().toISOString(), validUntil: inAYear() } },
    { token: asAuthority },
  );
  const jwk = await publicJwk();
  const key = await hub.request(
    RegisterSigningKeyDocument,
    { organisationId: ownOrganisationId, publicJwk: jwk },
    { token: asAuthority },
  );
  expect([granted.errors, key.errors]).toEqual([undefined, undefined]);
  // An award of the own organisation (issued through the awards pipeline, its peers' answers given in memory).
  const directory = new FakeDirectory();
  directory.addOrganisation({ id: ownOrganisationId });
  const [issued] = await issueWithFake(hub, directory, ownOrganisationId, [awardRequest(directory.addEntry({ providerId: ownOrganisationId }), 1)]);
  const [{ learner_id: learnerId }] = await hub.hub.subgraphs.awards.db.query('select learner_id from award where id = $1', [issued.awardId]);
  const learnerToken = await hub.token({ roles: ['learner'], subject: learnerId });
  const share = await hub.request(
    CreateShareDocument,
    { input: { awardIds: [issued.awardId!], recipientLabel: 'Matris', expiresAt: new Date(Date.now() + 3600_000).toISOString() } },
    { token: learnerToken },
  );
  const draft = await hub.request(
    DraftMicroCredentialDocument,
    { input: { providerId: ownOrganisationId, code: 'MATRIS-UTKAST', title: { sv: 'Matrisutkast', en: 'Matrix draft' }, seqfLevel: 3 } },
    { token: await hub.token({ roles: ['provider'], organisationId: ownOrganisationId }) },
  );
  expect(draft.errors).toBeUndefined();
  fixtures = {
    draftId: draft.data!.draftMicroCredential.id,
    entryId: draft.data!.draftMicroCredential.entryId,
    ownOrganisationId,
    otherOrganisationId,
    learnerId,
    authorityOrganisationId,
    accreditationId: granted.data!.grantAccreditation.id,
    kid: key.data!.registerSigningKey.kid,
    awardId: issued.awardId!,
    shareId: share.data!.createShare.id,
  };
  identities.anonymous = { roles: [] };
  identities.learner = { subject: fixtures.learnerId, roles: ['learner'], learnerId: fixtures.learnerId };
  const otherLearner = randomUUID();
  identities.otherLearner = { subject: otherLearner, roles: ['learner'], learnerId: otherLearner };
  identities.providerOwn = { subject: 'provider-own', roles: ['provider'], organisationId: fixtures.ownOrganisationId };
  identities.providerOther = { subject: 'provider-other', roles: ['provider'], organisationId: fixtures.otherOrganisationId };
  identities.authority = { subject: 'authority', roles: ['authority'], organisationId: fixtures.authorityOrganisationId };
  identities.analyst = { subject: 'analyst', roles: ['analyst'] };
  for (const caller of CALLERS) {
    const identity = identities[caller];
    tokens[caller] = caller === 'anonymous' ? undefined : await hub.token({ subject: identity.subject, roles: identity.roles, organisationId: identity.organisationId });
  }
});
afterAll(() => hub?.stop());

describe('the access policy covers the whole graph', () => {
  it('declares a rule for every query and mutation of the composed supergraph', () => {
    const missing = rootOperations().filter((operation) => !ACCESS_POLICY[operation]);
    expect(missing).toEqual([]);
  });

  it('declares each query and mutation in the rules of the subgraph that resolves it', () => {
    const misplaced = Object.entries(rootOperationGraphs()).flatMap(([operation, graphs]) =>
      graphs.filter((graph) => !SUBGRAPHS[graph as SubgraphName].accessRules[operation]).map((graph) => `${graph}: ${operation}`),
    );
    expect(misplaced).toEqual([]);
  });

  it('declares a rule for resolving every entity by reference (_entities), in each subgraph that resolves it', () => {
    const missing = Object.entries(entityTypes()).flatMap(([type, graphs]) =>
      graphs.filter((graph) => !SUBGRAPHS[graph as SubgraphName].accessRules[`${type}.@reference`]).map((graph) => `${graph}: ${type}.@reference`),
    );
    expect(missing).toEqual([]);
  });

  it('has no rules for operations that no longer exist', () => {
    const operations = new Set(rootOperations());
    const stale = Object.keys(ACCESS_POLICY).filter((key) => /^(Query|Mutation)\./.test(key) && !operations.has(key));
    expect(stale).toEqual([]);
  });

  it('has an example call in the matrix for every operation', () => {
    expect(rootOperations().filter((operation) => !EXAMPLES[operation])).toEqual([]);
  });
});

describe('every operation, called as every role, is allowed or denied as the policy says', () => {
  const cases = rootOperations().flatMap((operation) => CALLERS.map((caller) => [operation, caller] as const));
  it.each(cases)('%s as %s', async (operation, caller) => {
    const example = EXAMPLES[operation];
    if (!example) throw new Error(`no example for ${operation}`);
    const response = await hub.request(
      parse(example.document) as TypedDocumentNode<unknown, Record<string, unknown>>,
      example.variables?.({ ...fixtures, freshJwk: await publicJwk() }) ?? {},
      { token: tokens[caller] },
    );
    // The table's refusals say "<operation> needs …"; a resolver's own refusal (e.g. not accredited) is not the table's.
    const denial = response.errors?.find((error) => DENIED.has(String(error.extensions?.code)) && error.message.startsWith(`${operation} needs`));
    const allowed = expectedAllowed(operation, caller);
    if (allowed) {
      expect(denial).toBeUndefined();
    } else {
      expect(denial).toBeDefined();
      // A denial says what is missing and nothing about the object asked for.
      expect(denial!.message).toMatch(/needs /);
      // Root fields are nullable (partial answers), so a refused one is null; nothing of the object is in the answer.
      expect(Object.values((response.data ?? {}) as Record<string, unknown>).filter((value) => value !== null)).toEqual([]);
    }
  });
});

describe('_entities, which bypasses type-graphql, is guarded by the same policy', () => {
  const entities = entityTypes();
  const cases = Object.entries(entities).flatMap(([type, subgraphs]) =>
    subgraphs.flatMap((subgraph) => CALLERS.map((caller) => [type, subgraph, caller] as const)),
  );
  it.each(cases)('%s in %s as %s', async (type, subgraph, caller) => {
    const document: DocumentNode = parse('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }');
    const response = await hub.request(
      document as TypedDocumentNode<unknown, Record<string, unknown>>,
      { r: [{ __typename: type, id: type === 'Award' ? fixtures.awardId : fixtures.ownOrganisationId }] },
      { url: hub.hub.subgraphs[subgraph as SubgraphName].url, token: tokens[caller] },
    );
    const denial = response.errors?.find((error) => DENIED.has(String(error.extensions?.code)));
    if (expectedAllowed(`${type}.@reference`, caller, SUBGRAPHS[subgraph as SubgraphName].accessRules)) expect(denial).toBeUndefined();
    else expect(denial).toBeDefined();
  });
});

describe('guarded fields decide ownership from the subgraph\'s own data, not from a forged _entities representation', () => {
  const entitiesQuery = (selection: string) =>
    parse(`query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`) as TypedDocumentNode<{ _entities: Record<string, unknown>[] }, Record<string, unknown>>;
  const asCaller = async (subgraph: SubgraphName, caller: Caller, selection: string, representation: Record<string, unknown>) => {
    return hub.request(entitiesQuery(selection), { r: [representation] }, { url: hub.hub.subgraphs[subgraph].url, token: tokens[caller] });
  };
  const denied = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.some((error) => DENIED.has(String(error.extensions?.code))) ?? false;

  it('MicroCredential.awardCount: another provider naming itself as the provider reads nothing', async () => {
    const [{ micro_credential_id: versionId }] = await hub.hub.subgraphs.awards.db.query('select micro_credential_id from award where id = $1', [fixtures.awardId]);
    const selection = '... on MicroCredential { awardCount }';
    // The other provider claims to own the own organisation's version.
    const forged = await asCaller('awards', 'providerOther', selection, { __typename: 'MicroCredential', id: versionId, provider: { id: fixtures.otherOrganisationId } });
    expect(denied(forged)).toBe(true);
    expect(JSON.stringify(forged.data ?? null)).not.toMatch(/"awardCount":\d/);
    // The owner reads its count whatever the representation says of the provider.
    const owner = await asCaller('awards', 'providerOwn', selection, { __typename: 'MicroCredential', id: versionId, provider: { id: fixtures.otherOrganisationId } });
    expect(owner.errors).toBeUndefined();
    expect(owner.data!._entities[0]).toEqual({ awardCount: 1 });
  });

  it('Organisation.awardsIssued and Organisation.contact: the organisation is the key, so another provider is refused', async () => {
    for (const [subgraph, selection] of [
      ['awards', '... on Organisation { awardsIssued { totalCount } }'],
      ['accreditation', '... on Organisation { contact { email } }'],
    ] as const) {
      const forged = await asCaller(subgraph, 'providerOther', selection, { __typename: 'Organisation', id: fixtures.ownOrganisationId, legalName: 'Annan Utbildning AB' });
      expect(denied(forged)).toBe(true);
      const owner = await asCaller(subgraph, 'providerOwn', selection, { __typename: 'Organisation', id: fixtures.ownOrganisationId });
      expect(denied(owner)).toBe(false);
    }
  });
});

