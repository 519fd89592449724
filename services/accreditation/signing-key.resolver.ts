import { Arg, Ctx, GraphQLISODateTime, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { createPublicKey, X509Certificate } from 'node:crypto';
import { calculateJwkThumbprint, importJWK, type JWK } from 'jose';
import type { EntityManager } from 'typeorm';
import type { HubContext } from '../../platform/context';
import { Conflict, InvalidInput, NotFound, requireUuid } from '../../platform/errors';
import { assertValidDate, validateReason } from './accreditation-rules';
import { loadSigningKeyHistories, type AccreditationLoaders } from './loaders';
import type { Organisation } from './organisation';
import {
  KeyRevocationReason,
  SigningKey,
  SigningKeyCheck,
  SigningKeyRecord,
  SigningKeyStateRecord,
  SigningKeyStatus,
  keyProblemAt,
  signingKeyView,
  type SigningKeyHistory,
} from './signing-key';

type Context = HubContext<AccreditationLoaders>;

/** How far a client's clock may run ahead of ours before "now" counts as the future. */
const CLOCK_SKEW_MS = 60_000;

/** The curves the hub accepts for credential signatures (VC-JOSE-COSE: EdDSA or ES256; ES384 too). */
const ALGORITHM_OF_CURVE: Record<string, { kty: string; alg: string; aliases: string[] }> = {
  Ed25519: { kty: 'OKP', alg: 'EdDSA', aliases: ['EdDSA', 'Ed25519'] },
  'P-256': { kty: 'EC', alg: 'ES256', aliases: ['ES256'] },
  'P-384': { kty: 'EC', alg: 'ES384', aliases: ['ES384'] },
};
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];
const KID = /^[A-Za-z0-9._~-]{1,128}$/;

interface PublicKey {
  jwk: JWK;
  kid: string;
  algorithm: string;
  thumbprint: string;
}

/**
 * Checks that `input` is a public signing key of an accepted kind and returns it reduced to its public
 * members. Private key material is refused outright and never stored.
 */
export async function publicKeyFrom(input: Record<string, unknown>, field = 'publicJwk'): Promise<PublicKey> {
  const leaked = PRIVATE_MEMBERS.filter((member) => member in input);
  if (leaked.length) {
    throw new InvalidInput(field, `contains private key material ("${leaked.join('", "')}"); send only the public key: the hub never stores private keys`);
  }
  const key = await publicMembersFrom(input, field);
  const x5c = certificateChainFor(key.jwk, input.x5c, field);
  return x5c ? { ...key, jwk: { ...key.jwk, x5c } } : key;
}

/**
 * An electronic seal certificate chain (RFC 7517 `x5c`: base64 DER, leaf first) published with the key it
 * certifies, so verifiers of a European Digital Credential sealed with it find it registered for the issuer:
 * each certificate is signed by the next, and the leaf certifies exactly this key.
 */
function certificateChainFor(jwk: JWK, x5c: unknown, field: string): string[] | null {
  if (x5c === undefined) return null;
  if (!Array.isArray(x5c) || !x5c.length || x5c.length > 10 || !x5c.every((item) => typeof item === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(item))) {
    throw new InvalidInput(field, 'x5c must be a list of 1-10 base64 DER certificates, the leaf first');
  }
  let chain: X509Certificate[];
  try {
    chain = x5c.map((item: string) => new X509Certificate(Buffer.from(item, 'base64')));
  } catch {
    throw new InvalidInput(field, 'x5c holds something that is not an X.509 certificate');
  }
  chain.forEach((certificate, position) => {
    const next = chain[position + 1];
    if (next && !(certificate.checkIssued(next) && certificate.verify(next.publicKey))) {
      throw new InvalidInput(field, `x5c: certificate ${position + 1} is not issued and signed by certificate ${position + 2}`);
    }
  });
  const spki = (value: ReturnType<typeof createPublicKey>) => value.export({ type: 'spki', format: 'der' }).toString('base64');
  const { kid: _kid, alg: _alg, use: _use, ...members } = jwk;
  if (spki(chain[0].publicKey) !== spki(createPublicKey({ key: members as import('node:crypto').JsonWebKey, format: 'jwk' }))) {
    throw new InvalidInput(field, 'x5c: the leaf certificate certifies another key than this one');
  }
  return x5c as string[];
}

