import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pushed authorization requests (RFC 9126): what a wallet pushed to POST /openid4vci/par, until the browser brings
 * its request_uri to the authorization endpoint (once, within a minute, with the same client_id). Kept here, not in
 * a gateway's memory, so that any gateway process can take it. The request_uri is stored as a keyed hash and the
 * request itself sealed (it may carry an offer's issuer_state), so a database read yields nothing a wallet could use.
 */
export class WalletPushedRequests1739300000000 implements MigrationInterface {
  name = 'WalletPushedRequests1739300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table wallet_pushed_request (
        request_uri_hash bytea primary key,
        client_id text not null,
        request_sealed bytea not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz
      )`);
    await queryRunner.query('create index wallet_pushed_request_expiry on wallet_pushed_request (expires_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table wallet_pushed_request');
  }
}
