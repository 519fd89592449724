import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation types and contacts; accreditations and signing keys. Accreditations and keys keep their
 * history as append-only state rows: a trigger refuses UPDATE and DELETE on them, so no code path can
 * rewrite what a verifier may later ask about.
 */
export class Accreditation1733000000000 implements MigrationInterface {
  name = 'Accreditation1733000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      alter table organisation
        add column type text not null default 'EDUCATION_PROVIDER'
          check (type in ('AUTHORITY', 'EDUCATION_PROVIDER', 'INDUSTRY_BODY', 'EMPLOYER', 'PUBLIC_AGENCY')),
        add column contact_name text check (length(contact_name) <= 200),
        add column contact_email text check (length(contact_email) <= 254),
        add column contact_phone text check (length(contact_phone) <= 40)`);
    await queryRunner.query('create index organisation_type_created on organisation (type, created_at, id)');
    await queryRunner.query('create index organisation_region on organisation (region)');

    await queryRunner.query(`
      create table accreditation (
        id uuid primary key default gen_random_uuid(),
        organisation_id uuid not null references organisation (id),
        accrediting_authority_id uuid not null references organisation (id),
        kind text not null check (kind in ('TO_ISSUE', 'TO_ACCREDIT')),
        grant_decision_reference text not null,
        idempotency_key text,
        created_at timestamptz not null,
        check (organisation_id <> accrediting_authority_id),
        unique (accrediting_authority_id, organisation_id, grant_decision_reference),
        unique (accrediting_authority_id, idempotency_key)
      )`);
    await queryRunner.query('create index accreditation_organisation on accreditation (organisation_id)');
    await queryRunner.query('create index accreditation_authority on accreditation (accrediting_authority_id)');

    await queryRunner.query(`
      create table accreditation_state (
        id uuid primary key default gen_random_uuid(),
        accreditation_id uuid not null references accreditation (id),
        version int not null check (version >= 1),
        change text not null check (change in ('GRANTED', 'AMENDED', 'SUSPENDED', 'REINSTATED', 'WITHDRAWN')),
        reason text check (length(reason) <= 1000),
        scope_version int not null check (scope_version >= 1),
        decision_reference text not null check (length(decision_reference) between 1 and 100),
        seqf_levels smallint[] not null check (cardinality(seqf_levels) >= 1 and seqf_levels <@ array[1,2,3,4,5,6,7,8]::smallint[]),
        fields text[] not null check (cardinality(fields) >= 1),
        credential_types text[] not null check (cardinality(credential_types) >= 1),
        micro_credential_ids uuid[],
        valid_from timestamptz not null,
        valid_until timestamptz check (valid_until > valid_from),
        basis_accreditation_id uuid references accreditation (id),
        status text not null check (status in ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
        status_reason text,
        status_changed_at timestamptz not null,
        recorded_at timestamptz not null,
        recorded_by text not null,
        recorded_by_organisation_id uuid references organisation (id),
        unique (accreditation_id, version)
      )`);

    await queryRunner.query(`
      create table signing_key (
        id uuid primary key default gen_random_uuid(),
        organisation_id uuid not null references organisation (id),
        kid text not null check (kid ~ '^[A-Za-z0-9._~-]{1,128}$'),
        algorithm text not null check (algorithm in ('EdDSA', 'ES256', 'ES384')),
        public_jwk jsonb not null,
        thumbprint text not null unique,
        valid_from timestamptz not null,
        registered_at timestamptz not null,
        unique (organisation_id, kid)
      )`);
    await queryRunner.query(`
      create table signing_key_state (
        id uuid primary key default gen_random_uuid(),
        signing_key_id uuid not null references signing_key (id),
        version int not null check (version >= 1),
        change text not null check (change in ('REGISTERED', 'SUPERSEDED', 'COMPROMISED')),
        status text not null check (status in ('ACTIVE', 'SUPERSEDED', 'COMPROMISED')),
        valid_until timestamptz,
        compromised_from timestamptz,
        superseded_by_kid text,
        reason text check (length(reason) <= 1000),
        recorded_at timestamptz not null,
        recorded_by text not null,
        recorded_by_organisation_id uuid,
        unique (signing_key_id, version)
      )`);

    await queryRunner.query(`
      create function refuse_history_rewrite() returns trigger language plpgsql as $$
      begin
        raise exception 'history rows of % are append-only', tg_table_name;
      end $$`);
    for (const table of ['accreditation_state', 'signing_key_state']) {
      await queryRunner.query(
        `create trigger ${table}_append_only before update or delete on ${table} for each row execute function refuse_history_rewrite()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table signing_key_state');
    await queryRunner.query('drop table signing_key');
    await queryRunner.query('drop table accreditation_state');
    await queryRunner.query('drop table accreditation');
    await queryRunner.query('drop function refuse_history_rewrite');
    await queryRunner.query('drop index organisation_region');
    await queryRunner.query('drop index organisation_type_created');
    await queryRunner.query('alter table organisation drop column type, drop column contact_name, drop column contact_email, drop column contact_phone');
  }
}