async function publicMembersFrom(input: Record<string, unknown>, field: string): Promise<PublicKey> {
  const { kty, crv, x, y, alg, use, kid } = input;
  if (kty === 'RSA') return rsaPublicKeyFrom(input, field);
  const curve = typeof crv === 'string' ? ALGORITHM_OF_CURVE[crv] : undefined;
  if (!curve || curve.kty !== kty) {
    throw new InvalidInput(field, 'must be an OKP Ed25519 key (EdDSA), an EC P-256 (ES256) or P-384 (ES384) key, or an RSA key (RS256)');
  }
  if (alg !== undefined && !curve.aliases.includes(String(alg))) {
    throw new InvalidInput(field, `says alg "${String(alg).slice(0, 20)}", which does not match curve ${crv} (${curve.alg})`);
  }
  if (use !== undefined && use !== 'sig') throw new InvalidInput(field, 'must be a signing key (use "sig")');
  if (typeof x !== 'string' || (kty === 'EC' && typeof y !== 'string')) throw new InvalidInput(field, `lacks its public coordinates (${kty === 'EC' ? 'x, y' : 'x'})`);
  const jwk: JWK = kty === 'EC' ? { kty, crv: crv as string, x, y: y as string } : { kty: kty as string, crv: crv as string, x };
  try {
    await importJWK(jwk, curve.alg);
  } catch {
    throw new InvalidInput(field, `is not a valid ${crv} public key`);
  }
  const thumbprint = await calculateJwkThumbprint(jwk, 'sha256');
  if (kid !== undefined && (typeof kid !== 'string' || !KID.test(kid))) {
    throw new InvalidInput(field, 'kid must be 1-128 characters of A-Z, a-z, 0-9, ".", "_", "~" or "-"');
  }
  // Without a kid of its own, a key is named by its RFC 7638 thumbprint.
  const keyId = (kid as string | undefined) ?? thumbprint;
  return { jwk: { ...jwk, kid: keyId, alg: curve.alg, use: 'sig' }, kid: keyId, algorithm: curve.alg, thumbprint };
}

/**
 * RSA keys sign only RS256, the algorithm Open Badges 3.0 names as the one every implementation supports
 * (the awards subgraph signs the Open Badges JWT form with one). At least 2048 bits, exponent 65537.
 */
async function rsaPublicKeyFrom(input: Record<string, unknown>, field: string): Promise<PublicKey> {
  const { n, e, alg, use, kid } = input;
  if (alg !== undefined && alg !== 'RS256') throw new InvalidInput(field, `says alg "${String(alg).slice(0, 20)}"; RSA keys are accepted for RS256 only`);
  if (use !== undefined && use !== 'sig') throw new InvalidInput(field, 'must be a signing key (use "sig")');
  if (typeof n !== 'string' || typeof e !== 'string' || !/^[A-Za-z0-9_-]+$/.test(n)) throw new InvalidInput(field, 'lacks its public members (n, e)');
  const bits = Buffer.from(n, 'base64url').length * 8;
  if (bits < 2048 || bits > 8192) throw new InvalidInput(field, `is a ${bits}-bit RSA key; RS256 keys must have 2048 to 8192 bits`);
  if (e !== 'AQAB') throw new InvalidInput(field, 'must use the public exponent 65537 (e "AQAB")');
  const jwk: JWK = { kty: 'RSA', n, e };
  try {
    await importJWK(jwk, 'RS256');
  } catch {
    throw new InvalidInput(field, 'is not a valid RSA public key');
  }
  const thumbprint = await calculateJwkThumbprint(jwk, 'sha256');
  if (kid !== undefined && (typeof kid !== 'string' || !KID.test(kid))) {
    throw new InvalidInput(field, 'kid must be 1-128 characters of A-Z, a-z, 0-9, ".", "_", "~" or "-"');
  }
  const keyId = (kid as string | undefined) ?? thumbprint;
  return { jwk: { ...jwk, kid: keyId, alg: 'RS256', use: 'sig' }, kid: keyId, algorithm: 'RS256', thumbprint };
}

