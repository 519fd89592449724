import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations' electronic seal certificates: the chain (base64 DER, leaf first) and the private key,
 * encrypted with the master key as issuer keys are. The one in force when an award was issued seals its
 * European Digital Credential.
 */
export class SealCertificates1738000000002 implements MigrationInterface {
  name = 'SealCertificates1738000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table seal_certificate (
        id uuid primary key,
        organisation_id uuid not null,
        kid text not null,
        algorithm text not null,
        chain text[] not null,
        private_key_encrypted bytea not null,
        thumbprint text not null,
        not_before timestamptz not null,
        not_after timestamptz not null,
        seals_from timestamptz not null,
        replaced_at timestamptz,
        created_at timestamptz not null default now()
      )`);
    await queryRunner.query('create index seal_certificate_organisation on seal_certificate (organisation_id, seals_from)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table seal_certificate');
  }
}
