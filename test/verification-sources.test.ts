import http from 'node:http';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { walkAccreditationChain, type Wanted } from '../services/verification/accreditation-chain';
import { credentialFields } from '../services/verification/credential-fields';
import { DocumentCache, DocumentUnavailable } from '../services/verification/document-cache';
import { didWebDocumentUrl } from '../services/verification/did-web';
import { isHubDocumentUrl, locateIssuer } from '../services/verification/issuer-location';
import type { RegistryAccreditation, RegistryDocument } from '../services/verification/sources';
import { decodeStatusList, readStatusValue } from '../services/verification/status-list';
import { encodeList } from './support/verification-world';

/** A document server whose answers each test sets: Cache-Control, ETag, body, status, delay. */
let server: http.Server;
let base: string;
const served: Record<string, { body: string; headers?: Record<string, string>; status?: number; delayMs?: number; requests: number; conditional: number }> = {};

beforeAll(async () => {
  const app = express();
  app.get('/redirect', (_request, response) => void response.redirect(302, '/fresh'));
  app.get('/:name', async (request, response) => {
    const document = served[String(request.params.name)];
    if (!document) return void response.status(404).end();
    document.requests += 1;
    if (document.delayMs) await new Promise((resolve) => setTimeout(resolve, document.delayMs));
    const etag = document.headers?.etag;
    if (etag && request.get('if-none-match') === etag) {
      document.conditional += 1;
      return void response.status(304).set(document.headers ?? {}).end();
    }
    response.status(document.status ?? 200).set(document.headers ?? {}).send(document.body);
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function serve(name: string, body: string, headers?: Record<string, string>, extra: { status?: number; delayMs?: number } = {}) {
  served[name] = { body, headers, ...extra, requests: 0, conditional: 0 };
  return `${base}/${name}`;
}

const limits = { maxBytes: 1024 * 1024, accept: 'application/json' };

describe('the document cache honours what documents declare', () => {
  it('reuses a document for its max-age, then revalidates it with its ETag', async () => {
    let now = 1_000_000;
    const cache = new DocumentCache({ maxCacheSeconds: 300, now: () => now });
    const url = serve('keys', '{"keys":[]}', { 'cache-control': 'public, max-age=60', etag: '"v1"' });
    expect(await cache.get(url, limits)).toBe('{"keys":[]}');
    now += 59_000;
    expect(await cache.get(url, limits)).toBe('{"keys":[]}');
    expect(served.keys.requests).toBe(1);
    now += 2_000;
    expect(await cache.get(url, limits)).toBe('{"keys":[]}');
    expect([served.keys.requests, served.keys.conditional]).toEqual([2, 1]);
    // Revalidated: fresh for another max-age.
    now += 30_000;
    await cache.get(url, limits);
    expect(served.keys.requests).toBe(2);
    // Changed: the new version is read once the copy is stale.
    served.keys.body = '{"keys":[1]}';
    served.keys.headers = { 'cache-control': 'public, max-age=60', etag: '"v2"' };
    now += 31_000;
    expect(await cache.get(url, limits)).toBe('{"keys":[1]}');
  });

  it('never keeps a document longer than the configured maximum', async () => {
    let now = 0;
    const cache = new DocumentCache({ maxCacheSeconds: 10, now: () => now });
    const url = serve('long', 'x', { 'cache-control': 'max-age=86400' });
    await cache.get(url, limits);
    now += 10_001;
    await cache.get(url, limits);
    expect(served.long.requests).toBe(2);
  });

  it('does not keep no-store documents, and fetches a burst of requests for one URL once', async () => {
    const cache = new DocumentCache({ maxCacheSeconds: 300 });
    const url = serve('private', 'secret', { 'cache-control': 'no-store' });
    await cache.get(url, limits);
    await cache.get(url, limits);
    expect(served.private.requests).toBe(2);
    const slow = serve('slow', 'ok', { 'cache-control': 'max-age=60' }, { delayMs: 50 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get(slow, limits)));
    expect(new Set(answers)).toEqual(new Set(['ok']));
    expect(served.slow.requests).toBe(1);
  });

  it('says "no such document" for 404, and refuses errors, redirects, oversized and slow documents with a reason', async () => {
    const cache = new DocumentCache({ maxCacheSeconds: 300, timeoutMs: 200 });
    expect(await cache.get(`${base}/nothing-here`, limits)).toBeNull();
    const failing = serve('failing', 'oops', {}, { status: 500 });
    await expect(cache.get(failing, limits)).rejects.toThrow(/answered HTTP 500/);
    await expect(cache.get(`${base}/redirect`, limits)).rejects.toThrow(DocumentUnavailable);
    const big = serve('big', 'x'.repeat(3 * 1024 * 1024));
    await expect(cache.get(big, limits)).rejects.toThrow(/is larger than 1,048,576 bytes/);
    const stuck = serve('stuck', 'late', {}, { delayMs: 2_000 });
    await expect(cache.get(stuck, limits)).rejects.toThrow(/did not answer in time/);
    await expect(cache.get('http://127.0.0.1:9/none', limits)).rejects.toThrow(/could not be reached/);
  });
});

describe('issuers are located by did:web or URL, on this hub only', () => {
  const id = '3f2c1a4e-8b7d-4c6e-9a1b-2d3e4f5a6b7c';

  it('resolves did:web as the method says, with http for local hosts only', () => {
    expect(didWebDocumentUrl(`did:web:hub.example.se:issuers:${id}`)).toBe(`https://hub.example.se/issuers/${id}/did.json`);
    expect(didWebDocumentUrl(`did:web:localhost%3A4000:issuers:${id}`)).toBe(`http://localhost:4000/issuers/${id}/did.json`);
    expect(didWebDocumentUrl(`did:web:127.0.0.1%3A4000:issuers:${id}`)).toBe(`http://127.0.0.1:4000/issuers/${id}/did.json`);
    expect(didWebDocumentUrl('did:web:example.se')).toBe('https://example.se/.well-known/did.json');
    expect(didWebDocumentUrl('did:web:evil.example%2F..%2Fadmin:x')).toBeNull();
    expect(didWebDocumentUrl('did:web:hub.example.se:..:x')).toBeNull();
    expect(didWebDocumentUrl('did:key:z6Mk')).toBeNull();
  });

  it("finds the organisation behind an issuer id of the hub's, and refuses others", () => {
    expect(locateIssuer(`did:web:localhost%3A4000:issuers:${id}`, ['http://localhost:4000'])).toEqual({ base: 'http://localhost:4000', organisationId: id, did: `did:web:localhost%3A4000:issuers:${id}` });
    expect(locateIssuer(`did:web:hub.example.se:mikromeriter:issuers:${id}`, ['https://hub.example.se/mikromeriter/'])).toMatchObject({ organisationId: id });
    expect(locateIssuer(`https://hub.example.se/issuers/${id.toUpperCase()}`, ['https://hub.example.se'])).toEqual({ base: 'https://hub.example.se', organisationId: id, did: null });
    expect(locateIssuer(`did:web:other.example:issuers:${id}`, ['https://hub.example.se'])).toHaveProperty('problem.en', expect.stringMatching(/not an issuer of this hub/));
    // did:web means https: a hub published on plain http under a real host name cannot be resolved by did:web.
    expect(locateIssuer(`did:web:hub.internal:issuers:${id}`, ['http://hub.internal'])).toHaveProperty('problem');
    expect(locateIssuer('did:web:hub.example.se:issuers:not-a-uuid', ['https://hub.example.se'])).toHaveProperty('problem');
  });

  it('reads status lists only from the hub, over https (http on localhost)', () => {
    expect(isHubDocumentUrl('https://hub.example.se/status-lists/abc', ['https://hub.example.se'])).toBe(true);
    expect(isHubDocumentUrl('https://hub.example.se.evil.example/status-lists/abc', ['https://hub.example.se'])).toBe(false);
    expect(isHubDocumentUrl('https://user:pw@hub.example.se/status-lists/abc', ['https://hub.example.se'])).toBe(false);
    expect(isHubDocumentUrl('http://hub.example.se/status-lists/abc', ['http://hub.example.se'])).toBe(false);
    expect(isHubDocumentUrl('http://localhost:4000/status-lists/abc', ['http://localhost:4000'])).toBe(true);
    expect(isHubDocumentUrl('file:///etc/passwd', ['https://hub.example.se'])).toBe(false);
  });
});

describe('status lists', () => {
  it('reads an entry of statusSize bits, the left-most bits first', () => {
    const bits = decodeStatusList(encodeList(131_072, 2, new Map([[5, 2], [6, 1], [131_071, 3]])), 2);
    expect([0, 4, 5, 6, 131_071].map((index) => readStatusValue(bits, index, 2))).toEqual([0, 0, 2, 1, 3]);
    expect(() => readStatusValue(bits, 131_072, 2)).toThrow(/outside the list/);
  });

  it('refuses lists that are too short, not multibase, or that unpack to a bomb', () => {
    expect(() => decodeStatusList(encodeList(1_000, 1, new Map()), 1)).toThrow(/1,000 entries, fewer than the 131,072/);
    expect(() => decodeStatusList('H4sI', 1)).toThrow(/multibase base64url/);
    const bomb = `u${gzipSync(Buffer.alloc(64 * 1024 * 1024)).toString('base64url')}`;
    expect(() => decodeStatusList(bomb, 1)).toThrow(/GZIP-compressed data of a sensible size/);
  });
});

describe('the accreditation chain, walked in the registry', () => {
  const at = new Date('2025-06-01T10:00:00Z');
  const wanted: Wanted = { organisationId: 'issuer', seqfLevel: 4, field: '072', credentialType: 'NON_FORMAL', microCredentialId: null, at };
  const scope = { seqfLevels: [1, 2, 3, 4], fields: ['07'], credentialTypes: ['NON_FORMAL'] };
  const accreditation = (id: string, kind: string, by: string, changes: { recordedAt: string; status: string }[] = [], basis: string | null = null): RegistryAccreditation => ({
    id,
    kind,
    accreditingAuthorityId: by,
    decisionReference: id.toUpperCase(),
    scope,
    validFrom: '2025-01-01T00:00:00Z',
    validUntil: null,
    status: changes.length ? changes[changes.length - 1].status : 'ACTIVE',
    basisAccreditationId: basis,
    history: [{ recordedAt: '2025-01-01T00:00:00Z', scope, validFrom: '2025-01-01T00:00:00Z', validUntil: null, status: 'ACTIVE', basisAccreditationId: basis }, ...changes.map((change) => ({ ...change, scope, validFrom: '2025-01-01T00:00:00Z', validUntil: null, basisAccreditationId: basis }))],
  });
  const registry = (regionChanges: { recordedAt: string; status: string }[] = []): RegistryDocument => ({
    trustRoot: { organisationId: 'myh' },
    organisations: [
      { id: 'myh', legalName: 'MYH', accreditations: [], keys: [] },
      { id: 'region', legalName: 'Region Västerbotten', accreditations: [accreditation('region-acc', 'TO_ACCREDIT', 'myh', regionChanges)], keys: [] },
      { id: 'issuer', legalName: 'Skellefteå Kraft', accreditations: [accreditation('issue-acc', 'TO_ISSUE', 'region', [], 'region-acc')], keys: [] },
    ],
  });

  it('leads from the issuer through an intermediate authority to the root', () => {
    expect(walkAccreditationChain(registry(), 'issue-acc', wanted)).toEqual({ ok: true, path: ['Skellefteå Kraft', 'Region Västerbotten', 'MYH'] });
  });

  it("holds when a link was withdrawn after the issue date, not when before", () => {
    expect(walkAccreditationChain(registry([{ recordedAt: '2025-09-01T00:00:00Z', status: 'WITHDRAWN' }]), 'issue-acc', wanted)).toMatchObject({ ok: true });
    const broken = walkAccreditationChain(registry([{ recordedAt: '2025-03-01T00:00:00Z', status: 'WITHDRAWN' }]), 'issue-acc', wanted);
    expect(broken).toMatchObject({ ok: false, reason: { en: expect.stringMatching(/Region Västerbotten, which granted ISSUE-ACC, could not accredit it on 2025-06-01: its accreditation to accredit REGION-ACC was withdrawn/) } });
  });

  it('refuses a circular chain, a missing root and an accreditation the registry does not list', () => {
    const circular = registry();
    circular.organisations[1].accreditations[0].accreditingAuthorityId = 'issuer';
    circular.organisations[2].accreditations.push(accreditation('loop', 'TO_ACCREDIT', 'region'));
    expect(walkAccreditationChain(circular, 'issue-acc', wanted)).toMatchObject({ ok: false, reason: { en: expect.stringMatching(/does not lead to the trust root MYH/) } });
    expect(walkAccreditationChain({ ...registry(), trustRoot: null }, 'issue-acc', wanted)).toMatchObject({ ok: false, reason: { en: expect.stringMatching(/names no trust root/) } });
    expect(walkAccreditationChain(registry(), 'unknown', wanted)).toMatchObject({ ok: false });
    expect(walkAccreditationChain(registry(), 'issue-acc', { ...wanted, seqfLevel: 5 })).toMatchObject({ ok: false, reason: { en: expect.stringMatching(/does not cover SeQF level 5/) } });
  });
});

describe('the mapping from a credential to what is checked', () => {
  it('reads the Open Badges form the awards subgraph writes, and plain VC members', () => {
    const fields = credentialFields({
      id: 'urn:uuid:1',
      issuer: { id: 'did:web:x:issuers:y', name: 'X' },
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: {
        identifier: [{ identityType: 'emailAddress', hashed: true, identityHash: 'sha256$..' }, { identityType: 'name', hashed: false, identityHash: 'Åsa' }],
        achievement: {
          id: 'urn:uuid:0b9c1f7e-2b1d-4c55-9a3e-7f0e5d1c2b3a',
          name: 'Svetsning',
          version: '3',
          fieldOfStudy: '071 Engineering and engineering trades',
          alignment: [{ targetType: 'ext:SeQFLevel', targetCode: '5', targetUrl: 'http://data.europa.eu/snb/qdr/c_b44f7367' }],
          microCredential: { credentialType: 'INDUSTRY_VALIDATION' },
        },
      },
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '17', statusListCredential: 'https://hub/status-lists/1' },
    });
    expect(fields).toMatchObject({
      learnerName: 'Åsa',
      microCredentialId: '0b9c1f7e-2b1d-4c55-9a3e-7f0e5d1c2b3a',
      version: 3,
      seqfLevel: 5,
      field: '071',
      credentialType: 'INDUSTRY_VALIDATION',
      statusEntries: [{ purpose: 'revocation', index: 17, listUrl: 'https://hub/status-lists/1', statusSize: 1, messages: [] }],
    });
    expect(credentialFields({ credentialSubject: { name: 'Bo' } }).learnerName).toBe('Bo');
  });
});
