import { Directive, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CredentialType } from '../../platform/vocabulary';

export enum AccreditationKind {
  TO_ISSUE = 'TO_ISSUE',
  TO_ACCREDIT = 'TO_ACCREDIT',
}
registerEnumType(AccreditationKind, {
  name: 'AccreditationKind',
  description: 'What an accreditation allows (as in EBSI: accreditation to attest, accreditation to accredit).',
  valuesConfig: {
    TO_ISSUE: { description: 'The organisation may issue credentials within the scope (a trusted issuer).' },
    TO_ACCREDIT: { description: 'The authority may accredit others within the scope (an accrediting authority below the root).' },
  },
});

export enum AccreditationStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(AccreditationStatus, {
  name: 'AccreditationStatus',
  valuesConfig: {
    ACTIVE: { description: 'In force (within its validity window).' },
    SUSPENDED: { description: 'Temporarily not in force; can be reinstated.' },
    WITHDRAWN: { description: 'Permanently ended; credentials issued while it was in force stay accredited.' },
  },
});

export enum AccreditationChange {
  GRANTED = 'GRANTED',
  AMENDED = 'AMENDED',
  SUSPENDED = 'SUSPENDED',
  REINSTATED = 'REINSTATED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(AccreditationChange, { name: 'AccreditationChange', description: 'What one recorded change of an accreditation did.' });

/** The fixed facts of an accreditation: who accredited whom, for what kind of right. Never changes. */
@Entity('accreditation')
export class AccreditationRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'accrediting_authority_id', type: 'uuid' })
  accreditingAuthorityId: string;

  @Column({ type: 'text' })
  kind: AccreditationKind;

  @Column({ name: 'grant_decision_reference', type: 'text' })
  grantDecisionReference: string;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * One recorded state of an accreditation: a full snapshot (scope, validity, status) written by one change.
 * Rows are only ever added; the latest is the current state, and the state at a past moment is the
 * latest row recorded by then.
 */
@Entity('accreditation_state')
@ObjectType('AccreditationState', { description: 'One recorded change of an accreditation and the state it left.' })
export class AccreditationStateRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'accreditation_id', type: 'uuid' })
  accreditationId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The sequence number of this change (1 is the grant).' })
  version: number;

  @Column({ type: 'text' })
  @Field(() => AccreditationChange)
  change: AccreditationChange;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the change was made (required for suspension and withdrawal).' })
  reason: string | null;

  @Column({ name: 'scope_version', type: 'int' })
  @Field(() => Int, { description: 'The version of the decision (scope and validity) in force after this change.' })
  scopeVersion: number;

  @Column({ name: 'decision_reference', type: 'text' })
  @Field()
  decisionReference: string;

  @Column({ name: 'seqf_levels', type: 'smallint', array: true })
  @Field(() => [Int])
  seqfLevels: number[];

  @Column({ type: 'text', array: true })
  @Field(() => [String])
  fields: string[];

  @Column({ name: 'credential_types', type: 'text', array: true })
  @Field(() => [CredentialType])
  credentialTypes: CredentialType[];

  @Column({ name: 'micro_credential_ids', type: 'uuid', array: true, nullable: true })
  @Field(() => [ID], { nullable: true })
  microCredentialIds: string[] | null;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  @Field(() => GraphQLISODateTime)
  validFrom: Date;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true })
  validUntil: Date | null;

  @Column({ name: 'basis_accreditation_id', type: 'uuid', nullable: true })
  basisAccreditationId: string | null;

  @Column({ type: 'text' })
  @Field(() => AccreditationStatus)
  status: AccreditationStatus;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  @Field(() => GraphQLISODateTime)
  recordedAt: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  @Field(() => String, { nullable: true, description: 'The subject (person or system) who made the change; shown to authorities only.' })
  recordedBy: string;

  @Column({ name: 'recorded_by_organisation_id', type: 'uuid', nullable: true })
  recordedByOrganisationId: string | null;
}

/** An accreditation with all its recorded states, oldest first. */
export interface AccreditationHistory {
  record: AccreditationRecord;
  states: AccreditationStateRecord[];
}

/**
 * The state an accreditation was in at `at`: the latest change recorded by then. Before anything was
 * recorded, the grant itself applies: a decision registered late still covers its own validity window.
 * Later amendments and status changes take effect when they are recorded, so they never rewrite the past.
 */
export function stateAt(history: AccreditationHistory, at: Date): AccreditationStateRecord {
  let chosen = history.states[0];
  for (const state of history.states) {
    if (state.recordedAt.getTime() <= at.getTime()) chosen = state;
    else break;
  }
  return chosen;
}

export const currentState = (history: AccreditationHistory) => history.states[history.states.length - 1];

/**
 * An accreditation as it stood at one moment (`asOf`): now, unless a past moment was asked for.
 * An EDC verifier's "limitEQFLevel / limitField / limitCredentialType / limitQualification".
 */
