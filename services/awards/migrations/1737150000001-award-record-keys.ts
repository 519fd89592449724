import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each award's record key for the cell-key method (random, drawn once, never shown), and the cell keys of the
 * aggregates already kept, summed from the awards they count.
 */
export class AwardRecordKeys1737150000001 implements MigrationInterface {
  name = 'AwardRecordKeys1737150000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table award
      add column statistics_key bigint not null default floor(random() * 4294967296)::bigint
        check (statistics_key >= 0 and statistics_key < 4294967296)`);
    await queryRunner.query(`
      update statistics_cell c
         set awards_key = s.active_key, suspended_key = s.suspended_key
        from (select date_trunc('month', issued_on)::date as month, micro_credential_id, issuer_id,
                     coalesce(sum(statistics_key) filter (where status = 'ACTIVE'), 0) % 4294967296 as active_key,
                     coalesce(sum(statistics_key) filter (where status = 'SUSPENDED'), 0) % 4294967296 as suspended_key
                from award group by 1, 2, 3) s
       where c.month = s.month and c.micro_credential_id = s.micro_credential_id and c.issuer_id = s.issuer_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table award drop column statistics_key');
  }
}
