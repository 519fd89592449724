import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createHash, randomUUID } from 'node:crypto';
import { GraphQLJSONObject } from 'graphql-scalars';
import { publicBaseUrl } from '../../platform/config';
import type { HubContext } from '../../platform/context';
import { ErrorCode, HubError, InvalidInput } from '../../platform/errors';
import { awardFromRow, awardSelect, shareState, type AwardRow, type AwardsLoaders, type ShareRow } from './loaders';
import type { DataSource } from 'typeorm';
import type { Vault } from './vault';
import { formatPersonalNumber } from './personal-number';
import { awardsCore } from './dependencies';
import { EUROPEAN_AWARD_SELECT, europeanCredentialOf, type EuropeanAwardRow, type EuropeanCredentialForm } from './european-credential';
import { shareView } from './share.resolver';
import { dataIntegrityForm, openBadgeForm } from './forms';
import { signedJwsOf, storedCredential } from './credential';
import { statusListUrl } from './status-list';
import { CataloguePeer } from './catalogue-peer';
import { Award, ErasureReceipt, Learner, LearnerQualificationProgress, Qualification, Share } from './types';

type Context = HubContext<AwardsLoaders>;

/** The signed-in learner's id; a token of an erased account is refused, whatever it still says. */
export async function learnerIdOf(context: Pick<Context, 'identity' | 'db'>): Promise<string> {
  const id = context.identity.learnerId;
  if (!id) throw new HubError(ErrorCode.FORBIDDEN, 'needs the learner role');
  const [erased] = await context.db.query('select 1 from erased_learner where id_hash = $1', [erasedIdHash(id)]);
  if (erased) throw new HubError(ErrorCode.UNAUTHENTICATED, 'this learner account was erased: its tokens no longer sign anyone in');
  return id;
}

const erasedIdHash = (learnerId: string) => createHash('sha256').update(`erased-learner:${learnerId.toLowerCase()}`).digest();

export const ERASE_CONFIRMATION = 'ERASE';

/** Seals the name and e-mail of learners stored before they were sealed (run once at start; nothing to do after). */
export async function sealLegacyLearnerContacts(db: DataSource, vault: Vault): Promise<void> {
  for (;;) {
    const rows: { id: string; name: string; email: string | null }[] = await db.query(
      'select id, name, email from learner where name is not null order by id limit 500',
    );
    if (!rows.length) return;
    await db.query(
      `update learner l set name_sealed = d.name_sealed, email_sealed = d.email_sealed, name = null, email = null
         from unnest($1::uuid[], $2::bytea[], $3::bytea[]) as d(id, name_sealed, email_sealed) where l.id = d.id`,
      [
        rows.map((row) => row.id),
        rows.map((row) => vault.sealPersonalData(row.name, `learner-name:${row.id}`)),
        rows.map((row) => (row.email ? vault.sealPersonalData(row.email, `learner-email:${row.id}`) : null)),
      ],
    );
  }
}

@Resolver(() => Learner)
export class LearnerResolver {
  @Query(() => Learner, { nullable: true, description: 'The signed-in learner: their awards and shares.' })
  async me(@Ctx() context: Context): Promise<Learner> {
    const id = await learnerIdOf(context);
    // A learner the hub holds nothing about yet (or any more) is still themselves, with nothing to show.
    return (await context.loaders.learnerById.load(id)) ?? Object.assign(new Learner(), { id, nameSealed: null, emailSealed: null, personalNumberSealed: null });
  }

