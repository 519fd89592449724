import type { Vault } from '../vault';
import { AUTHORIZATION_CODE_GRANT, PRE_AUTHORIZED_CODE_GRANT, TX_CODE_LENGTH, WALLET_PATHS } from './configurations';

/**
 * An offer's secrets all come from one random reference (the id in its credential_offer_uri), through the
 * vault's keyed hash under labels of their own: so the hub can serve the offer by reference while it stores
 * every secret only as a keyed hash (the reference, the pre-authorized code, the issuer_state), and a database
 * read yields none that works.
 */
export function offerSecrets(vault: Vault, reference: string) {
  const derive = (label: string) => vault.walletCodeHash(`offer-secret:${label}`, reference).toString('base64url');
  const preAuthorizedCode = derive('pre-authorized-code');
  const issuerState = derive('issuer-state');
  return {
    preAuthorizedCode,
    issuerState,
    hashes: {
      reference: vault.walletCodeHash('offer-reference', reference),
      preAuthorizedCode: vault.walletCodeHash('pre-authorized-code', preAuthorizedCode),
      issuerState: vault.walletCodeHash('issuer-state', issuerState),
    },
  };
}

/** The credential offer object (OpenID4VCI 1.0, section 4.1.1): by value in the link, or served at its reference. */
export function offerDocument(options: { credentialIssuer: string; configurationIds: string[]; preAuthorizedCode: string; issuerState?: string }) {
  return {
    credential_issuer: options.credentialIssuer,
    credential_configuration_ids: options.configurationIds,
    grants: {
      [PRE_AUTHORIZED_CODE_GRANT]: {
        'pre-authorized_code': options.preAuthorizedCode,
        tx_code: { input_mode: 'numeric', length: TX_CODE_LENGTH, description: 'Koden i hubben / the code in the hub' },
      },
      // The same offer for a wallet that signs the learner in instead: the issuer_state says which award.
      ...(options.issuerState ? { [AUTHORIZATION_CODE_GRANT]: { issuer_state: options.issuerState } } : {}),
    },
  };
}

export const offerReferenceUrl = (credentialIssuer: string, reference: string) => `${credentialIssuer}${WALLET_PATHS.offer.replace(':reference', reference)}`;

export const OFFER_REFERENCE = /^[A-Za-z0-9_-]{43}$/;
