import { Arg, Ctx, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { HubContext } from '../../platform/context';
import { Conflict, ErrorCode, HubError, InvalidInput, NotFound, isUuid, requireUuid } from '../../platform/errors';
import { CredentialType, isFieldCode } from '../../platform/vocabulary';
import {
  Accreditation,
  AccreditationChange,
  AccreditationCheck,
  AccreditationKind,
  AccreditationStateRecord,
  AccreditationStatus,
  AmendAccreditationInput,
  GrantAccreditationInput,
  accreditationView,
  currentState,
  type AccreditationHistory,
} from './accreditation';
import { accreditingPath, checkAccreditation } from './accreditation-check';
import { assertValidDate, sameDecision, validateDecision, validateReason, type Decision } from './accreditation-rules';
import { loadAccreditationHistories, type AccreditationLoaders } from './loaders';
import { Organisation, OrganisationType } from './organisation';

type Context = HubContext<AccreditationLoaders>;

/** Problems with these parts of a decision are the caller's input; others (the authority's own standing) are refusals. */
const DECISION_FIELDS = new Set(['seqfLevels', 'fields', 'credentialTypes', 'microCredentialIds', 'validFrom', 'validUntil']);

/** The authority organisation the caller acts for (the `org` claim of an authority token). */
async function actingAuthority({ identity, loaders }: Context): Promise<Organisation> {
  const id = identity.organisationId;
  if (!id) {
    throw new HubError(ErrorCode.FORBIDDEN, 'Accrediting needs an authority token that names the authority organisation it acts for (claim "org")');
  }
  const organisation = isUuid(id) ? await loaders.organisationById.load(id.toLowerCase()) : null;
  if (!organisation) throw new HubError(ErrorCode.FORBIDDEN, `The organisation your token acts for (${id.slice(0, 60)}) is not registered`);
  if (organisation.type !== OrganisationType.AUTHORITY) {
    throw new HubError(ErrorCode.FORBIDDEN, `${organisation.legalName} is not an authority (it is ${organisation.type}), so it cannot accredit`);
  }
  return organisation;
}

/**
 * The accreditation to accredit that lets `authority` make this decision (null for the trust root). A scope
 * or window wider than the authority's own is bad input naming the field; an authority without standing
 * is refused.
 */
async function basisFor(context: Context, authority: Organisation, decision: Decision): Promise<string | null> {
  const path = await accreditingPath(context, authority.id, new Date(), decision, new Set(), { kind: 'grant', window: decision });
  if ('chain' in path) return path.chain[0]?.record.id ?? null;
  if (DECISION_FIELDS.has(path.problem.field)) {
    throw new InvalidInput(path.problem.field, `is wider than the accrediting authority's own scope: ${path.problem.en}`);
  }
  throw new HubError(ErrorCode.FORBIDDEN, `${authority.legalName} cannot accredit this: ${path.problem.en}`);
}

function recorder({ identity }: Context) {
  return { recordedBy: identity.subject ?? 'unknown', recordedByOrganisationId: identity.organisationId ?? null };
}

/**
 * Appends the next state of an accreditation. The accreditation row is locked first, so two changes at
 * once queue up; if another change landed since `basedOn` was read, the caller is asked to retry.
 */
async function appendState(
  context: Context,
  history: AccreditationHistory,
  next: ReturnType<typeof carriedOver> & Pick<AccreditationStateRecord, 'change' | 'reason'>,
): Promise<Accreditation> {
  const basedOn = currentState(history);
  const now = new Date();
  await context.db.transaction(async (manager: EntityManager) => {
    await manager.query('select id from accreditation where id = $1 for update', [history.record.id]);
    const [{ latest }] = await manager.query('select max(version) as latest from accreditation_state where accreditation_id = $1', [history.record.id]);
    if (Number(latest) !== basedOn.version) {
      throw new Conflict('The accreditation changed while this change was being made; read it again and retry', { id: history.record.id });
    }
    await manager.insert(AccreditationStateRecord, {
      ...next,
      // A status change takes effect the moment it is recorded, so "as at" answers agree with the history.
      statusChangedAt: next.status === basedOn.status ? basedOn.statusChangedAt : now,
      accreditationId: history.record.id,
      version: basedOn.version + 1,
      recordedAt: now,
      ...recorder(context),
    });
  });
  const [updated] = await loadAccreditationHistories(context.db, { ids: [history.record.id] });
  return accreditationView(updated);
}

async function accreditationToChange(context: Context, id: string): Promise<{ history: AccreditationHistory; authority: Organisation }> {
  const accreditationId = requireUuid('id', id);
  const authority = await actingAuthority(context);
  const history = await context.loaders.accreditationById.load(accreditationId);
  if (!history) throw new NotFound('accreditation', id);
  if (history.record.accreditingAuthorityId !== authority.id) {
    throw new HubError(ErrorCode.FORBIDDEN, 'Only the authority that granted an accreditation can change it');
  }
  return { history, authority };
}

/** The snapshot a state carries over to the next one (everything but its own identity and recording). */
const carriedOver = (state: AccreditationStateRecord) => ({
  decisionReference: state.decisionReference,
  seqfLevels: state.seqfLevels,
  fields: state.fields,
  credentialTypes: state.credentialTypes,
  microCredentialIds: state.microCredentialIds,
  validFrom: state.validFrom,
  validUntil: state.validUntil,
  scopeVersion: state.scopeVersion,
  basisAccreditationId: state.basisAccreditationId,
  status: state.status,
  statusReason: state.statusReason,
  statusChangedAt: state.statusChangedAt,
});

const decisionColumns = (decision: Decision) => ({
  decisionReference: decision.decisionReference,
  seqfLevels: decision.seqfLevels,
  fields: decision.fields,
  credentialTypes: decision.credentialTypes,
  microCredentialIds: decision.microCredentialIds,
  validFrom: decision.validFrom,
  validUntil: decision.validUntil,
});

@Resolver(() => Accreditation)
export class AccreditationResolver {
  @Query(() => Accreditation, { nullable: true, description: 'One accreditation, as it stands now or as it stood at `at`.' })
  async accreditation(
    @Arg('id', () => ID) id: string,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at: Date | null,
    @Ctx() { loaders }: Context,
  ): Promise<Accreditation> {
    const history = await loaders.accreditationById.load(requireUuid('id', id));
    if (!history) throw new NotFound('accreditation', id);
    if (at) assertValidDate('at', at);
    return accreditationView(history, at ?? undefined);
  }

  @Query(() => AccreditationCheck, {
    nullable: true,
    description:
      'Was the organisation accredited to issue a credential of this level, field and type at `at` (default now)? ' +
      'Answers for past moments as things stood then, names the accreditation that decided, and says why not.',
  })
  async accreditationCheck(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('seqfLevel', () => Int) seqfLevel: number,
    @Arg('field', { description: 'An ISCED-F field code.' }) field: string,
    @Arg('credentialType', () => CredentialType) credentialType: CredentialType,
    @Arg('at', () => GraphQLISODateTime, { nullable: true, description: 'When the credential was issued; default now.' }) at: Date | null,
    @Arg('microCredentialId', () => ID, { nullable: true }) microCredentialId: string | null,
    @Ctx() context: Context,
  ): Promise<AccreditationCheck> {
    const id = requireUuid('organisationId', organisationId);
    if (!Number.isInteger(seqfLevel) || seqfLevel < 1 || seqfLevel > 8) {
      throw new InvalidInput('seqfLevel', `${seqfLevel} is not a SeQF level; levels are 1-8`);
    }
    if (!isFieldCode(field)) throw new InvalidInput('field', `'${field.slice(0, 20)}' is not an ISCED-F field code (for example "09" or "091")`);
    if (at) assertValidDate('at', at);
    return checkAccreditation(context, {
      organisationId: id,
      seqfLevel,
      field,
      credentialType,
      microCredentialId: microCredentialId ? requireUuid('microCredentialId', microCredentialId) : undefined,
      at: at ?? new Date(),
    });
  }

  @Query(() => Organisation, {
    nullable: true,
    description: 'The authority at the root of the accreditation chain; null when none is designated.',
  })
  async trustRoot(@Ctx() { loaders, config }: Context): Promise<Organisation | null> {
    return (await loaders.trustRoot(config))?.organisation ?? null;
  }

  @Mutation(() => Accreditation, {
    description:
      "Accredits an organisation, by the authority the caller acts for. The scope must lie within the authority's own " +
      '(unless it is the trust root). Retrying the same grant (same idempotency key, or same decision reference) returns the first.',
  })
  async grantAccreditation(@Arg('input') input: GrantAccreditationInput, @Ctx() context: Context): Promise<Accreditation> {
    const organisationId = requireUuid('organisationId', input.organisationId);
    const decision = validateDecision(input);
    const idempotencyKey = input.idempotencyKey?.trim() || null;
    if (idempotencyKey && idempotencyKey.length > 200) throw new InvalidInput('idempotencyKey', 'must be at most 200 characters');
    const authority = await actingAuthority(context);
    const organisation = await context.loaders.organisationById.load(organisationId);
    if (!organisation) throw new InvalidInput('organisationId', `no organisation with id ${organisationId} is registered`);
    if (organisation.id === authority.id) throw new InvalidInput('organisationId', `${authority.legalName} cannot accredit itself`);
    if (input.kind === AccreditationKind.TO_ACCREDIT && organisation.type !== OrganisationType.AUTHORITY) {
      throw new InvalidInput('kind', `only an authority can be accredited to accredit; ${organisation.legalName} is ${organisation.type}`);
    }
    const retried = await findGrant(context, authority.id, organisation.id, decision, idempotencyKey);
    if (retried) return sameGrantOrConflict(retried, organisation.id, input.kind, decision);

    const basisAccreditationId = await basisFor(context, authority, decision);
    const now = new Date();
    const grantedId = await context.db.transaction(async (manager: EntityManager) => {
      const inserted: { id: string }[] = await manager.query(
        `insert into accreditation (organisation_id, accrediting_authority_id, kind, grant_decision_reference, idempotency_key, created_at)
         values ($1, $2, $3, $4, $5, $6) on conflict do nothing returning id`,
        [organisation.id, authority.id, input.kind, decision.decisionReference, idempotencyKey, now],
      );
      if (!inserted.length) return null;
      await manager.insert(AccreditationStateRecord, {
        ...decisionColumns(decision),
        accreditationId: inserted[0].id,
        version: 1,
        change: AccreditationChange.GRANTED,
        reason: null,
        scopeVersion: 1,
        basisAccreditationId,
        status: AccreditationStatus.ACTIVE,
        statusReason: null,
        statusChangedAt: now,
        recordedAt: now,
        ...recorder(context),
      });
      return inserted[0].id;
    });
    if (!grantedId) {
      // A concurrent retry got there first.
      const winner = await findGrant(context, authority.id, organisation.id, decision, idempotencyKey);
      if (!winner) throw new Conflict('The accreditation could not be granted; retry');
      return sameGrantOrConflict(winner, organisation.id, input.kind, decision);
    }
    const [granted] = await loadAccreditationHistories(context.db, { ids: [grantedId] });
    return accreditationView(granted);
  }

  @Mutation(() => Accreditation, {
    description: 'Replaces the scope and validity with an amended decision, as a new version; earlier versions stay in the history.',
  })
  async amendAccreditation(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: AmendAccreditationInput,
    @Ctx() context: Context,
  ): Promise<Accreditation> {
    const decision = validateDecision(input);
    const { history, authority } = await accreditationToChange(context, id);
    const current = currentState(history);
    if (current.status === AccreditationStatus.WITHDRAWN) {
      throw new Conflict('A withdrawn accreditation cannot be amended; grant a new one', { id: history.record.id });
    }
    if (sameDecision(current, decision)) return accreditationView(history);
    const basisAccreditationId = await basisFor(context, authority, decision);
    return appendState(context, history, {
      ...carriedOver(current),
      ...decisionColumns(decision),
      change: AccreditationChange.AMENDED,
      reason: null,
      scopeVersion: current.scopeVersion + 1,
      basisAccreditationId,
    });
  }

  @Mutation(() => Accreditation, { description: 'Suspends an active accreditation until it is reinstated. Suspending it again changes nothing.' })
  async suspendAccreditation(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() context: Context): Promise<Accreditation> {
    const why = validateReason('reason', reason, true);
    const { history } = await accreditationToChange(context, id);
    const current = currentState(history);
    if (current.status === AccreditationStatus.WITHDRAWN) {
      throw new Conflict('A withdrawn accreditation cannot be suspended', { id: history.record.id });
    }
    if (current.status === AccreditationStatus.SUSPENDED) return accreditationView(history);
    return appendState(context, history, {
      ...carriedOver(current),
      change: AccreditationChange.SUSPENDED,
      reason: why,
      status: AccreditationStatus.SUSPENDED,
      statusReason: why,
    });
  }

  @Mutation(() => Accreditation, { description: 'Puts a suspended accreditation back in force. A withdrawn one cannot be reinstated.' })
  async reinstateAccreditation(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() context: Context,
  ): Promise<Accreditation> {
    const why = validateReason('reason', reason, false);
    const { history } = await accreditationToChange(context, id);
    const current = currentState(history);
    if (current.status === AccreditationStatus.WITHDRAWN) {
      throw new Conflict(
        `Accreditation ${current.decisionReference} was withdrawn on ${current.statusChangedAt.toISOString()} and cannot be reinstated; grant a new accreditation instead`,
        { id: history.record.id },
      );
    }
    if (current.status === AccreditationStatus.ACTIVE) return accreditationView(history);
    return appendState(context, history, {
      ...carriedOver(current),
      change: AccreditationChange.REINSTATED,
      reason: why,
      status: AccreditationStatus.ACTIVE,
      statusReason: null,
    });
  }

  @Mutation(() => Accreditation, {
    description: 'Withdraws an accreditation for good. Credentials issued while it was in force stay accredited.',
  })
  async withdrawAccreditation(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() context: Context): Promise<Accreditation> {
    const why = validateReason('reason', reason, true);
    const { history } = await accreditationToChange(context, id);
    const current = currentState(history);
    if (current.status === AccreditationStatus.WITHDRAWN) return accreditationView(history);
    return appendState(context, history, {
      ...carriedOver(current),
      change: AccreditationChange.WITHDRAWN,
      reason: why,
      status: AccreditationStatus.WITHDRAWN,
      statusReason: why,
    });
  }

  @FieldResolver(() => Organisation, { description: 'The accredited organisation.' })
  organisation(@Root() accreditation: Accreditation, @Ctx() { loaders }: Context) {
    return loaders.organisationById.load(accreditation.organisationId);
  }

  @FieldResolver(() => Organisation, { description: 'The authority that granted it.' })
  accreditingAuthority(@Root() accreditation: Accreditation, @Ctx() { loaders }: Context) {
    return loaders.organisationById.load(accreditation.accreditingAuthorityId);
  }

  @FieldResolver(() => Accreditation, {
    nullable: true,
    description: "The accrediting authority's own accreditation to accredit that this one rests on; null when the authority is the trust root.",
  })
  async basis(@Root() accreditation: Accreditation, @Ctx() { loaders }: Context): Promise<Accreditation | null> {
    if (!accreditation.basisAccreditationId) return null;
    const history = await loaders.accreditationById.load(accreditation.basisAccreditationId);
    return history ? accreditationView(history, accreditation.asOf) : null;
  }

  @FieldResolver(() => [AccreditationStateRecord], { description: 'Every recorded change, oldest first: nothing is ever overwritten.' })
  history(@Root() accreditation: Accreditation): AccreditationStateRecord[] {
    return accreditation.source.states;
  }
}

@Resolver(() => AccreditationStateRecord)
export class AccreditationStateResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The authority organisation on whose behalf the change was made.' })
  async recordedByOrganisation(@Root() state: AccreditationStateRecord, @Ctx() { loaders }: Context) {
    return state.recordedByOrganisationId ? loaders.organisationById.load(state.recordedByOrganisationId) : null;
  }
}

