import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { publicBaseUrl } from '../../platform/config';
import type { HubContext } from '../../platform/context';
import { ErrorCode, HubError, InvalidInput, NotFound, requireUuid } from '../../platform/errors';
import { shareState, type AwardsLoaders, type ShareRow } from './loaders';
import { awardsCore } from './dependencies';
import { Award, CreateShareInput, Share, ShareOpening, ShareOpeningKind, ShareState, SharedCredentials } from './types';

type Context = HubContext<AwardsLoaders>;

const MAX_SHARE_DAYS = 366;
const MAX_AWARDS_PER_SHARE = 50;

/** Tokens are 256 random bits; only their hash finds a share, and a sealed copy lets the owner see the link again. */
const tokenHash = (token: string) => createHash('sha256').update(token).digest();

export const shareUrl = (base: string, token: string) => `${base}/shares/${token}`;

export function shareView(context: Context, row: ShareRow): Share {
  const { vault } = awardsCore(context.db, context.config);
  const token = vault.openPersonalData(row.token_sealed, `share:${row.id}`);
  return Object.assign(new Share(), {
    id: row.id,
    learnerId: row.learner_id,
    recipientLabel: row.recipient_label,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    withdrawnAt: row.withdrawn_at,
    state: shareState(row),
    token,
    url: shareUrl(publicBaseUrl(context.config), token),
  });
}

/** The owner of every award named (null when they are not all one learner's), for the access policy. */
export async function ownerOfAwards(awardIds: unknown, context: Context): Promise<string | null> {
  if (!Array.isArray(awardIds) || !awardIds.length || awardIds.length > MAX_AWARDS_PER_SHARE) return null;
  const ids = awardIds.map((id) => String(id).toLowerCase());
  if (!ids.every((id) => /^[0-9a-f-]{36}$/.test(id))) return null;
  const awards = await context.loaders.awardById.loadMany(ids);
  const owners = new Set(awards.map((award) => (award && !(award instanceof Error) ? award.learnerAccountId : null)));
  return owners.size === 1 ? [...owners][0] : null;
}

@Resolver(() => Share)
export class ShareResolver {
  @Mutation(() => Share, { description: 'Shares chosen awards with a recipient until expiresAt; the link carries an unguessable token.' })
  async createShare(@Arg('input') input: CreateShareInput, @Ctx() context: Context): Promise<Share> {
    const learnerId = context.identity.learnerId!;
    const ids = [...new Set(input.awardIds.map((id, position) => requireUuid(`awardIds[${position}]`, id)))];
    if (!ids.length || ids.length > MAX_AWARDS_PER_SHARE) throw new InvalidInput('awardIds', `choose 1-${MAX_AWARDS_PER_SHARE} awards`);
    // The policy let the owner through; this repeats it where the data is, so nothing else is shared.
    if ((await ownerOfAwards(ids, context)) !== learnerId) throw new HubError(ErrorCode.FORBIDDEN, 'awardIds: you can share only your own awards');
    const label = input.recipientLabel.trim();
    if (label.length < 1 || label.length > 200) throw new InvalidInput('recipientLabel', 'must be 1-200 characters');
    const now = Date.now();
    if (Number.isNaN(input.expiresAt.getTime()) || input.expiresAt.getTime() <= now) throw new InvalidInput('expiresAt', 'must be in the future');
    if (input.expiresAt.getTime() > now + MAX_SHARE_DAYS * 24 * 3600 * 1000) throw new InvalidInput('expiresAt', `at most ${MAX_SHARE_DAYS} days ahead`);
    const { vault } = awardsCore(context.db, context.config);
    const id = randomUUID();
    const token = randomBytes(32).toString('base64url');
    const row = await context.db.transaction(async (manager) => {
      const [share] = await manager.query(
        `insert into share (id, learner_id, token_hash, token_sealed, recipient_label, expires_at) values ($1, $2, $3, $4, $5, $6) returning *`,
        [id, learnerId, tokenHash(token), vault.sealPersonalData(token, `share:${id}`), label, input.expiresAt],
      );
      await manager.query(
        'insert into share_award (share_id, award_id, position) select $1, award_id, position from unnest($2::uuid[]) with ordinality as t(award_id, position)',
        [id, ids],
      );
      return share as ShareRow;
    });
    return shareView(context, row);
  }

  @Mutation(() => Share, { description: 'Withdraws a share: from now on the link shows nothing but that it was withdrawn.' })
  async withdrawShare(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Share> {
    const shareId = requireUuid('id', id);
    // typeorm answers an UPDATE ... RETURNING with [rows, count].
    const [[row]] = await context.db.query(
      'update share set withdrawn_at = coalesce(withdrawn_at, now()) where id = $1 and learner_id = $2 returning *',
      [shareId, context.identity.learnerId],
    );
    if (!row) throw new NotFound('share', shareId);
    return shareView(context, row);
  }

  @Query(() => SharedCredentials, {
    nullable: true,
    description:
      'What a share link shows, for anyone holding its token: the chosen credentials (compact JWS) while the share is active; only the ' +
      'fact that it expired or was withdrawn otherwise. Every call is recorded for the learner to see.',
  })
  async sharedCredentials(@Arg('token') token: string, @Ctx() context: Context): Promise<SharedCredentials> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new InvalidInput('token', 'is not a share token');
    const [row]: ShareRow[] = await context.db.query('select * from share where token_hash = $1', [tokenHash(token)]);
    if (!row) throw new HubError(ErrorCode.NOT_FOUND, 'No share has this token');
    const state = shareState(row);
    const kind = context.identity.roles.includes('service') ? ShareOpeningKind.VERIFIED : ShareOpeningKind.OPENED;
    await context.db.query('insert into share_opening (share_id, kind, outcome) values ($1, $2, $3)', [row.id, kind, state]);
    if (state !== ShareState.ACTIVE) return Object.assign(new SharedCredentials(), { state, recipientLabel: null, expiresAt: null, credentials: [] });
    const awards = await context.loaders.awardsOfShare.load(row.id);
    return Object.assign(new SharedCredentials(), {
      state,
      recipientLabel: row.recipient_label,
      expiresAt: row.expires_at,
      credentials: awards.map((award) => award.credentialJwt).filter((jwt): jwt is string => Boolean(jwt)),
    });
  }

  @FieldResolver(() => [Award])
  awards(@Root() share: Share, @Ctx() { loaders }: Context): Promise<Award[]> {
    return loaders.awardsOfShare.load(share.id);
  }

  @FieldResolver(() => [ShareOpening])
  openings(@Root() share: Share, @Ctx() { loaders }: Context): Promise<ShareOpening[]> {
    return loaders.openingsOfShare.load(share.id);
  }
}
