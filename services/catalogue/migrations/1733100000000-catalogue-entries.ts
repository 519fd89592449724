import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full catalogue model: entries with versions (draft, published, retired), every element of the
 * Council Recommendation that belongs to the specification, issuing rights, qualifications, and the
 * search columns and indexes. Rows from the first minimal model become version 1 drafts of their own
 * entries (they lack the mandatory elements needed to be published).
 */
export class CatalogueEntries1733100000000 implements MigrationInterface {
  name = 'CatalogueEntries1733100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    // pg_trgm is a trusted extension: the database owner may create it.
    await run('create extension if not exists pg_trgm');

    // provider_id names an organisation of the accreditation subgraph: no foreign key across databases.
    await run(`
      create table catalogue_entry (
        id uuid primary key default gen_random_uuid(),
        provider_id uuid not null,
        code text not null check (length(code) between 1 and 50),
        created_at timestamptz not null default now(),
        unique (provider_id, code)
      )`);
    await run(`insert into catalogue_entry (id, provider_id, code, created_at)
      select id, provider_id, 'MC-' || left(id::text, 8), created_at from micro_credential`);

    await run('drop index if exists micro_credential_title_id');
    await run('alter table micro_credential rename column title to title_sv');
    await run('alter table micro_credential drop constraint if exists micro_credential_title_check');
    await run('alter table micro_credential alter column title_sv drop not null');
    await run(`
      alter table micro_credential
        add column entry_id uuid references catalogue_entry (id),
        add column code text,
        add column version integer not null default 1 check (version >= 1),
        add column status text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
        add column title_en text,
        add column description jsonb,
        add column learning_outcomes jsonb not null default '[]',
        add column skill_uris text[] not null default '{}',
        add column workload_hours integer check (workload_hours between 1 and 10000),
        add column ects_credits numeric(4, 1) check (ects_credits > 0 and ects_credits <= 180),
        add column assessment_type text,
        add column assessment_description jsonb,
        add column participation_form text check (participation_form in ('ONLINE', 'ON_SITE', 'BLENDED')),
        add column quality_assurance_type text,
        add column quality_assurance_description jsonb,
        add column credential_type text check (credential_type in ('FORMAL', 'NON_FORMAL', 'INDUSTRY_VALIDATION', 'INFORMAL')),
        add column supervision text,
        add column prerequisites jsonb,
        add column field text,
        add column language text,
        add column stackability text check (stackability in ('STAND_ALONE', 'STACKABLE')),
        add column stackability_description jsonb,
        add column further_information jsonb,
        add column further_information_url text,
        add column content_hash text,
        add column updated_at timestamptz not null default now(),
        add column published_at timestamptz,
        add column published_by text,
        add column accreditation_id text,
        add column retired_at timestamptz,
        add column retired_reason text,
        add column superseded_by uuid references micro_credential (id),
        add column search_sv_text text not null default '',
        add column search_en_text text not null default '',
        add column search_words text not null default ''`);
    await run(`update micro_credential m set entry_id = m.id, code = e.code from catalogue_entry e where e.id = m.id`);
    await run('alter table micro_credential alter column entry_id set not null, alter column code set not null');
    await run(`alter table micro_credential add constraint micro_credential_has_title
      check (title_sv is not null or title_en is not null)`);
    // Sorting and search columns, derived by the database so they can never disagree with the text.
    await run(`alter table micro_credential add column sort_title text generated always as (lower(coalesce(title_sv, title_en, ''))) stored`);
    // One document for both languages, each text analysed by its own language (titles weigh most), so a
    // search is one index scan: a query is stemmed both ways and either may match.
    await run(`alter table micro_credential add column search_vector tsvector generated always as (
      setweight(to_tsvector('swedish', coalesce(title_sv, '')), 'A') || setweight(to_tsvector('english', coalesce(title_en, '')), 'A')
      || setweight(to_tsvector('swedish', search_sv_text), 'B') || setweight(to_tsvector('english', search_en_text), 'B')) stored`);

    // Searches read these two for thousands of rows: keep them in the row, never compressed or moved out
    // to TOAST (the display columns go there instead when a row grows large).
    await run('alter table micro_credential alter column search_vector set storage plain, alter column search_words set storage plain');

    await run('create unique index micro_credential_entry_version on micro_credential (entry_id, version)');
    // One draft and one published version per entry at most.
    await run(`create unique index micro_credential_one_draft on micro_credential (entry_id) where status = 'DRAFT'`);
    await run(`create unique index micro_credential_one_published on micro_credential (entry_id) where status = 'PUBLISHED'`);
    // Public search reads published versions only, so its indexes hold only those.
    await run(`create index micro_credential_listed_title on micro_credential (sort_title, id) where status = 'PUBLISHED'`);
    await run(`create index micro_credential_listed_text on micro_credential using gin (search_vector) where status = 'PUBLISHED'`);
    await run(`create index micro_credential_listed_words on micro_credential using gin (search_words gin_trgm_ops) where status = 'PUBLISHED'`);
    await run(`create index micro_credential_listed_skills on micro_credential using gin (skill_uris) where status = 'PUBLISHED'`);
    await run(`create index micro_credential_listed_level on micro_credential (seqf_level) where status = 'PUBLISHED'`);
    await run(`create index micro_credential_listed_field on micro_credential (field text_pattern_ops) where status = 'PUBLISHED'`);

    await run(`
      create table issuing_right (
        id uuid primary key default gen_random_uuid(),
        entry_id uuid not null references catalogue_entry (id),
        organisation_id uuid not null,
        valid_from timestamptz not null,
        valid_until timestamptz,
        granted_at timestamptz not null default now(),
        granted_by text not null,
        withdrawn_at timestamptz,
        withdrawn_by text,
        check (valid_until is null or valid_until > valid_from)
      )`);
    await run('create index issuing_right_entry on issuing_right (entry_id)');
    await run('create unique index issuing_right_one_open on issuing_right (entry_id, organisation_id) where withdrawn_at is null');

    await run(`
      create table qualification (
        id uuid primary key default gen_random_uuid(),
        owner_id uuid not null,
        code text not null check (length(code) between 1 and 50),
        kind text not null check (kind in ('FULL', 'PARTIAL')),
        title_sv text,
        title_en text,
        description jsonb,
        seqf_level smallint check (seqf_level between 1 and 8),
        required_count integer not null check (required_count >= 1),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        sort_title text generated always as (lower(coalesce(title_sv, title_en, ''))) stored,
        unique (owner_id, code),
        check (title_sv is not null or title_en is not null)
      )`);
    await run('create index qualification_title on qualification (sort_title, id)');
    await run(`
      create table qualification_component (
        qualification_id uuid not null references qualification (id) on delete cascade,
        entry_id uuid not null references catalogue_entry (id),
        mandatory boolean not null default false,
        position integer not null,
        primary key (qualification_id, entry_id)
      )`);
    await run('create index qualification_component_entry on qualification_component (entry_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table qualification_component, qualification, issuing_right');
    throw new Error('The catalogue model cannot be taken back to the minimal one without losing entries');
  }
}
