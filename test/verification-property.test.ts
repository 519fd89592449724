import fc from 'fast-check';
import { VerificationWorld, type Issued, type WorldOrganisation } from './support/verification-world';
import { CHECKS, verifyCredentials, type Report } from '../services/verification/verifier';

/**
 * Property: whatever is fed to the verifier (random text, random JWS-shaped strings of random JSON, and
 * mutations of a genuine credential), every answer is a well-formed report, and nothing but the genuine
 * signed content is ever VALID.
 */
let world: VerificationWorld;
let issuer: WorldOrganisation;
let genuine: Issued;

beforeAll(async () => {
  world = new VerificationWorld('https://hub.example.se');
  const root = await world.addOrganisation('Myndigheten för yrkeshögskolan', { root: true });
  issuer = await world.addOrganisation('Nordiska Textilakademin');
  world.accredit(issuer, root, { seqfLevels: [4], fields: ['07'], credentialTypes: ['NON_FORMAL'] });
  const entry = world.addEntry({ providerId: issuer.id });
  genuine = await world.issue({ issuer, entry });
});

const STATUSES = new Set(['OK', 'FAILED', 'SKIPPED']);

function expectWellFormed(report: Report) {
  expect(report.checks.map((check) => check.check)).toEqual([...CHECKS]);
  for (const check of report.checks) {
    expect(STATUSES.has(check.status)).toBe(true);
    expect(typeof check.reason === 'string' && check.reason.length > 5).toBe(true);
    expect(typeof check.reasonSv === 'string' && check.reasonSv.length > 5).toBe(true);
  }
  const failed = report.checks.some((check) => check.status === 'FAILED');
  const skipped = report.checks.some((check) => check.status === 'SKIPPED');
  expect(report.verdict).toBe(failed ? 'INVALID' : skipped ? 'VALID_WITH_WARNINGS' : 'VALID');
  expect(report.summary.length).toBeGreaterThan(5);
  expect(report.summarySv.length).toBeGreaterThan(5);
}

const b64 = (value: string) => Buffer.from(value).toString('base64url');
const BASE64URL_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Headers near the real one: the algorithms, types and key ids an attacker would try. */
const headerWith = (kid: string) =>
  fc.record(
    {
      alg: fc.constantFrom('EdDSA', 'ES256', 'none', 'None', 'HS256', 'RS256', 'ES384', ''),
      typ: fc.constantFrom('vc+jwt', 'application/vc+jwt', 'JWT', 'vc+ld+jwt'),
      kid: fc.oneof(fc.constant(kid), fc.string({ maxLength: 60 })),
      cty: fc.constantFrom('vc', 'json'),
      crit: fc.constant(['b64']),
      b64: fc.boolean(),
    },
    { requiredKeys: ['alg'] },
  );

/** Single edits of a genuine token: a character replaced, removed or added, parts swapped or cut. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), with: fc.constantFrom(...`${BASE64URL_CHARS}.=+/ %`.split('')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), with: fc.constant('') }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), with: fc.constantFrom(...`${BASE64URL_CHARS}.\n`.split('')) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(2), with: fc.constant('') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), with: fc.constant('') }),
);

function mutate(token: string, change: { kind: string; at: number; with: string }): string {
  const at = change.at % (token.length + 1);
  switch (change.kind) {
    case 'replace':
      return token.slice(0, at) + change.with + token.slice(at + 1);
    case 'delete':
      return token.slice(0, at) + token.slice(at + 1);
    case 'insert':
      return token.slice(0, at) + change.with + token.slice(at);
    case 'swap': {
      const parts = token.split('.');
      const [a, b] = [change.at % 3, (change.at + 1) % 3];
      [parts[a], parts[b]] = [parts[b], parts[a]];
      return parts.join('.');
    }
    default:
      return token.slice(0, at);
  }
}

it('random text gives well-formed reports, never VALID', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 3 })), { minLength: 1, maxLength: 10 }), async (inputs) => {
      const reports = await verifyCredentials(inputs, world);
      expect(reports).toHaveLength(inputs.length);
      for (const report of reports) {
        expectWellFormed(report);
        expect(report.verdict).toBe('INVALID');
      }
    }),
    { numRuns: 150 },
  );
});

it('JWS-shaped tokens of random headers and JSON payloads give well-formed reports, never VALID', async () => {
  await fc.assert(
    fc.asyncProperty(
      headerWith(issuer.keys[0].kid),
      fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.constant(genuine.payload).map((payload) => ({ ...payload }))),
      fc.oneof(fc.constant(genuine.jws.split('.')[2]), fc.string({ maxLength: 90 }).map(b64)),
      async (head, payload, signature) => {
        const [report] = await verifyCredentials([`${b64(JSON.stringify(head))}.${b64(JSON.stringify(payload))}.${signature}`], world);
        expectWellFormed(report);
        expect(report.verdict).toBe('INVALID');
      },
    ),
    { numRuns: 300 },
  );
});

it('mutations of a genuine credential give well-formed reports, VALID only when the signed content is untouched', async () => {
  const [signedHeader, signedPayload] = genuine.jws.split('.');
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
      const token = changes.reduce(mutate, genuine.jws);
      const [report] = await verifyCredentials([token], world);
      expectWellFormed(report);
      const [head, payload] = token.trim().split('.');
      // base64url leaves spare bits in a signature's last character: a change there is the same signature.
      if (report.verdict !== 'INVALID') expect([head, payload]).toEqual([signedHeader, signedPayload]);
    }),
    { numRuns: 400 },
  );
});

it('the genuine credential itself is VALID (the properties above are not vacuous)', async () => {
  const [report] = await verifyCredentials([genuine.jws], world);
  expect(report.verdict).toBe('VALID');
});
