import fs from 'node:fs';
import path from 'node:path';
import { SignJWT, decodeJwt, importJWK } from 'jose';
import { VerifiedTokens } from '../platform/verified-tokens';
import { CompetenceStatisticsDocument } from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';
import { serviceToken } from './support/service-tokens';
import { sleep } from './support/verification';

/**
 * A caller's token is checked at the gateway and again at every subgraph, on every request; each keeps the
 * tokens it verified (under their hash) until they expire, or AUTH_VERIFIED_TOKEN_SECONDS (issue 20). Kept or
 * not, a token works exactly while it is valid: not after it expires, and a refused one is not remembered as
 * refused. With AUTH_CLOCK_TOLERANCE_SECONDS 0 here, "expired" means at its exp.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ AUTH_CLOCK_TOLERANCE_SECONDS: '0' });
});
afterAll(() => hub?.stop());

const statistics = (token: string, url?: string) => hub.request(CompetenceStatisticsDocument, { groupBy: ['SEQF_LEVEL'] }, { token, url });
const awardsUrl = () => hub.hub.subgraphs.awards.url;
/** Waits until the clock has passed `seconds` (a token's exp or nbf), plus a little for rounding. */
const until = async (seconds: number) => sleep(Math.max(0, seconds * 1000 - Date.now()) + 300);

async function expectAnswered(token: string, url?: string) {
  const response = await statistics(token, url);
  expect(response.errors).toBeUndefined();
  expect(response.data?.competenceStatistics).toBeDefined();
}

async function expectRefused(token: string, reason: RegExp, url?: string) {
  const response = await statistics(token, url);
  expect(response.status).toBe(401);
  expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(response.errors?.[0].message).toMatch(reason);
  expect(response.data ?? null).toBeNull();
}

describe('verified tokens kept by the gateway and the subgraphs', () => {
  it('a token accepted (and kept) just before it expires is refused once it has, at the gateway and straight at a subgraph', async () => {
    const token = await hub.token({ roles: ['analyst'], expiresIn: '6s' });
    await expectAnswered(token);
    await expectAnswered(token);
    await expectAnswered(token, awardsUrl());
    await until(decodeJwt(token).exp!);
    await expectRefused(token, /the token has expired/);
    await expectRefused(token, /the token has expired/, awardsUrl());
  });

  it('a token refused because it was not valid yet is accepted once it is: refusals are not kept', async () => {
    const jwk = JSON.parse(fs.readFileSync(path.join(hub.dataDir, 'identity', 'local-issuer.private.jwk'), 'utf8'));
    const notBefore = Math.floor(Date.now() / 1000) + 2;
    const token = await new SignJWT({ roles: ['analyst'] })
      .setProtectedHeader({ alg: 'EdDSA', kid: jwk.kid })
      .setSubject('analyst-later')
      .setIssuer('mikromeriter-local')
      .setAudience('mikromeriter-hub')
      .setIssuedAt()
      .setNotBefore(notBefore)
      .setExpirationTime('1h')
      .sign(await importJWK(jwk, 'EdDSA'));
    await expectRefused(token, /not valid yet/);
    await expectRefused(token, /not valid yet/, awardsUrl());
    await until(notBefore);
    await expectAnswered(token);
    await expectAnswered(token, awardsUrl());
  });

  it('each token proves only what it says: a learner token is no analyst after an analyst token was kept', async () => {
    const analyst = await hub.token({ roles: ['analyst'], subject: 'same-person' });
    const learner = await hub.token({ roles: ['learner'], subject: 'same-person' });
    await expectAnswered(analyst);
    const response = await statistics(learner);
    expect(response.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    expect(response.data?.competenceStatistics ?? null).toBeNull();
    await expectAnswered(analyst);
  });

  it('a service token kept at its target is still refused at any other subgraph', async () => {
    const token = await serviceToken(hub, 'awards', 'accreditation');
    const accreditation = await hub.request(CompetenceStatisticsDocument, { groupBy: ['SEQF_LEVEL'] }, { token, url: hub.hub.subgraphs.accreditation.url });
    // Accepted as the awards service at accreditation (which has no statistics: a validation error, not a refusal).
    expect(accreditation.status).not.toBe(401);
    const response = await statistics(token, awardsUrl());
    expect(response.status).toBe(401);
    expect(response.errors?.[0].message).toMatch(/the service token is for another subgraph, not awards/);
  });
});

describe('the kept tokens themselves', () => {
  it('are bounded: a stream of distinct tokens keeps at most maxEntries, the least recently used going first', () => {
    const now = 1_000_000;
    const kept = new VerifiedTokens<string>({ seconds: 30, maxEntries: 100, now: () => now });
    const keyOf = (index: number) => VerifiedTokens.keyOf(`token-${index}`);
    kept.remember(keyOf(0), 'first', now + 60_000);
    for (let index = 1; index <= 10_000; index += 1) {
      if (index % 50 === 0) expect(kept.get(keyOf(0))).toBe('first');
      kept.remember(keyOf(index), `caller ${index}`, now + 60_000);
    }
    expect(kept.size).toBe(100);
    // Used all along, the first stayed; the others went oldest first.
    expect(kept.get(keyOf(0))).toBe('first');
    expect(kept.get(keyOf(1))).toBeUndefined();
    expect(kept.get(keyOf(10_000))).toBe('caller 10000');
  });

  it('are known until the token expires or for the configured seconds, whichever is sooner; 0 keeps none', () => {
    let now = 1_000_000;
    const kept = new VerifiedTokens<string>({ seconds: 30, now: () => now });
    kept.remember('soon', 'expires in 5 s', now + 5_000);
    kept.remember('later', 'expires in an hour', now + 3_600_000);
    kept.remember('gone', 'already expired', now);
    expect(kept.get('gone')).toBeUndefined();
    now += 5_000;
    expect(kept.get('soon')).toBeUndefined();
    expect(kept.get('later')).toBe('expires in an hour');
    now += 25_000;
    expect(kept.get('later')).toBeUndefined();
    const none = new VerifiedTokens<string>({ seconds: 0, now: () => now });
    none.remember('any', 'value', now + 60_000);
    expect(none.get('any')).toBeUndefined();
    // Kept under a hash of the token, never the token itself.
    expect(VerifiedTokens.keyOf('eyJhbGciOiJFZERTQSJ9.e30.c2ln')).not.toContain('eyJ');
  });
});
