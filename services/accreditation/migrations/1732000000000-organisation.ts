import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Organisation1732000000000 implements MigrationInterface {
  name = 'Organisation1732000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table organisation (
        id uuid primary key default gen_random_uuid(),
        legal_name text not null check (length(legal_name) between 1 and 300),
        organisation_number text not null unique,
        country char(2) not null,
        region text,
        website text,
        created_at timestamptz not null default now()
      )`);
    await queryRunner.query('create index organisation_legal_name_id on organisation (legal_name, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table organisation');
  }
}
