import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What statistics group by that the award did not keep yet: the quality assurance type and skill groups. */
export class AwardStatisticsColumns1735000000001 implements MigrationInterface {
  name = 'AwardStatisticsColumns1735000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table award add column quality_assurance text, add column skill_groups text[] not null default '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('alter table award drop column quality_assurance, drop column skill_groups');
  }
}