function recorder({ identity }: Context) {
  return { recordedBy: identity.subject ?? 'unknown', recordedByOrganisationId: identity.organisationId ?? null };
}

async function requireOrganisation(context: Context, organisationId: string): Promise<Organisation> {
  const id = requireUuid('organisationId', organisationId);
  const organisation = await context.loaders.organisationById.load(id);
  if (!organisation) throw new InvalidInput('organisationId', `no organisation with id ${id} is registered`);
  return organisation;
}

async function keyHistory(context: Context, organisationId: string, kid: string): Promise<SigningKeyHistory | undefined> {
  const histories = await loadSigningKeyHistories(context.db, [organisationId]);
  return histories.find((history) => history.record.kid === kid);
}

/** Inserts a key and its first state; on a clash says whether it is a retry of the same key or a conflict. */
async function insertKey(
  manager: EntityManager,
  context: Context,
  organisation: Organisation,
  key: PublicKey,
  validFrom: Date,
  validUntil: Date | null,
): Promise<string | null> {
  const now = new Date();
  const inserted: { id: string }[] = await manager.query(
    `insert into signing_key (organisation_id, kid, algorithm, public_jwk, thumbprint, valid_from, registered_at)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing returning id`,
    [organisation.id, key.kid, key.algorithm, JSON.stringify(key.jwk), key.thumbprint, validFrom, now],
  );
  if (!inserted.length) return null;
  await manager.insert(SigningKeyStateRecord, {
    signingKeyId: inserted[0].id,
    version: 1,
    change: 'REGISTERED',
    status: SigningKeyStatus.ACTIVE,
    validUntil,
    compromisedFrom: null,
    supersededByKid: null,
    reason: null,
    recordedAt: now,
    ...recorder(context),
  });
  return inserted[0].id;
}

/** A key registration that hit a unique constraint: the same key again is a retry; anything else a conflict. */
async function existingRegistration(context: Context, organisation: Organisation, key: PublicKey): Promise<SigningKeyHistory> {
  const [sameKey] = await context.db.getRepository(SigningKeyRecord).findBy({ thumbprint: key.thumbprint });
  if (sameKey && sameKey.organisationId !== organisation.id) {
    throw new Conflict('publicJwk: this key is already registered for another organisation; each issuer needs keys of its own', {
      field: 'publicJwk',
    });
  }
  if (sameKey && sameKey.kid === key.kid) return (await keyHistory(context, organisation.id, key.kid))!;
  if (sameKey) throw new Conflict(`publicJwk: this key is already registered as ${sameKey.kid}`, { field: 'publicJwk', kid: sameKey.kid });
  throw new Conflict(`kid: ${organisation.legalName} already has another key with kid ${key.kid}`, { field: 'kid', kid: key.kid });
}

/** Appends a key state after locking the key and making sure nothing changed since `basedOn` was read. */
async function appendKeyState(
  manager: EntityManager,
  context: Context,
  history: SigningKeyHistory,
  next: Pick<SigningKeyStateRecord, 'change' | 'status' | 'validUntil' | 'compromisedFrom' | 'supersededByKid' | 'reason'>,
) {
  const basedOn = history.states[history.states.length - 1];
  await manager.query('select id from signing_key where id = $1 for update', [history.record.id]);
  const [{ latest }] = await manager.query('select max(version) as latest from signing_key_state where signing_key_id = $1', [history.record.id]);
  if (Number(latest) !== basedOn.version) throw new Conflict('The key changed while this change was being made; read it again and retry');
  await manager.insert(SigningKeyStateRecord, {
    ...next,
    signingKeyId: history.record.id,
    version: basedOn.version + 1,
    recordedAt: new Date(),
    ...recorder(context),
  });
}

