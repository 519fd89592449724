import type { EntityManager } from 'typeorm';
import type { AwardFacts, AwardStanding, CellKey } from './award-facts';
import { StatisticsLedger } from './statistics-ledger';

/** The award columns statistics need (denormalised on the award at issue time). */
export interface AwardStatisticsRow {
  learner_id: string;
  issued_on: string | Date;
  micro_credential_id: string;
  issuer_id: string;
  issuer_region: string | null;
  seqf_level: number | null;
  field: string | null;
  credential_type: string | null;
  quality_assurance: string | null;
  skills: string[];
  skill_groups: string[];
  statistics_key: number | string;
}

export const AWARD_STATISTICS_COLUMNS =
  'learner_id, issued_on, micro_credential_id, issuer_id, issuer_region, seqf_level, field, credential_type, quality_assurance, skills, skill_groups, statistics_key';

export function factsOfAward(row: AwardStatisticsRow): AwardFacts {
  const issuedOn = typeof row.issued_on === 'string' ? new Date(`${row.issued_on.slice(0, 10)}T00:00:00Z`) : row.issued_on;
  return {
    learnerId: row.learner_id,
    issuedAt: issuedOn,
    microCredentialId: row.micro_credential_id,
    issuerId: row.issuer_id,
    issuerRegion: row.issuer_region,
    seqfLevel: row.seqf_level,
    field: row.field,
    credentialType: row.credential_type,
    qualityAssurance: row.quality_assurance,
    skills: row.skills ?? [],
    skillGroups: row.skill_groups ?? [],
    recordKey: Number(row.statistics_key),
  };
}

/** The learners with an active award in one statistics cell, from the awards table (same subgraph). */
async function activeLearnersOfCell(manager: EntityManager, key: CellKey): Promise<string[]> {
  const rows: { learner_id: string }[] = await manager.query(
    `select learner_id from award
      where micro_credential_id = $2 and issuer_id = $3 and status = 'ACTIVE'
        and issued_on >= $1::date and issued_on < ($1::date + interval '1 month')`,
    [key.month, key.microCredentialId, key.issuerId],
  );
  return rows.map((row) => row.learner_id);
}

/** The statistics ledger of the awards subgraph: issuing and status changes call it in their transactions. */
export const awardStatistics = new StatisticsLedger(activeLearnersOfCell);

export type { AwardStanding };
