import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erased accounts, so that a learner token issued before the erasure is refused rather than answered as a
 * learner with nothing: only a hash of the old learner id and when, nothing that leads to the person.
 */
export class ErasedLearners1737150000002 implements MigrationInterface {
  name = 'ErasedLearners1737150000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`create table erased_learner (id_hash bytea primary key, erased_at timestamptz not null default now())`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table erased_learner');
  }
}
