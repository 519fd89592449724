import type { HubConfig } from '../../../platform/config';
import { ANNEX_I_CLAIMS, MICRO_CREDENTIAL_VCT, type AnnexIClaim } from '../../../platform/micro-credential-claims';
import { signInEnabled } from '../../../platform/sign-in';
import { WALLET_AUTHORIZE_PATH, WALLET_PAR_PATH } from '../../../platform/wallet-authorization';
import { PUBLIC_DOCUMENT_ROUTES } from '../../../platform/public-documents';

/**
 * What the hub issues into wallets (OpenID4VCI 1.0): two credential configurations of the same award, and
 * the metadata documents wallets read. The credential issuer identifier is the hub's public URL; the hub is
 * its own authorization server (pre-authorized code flow, and the authorization code flow on the learner's e-ID
 * sign-in, whose authorization endpoint the gateway serves).
 */
export const WALLET_PATHS = {
  issuerMetadata: '/.well-known/openid-credential-issuer',
  authorizationServerMetadata: '/.well-known/oauth-authorization-server',
  token: '/openid4vci/token',
  credential: '/openid4vci/credential',
  nonce: '/openid4vci/nonce',
  authorize: WALLET_AUTHORIZE_PATH,
  pushedAuthorizationRequest: WALLET_PAR_PATH,
  /** An offer by reference (credential_offer_uri): the offer JSON, until the offer expires or is used. */
  offer: PUBLIC_DOCUMENT_ROUTES.credentialOffer.path,
} as const;

export const PRE_AUTHORIZED_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:pre-authorized_code';
export const AUTHORIZATION_CODE_GRANT = 'authorization_code';
/** How long an authorization code lives: the wallet redeems it at once (RFC 6749 section 4.1.2 recommends at most 10 minutes). */
export const AUTHORIZATION_CODE_SECONDS = 120;
/** The authorization_details type of OpenID4VCI (section 5.1.1). */
export const OPENID_CREDENTIAL = 'openid_credential';

/** How long an offer's pre-authorized code, an access token and a nonce live; wrong transaction codes an offer survives. */
export const OFFER_SECONDS = 600;
export const ACCESS_TOKEN_SECONDS = 300;
export const NONCE_SECONDS = 300;
export const MAX_TX_CODE_FAILURES = 5;
export const TX_CODE_LENGTH = 6;
/** How far a proof's iat may lie from now (clock skew). */
export const PROOF_CLOCK_TOLERANCE_SECONDS = 300;

export const HOLDER_ALGORITHMS = ['EdDSA', 'ES256'] as const;

export const CREDENTIAL_CONFIGURATIONS = {
  /** The W3C VC 2.0 credential that is also an Open Badges 3.0 OpenBadgeCredential, as a vc+jwt bound to the holder's key. */
  micro_credential_jwt_vc_json: { format: 'jwt_vc_json' },
  /** The SD-JWT VC, each Annex I element selectively disclosable (the EU Digital Identity Wallet's format). */
  micro_credential_dc_sd_jwt: { format: 'dc+sd-jwt' },
} as const;
export type CredentialConfigurationId = keyof typeof CREDENTIAL_CONFIGURATIONS;
export const CREDENTIAL_CONFIGURATION_IDS = Object.keys(CREDENTIAL_CONFIGURATIONS) as CredentialConfigurationId[];
export const isCredentialConfigurationId = (value: unknown): value is CredentialConfigurationId =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(CREDENTIAL_CONFIGURATIONS, value);

const CLAIM_NAMES: Record<AnnexIClaim, { sv: string; en: string }> = {
  learner_name: { sv: 'Innehavare', en: 'Holder' },
  title: { sv: 'Titel', en: 'Title' },
  issuer_country: { sv: 'Utfärdarens land', en: "Issuer's country" },
  issuer_region: { sv: 'Utfärdarens region', en: "Issuer's region" },
  awarding_body: { sv: 'Utfärdande organisation', en: 'Awarding body' },
  date_of_issuing: { sv: 'Utfärdandedatum', en: 'Date of issuing' },
  learning_outcomes: { sv: 'Läranderesultat', en: 'Learning outcomes' },
  workload_hours: { sv: 'Arbetsbelastning (timmar)', en: 'Notional workload (hours)' },
  ects_credits: { sv: 'ECTS-poäng', en: 'ECTS credits' },
  eqf_level: { sv: 'EQF-nivå', en: 'EQF level' },
  seqf_level: { sv: 'SeQF-nivå', en: 'SeQF level' },
  assessment_type: { sv: 'Bedömningsform', en: 'Type of assessment' },
  participation_form: { sv: 'Deltagandeform', en: 'Form of participation' },
  quality_assurance: { sv: 'Kvalitetssäkring', en: 'Quality assurance' },
  prerequisites: { sv: 'Förkunskapskrav', en: 'Prerequisites' },
  supervision: { sv: 'Övervakning vid bedömning', en: 'Supervision during assessment' },
  identity_verification: { sv: 'Identitetskontroll vid bedömning', en: 'Identity verification during assessment' },
  grade: { sv: 'Betyg', en: 'Grade' },
  stackability: { sv: 'Kombinerbarhet', en: 'Stackability' },
  further_information: { sv: 'Mer information', en: 'Further information' },
  credential_type: { sv: 'Typ av merit', en: 'Type of credential' },
  field: { sv: 'Utbildningsområde', en: 'Field of education' },
};

