import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BUILT_IN_PILOT_SKILLS } from '../esco/built-in-pilots';

/**
 * Adds the built-in ESCO skills the pilots' demo entries link to (esco/built-in-pilots.ts), in the same way
 * as the first built-in set. A hub that has imported the full release has them already: nothing changes.
 */
export class EscoPilotSkills1736000000000 implements MigrationInterface {
  name = 'EscoPilotSkills1736000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const skills = BUILT_IN_PILOT_SKILLS;
    const searchText = (labels: string[]) => labels.join(' ').toLocaleLowerCase('en').normalize('NFKD').replace(/\p{M}/gu, '');
    await queryRunner.query(
      `insert into esco_skill (uri, skill_type, reuse_level, status, built_in)
       select uri, skill_type, reuse_level, 'released', true from unnest($1::text[], $2::text[], $3::text[]) as t (uri, skill_type, reuse_level)
       on conflict do nothing`,
      [skills.map((s) => s.uri), skills.map((s) => s.skillType), skills.map((s) => s.reuseLevel)],
    );
    await queryRunner.query(
      `insert into esco_skill_label (uri, language, preferred_label, alt_labels, description, search_text)
       select uri, 'en', preferred_label, string_to_array(alt_labels, E'\\n'), description, search_text
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) as t (uri, preferred_label, alt_labels, description, search_text)
       on conflict do nothing`,
      [
        skills.map((s) => s.uri),
        skills.map((s) => s.preferredLabel),
        skills.map((s) => s.altLabels.join('\n')),
        skills.map((s) => s.description),
        skills.map((s) => searchText([s.preferredLabel, ...s.altLabels])),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const uris = BUILT_IN_PILOT_SKILLS.map((s) => s.uri);
    await queryRunner.query('delete from esco_skill_label where uri = any($1) and uri in (select uri from esco_skill where built_in and imported_at is null)', [uris]);
    await queryRunner.query('delete from esco_skill where uri = any($1) and built_in and imported_at is null', [uris]);
  }
}
