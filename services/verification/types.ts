import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CredentialType } from '../../platform/vocabulary';
import type { Report } from './report';

/*
 * Reports are for anyone who asked, so no access rule guards their fields: they are read as plain properties
 * (simpleResolvers), without the per-field middleware, which matters for a batch of 1,000 reports.
 */

export enum Verdict {
  VALID = 'VALID',
  INVALID = 'INVALID',
  VALID_WITH_WARNINGS = 'VALID_WITH_WARNINGS',
  UNDECIDED = 'UNDECIDED',
}
registerEnumType(Verdict, {
  name: 'Verdict',
  description: 'The overall answer of a verification.',
  valuesConfig: {
    VALID: { description: 'Every check is OK: genuine, in force, from an issuer accredited for it.' },
    INVALID: { description: 'At least one check FAILED: do not rely on the credential (the failed checks say why).' },
    VALID_WITH_WARNINGS: { description: 'Nothing failed, but some checks were SKIPPED (a source could not be read, or the credential gives no status list).' },
    UNDECIDED: {
      description:
        "The signature could not be checked (the issuer's keys could not be read, because of load or an outage): nothing was shown wrong, nothing is confirmed; ask again later. Never said of a credential shown to be bad.",
    },
  },
});

export enum VerificationCheckKind {
  FORMAT = 'FORMAT',
  SIGNATURE = 'SIGNATURE',
  ACCREDITATION = 'ACCREDITATION',
  STATUS = 'STATUS',
  EXPIRY = 'EXPIRY',
  CATALOGUE = 'CATALOGUE',
}
registerEnumType(VerificationCheckKind, {
  name: 'VerificationCheckKind',
  valuesConfig: {
    FORMAT: { description: 'It parses, in one of the three forms: vc+jwt or the Open Badges 3.0 JWT (typ JWT), alg EdDSA, ES256 or RS256, a kid; or JSON with one eddsa-rdfc-2022 Data Integrity proof. The credential is VC 2.0 with its mandatory elements.' },
    SIGNATURE: { description: "The signature or proof verifies with the issuer's key that kid (or the proof's verificationMethod) names, valid on the issue date and not revoked as compromised before it." },
    ACCREDITATION: { description: "The issuer was accredited for the entry's level, field and credential type on the issue date, through the chain to the trust root." },
    STATUS: { description: "Neither revoked nor suspended, by the issuer's published status list." },
    EXPIRY: { description: 'Now lies within validFrom / validUntil.' },
    CATALOGUE: { description: 'The catalogue entry and version exist in the national catalogue and match what the credential says.' },
  },
});