@ObjectType({ description: 'An accreditation: which organisation may issue (or accredit) what, decided by which authority, for how long.' })
@Directive('@key(fields: "id")')
export class Accreditation {
  @Field(() => ID)
  id: string;

  organisationId: string;
  accreditingAuthorityId: string;
  basisAccreditationId: string | null;
  /** Every recorded state, for the `history` field. */
  source: AccreditationHistory;

  @Field(() => AccreditationKind)
  kind: AccreditationKind;

  @Field({ description: 'The decision reference (diarienummer) of the decision in force.' })
  decisionReference: string;

  @Field(() => [Int], { description: 'SeQF levels 1-8 (the same numbers as EQF levels) the accreditation covers.' })
  seqfLevels: number[];

  @Field(() => [String], { description: 'ISCED-F field codes; a broad field (2 digits) covers its narrow fields.' })
  fields: string[];

  @Field(() => [CredentialType])
  credentialTypes: CredentialType[];

  @Field(() => [ID], { nullable: true, description: 'When set, only these catalogue entries are covered.' })
  microCredentialIds: string[] | null;

  @Field(() => GraphQLISODateTime)
  validFrom: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Exclusive end; none means open-ended.' })
  validUntil: Date | null;

  @Field(() => AccreditationStatus)
  status: AccreditationStatus;

  @Field(() => String, { nullable: true, description: 'Why it is suspended or withdrawn.' })
  statusReason: string | null;

  @Field(() => GraphQLISODateTime)
  statusChangedAt: Date;

  @Field(() => Int, { description: 'The version of the decision: 1 when granted, one more for each amendment.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  grantedAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'The moment this accreditation is described as of.' })
  asOf: Date;
}

@InputType({ description: 'The scope and validity of an accreditation decision.' })
class AccreditationDecisionInput {
  @Field({ description: 'The decision reference (diarienummer), 1-100 characters.' })
  decisionReference: string;

  @Field(() => [Int], { description: 'SeQF levels, each 1-8.' })
  seqfLevels: number[];

  @Field(() => [String], { description: 'ISCED-F field codes, such as "09" (health and welfare) or "0923".' })
  fields: string[];

  @Field(() => [CredentialType])
  credentialTypes: CredentialType[];

  @Field(() => [ID], { nullable: true, description: 'Limit the accreditation to these catalogue entries.' })
  microCredentialIds?: string[] | null;

  @Field(() => GraphQLISODateTime)
  validFrom: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Exclusive end; none means open-ended.' })
  validUntil?: Date | null;
}

@InputType()
export class GrantAccreditationInput extends AccreditationDecisionInput {
  @Field(() => ID, { description: 'The organisation accredited.' })
  organisationId: string;

  @Field(() => AccreditationKind, { defaultValue: AccreditationKind.TO_ISSUE })
  kind: AccreditationKind;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first result instead of granting twice.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'The amended decision, as a whole: it becomes the next version.' })
export class AmendAccreditationInput extends AccreditationDecisionInput {}

@ObjectType({ description: 'Whether an organisation was (or is) accredited to issue a credential, and why not.' })
export class AccreditationCheck {
  @Field()
  allowed: boolean;

  @Field(() => Accreditation, {
    nullable: true,
    description: 'The accreditation that decided: the one that allows it, or, when nothing does, the one that came closest.',
  })
  accreditation: Accreditation | null;

  @Field(() => [Accreditation], { description: 'Other accreditations that would also allow it (overlapping accreditations).' })
  alsoAllowedBy: Accreditation[];

  @Field(() => [Accreditation], {
    description: 'When allowed: the accreditations to accredit that lead from the deciding accreditation up to the trust root.',
  })
  chain: Accreditation[];

  @Field(() => String, { nullable: true, description: 'Why not, in plain English.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Why not, in plain Swedish.' })
  reasonSv: string | null;

  @Field(() => GraphQLISODateTime, { description: 'The moment checked.' })
  at: Date;
}

/** The accreditation as it stood at `at` (now when not given). */
export function accreditationView(history: AccreditationHistory, at?: Date): Accreditation {
  const state = at ? stateAt(history, at) : history.states[history.states.length - 1];
  return Object.assign(new Accreditation(), {
    id: history.record.id,
    organisationId: history.record.organisationId,
    accreditingAuthorityId: history.record.accreditingAuthorityId,
    basisAccreditationId: state.basisAccreditationId,
    source: history,
    kind: history.record.kind,
    decisionReference: state.decisionReference,
    seqfLevels: state.seqfLevels,
    fields: state.fields,
    credentialTypes: state.credentialTypes,
    microCredentialIds: state.microCredentialIds,
    validFrom: state.validFrom,
    validUntil: state.validUntil,
    status: state.status,
    statusReason: state.statusReason,
    statusChangedAt: state.statusChangedAt,
    version: state.scopeVersion,
    grantedAt: history.record.createdAt,
    asOf: at ?? state.recordedAt,
  });
}
