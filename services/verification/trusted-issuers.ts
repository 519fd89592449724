import fs from 'node:fs';
import { z } from 'zod';
import { didWebDocumentUrl, isLocalHost } from './did-web';

/**
 * Issuers beyond the hub that verification trusts by configuration (VERIFICATION_TRUSTED_ISSUERS_FILE): other
 * platforms' did:web issuers, or issuers named by an https URL with a JWKS. Their credentials verify like the
 * hub's own as far as their own documents go (SIGNATURE, STATUS, EXPIRY); ACCREDITATION and CATALOGUE are
 * SKIPPED, since they are outside the national register and catalogue.
 *
 *   { "issuers": [
 *       { "id": "did:web:badges.example.org", "name": "Example Badges" },
 *       { "id": "https://skills.example.edu/issuer", "name": "Example University", "jwksUrl": "https://skills.example.edu/jwks.json" } ] }
 */
export interface TrustedIssuer {
  id: string;
  name: string;
  /** Where its keys are: the did:web document, or a JWKS. */
  keysUrl: string;
  keysAre: 'did' | 'jwks';
  /** The origin its documents (keys, status lists) must be on. */
  origin: string;
}

const secureUrl = z
  .string()
  .url()
  .refine((value) => {
    const url = new URL(value);
    return !url.username && !url.password && (url.protocol === 'https:' || (url.protocol === 'http:' && isLocalHost(url.hostname)));
  }, 'must be an https URL (http only for localhost), without credentials');

const fileSchema = z.object({
  issuers: z
    .array(
      z.object({
        id: z.string().min(1).max(500),
        name: z.string().min(1).max(300),
        jwksUrl: secureUrl.optional(),
      }),
    )
    .max(10_000),
});

export class TrustedIssuersProblem extends Error {}

/** Reads and checks the file; a bad file stops the verification subgraph at start with a message saying what is wrong. */
export function loadTrustedIssuers(file: string | undefined): Map<string, TrustedIssuer> {
  const issuers = new Map<string, TrustedIssuer>();
  if (!file) return issuers;
  let document: unknown;
  try {
    document = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TrustedIssuersProblem(`VERIFICATION_TRUSTED_ISSUERS_FILE: ${file} cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = fileSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TrustedIssuersProblem(`VERIFICATION_TRUSTED_ISSUERS_FILE: ${file} at ${issue?.path.join('.') || '(the file)'}: ${issue?.message}`);
  }
  parsed.data.issuers.forEach((entry, position) => {
    const where = `VERIFICATION_TRUSTED_ISSUERS_FILE: ${file} at issuers.${position}`;
    if (entry.id.startsWith('did:')) {
      const didUrl = entry.id.startsWith('did:web:') ? didWebDocumentUrl(entry.id) : null;
      if (!didUrl) throw new TrustedIssuersProblem(`${where}: ${entry.id} is not a did:web identifier the verifier can resolve (other DID methods are not read)`);
      if (entry.jwksUrl) throw new TrustedIssuersProblem(`${where}: a did:web issuer's keys are in its DID document; give no jwksUrl`);
      issuers.set(entry.id, { id: entry.id, name: entry.name, keysUrl: didUrl, keysAre: 'did', origin: new URL(didUrl).origin });
    } else {
      if (!secureUrl.safeParse(entry.id).success) throw new TrustedIssuersProblem(`${where}: id must be a did:web DID or an https URL`);
      if (!entry.jwksUrl) throw new TrustedIssuersProblem(`${where}: an issuer named by URL needs a jwksUrl`);
      if (new URL(entry.jwksUrl).origin !== new URL(entry.id).origin) throw new TrustedIssuersProblem(`${where}: jwksUrl must be on the issuer's own host`);
      issuers.set(entry.id, { id: entry.id, name: entry.name, keysUrl: entry.jwksUrl, keysAre: 'jwks', origin: new URL(entry.id).origin });
    }
  });
  return issuers;
}
