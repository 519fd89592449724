import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import express from 'express';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';

/** What the provider gets wrong in the ID token it signs next (nothing, by default). */
export interface Misbehaviour {
  issuer?: string;
  audience?: string;
  nonce?: string;
  /** Signs with a key it does not publish. */
  unknownKey?: boolean;
  /** Leaves the personnummer claim out of the ID token; `userinfo` then says whether userinfo has it. */
  omitNumber?: boolean;
  userinfo?: boolean;
  expired?: boolean;
  personalNumber?: string;
}

/**
 * An OpenID Provider that can be told to misbehave, for the cases a real provider never produces: an ID token
 * from another issuer, for another audience, with another nonce, signed by an unknown key. It does what a
 * provider does otherwise (discovery, JWKS, the code with PKCE checked, client authentication, userinfo).
 */
export async function startHostileProvider(options: { clientId: string; clientSecret: string; claim: string }) {
  const app = express();
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const signing = await generateKeyPair('ES256', { extractable: true });
  const stranger = await generateKeyPair('ES256', { extractable: true });
  const publicJwk: JWK = { ...(await exportJWK(signing.publicKey)), kid: 'hostile-1', alg: 'ES256', use: 'sig' };
  const codes = new Map<string, { nonce: string; challenge: string; redirectUri: string; used: boolean }>();
  const accessTokens = new Map<string, string>();
  let misbehaviour: Misbehaviour = {};
  let personalNumber = '';

  app.get('/.well-known/openid-configuration', (_request, response) => {
    response.json({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['ES256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic'],
    });
  });
  app.get('/jwks', (_request, response) => void response.json({ keys: [publicJwk] }));
  app.get('/authorize', (request, response) => {
    const query = request.query as Record<string, string>;
    if (query.client_id !== options.clientId || query.code_challenge_method !== 'S256') {
      response.status(400).send('bad request');
      return;
    }
    const code = randomBytes(16).toString('base64url');
    codes.set(code, { nonce: query.nonce, challenge: query.code_challenge, redirectUri: query.redirect_uri, used: false });
    const back = new URL(query.redirect_uri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', query.state);
    back.searchParams.set('iss', issuer);
    response.redirect(303, back.href);
  });
  app.post('/token', express.urlencoded({ extended: false }), async (request, response) => {
    const [id, secret] = Buffer.from(String(request.header('authorization') ?? '').replace(/^Basic /, ''), 'base64').toString().split(':').map(decodeURIComponent);
    if (id !== options.clientId || secret !== options.clientSecret) return void response.status(401).json({ error: 'invalid_client' });
    const grant = codes.get(String(request.body.code));
    const verifier = String(request.body.code_verifier ?? '');
    if (!grant || grant.used || createHash('sha256').update(verifier).digest('base64url') !== grant.challenge || grant.redirectUri !== request.body.redirect_uri) {
      return void response.status(400).json({ error: 'invalid_grant' });
    }
    grant.used = true;
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = { nonce: misbehaviour.nonce ?? grant.nonce, name: 'Hanna Hostile' };
    if (!misbehaviour.omitNumber) claims[options.claim] = personalNumber;
    const key: CryptoKey = misbehaviour.unknownKey ? stranger.privateKey : signing.privateKey;
    const idToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'hostile-1', typ: 'JWT' })
      .setIssuer(misbehaviour.issuer ?? issuer)
      .setAudience(misbehaviour.audience ?? options.clientId)
      .setSubject(`person-${personalNumber}`)
      .setIssuedAt(misbehaviour.expired ? now - 7200 : now)
      .setExpirationTime(misbehaviour.expired ? now - 3600 : now + 300)
      .sign(key);
    const accessToken = randomBytes(16).toString('base64url');
    accessTokens.set(accessToken, personalNumber);
    response.json({ access_token: accessToken, token_type: 'Bearer', expires_in: 300, id_token: idToken });
  });
  app.get('/userinfo', (request, response) => {
    const number = accessTokens.get(String(request.header('authorization') ?? '').replace(/^Bearer /, ''));
    if (number === undefined) return void response.status(401).json({ error: 'invalid_token' });
    response.json({ sub: `person-${number}`, ...(misbehaviour.userinfo ? { [options.claim]: number } : {}) });
  });

  return {
    issuer,
    /** The next sign-ins get this person and this misbehaviour. */
    behave(next: Misbehaviour & { personalNumber: string }) {
      ({ personalNumber, ...misbehaviour } = next);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
