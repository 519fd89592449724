import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A learner's name and e-mail, sealed (AES-256-GCM under AWARDS_MASTER_KEY, as the personal identity number is)
 * instead of kept in clear. SQL cannot seal (the key is not in the database): rows written before this are
 * sealed by the awards subgraph when it starts (sealLegacyLearnerContacts), and their clear columns emptied.
 */
export class SealedLearnerContact1737150000003 implements MigrationInterface {
  name = 'SealedLearnerContact1737150000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table learner add column name_sealed bytea, add column email_sealed bytea, alter column name drop not null');
    await queryRunner.query('alter table learner add constraint learner_name_kept check (name is not null or name_sealed is not null)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table learner drop constraint learner_name_kept, drop column name_sealed, drop column email_sealed');
  }
}
