import { AWARD_STATISTICS_COLUMNS, awardStatistics, factsOfAward, type AwardStatisticsRow } from './statistics/award-ledger';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { publicBaseUrl } from '../../platform/config';
import type { HubContext } from '../../platform/context';
import { Conflict, ErrorCode, HubError, InvalidInput, NotFound, requireUuid } from '../../platform/errors';
import { Connection, PageArgs, MAX_PAGE_SIZE } from '../../platform/pagination';
import { GraphQLJSONObject } from 'graphql-scalars';
import { dataIntegrityForm, openBadgeForm } from './forms';
import { learnerIdSeenBy } from './learner-pseudonym';
import { IssuerKey } from './issuer-keys';
import { issueAwards, type AwardRequest, type RowResult } from './issuing';
import { awardFromRow, awardSelect, type AwardRow, type AwardsLoaders } from './loaders';
import { awardsCore, issuingDeps } from './dependencies';
import { markListChanged, statusListUrl } from './status-list';
import { Award, AwardStatus, CohortAwardInput, IssueAwardInput, IssueAwardsResult, MicroCredential, Organisation } from './types';

type Context = HubContext<AwardsLoaders>;

@ObjectType()
export class AwardConnection extends Connection(Award, 'AwardConnection') {}

const toRequest = (input: CohortAwardInput): AwardRequest => ({
  microCredentialId: input.microCredentialId,
  learner: { personalNumber: input.learner.personalNumber, name: input.learner.name, email: input.learner.email, did: input.learner.did },
  issuedOn: input.issuedOn,
  validUntil: input.validUntil,
  grade: input.grade,
  evidence: input.evidence,
  assessment: input.assessment,
  idempotencyKey: input.idempotencyKey,
});

function summarise(results: RowResult[]): IssueAwardsResult {
  return Object.assign(new IssueAwardsResult(), {
    issued: results.filter((result) => result.outcome === 'ISSUED').length,
    alreadyIssued: results.filter((result) => result.outcome === 'ALREADY_ISSUED').length,
    failed: results.filter((result) => result.outcome === 'FAILED').length,
    results,
  });
}

function validateReason(reason: string | null | undefined, required: boolean): string | null {
  const text = reason?.trim() ?? '';
  if (!text) {
    if (required) throw new InvalidInput('reason', 'is required');
    return null;
  }
  if (text.length > 500) throw new InvalidInput('reason', 'at most 500 characters');
  return text;
}

/** Which statuses a change may start from, and what it leaves. Revocation is final. */
const TRANSITIONS: Record<'revoke' | 'suspend' | 'reinstate', { from: AwardStatus[]; to: AwardStatus; reasonRequired: boolean }> = {
  revoke: { from: [AwardStatus.ACTIVE, AwardStatus.SUSPENDED], to: AwardStatus.REVOKED, reasonRequired: true },
  suspend: { from: [AwardStatus.ACTIVE], to: AwardStatus.SUSPENDED, reasonRequired: true },
  reinstate: { from: [AwardStatus.SUSPENDED], to: AwardStatus.ACTIVE, reasonRequired: false },
};

