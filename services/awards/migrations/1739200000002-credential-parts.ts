import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The signed facts a cohort shares are stored once: the part of the vc+jwt payload every award of a catalogue
 * version has in common (the achievement, about four fifths of it) goes to credential_part by its SHA-256, and
 * each award keeps the JWS header, the payload's text around that part, and the signature, from which the same
 * compact JWS is put back together (credential.ts, signedJwsOf). Awards issued before keep their whole JWS.
 */
export class CredentialParts1739200000002 implements MigrationInterface {
  name = 'CredentialParts1739200000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('create table credential_part (digest bytea primary key, text text not null)');
    await queryRunner.query(`alter table award add column jws_header text, add column signed_before text,
      add column signed_part bytea references credential_part (digest), add column signed_after text, add column jws_signature text`);
    await queryRunner.query('alter table award drop constraint award_complete');
    await queryRunner.query(
      `alter table award add constraint award_complete check (erased_at is not null or
        ((jws is not null or (jws_header is not null and signed_before is not null and jws_signature is not null)) and subject_name is not null and request_digest is not null))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table award drop constraint award_complete');
    await queryRunner.query(
      `alter table award add constraint award_complete check (erased_at is not null or (jws is not null and subject_name is not null and request_digest is not null))`,
    );
    await queryRunner.query('alter table award drop column jws_header, drop column signed_before, drop column signed_part, drop column signed_after, drop column jws_signature');
    await queryRunner.query('drop table credential_part');
  }
}
