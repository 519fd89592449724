import type { CredentialFields } from './credential-fields';

// What reading a credential answers, whichever reader read it (credential-format.ts for the W3C forms,
// european-credential.ts for the sealed EDC, sd-jwt.ts), and the limits every reader applies.

/** A reason a person can read, in both languages. */
export interface Reason {
  en: string;
  sv: string;
}

/**
 * The largest credential the verifier reads. The hub's credentials are a few kilobytes (about 5 KB with
 * a dozen skills and evidence); anything near this is not one, and is refused before any work.
 */
export const MAX_CREDENTIAL_CHARACTERS = 64 * 1024;

/**
 * The hub's key types, and RS256, which Open Badges 3.0 names as the one every implementation supports.
 * `none` and HMAC are never accepted (a shared secret proves nothing).
 */
export const ACCEPTED_ALGORITHMS = ['EdDSA', 'ES256', 'RS256'] as const;
export type AcceptedAlgorithm = (typeof ACCEPTED_ALGORITHMS)[number];

/** XML Schema dateTimeStamp, as VC 2.0 requires for validFrom / validUntil (a time zone is mandatory). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export const isDateTime = (value: unknown): value is string => typeof value === 'string' && DATE_TIME.test(value) && Number.isFinite(Date.parse(value));

export interface JwsHeader {
  alg: AcceptedAlgorithm;
  kid: string;
  typ: string;
  [member: string]: unknown;
}

/**
 * A European Digital Credential (ELM v3, EDC application profile) sealed as JAdES in the JWS JSON
 * serialisation, as the awards subgraph seals them (services/awards/jades.ts) and the official signed sample
 * has it: `{ payload: <the credential's JSON, unencoded>, signatures: [{ protected, signature }] }`, protected
 * header `b64: false`, `sigT`, `crit: ["b64", "sigT"]`, and `kid` (the issuer's hub key), with `x5c` when
 * sealed with the organisation's electronic seal certificate.
 */
export interface JadesSeal {
  protected: string;
  payload: string;
  signature: string;
  /** The seal certificate chain (base64 DER, leaf first), when the header has one. */
  x5c: string[] | null;
  signingTime: string | null;
}

/** The three W3C forms the hub issues (and reads from outside issuers), and the European Digital Credential sealed as JAdES. */
export type CredentialForm = 'vc+jwt' | 'open-badges-jwt' | 'data-integrity' | 'european-digital-credential';

export interface ReadJws {
  ok: true;
  form: CredentialForm;
  /** The compact JWS (empty for the Data Integrity form). */
  jws: string;
  /** For the Data Integrity form: alg EdDSA, kid the proof's verificationMethod, typ "data-integrity". */
  header: JwsHeader;
  /** The credential (for the Data Integrity form, without its proof). */
  payload: Record<string, unknown>;
  /** A sealed European Digital Credential: its seal (checked instead of the JWS) and its facts, read the ELM way. */
  seal?: JadesSeal;
  fields?: CredentialFields;
  /** The Data Integrity form as given, proof included. */
  document?: Record<string, unknown>;
}

export type ReadResult = ReadJws | { ok: false; reason: Reason };