  @FieldResolver(() => String, { nullable: true, description: 'The name the first issuer gave (kept sealed): for the learner alone.' })
  name(@Root() learner: Learner, @Ctx() context: Context): string | null {
    if (!learner.nameSealed) return null;
    return awardsCore(context.db, context.config).vault.openPersonalData(learner.nameSealed, `learner-name:${learner.id}`);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The e-mail address the first issuer gave (kept sealed): for the learner alone.' })
  email(@Root() learner: Learner, @Ctx() context: Context): string | null {
    if (!learner.emailSealed) return null;
    return awardsCore(context.db, context.config).vault.openPersonalData(learner.emailSealed, `learner-email:${learner.id}`);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personnummer or samordningsnummer (YYYYMMDD-NNNN): for the learner alone.' })
  personalNumber(@Root() learner: Learner, @Ctx() context: Context): string | null {
    if (!learner.personalNumberSealed) return null;
    const { vault } = awardsCore(context.db, context.config);
    return formatPersonalNumber(vault.openPersonalData(learner.personalNumberSealed, `learner:${learner.id}`));
  }

  @FieldResolver(() => [Award], { description: 'Their awards, newest first.' })
  awards(@Root() learner: Learner, @Ctx() { loaders }: Context): Promise<Award[]> {
    return loaders.awardsByLearner.load(learner.id);
  }

  @FieldResolver(() => [LearnerQualificationProgress], {
    nullable: true,
    description:
      'How far their valid awards (not revoked, not suspended) go towards each qualification the awarded entries stack into, as the catalogue counts it; null when the catalogue cannot be asked.',
  })
  async qualificationProgress(@Root() learner: Learner, @Ctx() context: Context): Promise<LearnerQualificationProgress[] | null> {
    const rows: { entry_id: string }[] = await context.db.query(
      `select distinct entry_id from award where learner_id = $1 and status = 'ACTIVE' and erased_at is null and entry_id is not null`,
      [learner.id],
    );
    if (!rows.length) return [];
    if (!context.peers.catalogue) throw new HubError(ErrorCode.PEER_UNAVAILABLE, 'awards is not configured with the catalogue');
    const standings = await new CataloguePeer(context.peers.catalogue).qualificationProgress(rows.map((row) => row.entry_id));
    return standings.map(({ qualificationId, ...standing }) =>
      Object.assign(new LearnerQualificationProgress(), { qualification: Object.assign(new Qualification(), { id: qualificationId }), ...standing }),
    );
  }

  @FieldResolver(() => [Share], { description: 'Their shares, newest first.' })
  async shares(@Root() learner: Learner, @Ctx() context: Context): Promise<Share[]> {
    const rows: ShareRow[] = await context.db.query('select * from share where learner_id = $1 order by created_at desc, id', [learner.id]);
    return rows.map((row) => shareView(context, row));
  }

  @Mutation(() => GraphQLJSONObject, {
    description: 'Everything the hub holds about the signed-in learner, as one JSON document (GDPR access and portability).',
  })
  async exportMyData(@Ctx() context: Context): Promise<Record<string, unknown>> {
    const id = await learnerIdOf(context);
    const { vault, keys } = awardsCore(context.db, context.config);
    const base = publicBaseUrl(context.config);
    const [learner] = await context.db.query('select id, name_sealed, email_sealed, personal_number_sealed, created_at from learner where id = $1', [id]);
    const awards: (AwardRow & { evidence: unknown; assessment: unknown; subject_name: string })[] = await context.db.query(
      `select ${awardSelect()}, award.evidence, award.assessment, award.subject_name from award where learner_id = $1 and erased_at is null order by issued_on, id`,
      [id],
    );
    const europeanRows: EuropeanAwardRow[] = await context.db.query(`${EUROPEAN_AWARD_SELECT} where award.learner_id = $1 and award.erased_at is null`, [id]);
    const europeanOf = new Map<string, EuropeanCredentialForm>();
    for (const row of europeanRows) {
      const form = await europeanCredentialOf(keys, vault, base, row);
      if (form) europeanOf.set(row.id, form);
    }
    // The Open Badges and Data Integrity forms, made (and stored) now for awards whose forms nobody has asked for yet.
    const openBadgeOf = new Map<string, string | null>();
    const withProofOf = new Map<string, Record<string, unknown> | null>();
    for (const award of awards) {
      const forForms = awardFromRow(award);
      openBadgeOf.set(award.id, await openBadgeForm(context.db, keys, base, forForms));
      withProofOf.set(award.id, await dataIntegrityForm(context.db, keys, base, forForms));
    }
    const shares: ShareRow[] = await context.db.query('select * from share where learner_id = $1 order by created_at', [id]);
    const shareAwards: { share_id: string; award_id: string }[] = await context.db.query(
      'select share_id, award_id from share_award where share_id = any($1::uuid[]) order by position',
      [shares.map((share) => share.id)],
    );
    const openings: { share_id: string; kind: string; outcome: string; opened_at: Date }[] = await context.db.query(
      'select share_id, kind, outcome, opened_at from share_opening where share_id = any($1::uuid[]) order by opened_at',
      [shares.map((share) => share.id)],
    );
    return {
      exportedAt: new Date().toISOString(),
      learner: learner
        ? {
            id: learner.id,
            name: learner.name_sealed ? vault.openPersonalData(learner.name_sealed, `learner-name:${learner.id}`) : null,
            email: learner.email_sealed ? vault.openPersonalData(learner.email_sealed, `learner-email:${learner.id}`) : null,
            personalNumber: formatPersonalNumber(vault.openPersonalData(learner.personal_number_sealed, `learner:${learner.id}`)),
            createdAt: learner.created_at.toISOString(),
          }
        : { id },
      awards: awards.map((award) => ({
        id: award.id,
        title: award.title,
        issuerId: award.issuer_id,
        microCredentialId: award.micro_credential_id,
        issuedOn: award.issued_on,
        issuedAt: award.issued_at.toISOString(),
        validUntil: award.valid_until?.toISOString() ?? null,
        nameOnCredential: award.subject_name,
        grade: award.grade,
        evidence: award.evidence,
        assessment: award.assessment,
        status: award.status,
        statusReason: award.status_reason,
        statusListCredential: statusListUrl(base, award.status_list_id),
        statusListIndex: award.status_index,
        credentialJwt: signedJwsOf(award),
        credential: storedCredential(award),
        openBadgeJwt: openBadgeOf.get(award.id) ?? null,
        credentialWithProof: withProofOf.get(award.id) ?? null,
        europeanDigitalCredentialSealed: europeanOf.has(award.id) ? JSON.parse(europeanOf.get(award.id)!.sealed) : null,
      })),
      shares: shares.map((share) => ({
        id: share.id,
        recipientLabel: share.recipient_label,
        createdAt: share.created_at.toISOString(),
        expiresAt: share.expires_at.toISOString(),
        withdrawnAt: share.withdrawn_at?.toISOString() ?? null,
        state: shareState(share),
        awardIds: shareAwards.filter((item) => item.share_id === share.id).map((item) => item.award_id),
        openings: openings
          .filter((opening) => opening.share_id === share.id)
          .map((opening) => ({ kind: opening.kind, outcome: opening.outcome, openedAt: opening.opened_at.toISOString() })),
      })),
    };
  }

  @Mutation(() => ErasureReceipt, {
    description:
      `Erases the signed-in learner's account: their personal data, credentials and shares go; issuers keep only what revocation needs ` +
      `(see the README). Pass confirmation: "${ERASE_CONFIRMATION}".`,
  })
  async eraseMyAccount(@Arg('confirmation') confirmation: string, @Ctx() context: Context): Promise<ErasureReceipt> {
    const id = await learnerIdOf(context);
    if (confirmation !== ERASE_CONFIRMATION) throw new InvalidInput('confirmation', `must be "${ERASE_CONFIRMATION}" to erase the account`);
    return context.db.transaction(async (manager) => {
      // The awards keep a fresh random id in place of the learner's: statistics can still count distinct
      // learners, but nothing leads from the person to the awards any more.
      const pseudonym = randomUUID();
      // The European Digital Credentials carry the learner's name: they go with the signed credentials.
      await manager.query('delete from european_credential where award_id in (select id from award where learner_id = $1 and erased_at is null)', [id]);
      const awards = await manager.query(
        `update award set learner_id = $2, subject_name = null, grade = null, evidence = null, assessment = null, credential = null,
           jws = null, jws_header = null, signed_before = null, signed_part = null, signed_after = null, jws_signature = null, open_badge_jwt = null, credential_with_proof = null, request_digest = null, status_reason = null, erased_at = now()
         where learner_id = $1 and erased_at is null`,
        [id, pseudonym],
      );
      const shares = await manager.query('delete from share where learner_id = $1', [id]);
      await manager.query('delete from learner where id = $1', [id]);
      await manager.query('insert into erased_learner (id_hash) values ($1) on conflict do nothing', [erasedIdHash(id)]);
      return Object.assign(new ErasureReceipt(), { awardsAnonymised: awards[1] ?? 0, sharesDeleted: shares[1] ?? 0, erasedAt: new Date() });
    });
  }
}
