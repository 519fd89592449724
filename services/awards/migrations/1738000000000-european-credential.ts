import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each award's European Digital Credential (ELM v3) and its JAdES seal, made and sealed in the issuing
 * transaction with the same key as the W3C credential. A table of its own: erasure deletes the row.
 */
export class EuropeanCredential1738000000000 implements MigrationInterface {
  name = 'EuropeanCredential1738000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table european_credential (
        award_id uuid primary key references award (id) on delete cascade,
        profile text not null check (profile in ('GENERIC', 'ACCREDITED')),
        -- The JAdES JSON as sealed (its payload is the credential): kept as text, the exact bytes served.
        sealed text not null,
        created_at timestamptz not null default now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table european_credential');
  }
}
