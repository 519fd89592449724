import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * OpenID4VCI authorization code flow and offers by reference: an offer also carries an issuer_state (for a
 * wallet that starts at the authorization endpoint) and a reference (its credential_offer_uri), both stored as
 * keyed hashes like its pre-authorized code. wallet_authorization holds the authorization codes the learner's
 * e-ID sign-in grants: single-use, short-lived, bound to the learner, the wallet's client_id and redirect_uri,
 * the PKCE challenge, the configurations and the awards chosen. An access token comes from an offer or from
 * such an authorization.
 */
export class WalletAuthorization1738500000000 implements MigrationInterface {
  name = 'WalletAuthorization1738500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table credential_offer add column issuer_state_hash bytea unique, add column reference_hash bytea unique');
    await queryRunner.query(`
      create table wallet_authorization (
        id uuid primary key default gen_random_uuid(),
        code_hash bytea not null unique,
        learner_id uuid not null references learner (id) on delete cascade,
        offer_id uuid references credential_offer (id) on delete cascade,
        client_id text not null,
        redirect_uri text not null,
        code_challenge text not null,
        configuration_ids text[] not null check (cardinality(configuration_ids) between 1 and 10),
        award_ids uuid[] not null check (cardinality(award_ids) between 1 and 100),
        credential_identifiers boolean not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        redeemed_at timestamptz
      )`);
    await queryRunner.query('create index wallet_authorization_expiry on wallet_authorization (expires_at)');
    await queryRunner.query(`
      alter table wallet_access_token
        alter column offer_id drop not null,
        add column authorization_id uuid references wallet_authorization (id) on delete cascade,
        add constraint wallet_access_token_grant check (num_nonnulls(offer_id, authorization_id) = 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('delete from wallet_access_token where offer_id is null');
    await queryRunner.query('alter table wallet_access_token drop constraint wallet_access_token_grant, drop column authorization_id, alter column offer_id set not null');
    await queryRunner.query('drop table wallet_authorization');
    await queryRunner.query('alter table credential_offer drop column issuer_state_hash, drop column reference_hash');
  }
}
