import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MicroCredential1732000000000 implements MigrationInterface {
  name = 'MicroCredential1732000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // provider_id names an organisation of the accreditation subgraph: no foreign key across databases.
    await queryRunner.query(`
      create table micro_credential (
        id uuid primary key default gen_random_uuid(),
        title text not null check (length(title) between 1 and 300),
        seqf_level smallint not null check (seqf_level between 1 and 8),
        provider_id uuid not null,
        created_at timestamptz not null default now()
      )`);
    await queryRunner.query('create index micro_credential_provider on micro_credential (provider_id)');
    await queryRunner.query('create index micro_credential_title_id on micro_credential (title, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table micro_credential');
  }
}