/** The grant a retry would repeat: by idempotency key when given, else by decision reference. */
async function findGrant(context: Context, authorityId: string, organisationId: string, decision: Decision, idempotencyKey: string | null) {
  const rows: { id: string; by: 'key' | 'decision' }[] = await context.db.query(
    `select id, case when idempotency_key = $4 then 'key' else 'decision' end as by
       from accreditation
      where accrediting_authority_id = $1
        and (idempotency_key = $4 or (organisation_id = $2 and grant_decision_reference = $3))
      order by (idempotency_key = $4) desc nulls last limit 1`,
    [authorityId, organisationId, decision.decisionReference, idempotencyKey],
  );
  if (!rows.length) return null;
  const [history] = await loadAccreditationHistories(context.db, { ids: [rows[0].id] });
  return { history, by: rows[0].by };
}

function sameGrantOrConflict(
  found: { history: AccreditationHistory; by: 'key' | 'decision' },
  organisationId: string,
  kind: AccreditationKind,
  decision: Decision,
): Accreditation {
  const { history, by } = found;
  const same = history.record.organisationId === organisationId && history.record.kind === kind && sameDecision(history.states[0], decision);
  if (same) return accreditationView(history);
  if (by === 'key') {
    throw new Conflict('idempotencyKey: this key was already used for a different grant', { field: 'idempotencyKey', accreditationId: history.record.id });
  }
  throw new Conflict(
    `decisionReference: decision ${decision.decisionReference} already accredited this organisation with another scope; amend that accreditation instead`,
    { field: 'decisionReference', accreditationId: history.record.id },
  );
}