async function changeStatus(context: Context, id: string, change: keyof typeof TRANSITIONS, reason: string | null | undefined): Promise<Award> {
  const awardId = requireUuid('id', id);
  const rule = TRANSITIONS[change];
  const why = validateReason(reason, rule.reasonRequired);
  const row = await context.db.transaction(async (manager) => {
    const [current]: ({ status: AwardStatus; status_list_id: string } & AwardStatisticsRow)[] = await manager.query(
      `select status, status_list_id, ${AWARD_STATISTICS_COLUMNS} from award where id = $1 for update`,
      [awardId],
    );
    if (!current) throw new NotFound('award', awardId);
    // Asking again for the state it is already in changes nothing (a retried call).
    if (current.status === rule.to) return null;
    if (!rule.from.includes(current.status)) {
      throw new Conflict(
        current.status === AwardStatus.REVOKED ? 'The award is revoked, and revocation is final' : `An award that is ${current.status.toLowerCase()} cannot be ${change}d`,
        { status: current.status },
      );
    }
    await manager.query('update award set status = $2, status_reason = $3, status_changed_at = now() where id = $1', [awardId, rule.to, why]);
    // The change and the list's new version commit together, so the published list never misses it.
    await markListChanged(manager, current.status_list_id);
    await awardStatistics.recordStandingChange(manager, factsOfAward(current), current.status, rule.to);
    return awardId;
  });
  context.loaders.awardById.clear(awardId);
  const award = await context.loaders.awardById.load(row ?? awardId);
  return award!;
}

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => Award, { nullable: true, description: 'One award: for its issuer and its learner.' })
  async award(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Award> {
    const award = await loaders.awardById.load(requireUuid('id', id));
    if (!award) throw new NotFound('award', id);
    return award;
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'The same credential with an embedded Data Integrity proof (DataIntegrityProof, eddsa-rdfc-2022; verificationMethod a DID URL), ' +
      'for wallets and verifiers built on JSON-LD (Open Badges wallets among them). Made when first asked for; null after erasure, for ' +
      'awards issued before the hub offered it, and for issuers whose key is not Ed25519.',
  })
  credentialWithProof(@Root() award: Award, @Ctx() { db, config }: Context): Promise<Record<string, unknown> | null> {
    const core = awardsCore(db, config);
    return dataIntegrityForm(db, core.keys, core.publicBaseUrl, award);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The same credential as an Open Badges 3.0 JWT (typ JWT, RS256, kid a DID URL; one revocation status entry), for Open Badges ' +
      'wallets and verifiers that take VC-JWT; null after erasure and for awards issued before the hub offered it.',
  })
  openBadgeJwt(@Root() award: Award, @Ctx() { db, config }: Context): Promise<string | null> {
    const core = awardsCore(db, config);
    return openBadgeForm(db, core.keys, core.publicBaseUrl, award);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      "Who it was awarded to. The learner sees their own account id (as `me { id }`); the issuing organisation, and anyone else who may read " +
      'the award, sees that organisation\'s pseudonym of the learner (`lp_…`): the same on all its awards to that person, unrelated to any ' +
      "other organisation's. Null once the learner has erased their account.",
  })
  learnerId(@Root() award: Award, @Ctx() { db, config, identity }: Context): string | null {
    return learnerIdSeenBy(awardsCore(db, config).pseudonyms, identity, award);
  }

  @FieldResolver(() => String, { description: 'The URL of the status list credential this award has an entry in.' })
  statusListCredential(@Root() award: Award, @Ctx() { config }: Context): string {
    return statusListUrl(publicBaseUrl(config), award.statusListId);
  }

  @Mutation(() => Award, {
    description:
      'Issues a signed credential to a learner for a published catalogue version, when the issuer has the right to issue it and was accredited ' +
      'for it on the issue date. The same idempotencyKey again returns the same award.',
  })
  async issueAward(@Arg('input') input: IssueAwardInput, @Ctx() context: Context): Promise<Award> {
    const issuerId = requireUuid('issuerId', input.issuerId);
    const [result] = await issueAwards(issuingDeps(context), issuerId, [toRequest(input)]);
    if (result.outcome === 'FAILED') {
      const { code, message, field } = result.error!;
      throw new HubError(code as ErrorCode, message, field ? { field } : {});
    }
    return (await context.loaders.awardById.load(result.awardId!))!;
  }

  @Mutation(() => IssueAwardsResult, {
    description:
      'Issues a cohort (up to 10,000) for one issuer: a result per row; valid rows are issued even when others fail. Safe to retry as a ' +
      'whole: rows already issued (same idempotency keys) are answered ALREADY_ISSUED with the same award.',
  })
  async issueAwards(
    @Arg('issuerId', () => ID) issuerId: string,
    @Arg('inputs', () => [CohortAwardInput]) inputs: CohortAwardInput[],
    @Ctx() context: Context,
  ): Promise<IssueAwardsResult> {
    return summarise(await issueAwards(issuingDeps(context), requireUuid('issuerId', issuerId), inputs.map(toRequest)));
  }

  @Mutation(() => Award, { description: 'Revokes an award for good (the status list shows it revoked), with a reason.' })
  revokeAward(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() context: Context): Promise<Award> {
    return changeStatus(context, id, 'revoke', reason);
  }

  @Mutation(() => Award, { description: 'Suspends an award until it is reinstated, with a reason.' })
  suspendAward(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() context: Context): Promise<Award> {
    return changeStatus(context, id, 'suspend', reason);
  }

  @Mutation(() => Award, { description: 'Lifts a suspension. A revoked award cannot be reinstated.' })
  reinstateAward(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() context: Context,
  ): Promise<Award> {
    return changeStatus(context, id, 'reinstate', reason);
  }

  @Mutation(() => IssuerKey, {
    description:
      "Replaces the organisation's signing key with a new one (registered with the accreditation subgraph). The old key stays published, so what it signed still verifies.",
  })
  async rotateIssuerKey(@Arg('organisationId', () => ID) organisationId: string, @Ctx() context: Context): Promise<IssuerKey> {
    const deps = issuingDeps(context);
    return awardsCore(context.db, context.config).keys.rotate(requireUuid('organisationId', organisationId), deps.registry);
  }
}

