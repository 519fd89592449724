import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * OpenID4VCI: credential offers (with their pre-authorized code and transaction code), the access tokens
 * the token endpoint gives for them, and the nonces proofs of possession sign. Every secret is stored as a
 * keyed hash only (Vault.walletCodeHash): a database read gives no code that works. A learner's offers go
 * when the learner erases their account.
 */
export class WalletIssuance1738000000000 implements MigrationInterface {
  name = 'WalletIssuance1738000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table credential_offer (
        id uuid primary key default gen_random_uuid(),
        learner_id uuid not null references learner (id) on delete cascade,
        award_id uuid not null references award (id) on delete cascade,
        configuration_ids text[] not null check (cardinality(configuration_ids) between 1 and 10),
        pre_authorized_code_hash bytea not null unique,
        tx_code_hash bytea not null,
        tx_code_failures smallint not null default 0,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        redeemed_at timestamptz
      )`);
    await queryRunner.query('create index credential_offer_learner on credential_offer (learner_id, created_at)');
    await queryRunner.query(`
      create table wallet_access_token (
        token_hash bytea primary key,
        offer_id uuid not null references credential_offer (id) on delete cascade,
        expires_at timestamptz not null,
        issued_configuration_ids text[] not null default '{}'
      )`);
    await queryRunner.query(`
      create table wallet_nonce (
        nonce_hash bytea primary key,
        expires_at timestamptz not null,
        used_at timestamptz
      )`);
    await queryRunner.query('create index wallet_nonce_expiry on wallet_nonce (expires_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table wallet_nonce, wallet_access_token, credential_offer');
  }
}
