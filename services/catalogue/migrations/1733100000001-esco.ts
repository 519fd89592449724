import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BUILT_IN_BROADER_SKILLS, BUILT_IN_OCCUPATIONS, BUILT_IN_OCCUPATION_SKILLS, BUILT_IN_SKILLS } from '../esco/built-in';

/**
 * ESCO skills and occupations, with labels per language joined on the concept URI (a second language
 * adds labels, never a second concept), the occupation-skill relations and the skill hierarchy. Seeded
 * with the small built-in set so that the hub works before an import; `npm run esco:import` loads the
 * rest. No foreign keys between these tables: an ESCO release comes as separate files (a language's
 * classification, the language-independent relations) that may be imported in any order.
 */
export class Esco1733100000001 implements MigrationInterface {
  name = 'Esco1733100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string, parameters?: unknown[]) => queryRunner.query(sql, parameters);
    await run(`
      create table esco_skill (
        uri text primary key,
        skill_type text,
        reuse_level text,
        status text,
        modified_at timestamptz,
        built_in boolean not null default false,
        imported_at timestamptz
      )`);
    await run(`
      create table esco_occupation (
        uri text primary key,
        isco_group text,
        code text,
        status text,
        modified_at timestamptz,
        built_in boolean not null default false,
        imported_at timestamptz
      )`);
    for (const table of ['esco_skill_label', 'esco_occupation_label']) {
      // search_text: the preferred and alternative labels, lower-cased without diacritics, for pickers.
      await run(`
        create table ${table} (
          uri text not null,
          language text not null,
          preferred_label text not null,
          alt_labels text[] not null default '{}',
          description text,
          search_text text not null,
          primary key (uri, language)
        )`);
      await run(`create index ${table}_search on ${table} using gin (search_text gin_trgm_ops)`);
    }
    await run(`
      create table esco_occupation_skill (
        occupation_uri text not null,
        skill_uri text not null,
        relation_type text not null check (relation_type in ('essential', 'optional')),
        skill_type text,
        primary key (occupation_uri, skill_uri)
      )`);
    await run('create index esco_occupation_skill_skill on esco_occupation_skill (skill_uri)');
    await run(`
      create table esco_broader_skill (
        skill_uri text not null,
        broader_uri text not null,
        primary key (skill_uri, broader_uri)
      )`);
    await run('create index esco_broader_skill_broader on esco_broader_skill (broader_uri)');
    await run(`
      create table esco_import (
        id serial primary key,
        sources text[] not null,
        started_at timestamptz not null,
        finished_at timestamptz not null default now(),
        files jsonb not null,
        totals jsonb not null
      )`);

    const searchText = (labels: string[]) =>
      labels.join(' ').toLocaleLowerCase('en').normalize('NFKD').replace(/\p{M}/gu, '');
    await run(
      `insert into esco_skill (uri, skill_type, reuse_level, status, built_in)
       select uri, skill_type, reuse_level, 'released', true from unnest($1::text[], $2::text[], $3::text[]) as t (uri, skill_type, reuse_level)
       on conflict do nothing`,
      [BUILT_IN_SKILLS.map((s) => s.uri), BUILT_IN_SKILLS.map((s) => s.skillType), BUILT_IN_SKILLS.map((s) => s.reuseLevel)],
    );
    await run(
      `insert into esco_occupation (uri, isco_group, code, status, built_in)
       select uri, isco_group, code, 'released', true from unnest($1::text[], $2::text[], $3::text[]) as t (uri, isco_group, code)
       on conflict do nothing`,
      [BUILT_IN_OCCUPATIONS.map((o) => o.uri), BUILT_IN_OCCUPATIONS.map((o) => o.iscoGroup), BUILT_IN_OCCUPATIONS.map((o) => o.code)],
    );
    for (const [table, concepts] of [
      ['esco_skill_label', BUILT_IN_SKILLS],
      ['esco_occupation_label', BUILT_IN_OCCUPATIONS],
    ] as const) {
      await run(
        `insert into ${table} (uri, language, preferred_label, alt_labels, description, search_text)
         select uri, 'en', preferred_label, string_to_array(alt_labels, E'\\n'), description, search_text
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) as t (uri, preferred_label, alt_labels, description, search_text)
         on conflict do nothing`,
        [
          concepts.map((c) => c.uri),
          concepts.map((c) => c.preferredLabel),
          concepts.map((c) => c.altLabels.join('\n')),
          concepts.map((c) => c.description),
          concepts.map((c) => searchText([c.preferredLabel, ...c.altLabels])),
        ],
      );
    }
    await run(
      `insert into esco_occupation_skill (occupation_uri, skill_uri, relation_type)
       select * from unnest($1::text[], $2::text[], $3::text[]) on conflict do nothing`,
      [BUILT_IN_OCCUPATION_SKILLS.map((r) => r[0]), BUILT_IN_OCCUPATION_SKILLS.map((r) => r[1]), BUILT_IN_OCCUPATION_SKILLS.map((r) => r[2])],
    );
    await run(`insert into esco_broader_skill (skill_uri, broader_uri) select * from unnest($1::text[], $2::text[]) on conflict do nothing`, [
      BUILT_IN_BROADER_SKILLS.map((r) => r[0]),
      BUILT_IN_BROADER_SKILLS.map((r) => r[1]),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'drop table esco_import, esco_broader_skill, esco_occupation_skill, esco_occupation_label, esco_skill_label, esco_occupation, esco_skill',
    );
  }
}