export enum VerificationCheckStatus {
  OK = 'OK',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(VerificationCheckStatus, { name: 'VerificationCheckStatus' });

export enum ShareState {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ShareState, { name: 'ShareState' });

/** The catalogue owns micro-credentials; a report only names the version it verified. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class MicroCredential {
  @Field(() => ID)
  id: string;
}

/** The accreditation subgraph owns organisations; a report only names the issuer. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Organisation {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: 'One check of a verification, with its reason in English and Swedish.', simpleResolvers: true })
export class VerificationCheck {
  @Field(() => VerificationCheckKind)
  check: VerificationCheckKind;

  @Field(() => VerificationCheckStatus)
  status: VerificationCheckStatus;

  @Field({ description: 'Why, in English.' })
  reason: string;

  @Field({ description: 'Varför, på svenska.' })
  reasonSv: string;
}

@ObjectType({ description: 'A source a report relied on, and as of when: what was used of it was read then.', simpleResolvers: true })
export class SourceRead {
  @Field({ description: 'keys, registry, status list, catalogue or accreditation.' })
  source: string;

  @Field({ description: 'The document read (a URL) or the question asked.' })
  address: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When it was read: fetched, or confirmed unchanged by its server (ETag). A copy reused from the cache shows when it was read, not now.',
  })
  readAt: Date;
}

@ObjectType({ description: 'A skill (ESCO) the credential attests.', simpleResolvers: true })
export class VerifiedSkill {
  @Field({ description: 'The ESCO skill URI.' })
  uri: string;

  @Field(() => String, { nullable: true, description: 'Its label, as the credential writes it.' })
  name: string | null;
}

@ObjectType({
  description:
    'What verifying a credential found. The verified facts (learner, issuer, dates, skills, the catalogue version) are given only when the signature holds; otherwise they are null.',
  simpleResolvers: true,
})
export class VerificationReport {
  @Field(() => Verdict)
  verdict: Verdict;

  @Field({ description: 'The answer in one sentence, in English.' })
  summary: string;

  @Field({ description: 'Svaret i en mening, på svenska.' })
  summarySv: string;

  @Field(() => [VerificationCheck], { description: 'FORMAT, SIGNATURE, ACCREDITATION, STATUS, EXPIRY and CATALOGUE, always in this order.' })
  checks: VerificationCheck[];

  @Field(() => GraphQLISODateTime, { description: 'When the verification was made.' })
  verifiedAt: Date;

  @Field(() => [SourceRead], { description: 'As of when: each source the checks relied on, and when it was read.' })
  sources: SourceRead[];

  @Field(() => String, { nullable: true, description: 'The credential id (urn:uuid:…).' })
  credentialId: string | null;

  @Field(() => String, { nullable: true, description: "The learner's name exactly as written in the credential." })
  learnerName: string | null;

  @Field(() => String, { nullable: true, description: 'The title of the micro-credential as written in the credential.' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'The issuer as the credential names it (a did:web).' })
  issuerId: string | null;

  @Field(() => String, { nullable: true, description: "The issuer's name (from the trusted issuer registry when it could be read)." })
  issuerName: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The date of issue (validFrom).' })
  issuedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  validUntil: Date | null;

  @Field(() => Int, { nullable: true, description: 'The SeQF level the credential states (the same number as the EQF level).' })
  seqfLevel: number | null;

  @Field(() => CredentialType, { nullable: true, description: 'The weight of the credential, as it states it.' })
  credentialType: CredentialType | null;

  @Field(() => [VerifiedSkill])
  skills: VerifiedSkill[];

  microCredentialId: string | null;
  organisationId: string | null;

  @Field(() => MicroCredential, { nullable: true, description: 'The catalogue version, when the catalogue has it (resolved through the graph).' })
  microCredential(): MicroCredential | null {
    return this.microCredentialId ? { id: this.microCredentialId } : null;
  }

  @Field(() => Organisation, { nullable: true, description: 'The issuing organisation, when the signature holds (resolved through the graph).' })
  issuer(): Organisation | null {
    return this.organisationId ? { id: this.organisationId } : null;
  }
}

export const reportView = (report: Report): VerificationReport => Object.assign(new VerificationReport(), report);

@ObjectType({ description: 'A share link verified: what the learner shared, each with its report. An expired or withdrawn share shows nothing else.' })
export class ShareVerification {
  @Field(() => ShareState)
  state: ShareState;

  @Field(() => String, { nullable: true, description: 'Whom the learner made the share for (only while it is active).' })
  recipientLabel: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when it is active (only while it is).' })
  expiresAt: Date | null;

  @Field(() => [VerificationReport], { description: 'One report per shared credential, in the order the learner chose; empty unless active.' })
  credentials: VerificationReport[];
}

export enum PresentationCheckKind {
  PRESENTATION_FORMAT = 'PRESENTATION_FORMAT',
  HOLDER_SIGNATURE = 'HOLDER_SIGNATURE',
  NONCE = 'NONCE',
  AUDIENCE = 'AUDIENCE',
  FRESHNESS = 'FRESHNESS',
}
registerEnumType(PresentationCheckKind, {
  name: 'PresentationCheckKind',
  valuesConfig: {
    PRESENTATION_FORMAT: { description: 'It parses: a VP JWT (typ vp+jwt) holding holder-bound vc+jwt credentials, or an SD-JWT VC with a key-binding JWT.' },
    HOLDER_SIGNATURE: { description: 'It is signed with the key the issuer bound the credentials to (cnf): the presenter holds them.' },
    NONCE: { description: 'It carries the nonce the verifier gave (no replay of a presentation made for another request).' },
    AUDIENCE: { description: 'It was made for this verifier (aud).' },
    FRESHNESS: { description: 'It was made within the last few minutes (iat) and has not expired.' },
  },
});

@ObjectType({ simpleResolvers: true })
export class PresentationCheck {
  @Field(() => PresentationCheckKind)
  check: PresentationCheckKind;

  @Field(() => VerificationCheckStatus)
  status: VerificationCheckStatus;

  @Field()
  reason: string;

  @Field()
  reasonSv: string;
}

@ObjectType({
  description:
    'What verifying a presentation found: whether the person presenting holds the credentials (signed with their bound key over the verifier\'s nonce and audience), and each credential\'s own report.',
  simpleResolvers: true,
})
export class PresentationVerification {
  @Field(() => Verdict, { description: 'VALID only when every presentation check is OK and every credential is VALID.' })
  verdict: Verdict;

  @Field(() => String, { nullable: true, description: 'vp+jwt or dc+sd-jwt+kb.' })
  form: string | null;

  @Field(() => String, { nullable: true, description: "The holder: the DID the credentials name (credentialSubject.id), or the did:jwk of the key they are bound to." })
  holder: string | null;

  @Field(() => [PresentationCheck], { description: 'PRESENTATION_FORMAT, HOLDER_SIGNATURE, NONCE, AUDIENCE and FRESHNESS, in this order.' })
  checks: PresentationCheck[];

  @Field(() => [VerificationReport], { description: 'One report per credential presented, as verifyCredential gives it.' })
  credentials: VerificationReport[];
}
