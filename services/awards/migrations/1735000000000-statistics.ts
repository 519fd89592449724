import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Aggregates for competence statistics: one row per month x catalogue version x issuer. */
export class Statistics1735000000000 implements MigrationInterface {
  name = 'Statistics1735000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table statistics_cell (
        id bigserial primary key,
        month date not null,
        micro_credential_id uuid not null,
        issuer_id uuid not null,
        issuer_region text,
        seqf_level smallint,
        field text,
        credential_type text,
        quality_assurance text,
        skills text[] not null default '{}',
        skill_groups text[] not null default '{}',
        awards integer not null default 0 check (awards >= 0),
        suspended integer not null default 0 check (suspended >= 0),
        learners bytea,
        updated_at timestamptz not null default now(),
        unique (month, micro_credential_id, issuer_id)
      )`);
    await queryRunner.query('create index statistics_cell_month on statistics_cell (month)');
    await queryRunner.query('create index statistics_cell_skills on statistics_cell using gin (skills)');
    await queryRunner.query('create index statistics_cell_region on statistics_cell (issuer_region, month)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table statistics_cell');
  }
}
