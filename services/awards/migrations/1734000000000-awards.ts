import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Awards1734000000000 implements MigrationInterface {
  name = 'Awards1734000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A learner is matched by a keyed hash of the personal identity number; the number itself is sealed
    // (encrypted) so that only its owner sees it. Erasure deletes the row.
    await queryRunner.query(`
      create table learner (
        id uuid primary key default gen_random_uuid(),
        personal_number_hash bytea not null unique,
        personal_number_sealed bytea not null,
        name text not null check (length(name) between 1 and 300),
        email text check (length(email) <= 320),
        created_at timestamptz not null default now()
      )`);

    // Issuers' signing keys: the private half encrypted with the master key; one ACTIVE key per issuer.
    await queryRunner.query(`
      create table issuer_key (
        id uuid primary key default gen_random_uuid(),
        organisation_id uuid not null,
        kid text not null unique,
        algorithm text not null check (algorithm in ('EdDSA', 'ES256')),
        public_jwk jsonb not null,
        private_key_encrypted bytea not null,
        status text not null check (status in ('PENDING', 'ACTIVE', 'RETIRED')),
        created_at timestamptz not null default now(),
        activated_at timestamptz,
        retired_at timestamptz
      )`);
    await queryRunner.query(`create unique index issuer_key_one_active on issuer_key (organisation_id) where status = 'ACTIVE'`);

    // Bitstring status lists, one series per issuer. Indexes are handed out by a counter under a row lock
    // and spread over the list by an affine permutation (multiplier odd, so no two counters collide).
    await queryRunner.query(`
      create table status_list (
        id uuid primary key default gen_random_uuid(),
        issuer_id uuid not null,
        status_size smallint not null,
        length integer not null check (length >= 131072),
        allocated integer not null default 0 check (allocated <= length),
        multiplier integer not null check (multiplier % 2 = 1),
        shift integer not null,
        version integer not null default 1,
        published_version integer,
        published_jwt text,
        created_at timestamptz not null default now()
      )`);
    await queryRunner.query('create index status_list_issuer on status_list (issuer_id, created_at)');

    // An award. idempotency_key holds a hash of the issuer's key (which may itself be personal data).
    // Personal fields (subject_name, grade, evidence, assessment, credential, jws) are cleared
    // when the learner erases their account; what revocation needs stays. Statistics dimensions are copied
    // in at issue time so that aggregates never read another subgraph.
    await queryRunner.query(`
      create table award (
        id uuid primary key,
        issuer_id uuid not null,
        learner_id uuid not null,
        micro_credential_id uuid not null,
        entry_id uuid,
        entry_version integer,
        provider_id uuid,
        idempotency_key text not null,
        request_digest text,
        title text not null,
        issued_on date not null,
        issued_at timestamptz not null default now(),
        valid_until timestamptz,
        subject_name text,
        grade text,
        evidence jsonb,
        assessment jsonb,
        credential jsonb,
        jws text,
        kid text not null,
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
        status_reason text,
        status_changed_at timestamptz,
        status_list_id uuid not null references status_list (id),
        status_index integer not null check (status_index >= 0),
        skills text[] not null default '{}',
        seqf_level smallint,
        eqf_level smallint,
        field text,
        credential_type text,
        issuer_country char(2),
        issuer_region text,
        erased_at timestamptz,
        unique (issuer_id, idempotency_key),
        unique (status_list_id, status_index),
        check (erased_at is not null or (jws is not null and credential is not null and subject_name is not null and request_digest is not null))
      )`);
    await queryRunner.query('create index award_learner on award (learner_id, issued_on, id)');
    await queryRunner.query('create index award_issuer on award (issuer_id, issued_at, id)');
    await queryRunner.query('create index award_micro_credential on award (micro_credential_id)');
    await queryRunner.query(`create index award_status_list_changed on award (status_list_id) where status <> 'ACTIVE'`);

    // Shares: the token is stored as a hash (to find it) and sealed (so that its owner can see the link again).
    await queryRunner.query(`
      create table share (
        id uuid primary key default gen_random_uuid(),
        learner_id uuid not null references learner (id) on delete cascade,
        token_hash bytea not null unique,
        token_sealed bytea not null,
        recipient_label text not null check (length(recipient_label) between 1 and 200),
        expires_at timestamptz not null,
        created_at timestamptz not null default now(),
        withdrawn_at timestamptz
      )`);
    await queryRunner.query('create index share_learner on share (learner_id, created_at)');
    await queryRunner.query(`
      create table share_award (
        share_id uuid not null references share (id) on delete cascade,
        award_id uuid not null references award (id) on delete cascade,
        position smallint not null,
        primary key (share_id, award_id)
      )`);
    await queryRunner.query(`
      create table share_opening (
        id uuid primary key default gen_random_uuid(),
        share_id uuid not null references share (id) on delete cascade,
        kind text not null check (kind in ('OPENED', 'VERIFIED')),
        outcome text not null check (outcome in ('ACTIVE', 'EXPIRED', 'WITHDRAWN')),
        opened_at timestamptz not null default now()
      )`);
    await queryRunner.query('create index share_opening_share on share_opening (share_id, opened_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table share_opening, share_award, share, award, status_list, issuer_key, learner');
  }
}
