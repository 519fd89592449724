import type { CredentialFields } from '../credential-fields';
import type { CredentialForm, JadesSeal, JwsHeader, Reason } from '../credential-reading';
import type { SourceReading } from '../run';
import type { ReadSdJwt } from '../sd-jwt';
import type { CatalogueEntry, IssuerLocator, PublishedKey, RegistryDocument, SourceUnavailable } from '../sources';

/** The checks of a verification, in the order a report lists them. */
export const CHECKS = ['FORMAT', 'SIGNATURE', 'ACCREDITATION', 'STATUS', 'EXPIRY', 'CATALOGUE'] as const;
export type CheckName = (typeof CHECKS)[number];
export type CheckStatus = 'OK' | 'FAILED' | 'SKIPPED';

export interface CheckResult {
  check: CheckName;
  status: CheckStatus;
  reason: string;
  reasonSv: string;
}

export const result = (check: CheckName, status: CheckStatus, reason: Reason): CheckResult => ({ check, status, reason: reason.en, reasonSv: reason.sv });
export const ok = (check: CheckName, en: string, sv: string) => result(check, 'OK', { en, sv });
export const failed = (check: CheckName, en: string, sv: string) => result(check, 'FAILED', { en, sv });
export const skipped = (check: CheckName, en: string, sv: string) => result(check, 'SKIPPED', { en, sv });
export const fromSource = (check: CheckName, status: CheckStatus, error: SourceUnavailable, en = '', sv = '') =>
  result(check, status, { en: `${en}${error.message}.`, sv: `${sv}${error.sv}.` });
/**
 * A date as reasons write it: the day, or the moment to the second. The same few dates (an issuer's keys, a
 * cohort's issue date) come back in every report of a batch, so the last ones written are kept.
 */
const written = new Map<string, string>();
function formatted(kind: 'day' | 'moment', value: Date | string): string {
  const key = `${kind}${typeof value === 'string' ? value : value.getTime()}`;
  let text = written.get(key);
  if (text === undefined) {
    const iso = new Date(value).toISOString();
    text = kind === 'day' ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
    if (written.size >= 512) written.clear();
    written.set(key, text);
  }
  return text;
}
export const day = (value: Date | string) => formatted('day', value);
export const moment = (value: Date | string) => formatted('moment', value);

/** A credential on its way through the checks. */
export interface Work {
  checks: Partial<Record<CheckName, CheckResult>>;
  form?: CredentialForm;
  /** kid as the header or proof gives it (a DID URL, or a bare key id); header.kid is the key's id in the issuer's documents. */
  keyReference?: string;
  header?: JwsHeader;
  jws?: string;
  /** The JAdES seal of a European Digital Credential, checked in place of the JWS. */
  seal?: JadesSeal;
  /** The Data Integrity form as given (proof included). */
  document?: Record<string, unknown>;
  payload?: Record<string, unknown>;
  /** The SD-JWT VC form, when that is what was given (payload then holds its disclosed claims). */
  sdJwt?: ReadSdJwt;
  /** For an SD-JWT that withholds them: the level, field and type its catalogue version states (ACCREDITATION asks about these). */
  accreditationFacts?: { seqfLevel: number | null; field: string | null; credentialType: string | null };
  fields?: CredentialFields;
  issuer?: IssuerLocator;
  issuedAt?: Date;
  keys?: PublishedKey[];
  registry?: RegistryDocument | null;
  signatureHolds?: boolean;
  catalogueEntry?: CatalogueEntry | null;
  /** When each source the checks relied on was read (the report's `sources`). */
  readings: SourceReading[];
}
