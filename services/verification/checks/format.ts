import { logger } from '../../../platform/logging';
import { credentialFields, sdJwtFields } from '../credential-fields';
import { keyIdOf, readCredential } from '../credential-format';
import { locateIssuer } from '../issuer-location';
import { looksLikeSdJwt, readSdJwt } from '../sd-jwt';
import type { VerificationSources } from '../sources';
import { failed, ok, result, type Work } from './check';

/** Where each issuer named lately is, per set of sources (their hub addresses and trusted issuers do not change). */
const locatedBySources = new WeakMap<VerificationSources, Map<string, ReturnType<typeof locateIssuer>>>();

function located(issuerId: string, sources: VerificationSources): ReturnType<typeof locateIssuer> {
  let known = locatedBySources.get(sources);
  if (!known) locatedBySources.set(sources, (known = new Map()));
  let result = known.get(issuerId);
  if (!result) {
    result = locateIssuer(issuerId, sources.documentBases, sources.trustedIssuers);
    if (known.size >= 1_000) known.clear();
    known.set(issuerId, result);
  }
  return result;
}

/**
 * FORMAT: reads the credential and the issuer it names. Where that issuer is not one whose documents the
 * hub reads, SIGNATURE fails here already.
 */
export function checkFormat(input: unknown, sources: VerificationSources): Work {
  const work: Work = { checks: {}, readings: [] };
  try {
    readFormat(typeof input === 'string' ? input : '', work, sources);
  } catch (error) {
    logger.error({ err: error }, 'reading a credential failed unexpectedly');
    work.checks.FORMAT = failed('FORMAT', 'The credential could not be read.', 'Meritet kunde inte läsas.');
  }
  return work;
}

function readFormat(input: string, work: Work, sources: VerificationSources) {
  if (looksLikeSdJwt(input.trim())) return readSdJwtFormat(input.trim(), work, sources);
  const read = readCredential(input);
  if (!read.ok) {
    work.checks.FORMAT = result('FORMAT', 'FAILED', read.reason);
    return;
  }
  work.form = read.form;
  work.keyReference = read.header.kid;
  work.jws = read.jws;
  work.seal = read.seal;
  work.document = read.document;
  work.payload = read.payload;
  work.fields = read.fields ?? credentialFields(read.payload);
  work.issuedAt = new Date(work.fields.validFrom!);
  const key = keyIdOf(read.header.kid, work.fields.issuerId!);
  work.header = { ...read.header, kid: 'kid' in key ? key.kid : read.header.kid };
  work.checks.FORMAT =
    read.seal
      ? ok(
          'FORMAT',
          `A European Digital Credential (ELM v3) sealed as JAdES (alg ${read.header.alg}, kid ${read.header.kid}${read.seal.x5c ? ', with a seal certificate chain' : ''}), with its mandatory elements.`,
          `Ett europeiskt digitalt merit (ELM v3) förseglat som JAdES (alg ${read.header.alg}, kid ${read.header.kid}${read.seal.x5c ? ', med sigillcertifikatets kedja' : ''}), med sina obligatoriska delar.`,
        )
      : read.form === 'data-integrity'
      ? ok(
          'FORMAT',
          `A VC 2.0 credential with an embedded Data Integrity proof (eddsa-rdfc-2022, verification method ${read.header.kid}), with its mandatory elements.`,
          `Ett VC 2.0-merit med inbäddat Data Integrity-bevis (eddsa-rdfc-2022, verifieringsmetod ${read.header.kid}), med sina obligatoriska delar.`,
        )
      : ok(
          'FORMAT',
          `A VC 2.0 credential secured as a compact JWS${read.form === 'open-badges-jwt' ? ' in the Open Badges 3.0 form' : ''} (typ ${read.header.typ}, alg ${read.header.alg}, kid ${read.header.kid}), with its mandatory elements.`,
          `Ett VC 2.0-merit skyddat som kompakt JWS${read.form === 'open-badges-jwt' ? ' i Open Badges 3.0-formen' : ''} (typ ${read.header.typ}, alg ${read.header.alg}, kid ${read.header.kid}), med sina obligatoriska delar.`,
        );
  if ('otherController' in key) {
    work.checks.SIGNATURE = result('SIGNATURE', 'FAILED', {
      en: `The key ${read.header.kid.slice(0, 200)} belongs to ${key.otherController.slice(0, 200)}, not to the issuer the credential names (${work.fields.issuerId}).`,
      sv: `Nyckeln ${read.header.kid.slice(0, 200)} tillhör ${key.otherController.slice(0, 200)}, inte utfärdaren som meritet anger (${work.fields.issuerId}).`,
    });
    return;
  }
  const issuer = located(work.fields.issuerId!, sources);
  if ('problem' in issuer) work.checks.SIGNATURE = result('SIGNATURE', 'FAILED', issuer.problem);
  else work.issuer = issuer;
}

/** FORMAT for the SD-JWT VC form: header, digests of the disclosures, the micro-credential type; SIGNATURE checks the issuer-signed JWT. */
function readSdJwtFormat(input: string, work: Work, sources: VerificationSources) {
  const read = readSdJwt(input);
  if (!read.ok) {
    work.checks.FORMAT = result('FORMAT', 'FAILED', read.reason);
    return;
  }
  work.sdJwt = read;
  work.jws = read.jws;
  work.payload = read.claims;
  work.fields = sdJwtFields(read.claims);
  work.issuedAt = new Date(work.fields.validFrom!);
  const key = keyIdOf(read.header.kid, work.fields.issuerId!);
  work.keyReference = read.header.kid;
  work.header = { ...read.header, kid: 'kid' in key ? key.kid : read.header.kid };
  work.checks.FORMAT = ok(
    'FORMAT',
    `An SD-JWT VC (typ ${read.header.typ}, alg ${read.header.alg}, kid ${read.header.kid.slice(0, 200)}) with ${read.disclosedCount} disclosed element(s), each one the issuer signed.`,
    `En SD-JWT VC (typ ${read.header.typ}, alg ${read.header.alg}, kid ${read.header.kid.slice(0, 200)}) med ${read.disclosedCount} visade uppgift(er), var och en signerad av utfärdaren.`,
  );
  if ('otherController' in key) {
    work.checks.SIGNATURE = result('SIGNATURE', 'FAILED', {
      en: `The key ${read.header.kid.slice(0, 200)} belongs to ${key.otherController.slice(0, 200)}, not to the issuer the SD-JWT names (${work.fields.issuerId}).`,
      sv: `Nyckeln ${read.header.kid.slice(0, 200)} tillhör ${key.otherController.slice(0, 200)}, inte utfärdaren som SD-JWT:n anger (${work.fields.issuerId}).`,
    });
    return;
  }
  const issuer = located(work.fields.issuerId!, sources);
  if ('problem' in issuer) work.checks.SIGNATURE = result('SIGNATURE', 'FAILED', issuer.problem);
  else work.issuer = issuer;
}
