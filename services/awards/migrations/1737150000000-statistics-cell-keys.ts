import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cell keys for the cell-key method (statistics/cell-key.ts): each aggregate row keeps the sum, modulo 2^32,
 * of the record keys of its active awards and of its suspended awards, beside the counts they perturb.
 */
export class StatisticsCellKeys1737150000000 implements MigrationInterface {
  name = 'StatisticsCellKeys1737150000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table statistics_cell
      add column awards_key bigint not null default 0 check (awards_key >= 0 and awards_key < 4294967296),
      add column suspended_key bigint not null default 0 check (suspended_key >= 0 and suspended_key < 4294967296)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table statistics_cell drop column awards_key, drop column suspended_key');
  }
}