const CREDENTIAL_DISPLAY = [
  { name: 'Mikromerit', locale: 'sv', description: 'Ett mikromerit från den nationella hubben för mikromeriter', background_color: '#1d3b5a', text_color: '#ffffff' },
  { name: 'Micro-credential', locale: 'en', description: "A micro-credential from Sweden's national micro-credentials hub", background_color: '#1d3b5a', text_color: '#ffffff' },
];

const claimsDescription = () =>
  ANNEX_I_CLAIMS.map((name) => ({ path: [name], display: [{ name: CLAIM_NAMES[name].sv, locale: 'sv' }, { name: CLAIM_NAMES[name].en, locale: 'en' }] }));

const common = {
  cryptographic_binding_methods_supported: ['jwk', 'did:jwk', 'did:key'],
  credential_signing_alg_values_supported: ['EdDSA', 'ES256'],
  proof_types_supported: { jwt: { proof_signing_alg_values_supported: [...HOLDER_ALGORITHMS] } },
};

/** GET /.well-known/openid-credential-issuer (OpenID4VCI 1.0, section 12.2). */
export function credentialIssuerMetadata(issuer: string) {
  return {
    credential_issuer: issuer,
    credential_endpoint: `${issuer}${WALLET_PATHS.credential}`,
    nonce_endpoint: `${issuer}${WALLET_PATHS.nonce}`,
    display: [
      { name: 'Mikromeriter – nationella hubben', locale: 'sv' },
      { name: "Micro-credentials – Sweden's national hub", locale: 'en' },
    ],
    credential_configurations_supported: {
      micro_credential_jwt_vc_json: {
        format: 'jwt_vc_json',
        scope: 'micro_credential_jwt_vc_json',
        ...common,
        credential_definition: { type: ['VerifiableCredential', 'OpenBadgeCredential'] },
        credential_metadata: { display: CREDENTIAL_DISPLAY },
      },
      micro_credential_dc_sd_jwt: {
        format: 'dc+sd-jwt',
        scope: 'micro_credential_dc_sd_jwt',
        vct: MICRO_CREDENTIAL_VCT,
        ...common,
        credential_metadata: { display: CREDENTIAL_DISPLAY, claims: claimsDescription() },
      },
    } satisfies Record<CredentialConfigurationId, unknown>,
  };
}

/**
 * Whether wallets can start at the authorization endpoint: learners sign in with e-ID on this hub (here, or the
 * sign-in's keys are published to this part from the gateway's host).
 */
export const authorizationCodeFlowEnabled = (config: HubConfig) => signInEnabled(config) || Boolean(config.SIGN_IN_JWKS_URL);

/**
 * GET /.well-known/oauth-authorization-server (RFC 8414): the hub is its own authorization server, for offers
 * (pre-authorized code) and, when learners sign in with e-ID, for the authorization code flow: public clients
 * (wallets, `none`), PKCE with S256 only, `iss` in the authorization response (RFC 9207), a configuration asked
 * for by scope or by authorization_details, pushed first (RFC 9126) or in the query (unless pushing is required).
 */
export function authorizationServerMetadata(issuer: string, authorizationCode: boolean, requirePushed = false, attestation = false) {
  return {
    issuer,
    token_endpoint: `${issuer}${WALLET_PATHS.token}`,
    grant_types_supported: authorizationCode ? [AUTHORIZATION_CODE_GRANT, PRE_AUTHORIZED_CODE_GRANT] : [PRE_AUTHORIZED_CODE_GRANT],
    // Attested wallets only, when the hub trusts attesters (draft-ietf-oauth-attestation-based-client-auth); else public clients.
    'pre-authorized_grant_anonymous_access_supported': !attestation,
    token_endpoint_auth_methods_supported: attestation ? ['attest_jwt_client_auth'] : ['none'],
    response_types_supported: authorizationCode ? ['code'] : [],
    ...(authorizationCode
      ? {
          authorization_endpoint: `${issuer}${WALLET_PATHS.authorize}`,
          pushed_authorization_request_endpoint: `${issuer}${WALLET_PATHS.pushedAuthorizationRequest}`,
          require_pushed_authorization_requests: requirePushed,
          response_modes_supported: ['query'],
          code_challenge_methods_supported: ['S256'],
          authorization_response_iss_parameter_supported: true,
          authorization_details_types_supported: [OPENID_CREDENTIAL],
          scopes_supported: CREDENTIAL_CONFIGURATION_IDS,
        }
      : {}),
  };
}
