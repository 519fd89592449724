import { logger } from '../../../platform/logging';
import { credentialFields } from '../credential-fields';
import { readCredential } from '../credential-format';
import { locateIssuer } from '../issuer-location';
import type { VerificationSources } from '../sources';
import { failed, ok, result, type Work } from './check';

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
  const read = readCredential(input);
  if (!read.ok) {
    work.checks.FORMAT = result('FORMAT', 'FAILED', read.reason);
    return;
  }
  work.header = read.header;
  work.jws = read.jws;
  work.seal = read.seal;
  work.payload = read.payload;
  work.fields = read.fields ?? credentialFields(read.payload);
  work.issuedAt = new Date(work.fields.validFrom!);
  work.checks.FORMAT = read.seal
    ? ok(
        'FORMAT',
        `A European Digital Credential (ELM v3) sealed as JAdES (alg ${read.header.alg}, kid ${read.header.kid}${read.seal.x5c ? ', with a seal certificate chain' : ''}), with its mandatory elements.`,
        `Ett europeiskt digitalt merit (ELM v3) förseglat som JAdES (alg ${read.header.alg}, kid ${read.header.kid}${read.seal.x5c ? ', med sigillcertifikatets kedja' : ''}), med sina obligatoriska delar.`,
      )
    : ok(
    'FORMAT',
    `A VC 2.0 credential secured as a compact JWS (typ ${read.header.typ}, alg ${read.header.alg}, kid ${read.header.kid}), with its mandatory elements.`,
    `Ett VC 2.0-merit skyddat som kompakt JWS (typ ${read.header.typ}, alg ${read.header.alg}, kid ${read.header.kid}), med sina obligatoriska delar.`,
  );
  const located = locateIssuer(work.fields.issuerId!, sources.documentBases);
  if ('problem' in located) work.checks.SIGNATURE = result('SIGNATURE', 'FAILED', located.problem);
  else work.issuer = located;
}