const earlier = (a: Date | null, b: Date) => (a && a.getTime() < b.getTime() ? a : b);

@Resolver(() => SigningKey)
export class SigningKeyResolver {
  @Query(() => SigningKeyCheck, {
    nullable: true,
    description: "Whether a signature made at `at` (default now) with the organisation's key `kid` is valid: known, in its window, not compromised.",
  })
  async signingKeyCheck(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('kid') kid: string,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at: Date | null,
    @Ctx() context: Context,
  ): Promise<SigningKeyCheck> {
    const id = requireUuid('organisationId', organisationId);
    if (at) assertValidDate('at', at);
    const moment = at ?? new Date();
    const history = (await context.loaders.signingKeysByOrganisation.load(id)).find((candidate) => candidate.record.kid === kid);
    if (!history) {
      const shown = kid.slice(0, 130);
      return {
        valid: false,
        key: null,
        reason: `No key ${shown} is registered for organisation ${id}.`,
        reasonSv: `Ingen nyckel ${shown} är registrerad för organisationen ${id}.`,
      };
    }
    const key = signingKeyView(history);
    const problem = keyProblemAt(key, moment);
    return { valid: !problem, key, reason: problem ? `${problem.en}.` : null, reasonSv: problem ? `${problem.sv}.` : null };
  }

  @Mutation(() => SigningKey, {
    description:
      "Registers a public signing key (a JWK) for an organisation: by the organisation itself, an authority, or the awards service on the issuer's behalf. " +
      'Registering the same key again returns it.',
  })
  async registerSigningKey(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('publicJwk', () => GraphQLJSONObject) publicJwk: Record<string, unknown>,
    @Arg('validFrom', () => GraphQLISODateTime, { nullable: true, description: 'Default now; not in the past (a minute of clock skew allowed).' }) validFrom: Date | null,
    @Arg('validUntil', () => GraphQLISODateTime, { nullable: true }) validUntil: Date | null,
    @Ctx() context: Context,
  ): Promise<SigningKey> {
    const organisation = await requireOrganisation(context, organisationId);
    const key = await publicKeyFrom(publicJwk);
    const now = new Date();
    const from = validFrom ?? now;
    assertValidDate('validFrom', from);
    if (from.getTime() < now.getTime() - CLOCK_SKEW_MS) {
      // A retry of an earlier registration of this very key still answers with it.
      const known = await keyHistory(context, organisation.id, key.kid);
      if (known && known.record.thumbprint === key.thumbprint) return signingKeyView(known);
      throw new InvalidInput(
        'validFrom',
        'a key cannot start in the past (beyond a minute of clock skew): it would let the organisation sign credentials dated before the hub knew the key',
      );
    }
    if (validUntil) {
      assertValidDate('validUntil', validUntil);
      if (validUntil.getTime() <= from.getTime()) throw new InvalidInput('validUntil', 'must be after validFrom');
    }
    const id = await context.db.transaction((manager) => insertKey(manager, context, organisation, key, from, validUntil));
    const history = id ? await keyHistory(context, organisation.id, key.kid) : await existingRegistration(context, organisation, key);
    return signingKeyView(history!);
  }

