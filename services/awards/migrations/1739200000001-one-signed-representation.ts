import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An award stores one representation of its signed credential, the vc+jwt; the credential as JSON is its
 * payload (credential.ts, storedCredential), no longer stored beside it. Awards issued before keep theirs.
 */
export class OneSignedRepresentation1739200000001 implements MigrationInterface {
  name = 'OneSignedRepresentation1739200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const checks: { conname: string }[] = await queryRunner.query(
      `select conname from pg_constraint where conrelid = 'award'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%credential IS NOT NULL%'`,
    );
    for (const { conname } of checks) await queryRunner.query(`alter table award drop constraint "${conname}"`);
    await queryRunner.query(
      `alter table award add constraint award_complete check (erased_at is not null or (jws is not null and subject_name is not null and request_digest is not null))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table award drop constraint award_complete');
    await queryRunner.query(
      `alter table award add constraint award_check check (erased_at is not null or (jws is not null and credential is not null and subject_name is not null and request_digest is not null))`,
    );
  }
}
