import type { EntityManager } from 'typeorm';
import { cellKeyOf, cellKeyString, type AwardFacts, type AwardStanding, type CellKey } from './award-facts';
import { addKeys } from './cell-key';
import { LearnerSketch } from './learner-sketch';

/**
 * Keeps the statistics aggregates up to date in the same transaction as the award change that moves them,
 * so that a query reads only aggregates (one row per month x catalogue version x issuer), never awards.
 *
 * Each cell holds counts of active and of suspended awards and a sketch of the distinct learners with an
 * active award. Issuing adds to the sketch; revoking or suspending cannot take a learner out of a sketch,
 * so the cell's sketch is rebuilt from the active learners of that one cell (bounded by the cell's size).
 */
export class StatisticsLedger {
  constructor(
    /** The learners with an active award in one cell, read from the awards subgraph's own tables. */
    private readonly activeLearnersOfCell: (manager: EntityManager, key: CellKey) => Promise<string[]>,
  ) {}

  /** New awards (one or a whole cohort): three statements however many cells they touch. */
  async recordIssued(manager: EntityManager, awards: AwardFacts[]): Promise<void> {
    if (awards.length === 0) return;
    const cells = new Map<string, { key: CellKey; facts: AwardFacts; count: number; recordKeys: number; learners: LearnerSketch }>();
    for (const facts of awards) {
      const key = cellKeyOf(facts);
      const id = cellKeyString(key);
      const cell = cells.get(id) ?? { key, facts, count: 0, recordKeys: 0, learners: LearnerSketch.empty() };
      cell.count += 1;
      cell.recordKeys = addKeys(cell.recordKeys, facts.recordKey);
      cell.learners.add(LearnerSketch.hashOf(facts.learnerId));
      cells.set(id, cell);
    }
    const list = [...cells.values()];
    await manager.query(
      `insert into statistics_cell (month, micro_credential_id, issuer_id, issuer_region, seqf_level, field,
         credential_type, quality_assurance, skills, skill_groups)
       select month, micro_credential_id, issuer_id, issuer_region, seqf_level, field, credential_type, quality_assurance,
              skills::text[], skill_groups::text[]
         from unnest($1::date[], $2::uuid[], $3::uuid[], $4::text[], $5::smallint[], $6::text[], $7::text[], $8::text[],
         $9::text[], $10::text[])
         as t(month, micro_credential_id, issuer_id, issuer_region, seqf_level, field, credential_type, quality_assurance, skills, skill_groups)
       on conflict (month, micro_credential_id, issuer_id) do nothing`,
      [
        list.map((cell) => cell.key.month),
        list.map((cell) => cell.key.microCredentialId),
        list.map((cell) => cell.key.issuerId),
        list.map((cell) => cell.facts.issuerRegion),
        list.map((cell) => cell.facts.seqfLevel),
        list.map((cell) => cell.facts.field),
        list.map((cell) => cell.facts.credentialType),
        list.map((cell) => cell.facts.qualityAssurance),
        // Arrays of arrays do not pass through unnest; they travel as Postgres array literals.
        list.map((cell) => toArrayLiteral(cell.facts.skills)),
        list.map((cell) => toArrayLiteral(cell.facts.skillGroups)),
      ],
    );
    const existing: { id: string; month: string; micro_credential_id: string; issuer_id: string; learners: Buffer | null }[] =
      await manager.query(
        `select c.id, to_char(c.month, 'YYYY-MM-DD') as month, c.micro_credential_id, c.issuer_id, c.learners
           from statistics_cell c
           join unnest($1::date[], $2::uuid[], $3::uuid[]) as k(month, micro_credential_id, issuer_id)
             using (month, micro_credential_id, issuer_id)
          order by c.id
          for update of c`,
        [list.map((cell) => cell.key.month), list.map((cell) => cell.key.microCredentialId), list.map((cell) => cell.key.issuerId)],
      );
    const ids: string[] = [];
    const counts: number[] = [];
    const recordKeys: number[] = [];
    const sketches: Buffer[] = [];
    for (const row of existing) {
      const cell = cells.get(cellKeyString({ month: row.month, microCredentialId: row.micro_credential_id, issuerId: row.issuer_id }))!;
      ids.push(row.id);
      counts.push(cell.count);
      recordKeys.push(cell.recordKeys);
      sketches.push(LearnerSketch.fromBuffer(row.learners).merge(cell.learners).toBuffer());
    }
    await manager.query(
      `update statistics_cell c set awards = c.awards + d.count, awards_key = (c.awards_key + d.record_keys) % 4294967296,
              learners = d.sketch, updated_at = now()
         from unnest($1::bigint[], $2::int[], $3::bytea[], $4::bigint[]) as d(id, count, sketch, record_keys)
        where c.id = d.id`,
      [ids, counts, sketches, recordKeys],
    );
  }

  /** An award moved between active, suspended and revoked. */
  async recordStandingChange(manager: EntityManager, facts: AwardFacts, from: AwardStanding, to: AwardStanding): Promise<void> {
    if (from === to) return;
    const key = cellKeyOf(facts);
    const delta = (standing: AwardStanding, which: AwardStanding) => (standing === which ? 1 : 0);
    const activeDelta = delta(to, 'ACTIVE') - delta(from, 'ACTIVE');
    const suspendedDelta = delta(to, 'SUSPENDED') - delta(from, 'SUSPENDED');
    // The award's record key leaves one sum and joins the other, as its count does (-1, 0 or +1 times the key).
    const keyMove = (change: number) => (change * facts.recordKey + 4294967296) % 4294967296;
    const sketch = LearnerSketch.empty();
    for (const learnerId of await this.activeLearnersOfCell(manager, key)) sketch.add(LearnerSketch.hashOf(learnerId));
    await manager.query(
      `update statistics_cell set awards = awards + $4, suspended = suspended + $5, learners = $6,
              awards_key = (awards_key + $7) % 4294967296, suspended_key = (suspended_key + $8) % 4294967296, updated_at = now()
        where month = $1 and micro_credential_id = $2 and issuer_id = $3`,
      [key.month, key.microCredentialId, key.issuerId, activeDelta, suspendedDelta, sketch.toBuffer(), keyMove(activeDelta), keyMove(suspendedDelta)],
    );
  }
}

function toArrayLiteral(values: string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
