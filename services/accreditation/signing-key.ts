import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JWK } from 'jose';

export enum SigningKeyStatus {
  ACTIVE = 'ACTIVE',
  SUPERSEDED = 'SUPERSEDED',
  COMPROMISED = 'COMPROMISED',
}
registerEnumType(SigningKeyStatus, {
  name: 'SigningKeyStatus',
  valuesConfig: {
    ACTIVE: { description: 'In use (from validFrom, until validUntil when set).' },
    SUPERSEDED: { description: 'Replaced: signatures made before validUntil stay valid, later ones are not.' },
    COMPROMISED: { description: 'Compromised: signatures made from compromisedFrom on are not valid.' },
  },
});

export enum KeyRevocationReason {
  SUPERSEDED = 'SUPERSEDED',
  COMPROMISED = 'COMPROMISED',
}
registerEnumType(KeyRevocationReason, { name: 'KeyRevocationReason' });

/** A public signing key of an issuer. The private half never reaches the hub. */
@Entity('signing_key')
export class SigningKeyRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  kid: string;

  @Column({ type: 'text' })
  algorithm: string;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk: JWK;

  @Column({ type: 'text' })
  thumbprint: string;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;
}

/** One recorded state of a key (registered, superseded, compromised); rows are only ever added. */
@Entity('signing_key_state')
export class SigningKeyStateRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'signing_key_id', type: 'uuid' })
  signingKeyId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  change: 'REGISTERED' | 'SUPERSEDED' | 'COMPROMISED';

  @Column({ type: 'text' })
  status: SigningKeyStatus;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @Column({ name: 'compromised_from', type: 'timestamptz', nullable: true })
  compromisedFrom: Date | null;

  @Column({ name: 'superseded_by_kid', type: 'text', nullable: true })
  supersededByKid: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Column({ name: 'recorded_by_organisation_id', type: 'uuid', nullable: true })
  recordedByOrganisationId: string | null;
}

export interface SigningKeyHistory {
  record: SigningKeyRecord;
  states: SigningKeyStateRecord[];
}

@ObjectType({ description: "One of an issuer's public signing keys, with the window in which its signatures are valid." })
export class SigningKey {
  @Field(() => ID)
  id: string;

  organisationId: string;

  @Field({ description: 'The key id a credential names in its JWS header.' })
  kid: string;

  @Field({ description: 'EdDSA (Ed25519), ES256 (P-256), ES384 (P-384) or RS256 (RSA, 2048 bits or more).' })
  algorithm: string;

  @Field(() => GraphQLJSONObject, { description: 'The public JWK (never a private key).' })
  publicJwk: JWK;

  @Field(() => SigningKeyStatus)
  status: SigningKeyStatus;

  @Field(() => GraphQLISODateTime)
  validFrom: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Signatures made from this moment on are not valid (set when superseded).' })
  validUntil: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When compromised: signatures made from this moment on are not valid.' })
  compromisedFrom: Date | null;

  @Field(() => String, { nullable: true, description: 'The kid of the key that replaced this one.' })
  supersededBy: string | null;

  @Field(() => String, { nullable: true })
  revocationReason: string | null;

  @Field(() => GraphQLISODateTime)
  registeredAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the status last changed.' })
  statusChangedAt: Date;
}

export function signingKeyView(history: SigningKeyHistory): SigningKey {
  const state = history.states[history.states.length - 1];
  return Object.assign(new SigningKey(), {
    id: history.record.id,
    organisationId: history.record.organisationId,
    kid: history.record.kid,
    algorithm: history.record.algorithm,
    publicJwk: history.record.publicJwk,
    status: state.status,
    validFrom: history.record.validFrom,
    validUntil: state.validUntil,
    compromisedFrom: state.compromisedFrom,
    supersededBy: state.supersededByKid,
    revocationReason: state.reason,
    registeredAt: history.record.registeredAt,
    statusChangedAt: state.recordedAt,
  });
}

/**
 * Whether a signature made at `at` with this key is valid: after the key's start, before it was superseded
 * (or expired), and before it was compromised. Uses what is known now: a compromise found later still
 * invalidates signatures made after the compromise began.
 */
export function keyProblemAt(key: SigningKey, at: Date): { en: string; sv: string } | null {
  const when = at.toISOString();
  if (key.compromisedFrom && at.getTime() >= key.compromisedFrom.getTime()) {
    return {
      en: `key ${key.kid} is compromised from ${key.compromisedFrom.toISOString()}; a signature made at ${when} is not valid`,
      sv: `nyckeln ${key.kid} är röjd från ${key.compromisedFrom.toISOString()}; en signatur från ${when} är inte giltig`,
    };
  }
  if (at.getTime() < key.validFrom.getTime()) {
    return {
      en: `key ${key.kid} was not valid yet at ${when} (valid from ${key.validFrom.toISOString()})`,
      sv: `nyckeln ${key.kid} gällde ännu inte ${when} (gäller från ${key.validFrom.toISOString()})`,
    };
  }
  if (key.validUntil && at.getTime() >= key.validUntil.getTime()) {
    const replaced = key.status === SigningKeyStatus.SUPERSEDED ? 'was superseded' : 'expired';
    const ersatt = key.status === SigningKeyStatus.SUPERSEDED ? 'ersattes' : 'upphörde';
    return {
      en: `key ${key.kid} ${replaced} at ${key.validUntil.toISOString()}; a signature made at ${when} is not valid`,
      sv: `nyckeln ${key.kid} ${ersatt} ${key.validUntil.toISOString()}; en signatur från ${when} är inte giltig`,
    };
  }
  return null;
}

@ObjectType({ description: 'Whether a signature made with a key at a moment is valid.' })
export class SigningKeyCheck {
  @Field()
  valid: boolean;

  @Field(() => SigningKey, { nullable: true })
  key: SigningKey | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true })
  reasonSv: string | null;
}
