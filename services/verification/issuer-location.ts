import type { Reason } from './credential-reading';
import type { IssuerLocator } from './sources';
import type { TrustedIssuer } from './trusted-issuers';
import { didWebDocumentUrl, isLocalHost } from './did-web';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const withoutSlash = (base: string) => base.replace(/\/+$/, '');

/**
 * Which hub issuer a credential's issuer id names: `did:web:<hub host>[:path]:issuers:<organisation id>`,
 * or `<hub address>/issuers/<organisation id>`. Issuers elsewhere are refused: the verifier fetches
 * nothing from addresses a credential makes up (the registry that could accredit them is this hub's).
 */
export function locateIssuer(issuerId: string, documentBases: readonly string[], trusted?: ReadonlyMap<string, TrustedIssuer>): IssuerLocator | { problem: Reason } {
  for (const rawBase of documentBases) {
    const base = withoutSlash(rawBase);
    if (issuerId.startsWith('did:web:')) {
      const [, , ...rest] = issuerId.split(':');
      const organisationId = rest[rest.length - 1];
      if (rest.length < 3 || rest[rest.length - 2] !== 'issuers' || !UUID.test(organisationId ?? '')) continue;
      // The DID must resolve, by the did:web rules, to this hub's own document for the issuer.
      const resolved = didWebDocumentUrl(issuerId);
      if (resolved === `${base}/issuers/${organisationId}/did.json`) {
        return { base, organisationId: organisationId.toLowerCase(), did: issuerId };
      }
    } else {
      const match = /^(.*)\/issuers\/([0-9a-f-]{36})\/?$/i.exec(issuerId);
      if (match && withoutSlash(match[1]) === base && UUID.test(match[2])) return { base, organisationId: match[2].toLowerCase(), did: null };
    }
  }
  const outside = trusted?.get(issuerId);
  if (outside) return { base: outside.origin, organisationId: '', did: outside.keysAre === 'did' ? outside.id : null, outside };
  const shown = issuerId.length > 120 ? `${issuerId.slice(0, 120)}…` : issuerId;
  if (issuerId.startsWith('did:web:') && !didWebDocumentUrl(issuerId)) {
    return { problem: { en: `The issuer ${shown} is not a well-formed did:web identifier.`, sv: `Utfärdaren ${shown} är ingen välformad did:web-identifierare.` } };
  }
  return {
    problem: {
      en: `The issuer ${shown} is not an issuer of this hub (${documentBases.join(', ')}), nor on its list of trusted outside issuers, so its keys and accreditation cannot be looked up here. A did:web issuer must resolve over https (http only for localhost).`,
      sv: `Utfärdaren ${shown} är ingen utfärdare i denna hubb (${documentBases.join(', ')}) och finns inte heller på dess lista över betrodda externa utfärdare, så dess nycklar och ackreditering kan inte slås upp här. En did:web-utfärdare måste kunna slås upp över https (http bara för localhost).`,
    },
  };
}

/** Status lists are read from this hub only (a credential cannot make the verifier fetch arbitrary URLs). */
export function isHubDocumentUrl(url: string, documentBases: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLocalHost(parsed.hostname))) return false;
  if (parsed.username || parsed.password) return false;
  const normalised = `${parsed.origin}${parsed.pathname}`;
  return documentBases.some((base) => normalised.startsWith(`${withoutSlash(base)}/`));
}
