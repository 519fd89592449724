import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Open Badges 3.0 JWT is made when first asked for, no longer signed in the issuing transaction: each
 * award records which Open Badges key was active when it was issued, the key that signs that form later.
 * Awards issued before keep the JWT they stored.
 */
export class OpenBadgeOnRequest1739200000000 implements MigrationInterface {
  name = 'OpenBadgeOnRequest1739200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table award add column open_badge_kid text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table award drop column open_badge_kid');
  }
}