@Resolver(() => Organisation)
export class OrganisationAwardsResolver {
  @FieldResolver(() => AwardConnection, { nullable: true, description: 'Awards this organisation has issued, newest first (for the organisation itself).' })
  async awardsIssued(
    @Root() organisation: Organisation,
    @Args() page: PageArgs,
    @Arg('learnerId', () => ID, {
      nullable: true,
      description: "Only the awards to this learner: the id this organisation's awards give (Award.learnerId, `lp_…`); another organisation's, or a learner's account id, is refused.",
    })
    learnerId: string | null,
    @Ctx() { db, config }: Context,
  ) {
    if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) throw new InvalidInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
    // An issuer names a learner only by its own pseudonym; read back under its own key, another issuer's names none of its learners.
    let learner: string | null = null;
    if (learnerId !== null && learnerId !== undefined) {
      learner = awardsCore(db, config).pseudonyms.learnerOf(organisation.id, learnerId);
      if (!learner) throw new InvalidInput('learnerId', 'is not a learner id this organisation was given (Award.learnerId, lp_…)');
    }
    let after: [string, string] | null = null;
    if (page.after) {
      try {
        const parsed = JSON.parse(Buffer.from(page.after, 'base64url').toString('utf8'));
        if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((item) => typeof item === 'string')) after = parsed as [string, string];
      } catch {
        after = null;
      }
      if (!after) throw new InvalidInput('after', 'is not a cursor this list gave out');
    }
    const ofLearner = learner ? 'and learner_id = $2::uuid and erased_at is null' : 'and $2::uuid is null';
    const [{ count }] = await db.query(`select count(*)::int as count from award where issuer_id = $1 ${ofLearner}`, [organisation.id, learner]);
    const rows: (AwardRow & { issued_at_text: string })[] = await db.query(
      `select ${awardSelect()}, to_char(award.issued_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as issued_at_text from award
       where issuer_id = $1 ${ofLearner} ${after ? `and (issued_at, id) < ($4::timestamp at time zone 'UTC', $5::uuid)` : ''}
       order by issued_at desc, id desc limit $3`,
      after ? [organisation.id, learner, page.first + 1, after[0], after[1]] : [organisation.id, learner, page.first + 1],
    );
    const nodes = rows.slice(0, page.first);
    const last = rows[page.first - 1];
    return {
      nodes: nodes.map(awardFromRow),
      totalCount: count,
      pageInfo: {
        hasNextPage: rows.length > page.first,
        endCursor: nodes.length ? Buffer.from(JSON.stringify([(last ?? nodes[nodes.length - 1]).issued_at_text, (last ?? nodes[nodes.length - 1]).id])).toString('base64url') : null,
      },
    };
  }
}

@Resolver(() => MicroCredential)
export class MicroCredentialAwardsResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'How many awards of this exact version have been issued (for the entry\'s owner).' })
  // The owner check (access-rules.ts) reads the owner from the awards issued, or asks the catalogue.
  awardCount(@Root() microCredential: MicroCredential, @Ctx() { loaders }: Context): Promise<number> {
    return loaders.awardCountByMicroCredential.load(microCredential.id);
  }
}
