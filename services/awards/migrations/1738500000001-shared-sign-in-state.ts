import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What several gateway processes share about sign-ins (services/awards/sign-in-state.ts): the states of sign-in
 * answers already used, and the sessions signed out before their end. Nothing about a person.
 */
export class SharedSignInState1738500000001 implements MigrationInterface {
  name = 'SharedSignInState1738500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('create table sign_in_used_state (state_hash bytea primary key, until timestamptz not null)');
    await queryRunner.query('create table sign_in_ended_session (sid text primary key, ends_at timestamptz not null, ended_at timestamptz not null default now())');
    await queryRunner.query('create index sign_in_ended_session_ended_at on sign_in_ended_session (ended_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table sign_in_used_state, sign_in_ended_session');
  }
}
