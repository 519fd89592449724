import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issuers' RSA keys (RS256), which sign the Open Badges 3.0 JWT form of their awards (issue 16). */
export class RsaSigningKeys1737000000000 implements MigrationInterface {
  name = 'RsaSigningKeys1737000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `alter table signing_key drop constraint signing_key_algorithm_check,
         add constraint signing_key_algorithm_check check (algorithm in ('EdDSA', 'ES256', 'ES384', 'RS256'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `alter table signing_key drop constraint signing_key_algorithm_check,
         add constraint signing_key_algorithm_check check (algorithm in ('EdDSA', 'ES256', 'ES384'))`,
    );
  }
}
