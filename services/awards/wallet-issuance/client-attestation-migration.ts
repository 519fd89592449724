import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attestation-based client authentication: the proofs of possession (their client_id and jti, hashed) seen in the
 * last minutes, so a replayed OAuth-Client-Attestation-PoP is refused at every awards process.
 */
export class WalletClientAttestations1739300000001 implements MigrationInterface {
  name = 'WalletClientAttestations1739300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('create table wallet_client_attestation_jti (jti_hash bytea primary key, until timestamptz not null)');
    await queryRunner.query('create index wallet_client_attestation_jti_until on wallet_client_attestation_jti (until)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table wallet_client_attestation_jti');
  }
}
