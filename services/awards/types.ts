import { Directive, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

export enum AwardStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
}
registerEnumType(AwardStatus, {
  name: 'AwardStatus',
  valuesConfig: {
    ACTIVE: { description: 'Valid.' },
    SUSPENDED: { description: 'Temporarily not valid; the issuer can reinstate it.' },
    REVOKED: { description: 'Permanently withdrawn by the issuer.' },
  },
});

export enum ShareState {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ShareState, { name: 'ShareState' });

export enum ShareOpeningKind {
  OPENED = 'OPENED',
  VERIFIED = 'VERIFIED',
}
registerEnumType(ShareOpeningKind, {
  name: 'ShareOpeningKind',
  valuesConfig: {
    OPENED: { description: 'Someone opened the link.' },
    VERIFIED: { description: "The hub's verification service checked the shared credentials for someone." },
  },
});

export enum RowOutcome {
  ISSUED = 'ISSUED',
  ALREADY_ISSUED = 'ALREADY_ISSUED',
  FAILED = 'FAILED',
}
registerEnumType(RowOutcome, {
  name: 'IssueOutcome',
  valuesConfig: {
    ISSUED: { description: 'Issued by this call.' },
    ALREADY_ISSUED: { description: 'Issued before with the same idempotency key (a retry): the same award.' },
    FAILED: { description: 'Not issued; `error` says why.' },
  },
});

/** The accreditation subgraph owns organisations; awards contributes `awardsIssued` for the organisation itself. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Organisation {
  @Field(() => ID)
  id: string;
}

/** The catalogue owns ESCO skills; statistics name a skill by it, and the gateway fetches its labels from the catalogue. */
@ObjectType()
@Directive('@key(fields: "uri", resolvable: false)')
export class EscoSkill {
  @Field()
  uri: string;
}

/** The catalogue owns qualifications; a learner's progress names one, and the gateway fetches the rest. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Qualification {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: "How far the signed-in learner's valid awards go towards a qualification their entries stack into." })
export class LearnerQualificationProgress {
  @Field(() => Qualification, { nullable: true, description: 'The qualification (from the catalogue; null with an error while the catalogue cannot answer).' })
  qualification: Qualification;

  @Field({ description: 'True when the awards meet the rule: all mandatory components, and requiredCount in all.' })
  complete: boolean;

  @Field(() => Int, { description: "How many of the qualification's components the awards cover." })
  counted: number;

  @Field(() => Int)
  requiredCount: number;

  @Field(() => [ID], { description: 'Mandatory components (entry ids) not yet covered.' })
  missingMandatory: string[];

  @Field(() => Int, { description: 'How many more components are needed.' })
  remaining: number;
}

/** The catalogue owns micro-credentials; awards contributes `awardCount` for the entry's owner. */
@ObjectType()
@Directive('@key(fields: "id")')
export class MicroCredential {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: 'A micro-credential awarded to a learner: a signed W3C Verifiable Credential / Open Badges 3.0 credential.' })
@Directive('@key(fields: "id")')
export class Award {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The title of the micro-credential, as issued.' })
  title: string;

  @Field({ description: 'The date of issue (YYYY-MM-DD).' })
  issuedOn: string;

  @Field(() => GraphQLISODateTime, { description: 'When the credential was signed.' })
  issuedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  validUntil: Date | null;

  @Field(() => AwardStatus)
  status: AwardStatus;

  @Field(() => String, { nullable: true, description: 'Why it was revoked, suspended or reinstated.' })
  statusReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  statusChangedAt: Date | null;

  @Field(() => String, { nullable: true })
  grade: string | null;

  /**
   * The learner's account id, for access checks and the learner's own views; never in the graph as it is:
   * `Award.learnerId` is resolved per caller (learner-pseudonym.ts). Null once the account is erased.
   */
  learnerAccountId: string | null;

  @Field(() => String, { nullable: true, description: 'The signed credential as a compact JWS (media type application/vc+jwt); null after erasure.' })
  credentialJwt: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The credential as JSON (the JWS payload); null after erasure.' })
  credential: Record<string, unknown> | null;

  /** The stored Open Badges JWT, if made already (the field resolver makes it on first request). */
  openBadgeJwtStored: string | null;

  /** The Open Badges key active at issue, which signs that form. */
  openBadgeKid: string | null;

  /** The stored Data Integrity form, if made already (the field resolver makes it on first request). */
  credentialWithProofStored: Record<string, unknown> | null;

  /** The status list it has an entry in (its URL: `statusListCredential`). */
  statusListId: string;

  @Field(() => Int, { description: "The award's index in that list." })
  statusListIndex: number;

  @Field({ description: 'The key id that signed it.' })
  kid: string;

  @Field(() => MicroCredential, { nullable: true, description: 'The exact catalogue version awarded (null with an error while the catalogue cannot answer).' })
  microCredential: MicroCredential;

  @Field(() => Organisation, { nullable: true, description: 'The issuing organisation (null with an error while the accreditation register cannot answer).' })
  issuer: Organisation;

  /** Not in the graph: for access checks. */
  issuerId: string;
}

@ObjectType({ description: 'A person who holds awards: their one account, with the awards of every issuer. Issuers never see this id, only their own pseudonym of it (Award.learnerId).' })
export class Learner {
  @Field(() => ID)
  id: string;

