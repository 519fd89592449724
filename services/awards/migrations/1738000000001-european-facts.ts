import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * European Digital Credentials are made and sealed when asked for, from the award's row and the issue-time
 * facts the award alone does not hold (the issuer, the catalogue version's detail, the accreditation), kept
 * once per distinct value (a cohort shares one) instead of a 25 KB sealed document per award. Awards whose
 * sealed credential was stored before keep it in european_credential.
 */
export class EuropeanFacts1738000000001 implements MigrationInterface {
  name = 'EuropeanFacts1738000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table european_facts (
        -- SHA-256 of the facts' JSON text as issuing wrote it.
        digest bytea primary key,
        facts jsonb not null
      )`);
    await queryRunner.query('alter table award add column european_facts bytea references european_facts (digest)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table award drop column european_facts');
    await queryRunner.query('drop table european_facts');
  }
}
