import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { CatalogueEntry } from './catalogue-entry';
import { EscoOccupation, EscoSkill, type EscoLabels } from './esco/esco';
import { IssuingRightRecord } from './issuing-right';
import { MicroCredential } from './micro-credential';
import { Qualification, QualificationComponentRecord } from './qualification';
import { EntryStatus } from './vocabulary';

const groupBy = <T, K>(rows: T[], key: (row: T) => K) => {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const value = key(row);
    const group = groups.get(value);
    if (group) group.push(row);
    else groups.set(value, [row]);
  }
  return groups;
};

const LABELS = (table: string) => `coalesce(jsonb_object_agg(l.language, jsonb_build_object(
    'preferredLabel', l.preferred_label, 'altLabels', to_jsonb(l.alt_labels), 'description', l.description))
    filter (where l.language is not null), '{}'::jsonb) as labels
  from ${table}`;

/**
 * Per-request batch loaders: whatever a query asks for N times in one tick costs one SQL statement.
 * Made per request, so nothing cached leaks between callers.
 */
export function createCatalogueLoaders(db: DataSource) {
  const versions = db.getRepository(MicroCredential);
  return {
    microCredentialById: new DataLoader<string, MicroCredential | null>(async (ids) => {
      const rows = await versions.findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    entryById: new DataLoader<string, CatalogueEntry | null>(async (ids) => {
      const rows = await db.getRepository(CatalogueEntry).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Every version of each entry, oldest first. */
    versionsByEntry: new DataLoader<string, MicroCredential[]>(async (entryIds) => {
      const rows = await versions.find({ where: { entryId: In([...entryIds]) }, order: { version: 'ASC' } });
      const byEntry = groupBy(rows, (row) => row.entryId);
      return entryIds.map((id) => byEntry.get(id) ?? []);
    }),
    /** The published version of each entry, if it has one. */
    publishedByEntry: new DataLoader<string, MicroCredential | null>(async (entryIds) => {
      const rows = await versions.findBy({ entryId: In([...entryIds]), status: EntryStatus.PUBLISHED });
      const byEntry = new Map(rows.map((row) => [row.entryId, row]));
      return entryIds.map((id) => byEntry.get(id) ?? null);
    }),
    /**
     * Each provider's entries at their newest version the caller may see: the published one, or the
     * draft where the caller may see drafts of that provider. Key: `<providerId>` or `<providerId>+drafts`.
     */
    entriesOfProvider: new DataLoader<string, MicroCredential[]>(async (keys) => {
      const providers = keys.map((key) => key.split('+')[0]);
      const withDrafts = keys.filter((key) => key.endsWith('+drafts')).map((key) => key.split('+')[0]);
      const rows = await versions
        .createQueryBuilder('mc')
        .distinctOn(['mc.entry_id'])
        .where('mc.provider_id = any(:providers)', { providers })
        .andWhere(`(mc.status = 'PUBLISHED' or (mc.status = 'DRAFT' and mc.provider_id = any(:withDrafts)))`, { withDrafts })
        .orderBy('mc.entry_id')
        .addOrderBy('mc.version', 'DESC')
        .getMany();
      rows.sort((a, b) => (a.titleSv ?? a.titleEn ?? '').localeCompare(b.titleSv ?? b.titleEn ?? '', 'sv') || a.id.localeCompare(b.id));
      const byProvider = groupBy(rows, (row) => row.providerId);
      return providers.map((id) => byProvider.get(id) ?? []);
    }),
    issuingRightsByEntry: new DataLoader<string, IssuingRightRecord[]>(async (entryIds) => {
      const rows = await db
        .getRepository(IssuingRightRecord)
        .find({ where: { entryId: In([...entryIds]) }, order: { grantedAt: 'ASC', id: 'ASC' } });
      const byEntry = groupBy(rows, (row) => row.entryId);
      return entryIds.map((id) => byEntry.get(id) ?? []);
    }),
    escoSkillByUri: new DataLoader<string, EscoSkill | null>(async (uris) => {
      const rows: { uri: string; skill_type: string | null; reuse_level: string | null; labels: Record<string, EscoLabels> }[] = await db.query(
        `select s.uri, s.skill_type, s.reuse_level, ${LABELS('esco_skill s left join esco_skill_label l on l.uri = s.uri')}
         where s.uri = any($1) group by s.uri`,
        [[...uris]],
      );
      const byUri = new Map(
        rows.map((row) => [row.uri, Object.assign(new EscoSkill(), { uri: row.uri, skillTypeCode: row.skill_type, reuseLevelCode: row.reuse_level, labels: row.labels })]),
      );
      return uris.map((uri) => byUri.get(uri) ?? null);
    }),
    escoOccupationByUri: new DataLoader<string, EscoOccupation | null>(async (uris) => {
      const rows: { uri: string; isco_group: string | null; code: string | null; labels: Record<string, EscoLabels> }[] = await db.query(
        `select o.uri, o.isco_group, o.code, ${LABELS('esco_occupation o left join esco_occupation_label l on l.uri = o.uri')}
         where o.uri = any($1) group by o.uri`,
        [[...uris]],
      );
      const byUri = new Map(
        rows.map((row) => [row.uri, Object.assign(new EscoOccupation(), { uri: row.uri, iscoGroup: row.isco_group, code: row.code, labels: row.labels })]),
      );
      return uris.map((uri) => byUri.get(uri) ?? null);
    }),
    /** The skills directly narrower than each skill (one level of ESCO's hierarchy). */
    narrowerSkillUris: new DataLoader<string, string[]>(async (uris) => {
      const rows: { skill_uri: string; broader_uri: string }[] = await db.query(
        'select skill_uri, broader_uri from esco_broader_skill where broader_uri = any($1) order by skill_uri',
        [[...uris]],
      );
      const byBroader = groupBy(rows, (row) => row.broader_uri);
      return uris.map((uri) => (byBroader.get(uri) ?? []).map((row) => row.skill_uri));
    }),
    broaderSkillUris: new DataLoader<string, string[]>(async (uris) => {
      const rows: { skill_uri: string; broader_uri: string }[] = await db.query(
        'select skill_uri, broader_uri from esco_broader_skill where skill_uri = any($1) order by broader_uri',
        [[...uris]],
      );
      const bySkill = groupBy(rows, (row) => row.skill_uri);
      return uris.map((uri) => (bySkill.get(uri) ?? []).map((row) => row.broader_uri));
    }),
    /** Each occupation's skills with the relation (essential or optional). */
    occupationSkills: new DataLoader<string, { skillUri: string; relationType: string }[]>(async (uris) => {
      const rows: { occupation_uri: string; skill_uri: string; relation_type: string }[] = await db.query(
        'select occupation_uri, skill_uri, relation_type from esco_occupation_skill where occupation_uri = any($1) order by skill_uri',
        [[...uris]],
      );
      const byOccupation = groupBy(rows, (row) => row.occupation_uri);
      return uris.map((uri) => (byOccupation.get(uri) ?? []).map((row) => ({ skillUri: row.skill_uri, relationType: row.relation_type })));
    }),
    qualificationById: new DataLoader<string, Qualification | null>(async (ids) => {
      const rows = await db.getRepository(Qualification).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    componentsByQualification: new DataLoader<string, QualificationComponentRecord[]>(async (ids) => {
      const rows = await db
        .getRepository(QualificationComponentRecord)
        .find({ where: { qualificationId: In([...ids]) }, order: { position: 'ASC' } });
      const byQualification = groupBy(rows, (row) => row.qualificationId);
      return ids.map((id) => byQualification.get(id) ?? []);
    }),
    /** The qualifications (ids) each entry counts towards. */
    qualificationIdsByEntry: new DataLoader<string, string[]>(async (entryIds) => {
      const rows: { entry_id: string; qualification_id: string }[] = await db.query(
        `select c.entry_id, c.qualification_id from qualification_component c join qualification q on q.id = c.qualification_id
         where c.entry_id = any($1) order by q.sort_title, q.id`,
        [[...entryIds]],
      );
      const byEntry = groupBy(rows, (row) => row.entry_id);
      return entryIds.map((id) => (byEntry.get(id) ?? []).map((row) => row.qualification_id));
    }),
  };
}

export type CatalogueLoaders = ReturnType<typeof createCatalogueLoaders>;
