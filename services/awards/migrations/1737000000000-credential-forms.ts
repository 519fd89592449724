import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Three forms of each award (issue 16): an issuer's Open Badges key (RS256) beside its credential key, the
 * Open Badges 3.0 JWT and the Data Integrity form of each award, and the one-bit revocation and suspension
 * lists, published as vc+jwt and as Data Integrity credentials.
 */
export class CredentialForms1737000000000 implements MigrationInterface {
  name = 'CredentialForms1737000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table issuer_key drop constraint issuer_key_algorithm_check,
      add constraint issuer_key_algorithm_check check (algorithm in ('EdDSA', 'ES256', 'RS256'))`);
    await queryRunner.query(`alter table issuer_key add column purpose text not null default 'credential' check (purpose in ('credential', 'open-badges'))`);
    await queryRunner.query('drop index issuer_key_one_active');
    await queryRunner.query(`create unique index issuer_key_one_active on issuer_key (organisation_id, purpose) where status = 'ACTIVE'`);
    await queryRunner.query('alter table award add column open_badge_jwt text, add column credential_with_proof jsonb');
    await queryRunner.query(`
      create table status_list_publication (
        list_id uuid not null references status_list (id),
        form text not null,
        version integer not null,
        document text not null,
        primary key (list_id, form)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table status_list_publication');
    await queryRunner.query('alter table award drop column open_badge_jwt, drop column credential_with_proof');
    await queryRunner.query('drop index issuer_key_one_active');
    await queryRunner.query(`create unique index issuer_key_one_active on issuer_key (organisation_id) where status = 'ACTIVE'`);
    await queryRunner.query('alter table issuer_key drop column purpose');
  }
}
