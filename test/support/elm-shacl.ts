import fs from 'node:fs';
import path from 'node:path';
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import jsonld from 'jsonld';
import { DataFactory, Parser, Store, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { sharedPath } from './shared';

/**
 * The EDC and LOQ SHACL shapes of ../shared/standards/elm-v3, checked with rdf-validate-shacl on the RDF
 * that jsonld makes of a document. Everything loads offline: the JSON-LD contexts from the standards folder
 * (the W3C credentials v1 context from @digitalbazaar/credentials-context), the shapes' owl:imports from the
 * same folder. JSON-LD runs in safe mode, so a term no context defines is an error, not silently dropped.
 */
const STANDARDS = sharedPath('standards');
const ELM = path.join(STANDARDS, 'elm-v3');

const CONTEXTS: Record<string, unknown> = {
  'https://www.w3.org/2018/credentials/v1': credentialsContexts.get('https://www.w3.org/2018/credentials/v1'),
  'http://data.europa.eu/snb/model/context/edc-ap': JSON.parse(fs.readFileSync(path.join(ELM, 'edc', 'edc-ap-context.jsonld'), 'utf8')),
};

/** The shapes an ontology URI names in owl:imports, from the standards folder; vocabularies import nothing. */
const SHAPE_FILES: Record<string, string> = {
  'http://data.europa.eu/snb/model/ap/edc-generic-no-cv': path.join(ELM, 'edc', 'EDC-generic-no-cv.ttl'),
  'http://data.europa.eu/snb/model/ap/edc-generic-full': path.join(ELM, 'edc', 'EDC-generic-full.ttl'),
  // LOQ-constraints-mdr (the controlled vocabularies) names LOQ-constraints by its prefix, https and a slash.
  'https://data.europa.eu/snb/model/ap/loq-constraints/': path.join(ELM, 'loq', 'LOQ-constraints.ttl'),
};

export const PROFILES = {
  'edc-generic': path.join(ELM, 'edc', 'EDC-generic-full.ttl'),
  'edc-accredited': path.join(ELM, 'edc', 'EDC-accredited.ttl'),
  // The controlled-vocabulary shapes, which import the LOQ shapes: one run checks both files of loq/.
  loq: path.join(ELM, 'loq', 'LOQ-constraints-mdr.ttl'),
} as const;
export type Profile = keyof typeof PROFILES;

const SH = 'http://www.w3.org/ns/shacl#';

/**
 * The LOQ shapes write case-insensitive patterns the Java way, `(?i)` in front; JavaScript regular expressions
 * have no inline flags, so such a pattern is given as the same pattern with sh:flags "i" (what SHACL defines).
 */
function javaInlineFlags(quads: Quad[]): Quad[] {
  const out: Quad[] = [];
  for (const quad of quads) {
    if (quad.predicate.value === `${SH}pattern` && quad.object.termType === 'Literal' && /^\^?\(\?i\)/.test(quad.object.value)) {
      out.push(DataFactory.quad(quad.subject, quad.predicate, DataFactory.literal(quad.object.value.replace('(?i)', ''))));
      out.push(DataFactory.quad(quad.subject, DataFactory.namedNode(`${SH}flags`), DataFactory.literal('i')));
    } else out.push(quad);
  }
  return out;
}

const parsed = new Map<string, Quad[]>();
const turtle = (file: string) => {
  let quads = parsed.get(file);
  if (!quads) {
    quads = javaInlineFlags(new Parser().parse(fs.readFileSync(file, 'utf8')));
    parsed.set(file, quads);
  }
  return quads;
};

const documentLoader = async (url: string) => {
  if (!(url in CONTEXTS)) throw new Error(`offline: no local copy of the JSON-LD context ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: CONTEXTS[url] };
};

/** The RDF of a JSON-LD document, as N-Quads turned into a dataset. */
export async function toDataset(document: unknown): Promise<Store> {
  let nquads: string;
  try {
    nquads = (await jsonld.toRDF(document as never, { format: 'application/n-quads', documentLoader, safe: true } as never)) as unknown as string;
  } catch (error) {
    const details = (error as { details?: { event?: { code?: string; details?: unknown } } }).details;
    throw new Error(`JSON-LD: ${(error as Error).message} ${JSON.stringify(details?.event ?? details ?? '').slice(0, 600)}`);
  }
  return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
}

export interface ShaclResult {
  conforms: boolean;
  /** One line per violation: the message, the path and the focus node. */
  violations: string[];
}

export async function validateShacl(document: unknown | Store, profile: Profile): Promise<ShaclResult> {
  const data = document instanceof Store ? document : await toDataset(document);
  const validator = new SHACLValidator(new Store(turtle(PROFILES[profile])) as never, {
    importGraph: async (url: { value: string }) => new Store(SHAPE_FILES[url.value] ? turtle(SHAPE_FILES[url.value]) : []),
  } as never);
  const report = await validator.validate(data as never);
  return {
    conforms: report.conforms,
    violations: report.results.map(
      (result) => `${result.message.map((message) => message.value).join('; ')} | ${result.path?.value ?? ''} | ${result.focusNode?.value ?? ''} | ${result.sourceConstraintComponent?.value.split('#')[1] ?? ''}`,
    ),
  };
}
