import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The level beside the text in the search indexes (btree_gin): a search with words and a level filter ("kraft",
 * SeQF 4-5) then finds only the matches at those levels in the index, instead of fetching every text match and
 * checking its level row by row. The two-column indexes answer text-only searches as the one-column ones did, so
 * those go.
 */
export class SearchLevelIndexes1738100000000 implements MigrationInterface {
  name = 'SearchLevelIndexes1738100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    // btree_gin is a trusted extension: the database owner may create it.
    await run('create extension if not exists btree_gin');
    await run(`create index micro_credential_listed_level_text on micro_credential using gin (seqf_level, search_vector) where status = 'PUBLISHED'`);
    await run(
      `create index micro_credential_listed_level_words on micro_credential using gin (seqf_level, search_words gin_trgm_ops) where status = 'PUBLISHED'`,
    );
    await run('drop index micro_credential_listed_text');
    await run('drop index micro_credential_listed_words');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`create index micro_credential_listed_text on micro_credential using gin (search_vector) where status = 'PUBLISHED'`);
    await run(`create index micro_credential_listed_words on micro_credential using gin (search_words gin_trgm_ops) where status = 'PUBLISHED'`);
    await run('drop index micro_credential_listed_level_text');
    await run('drop index micro_credential_listed_level_words');
  }
}