  @Mutation(() => SigningKey, {
    description:
      'Replaces key `kid` with a new one from `validFrom` (default now; not in the past): the old key is superseded then, ' +
      'so credentials it signed before stay valid. Returns the new key.',
  })
  async rotateSigningKey(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('kid', { description: 'The key being replaced.' }) kid: string,
    @Arg('publicJwk', () => GraphQLJSONObject) publicJwk: Record<string, unknown>,
    @Arg('validFrom', () => GraphQLISODateTime, { nullable: true }) validFrom: Date | null,
    @Ctx() context: Context,
  ): Promise<SigningKey> {
    const organisation = await requireOrganisation(context, organisationId);
    const old = await keyHistory(context, organisation.id, kid);
    if (!old) throw new NotFound('signing key', kid.slice(0, 130));
    const key = await publicKeyFrom(publicJwk);
    if (key.kid === old.record.kid) throw new InvalidInput('publicJwk', 'the new key needs a kid of its own');
    const now = new Date();
    const from = validFrom ?? now;
    assertValidDate('validFrom', from);
    if (from.getTime() < now.getTime() - CLOCK_SKEW_MS) {
      throw new InvalidInput('validFrom', 'a rotation cannot take effect in the past: that would invalidate signatures already made (revoke the key as COMPROMISED instead)');
    }
    const oldState = old.states[old.states.length - 1];
    if (oldState.status === SigningKeyStatus.SUPERSEDED) {
      if (oldState.supersededByKid === key.kid) return signingKeyView((await keyHistory(context, organisation.id, key.kid))!);
      throw new Conflict(`kid: key ${kid} was already superseded${oldState.supersededByKid ? ` by ${oldState.supersededByKid}` : ''}`, { field: 'kid' });
    }
    await context.db.transaction(async (manager) => {
      const inserted = await insertKey(manager, context, organisation, key, from, null);
      // Rotating to a key registered before is fine; a key or kid clash with another key is not.
      if (!inserted) await existingRegistration(context, organisation, key);
      // A compromised key stays compromised; rotating away from it only adds the new key.
      if (oldState.status === SigningKeyStatus.ACTIVE) {
        await appendKeyState(manager, context, old, {
          change: 'SUPERSEDED',
          status: SigningKeyStatus.SUPERSEDED,
          validUntil: earlier(oldState.validUntil, from),
          compromisedFrom: null,
          supersededByKid: key.kid,
          reason: null,
        });
      }
    });
    return signingKeyView((await keyHistory(context, organisation.id, key.kid))!);
  }

  @Mutation(() => SigningKey, {
    description:
      'Revokes a key. SUPERSEDED: no new signatures from now on, older ones stay valid. COMPROMISED: signatures from ' +
      '`compromisedFrom` (default: the key\'s start, distrusting everything it signed) on are invalid.',
  })
  async revokeSigningKey(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('kid') kid: string,
    @Arg('reason', () => KeyRevocationReason) reason: KeyRevocationReason,
    @Arg('compromisedFrom', () => GraphQLISODateTime, { nullable: true }) compromisedFrom: Date | null,
    @Arg('note', () => String, { nullable: true, description: 'What happened, for the record.' }) note: string | null,
    @Ctx() context: Context,
  ): Promise<SigningKey> {
    const organisation = await requireOrganisation(context, organisationId);
    const why = validateReason('note', note, false);
    const history = await keyHistory(context, organisation.id, kid);
    if (!history) throw new NotFound('signing key', kid.slice(0, 130));
    const current = history.states[history.states.length - 1];
    const now = new Date();
    if (reason === KeyRevocationReason.SUPERSEDED) {
      if (compromisedFrom) throw new InvalidInput('compromisedFrom', 'only applies when the reason is COMPROMISED');
      if (current.status !== SigningKeyStatus.ACTIVE) return signingKeyView(history);
      await context.db.transaction((manager) =>
        appendKeyState(manager, context, history, {
          change: 'SUPERSEDED',
          status: SigningKeyStatus.SUPERSEDED,
          validUntil: earlier(current.validUntil, now),
          compromisedFrom: null,
          supersededByKid: null,
          reason: why,
        }),
      );
    } else {
      const from = compromisedFrom ?? history.record.validFrom;
      assertValidDate('compromisedFrom', from);
      if (from.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new InvalidInput('compromisedFrom', 'cannot be in the future');
      // Moving a compromise later would make signatures valid again: only an earlier moment changes anything.
      if (current.compromisedFrom && current.compromisedFrom.getTime() <= from.getTime()) return signingKeyView(history);
      await context.db.transaction((manager) =>
        appendKeyState(manager, context, history, {
          change: 'COMPROMISED',
          status: SigningKeyStatus.COMPROMISED,
          validUntil: current.validUntil,
          compromisedFrom: from,
          supersededByKid: current.supersededByKid,
          reason: why,
        }),
      );
    }
    return signingKeyView((await keyHistory(context, organisation.id, kid))!);
  }
}
