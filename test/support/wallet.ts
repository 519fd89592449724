import { createHash, randomBytes } from 'node:crypto';
import bs58 from 'bs58';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { Openid4vciClient } from '@openid4vc/openid4vci';
import { Oauth2Client, clientAuthenticationAnonymous, clientAuthenticationNone, type HashAlgorithm, type JwtSigner } from '@openid4vc/oauth2';

/**
 * A test wallet: the OpenWallet Foundation's OpenID4VCI client (@openid4vc/openid4vci), not code of the
 * hub's, with a holder key made by jose and named as a jwk, a did:jwk or a did:key in its proofs.
 */
export interface Holder {
  privateKey: CryptoKey;
  publicJwk: JWK;
  alg: 'EdDSA' | 'ES256';
  /** How the proof names the key. */
  signer: JwtSigner;
}

export async function holderKey(alg: 'EdDSA' | 'ES256' = 'EdDSA', naming: 'jwk' | 'did:jwk' | 'did:key' = 'jwk'): Promise<Holder> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  let signer: JwtSigner;
  if (naming === 'jwk') signer = { method: 'jwk', alg, publicJwk: publicJwk as never };
  else if (naming === 'did:jwk') {
    const did = `did:jwk:${Buffer.from(JSON.stringify(publicJwk)).toString('base64url')}`;
    signer = { method: 'did', alg, didUrl: `${did}#0` };
  } else {
    // did:key: multicodec ed25519-pub 0xed01 or p256-pub 0x8024 (compressed point), base58btc.
    const raw =
      alg === 'EdDSA'
        ? Buffer.concat([Buffer.from([0xed, 0x01]), Buffer.from(publicJwk.x!, 'base64url')])
        : Buffer.concat([Buffer.from([0x80, 0x24, Buffer.from(publicJwk.y!, 'base64url')[31] & 1 ? 0x03 : 0x02]), Buffer.from(publicJwk.x!, 'base64url')]);
    const multibase = `z${bs58.encode(raw)}`;
    signer = { method: 'did', alg, didUrl: `did:key:${multibase}#${multibase}` };
  }
  return { privateKey, publicJwk, alg, signer };
}

/**
 * The wallet: @openid4vc/openid4vci's client with jose and node:crypto behind its callbacks. With a client_id it
 * is a public OAuth client that names itself at the token endpoint (authorization code flow); without, anonymous.
 */
export function wallet(holder: Holder, clientId?: string) {
  return new Openid4vciClient({ callbacks: walletCallbacks(holder, clientId) });
}

/** The same wallet's OAuth 2.0 side (@openid4vc/oauth2), for a flow the wallet starts without an offer. */
export function oauthWallet(holder: Holder, clientId: string) {
  return new Oauth2Client({ callbacks: walletCallbacks(holder, clientId) });
}

function walletCallbacks(holder: Holder, clientId?: string) {
  return {
    fetch,
    hash: (data: Uint8Array, alg: HashAlgorithm) => createHash(alg.replace('-', '')).update(data).digest(),
    generateRandom: (length: number) => randomBytes(length),
    clientAuthentication: clientId ? clientAuthenticationNone({ clientId }) : clientAuthenticationAnonymous(),
    signJwt: async (_signer: unknown, { header, payload }: { header: unknown; payload: unknown }) => ({
      jwt: await new SignJWT(payload as never).setProtectedHeader(header as never).sign(holder.privateKey),
      signerJwk: holder.publicJwk as never,
    }),
  };
}

/** Takes an offer into the wallet: resolve, metadata, token with the transaction code, a nonce and a proof per configuration. */
export async function takeOffer(offerUri: string, txCode: string, holder: Holder) {
  const client = wallet(holder);
  const credentialOffer = await client.resolveCredentialOffer(offerUri);
  const issuerMetadata = await client.resolveIssuerMetadata(credentialOffer.credential_issuer);
  const { accessTokenResponse } = await client.retrievePreAuthorizedCodeAccessTokenFromOffer({ credentialOffer, issuerMetadata, txCode });
  const credentials: Record<string, string> = {};
  for (const credentialConfigurationId of credentialOffer.credential_configuration_ids) {
    const { c_nonce } = await client.requestNonce({ issuerMetadata });
    const { jwt } = await client.createCredentialRequestJwtProof({ issuerMetadata, credentialConfigurationId, nonce: c_nonce, signer: holder.signer });
    const { credentialResponse } = await client.retrieveCredentials({
      issuerMetadata,
      accessToken: accessTokenResponse.access_token,
      credentialConfigurationId,
      proofs: { jwt: [jwt] },
    });
    credentials[credentialConfigurationId] = String((credentialResponse.credentials![0] as { credential: string }).credential);
  }
  return { credentials, issuerMetadata, accessToken: accessTokenResponse.access_token };
}

