import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learners who sign in with e-ID before any award is issued to them get an account of their own, with a name
 * only if the e-ID provider released one; `signed_in_at` records their latest sign-in.
 */
export class SignedInLearners1738000000000 implements MigrationInterface {
  name = 'SignedInLearners1738000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table learner drop constraint learner_name_kept, add column signed_in_at timestamptz');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table learner drop column signed_in_at');
  }
}
