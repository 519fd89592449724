import { PeerClient } from '../../platform/peer';
import { HttpVerificationSources, type HttpSourcesOptions } from '../../services/verification/http-sources';
import { useVerificationSources } from '../../services/verification/sources-of';
import type { VerificationWorld } from './verification-world';
import { RegisterOrganisationDocument } from '../generated/graphql';
import { fictitiousOrganisationNumber, type TestHub } from './hub';

export const DAY = 86_400_000;
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Checked = { check: string; status: string; reason: string; reasonSv: string };
export const checkOf = (report: { checks: Checked[] }, name: string) => report.checks.find((check) => check.check === name)!;
export const statuses = (report: { checks: Checked[] }) => Object.fromEntries(report.checks.map((check) => [check.check, check.status]));

/** Asserts an INVALID verdict with `name` FAILED for the reason given (and a Swedish reason beside it). */
export function expectFailed(report: { verdict: string; checks: Checked[] }, name: string, reason: RegExp) {
  const check = checkOf(report, name);
  expect({ verdict: report.verdict, status: check.status }).toEqual({ verdict: 'INVALID', status: 'FAILED' });
  expect(check.reason).toMatch(reason);
  expect(check.reasonSv.length).toBeGreaterThan(10);
}

/**
 * Makes the running hub's verification subgraph read `world` (over HTTP, like the hub's own documents),
 * with a fresh cache. Returns the sources, whose document cache counts its network requests.
 */
export function verifyAgainst(hub: TestHub, world: VerificationWorld, graphqlUrl: string, options: Partial<HttpSourcesOptions> = {}) {
  const peer = (name: string) => new PeerClient(name, graphqlUrl);
  const sources = new HttpVerificationSources({
    documentBases: [world.base],
    peers: { accreditation: peer('accreditation'), catalogue: peer('catalogue'), awards: peer('awards') },
    maxCacheSeconds: 300,
    ...options,
  });
  useVerificationSources(hub.hub.subgraphs.verification.db, sources);
  return sources;
}

/** Registers an organisation in the hub, so that a report's `issuer` resolves through the graph. */
export async function registeredOrganisation(hub: TestHub, legalName: string): Promise<string> {
  const token = await hub.token({ roles: ['authority'] });
  const response = await hub.request(RegisterOrganisationDocument, { input: { legalName, organisationNumber: fictitiousOrganisationNumber() } }, { token });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.registerOrganisation.id;
}

const encode = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A compact JWS made of the parts given, signed or not. */
export const forge = (header: unknown, payload: unknown, signature = encode('not a signature')) => `${encode(header)}.${encode(payload)}.${signature}`;

export function partsOf(jws: string) {
  const [header, payload, signature] = jws.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>,
    signature,
    encode,
  };
}