  /** Name and e-mail as the first issuer gave them, sealed: opened only when the learner asks (see the resolver). */
  nameSealed: Buffer | null;
  emailSealed: Buffer | null;

  /** Read from the sealed copy only when the learner asks for it (see the resolver). */
  personalNumberSealed: Buffer | null;
}

@ObjectType()
export class ShareOpening {
  @Field(() => ShareOpeningKind)
  kind: ShareOpeningKind;

  @Field(() => ShareState, { description: 'What the visitor got: the credentials (ACTIVE), or only that the share is expired or withdrawn.' })
  outcome: ShareState;

  @Field(() => GraphQLISODateTime)
  openedAt: Date;
}

@ObjectType({ description: 'A link through which a chosen recipient may see chosen awards until it expires or is withdrawn.' })
export class Share {
  @Field(() => ID)
  id: string;

  @Field()
  recipientLabel: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => ShareState)
  state: ShareState;

  @Field({ description: 'The unguessable token of the link.' })
  token: string;

  @Field({ description: 'The link to give the recipient.' })
  url: string;

  @Field(() => [Award])
  awards: Award[];

  @Field(() => [ShareOpening], { description: 'Each time the link was opened or verified, newest first.' })
  openings: ShareOpening[];

  learnerId: string;
}

@ObjectType({ description: 'What a share link shows: the credentials while it is active; only its state when expired or withdrawn.' })
export class SharedCredentials {
  @Field(() => ShareState)
  state: ShareState;

  @Field(() => String, { nullable: true })
  recipientLabel: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt: Date | null;

  @Field(() => [String], { description: 'The shared credentials, each a compact JWS (vc+jwt). Empty unless ACTIVE.' })
  credentials: string[];
}

@ObjectType()
export class IssueError {
  @Field()
  code: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault.' })
  field: string | null;
}

@ObjectType({ description: 'The result of one row of a cohort.' })
export class IssueRowResult {
  @Field(() => Int, { description: 'The row, counting from 0 in the order given.' })
  index: number;

  @Field()
  idempotencyKey: string;

  @Field(() => RowOutcome)
  outcome: RowOutcome;

  @Field(() => ID, { nullable: true })
  awardId: string | null;

  @Field(() => IssueError, { nullable: true })
  error: IssueError | null;
}

@ObjectType()
export class IssueAwardsResult {
  @Field(() => Int)
  issued: number;

  @Field(() => Int)
  alreadyIssued: number;

  @Field(() => Int)
  failed: number;

  @Field(() => [IssueRowResult])
  results: IssueRowResult[];
}

@ObjectType({ description: 'What was erased and what is kept (see the README).' })
export class ErasureReceipt {
  @Field(() => Int)
  awardsAnonymised: number;

  @Field(() => Int)
  sharesDeleted: number;

  @Field(() => GraphQLISODateTime)
  erasedAt: Date;
}

@InputType()
export class LearnerInput {
  @Field({ description: 'Personnummer or samordningsnummer, YYMMDD-NNNC or YYYYMMDD-NNNC. Matched, never shown back to the issuer.' })
  personalNumber: string;

  @Field({ description: 'The name the credential names the learner by.' })
  name: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The learner's own DID, where known (for example from their wallet): the credential is then about that holder (credentialSubject.id, the Open Badges JWT's sub).",
  })
  did?: string | null;
}

@InputType()
export class EvidenceInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  narrative?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL where the evidence can be seen.' })
  url?: string | null;
}

@InputType({ description: 'How this learner was assessed, where it adds to the catalogue entry.' })
export class AssessmentInput {
  @Field(() => String, { nullable: true })
  assessedOn?: string | null;

  @Field(() => String, { nullable: true })
  assessor?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true })
  supervision?: string | null;

  @Field(() => String, { nullable: true })
  identityVerification?: string | null;
}

@InputType({ description: 'One award of a cohort.' })
export class CohortAwardInput {
  @Field(() => ID, { description: 'The exact, published catalogue version.' })
  microCredentialId: string;

  @Field(() => LearnerInput)
  learner: LearnerInput;

  @Field(() => String, { nullable: true, description: 'Date of issue, YYYY-MM-DD; default today.' })
  issuedOn?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the credential expires, where the entry has an expiry.' })
  validUntil?: Date | null;

  @Field(() => String, { nullable: true })
  grade?: string | null;

  @Field(() => [EvidenceInput], { nullable: true })
  evidence?: EvidenceInput[] | null;

  @Field(() => AssessmentInput, { nullable: true })
  assessment?: AssessmentInput | null;

  @Field({ description: 'Unique per issuer: the same key again returns the same award instead of issuing another.' })
  idempotencyKey: string;
}

@InputType()
export class IssueAwardInput extends CohortAwardInput {
  @Field(() => ID, { description: 'The issuing organisation (the caller acts for it).' })
  issuerId: string;
}

@InputType()
export class CreateShareInput {
  @Field(() => [ID])
  awardIds: string[];

  @Field({ description: 'Who the share is for, e.g. "Rekrytering, Skellefteå Kraft".' })
  recipientLabel: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}
