import DataLoader from 'dataloader';
import { signedColumnsSelect, signedJwsOf, storedCredential, type SignedColumns } from './credential';
import type { DataSource } from 'typeorm';
import { Award, AwardStatus, Learner, MicroCredential, Organisation, ShareOpening, ShareOpeningKind, ShareState } from './types';

export interface AwardRow extends SignedColumns {
  id: string;
  issuer_id: string;
  learner_id: string;
  micro_credential_id: string;
  provider_id: string | null;
  title: string;
  issued_on: string;
  issued_at: Date;
  valid_until: Date | null;
  status: AwardStatus;
  status_reason: string | null;
  status_changed_at: Date | null;
  grade: string | null;
  credential: Record<string, unknown> | null;
  jws: string | null;
  open_badge_jwt: string | null;
  open_badge_kid: string | null;
  credential_with_proof: Record<string, unknown> | null;
  kid: string;
  status_list_id: string;
  status_index: number;
  erased_at: Date | null;
}

/** The columns an Award is read from (never the whole row: evidence and statistics are not needed). */
export function awardSelect(alias = 'award'): string {
  const columns = ['id', 'issuer_id', 'learner_id', 'micro_credential_id', 'provider_id', 'title', 'issued_at', 'valid_until', 'status',
    'status_reason', 'status_changed_at', 'grade', 'credential', 'open_badge_jwt', 'open_badge_kid', 'credential_with_proof', 'kid', 'status_list_id', 'status_index', 'erased_at'];
  return [...columns.map((column) => `${alias}.${column}`), signedColumnsSelect(alias), `to_char(${alias}.issued_on, 'YYYY-MM-DD') as issued_on`].join(', ');
}

export function awardFromRow(row: AwardRow): Award {
  const jws = signedJwsOf(row);
  return Object.assign(new Award(), {
    id: row.id,
    title: row.title,
    issuedOn: row.issued_on,
    issuedAt: row.issued_at,
    validUntil: row.valid_until,
    status: row.status,
    statusReason: row.status_reason,
    statusChangedAt: row.status_changed_at,
    grade: row.grade,
    learnerAccountId: row.erased_at ? null : row.learner_id,
    credentialJwt: jws,
    credential: storedCredential(row),
    openBadgeJwtStored: row.open_badge_jwt,
    openBadgeKid: row.open_badge_kid,
    credentialWithProofStored: row.credential_with_proof,
    statusListId: row.status_list_id,
    statusListIndex: row.status_index,
    kid: row.kid,
    microCredential: Object.assign(new MicroCredential(), { id: row.micro_credential_id }),
    issuer: Object.assign(new Organisation(), { id: row.issuer_id }),
    issuerId: row.issuer_id,
  });
}

export interface ShareRow {
  id: string;
  learner_id: string;
  token_sealed: Buffer;
  recipient_label: string;
  expires_at: Date;
  created_at: Date;
  withdrawn_at: Date | null;
}

export function shareState(row: Pick<ShareRow, 'expires_at' | 'withdrawn_at'>, now = new Date()): ShareState {
  if (row.withdrawn_at) return ShareState.WITHDRAWN;
  if (row.expires_at.getTime() <= now.getTime()) return ShareState.EXPIRED;
  return ShareState.ACTIVE;
}

/** Per-request batch loaders: each costs one statement however many keys a query asks for. */
export function createAwardsLoaders(db: DataSource) {
  return {
    awardById: new DataLoader<string, Award | null>(async (ids) => {
      const rows: AwardRow[] = await db.query(`select ${awardSelect()} from award where id = any($1::uuid[])`, [ids]);
      const byId = new Map(rows.map((row) => [row.id, awardFromRow(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    awardsByLearner: new DataLoader<string, Award[]>(async (learnerIds) => {
      const rows: AwardRow[] = await db.query(
        `select ${awardSelect()} from award where learner_id = any($1::uuid[]) and erased_at is null order by issued_on desc, id`,
        [learnerIds],
      );
      return learnerIds.map((learnerId) => rows.filter((row) => row.learner_id === learnerId).map((row) => awardFromRow(row)));
    }),
    /** The owner of a catalogue version, as the awards issued against it recorded it (null: none issued). */
    providerOfMicroCredential: new DataLoader<string, string | null>(async (ids) => {
      const rows: { id: string; provider_id: string }[] = await db.query(
        'select distinct on (micro_credential_id) micro_credential_id as id, provider_id from award where micro_credential_id = any($1::uuid[]) and provider_id is not null',
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, row.provider_id]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    awardCountByMicroCredential: new DataLoader<string, number>(async (ids) => {
      const rows: { id: string; count: number }[] = await db.query(
        'select micro_credential_id as id, count(*)::int as count from award where micro_credential_id = any($1::uuid[]) group by micro_credential_id',
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, row.count]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
    learnerById: new DataLoader<string, Learner | null>(async (ids) => {
      const rows: { id: string; name_sealed: Buffer | null; email_sealed: Buffer | null; personal_number_sealed: Buffer }[] = await db.query(
        'select id, name_sealed, email_sealed, personal_number_sealed from learner where id = any($1::uuid[])',
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, Object.assign(new Learner(), { id: row.id, nameSealed: row.name_sealed, emailSealed: row.email_sealed, personalNumberSealed: row.personal_number_sealed })]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    awardsOfShare: new DataLoader<string, Award[]>(async (shareIds) => {
      const rows: (AwardRow & { share_id: string })[] = await db.query(
        `select sa.share_id, ${awardSelect('award')}
         from share_award sa join award on award.id = sa.award_id where sa.share_id = any($1::uuid[]) order by sa.position`,
        [shareIds],
      );
      return shareIds.map((shareId) => rows.filter((row) => row.share_id === shareId).map((row) => awardFromRow(row)));
    }),
    openingsOfShare: new DataLoader<string, ShareOpening[]>(async (shareIds) => {
      const rows: { share_id: string; kind: ShareOpeningKind; outcome: ShareState; opened_at: Date }[] = await db.query(
        'select share_id, kind, outcome, opened_at from share_opening where share_id = any($1::uuid[]) order by opened_at desc, id',
        [shareIds],
      );
      return shareIds.map((shareId) =>
        rows.filter((row) => row.share_id === shareId).map((row) => Object.assign(new ShareOpening(), { kind: row.kind, outcome: row.outcome, openedAt: row.opened_at })),
      );
    }),
    shareById: new DataLoader<string, ShareRow | null>(async (ids) => {
      const rows: ShareRow[] = await db.query('select * from share where id = any($1::uuid[])', [ids]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type AwardsLoaders = ReturnType<typeof createAwardsLoaders>;
