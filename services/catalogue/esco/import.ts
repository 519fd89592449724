import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse/sync';
import type { DataSource, EntityManager } from 'typeorm';
import yauzl from 'yauzl';

/**
 * The ESCO import: reads the Commission's CSV release (the zips as downloaded, or their extracted files, in
 * any language) into the catalogue's ESCO tables. Concepts are joined on conceptUri, so a second language
 * adds labels and never a second concept; running it again changes nothing. All of it happens in one
 * transaction: a file that turns out not to be ESCO leaves the tables as they were.
 */

export class NotAnEscoRelease extends Error {}

type Kind = 'skills' | 'occupations' | 'occupationSkills' | 'broaderSkills';

const LANGUAGE = '([a-z]{2}(?:-[a-z]{2})?)';
const FILE_NAMES: Array<[RegExp, Kind]> = [
  [new RegExp(`^skills_${LANGUAGE}\\.csv$`, 'i'), 'skills'],
  [new RegExp(`^occupations_${LANGUAGE}\\.csv$`, 'i'), 'occupations'],
  [new RegExp(`^occupationSkillRelations(?:_${LANGUAGE})?\\.csv$`, 'i'), 'occupationSkills'],
  [new RegExp(`^broaderRelationsSkillPillar(?:_${LANGUAGE})?\\.csv$`, 'i'), 'broaderSkills'],
];

/** The columns each kind of file must have (the release has more; these are the ones read). */
const REQUIRED_COLUMNS: Record<Kind, string[]> = {
  skills: ['conceptType', 'conceptUri', 'skillType', 'reuseLevel', 'preferredLabel', 'altLabels', 'description'],
  occupations: ['conceptType', 'conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels', 'description'],
  occupationSkills: ['occupationUri', 'relationType', 'skillUri'],
  broaderSkills: ['conceptUri', 'broaderUri'],
};

const SKILL_URI = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/;
const OCCUPATION_URI = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/;
const ESCO_URI = /^http:\/\/data\.europa\.eu\/esco\/[a-z-]+\/[0-9A-Za-z.-]{1,60}$/;
const SKILL_TYPES = new Set(['skill/competence', 'knowledge']);
const REUSE_LEVELS = new Set(['transversal', 'cross-sector', 'sector-specific', 'occupation-specific']);
/** The size a CSV file may have: the largest ESCO file is about 25 MB. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;
const BATCH = 5000;

interface CsvSource {
  /** Where it came from, for messages: a file, or zip!entry. */
  origin: string;
  kind: Kind;
  language: string | null;
  open(): Promise<Readable>;
}

export interface FileReport {
  origin: string;
  kind: Kind;
  language: string | null;
  rows: number;
}

export interface ImportReport {
  files: FileReport[];
  /** Files with the same content kind and language found again (for example both a zip and its extracted folder): read once. */
  skipped: string[];
  totals: { skills: number; occupations: number; occupationSkillRelations: number; broaderSkillRelations: number; skillLanguages: string[]; occupationLanguages: string[] };
  seconds: number;
}

export type Progress = (event: { origin: string; rows: number; done: boolean }) => void;

/** Imports the ESCO CSV files found under the given paths (zips, folders or CSV files). */
export async function importEsco(db: DataSource, paths: string[], onProgress: Progress = () => {}): Promise<ImportReport> {
  const started = new Date();
  const { sources, skipped } = await discover(paths);
  const files: FileReport[] = [];
  // Concepts before relations, so that a reader of the report sees them in the order the release describes.
  const order: Kind[] = ['skills', 'occupations', 'occupationSkills', 'broaderSkills'];
  sources.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.origin.localeCompare(b.origin));
  const totals = await db.transaction(async (manager) => {
    for (const source of sources) files.push(await importFile(manager, source, onProgress));
    const [counts] = await manager.query(`select
      (select count(*)::int from esco_skill) as skills,
      (select count(*)::int from esco_occupation) as occupations,
      (select count(*)::int from esco_occupation_skill) as "occupationSkillRelations",
      (select count(*)::int from esco_broader_skill) as "broaderSkillRelations",
      (select coalesce(array_agg(distinct language order by language), '{}') from esco_skill_label) as "skillLanguages",
      (select coalesce(array_agg(distinct language order by language), '{}') from esco_occupation_label) as "occupationLanguages"`);
    await manager.query('insert into esco_import (sources, started_at, files, totals) values ($1, $2, $3, $4)', [
      paths.map((each) => path.resolve(each)),
      started,
      JSON.stringify(files),
      JSON.stringify(counts),
    ]);
    return counts as ImportReport['totals'];
  });
  return { files, skipped, totals, seconds: (Date.now() - started.getTime()) / 1000 };
}

/** Finds the release's CSV files: in folders (and the zips in them), in zips, or named directly. */
async function discover(paths: string[]): Promise<{ sources: CsvSource[]; skipped: string[] }> {
  if (paths.length === 0) throw new NotAnEscoRelease('Name the ESCO release: a zip, a folder or a CSV file of the official ESCO CSV download');
  const found: CsvSource[] = [];
  for (const given of paths) {
    const resolved = path.resolve(given);
    const stat = fs.statSync(resolved, { throwIfNoEntry: false });
    if (!stat) throw new NotAnEscoRelease(`${given}: no such file or folder`);
    if (stat.isDirectory()) found.push(...(await fromFolder(resolved, 0)));
    else if (/\.zip$/i.test(resolved)) found.push(...(await fromZip(resolved)));
    else if (/\.csv$/i.test(resolved)) {
      const source = csvFile(resolved);
      if (!source) throw new NotAnEscoRelease(`${given} is not a file of an ESCO release (expected names such as skills_en.csv, occupations_en.csv, occupationSkillRelations.csv)`);
      found.push(source);
    } else throw new NotAnEscoRelease(`${given} is not a folder, a .zip or a .csv file of an ESCO release`);
  }
  const sources: CsvSource[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const source of found) {
    const key = `${source.kind}:${source.language ?? ''}`;
    if (seen.has(key)) skipped.push(source.origin);
    else {
      seen.add(key);
      sources.push(source);
    }
  }
  if (sources.length === 0) {
    throw new NotAnEscoRelease(
      `${paths.join(', ')} is not an ESCO release: it holds none of skills_<language>.csv, occupations_<language>.csv, occupationSkillRelations.csv or broaderRelationsSkillPillar.csv (the official "ESCO dataset … csv" download has them)`,
    );
  }
  return { sources, skipped };
}

function classify(name: string): { kind: Kind; language: string | null } | null {
  for (const [pattern, kind] of FILE_NAMES) {
    const match = pattern.exec(name);
    if (match) return { kind, language: match[1]?.toLowerCase() ?? null };
  }
  return null;
}

function csvFile(file: string): CsvSource | null {
  const kind = classify(path.basename(file));
  return kind && { ...kind, origin: file, open: async () => fs.createReadStream(file) };
}

async function fromFolder(folder: string, depth: number): Promise<CsvSource[]> {
  if (depth > 3) return [];
  const sources: CsvSource[] = [];
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  // Extracted files first: reading them is cheaper than unzipping the same again.
  for (const entry of entries.filter((each) => each.isFile() && /\.csv$/i.test(each.name))) {
    const source = csvFile(path.join(folder, entry.name));
    if (source) sources.push(source);
  }
  for (const entry of entries.filter((each) => each.isDirectory() && !each.name.startsWith('.'))) {
    sources.push(...(await fromFolder(path.join(folder, entry.name), depth + 1)));
  }
  for (const entry of entries.filter((each) => each.isFile() && /\.zip$/i.test(each.name))) {
    sources.push(...(await fromZip(path.join(folder, entry.name))));
  }
  return sources;
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true }, (error, zip) =>
      error ? reject(new NotAnEscoRelease(`${file} is not a readable zip file: ${error.message}`)) : resolve(zip!),
    ),
  );
}

/** Calls `visit` for each entry until it returns true or the zip ends. */
function eachEntry(zip: yauzl.ZipFile, visit: (entry: yauzl.Entry) => Promise<boolean> | boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      Promise.resolve(visit(entry)).then((stop) => (stop ? resolve() : zip.readEntry()), reject);
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
}

async function fromZip(file: string): Promise<CsvSource[]> {
  const zip = await openZip(file);
  const sources: CsvSource[] = [];
  try {
    await eachEntry(zip, (entry) => {
      const name = path.posix.basename(entry.fileName);
      const kind = classify(name);
      if (kind && !entry.fileName.endsWith('/')) {
        if (entry.uncompressedSize > MAX_FILE_BYTES) throw new NotAnEscoRelease(`${file}!${entry.fileName} is larger than any ESCO file`);
        sources.push({ ...kind, origin: `${file}!${entry.fileName}`, open: () => openZipEntry(file, entry.fileName) });
      }
      return false;
    });
  } finally {
    zip.close();
  }
  return sources;
}

async function openZipEntry(file: string, fileName: string): Promise<Readable> {
  const zip = await openZip(file);
  let stream: Readable | undefined;
  await eachEntry(zip, async (entry) => {
    if (entry.fileName !== fileName) return false;
    stream = await new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(entry, (error, readable) => (error ? reject(error) : resolve(readable!))),
    );
    return true;
  });
  if (!stream) {
    zip.close();
    throw new NotAnEscoRelease(`${file} no longer holds ${fileName}`);
  }
  stream.on('close', () => zip.close());
  stream.on('end', () => zip.close());
  return stream;
}

type Row = Record<string, string>;

async function importFile(manager: EntityManager, source: CsvSource, onProgress: Progress): Promise<FileReport> {
  const required = REQUIRED_COLUMNS[source.kind];
  // ESCO files are at most tens of megabytes: read whole and parsed in one go, which is several times
  // faster than a record-by-record stream.
  const text = await readAll(await source.open());
  let records: Row[];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      columns: (header: string[]) => {
        const missing = required.filter((column) => !header.includes(column));
        if (missing.length) {
          throw new NotAnEscoRelease(
            `${source.origin} is not an ESCO ${source.kind} file: it lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
          );
        }
        return header;
      },
    });
  } catch (error) {
    if (error instanceof NotAnEscoRelease) throw error;
    if (error instanceof CsvError) throw new NotAnEscoRelease(`${source.origin} is not a readable CSV file: ${error.message}`);
    throw error;
  }
  if (records.length === 0) throw new NotAnEscoRelease(`${source.origin} has no rows`);
  records.forEach((record, index) => checkRow(source, record, index + 1));
  for (let start = 0; start < records.length; start += BATCH) {
    await STORE[source.kind](manager, records.slice(start, start + BATCH), source);
    onProgress({ origin: source.origin, rows: Math.min(start + BATCH, records.length), done: false });
  }
  onProgress({ origin: source.origin, rows: records.length, done: true });
  return { origin: source.origin, kind: source.kind, language: source.language, rows: records.length };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > MAX_FILE_BYTES) {
      stream.destroy();
      throw new NotAnEscoRelease('a file is larger than any file of an ESCO release');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Refuses a row that an ESCO release would never have, naming the file and row. */
function checkRow(source: CsvSource, record: Row, row: number): void {
  const refuse = (what: string) => {
    throw new NotAnEscoRelease(`${source.origin}, row ${row}: ${what}; this is not ESCO data`);
  };
  const uri = (value: string | undefined, pattern: RegExp, name: string) => {
    if (!value || !pattern.test(value)) refuse(`${name} '${String(value ?? '').slice(0, 80)}' is not an ESCO URI of that kind`);
  };
  switch (source.kind) {
    case 'skills':
      uri(record.conceptUri, SKILL_URI, 'conceptUri');
      if (!record.preferredLabel?.trim()) refuse('preferredLabel is empty');
      break;
    case 'occupations':
      uri(record.conceptUri, OCCUPATION_URI, 'conceptUri');
      if (!record.preferredLabel?.trim()) refuse('preferredLabel is empty');
      break;
    case 'occupationSkills':
      uri(record.occupationUri, OCCUPATION_URI, 'occupationUri');
      uri(record.skillUri, SKILL_URI, 'skillUri');
      if (record.relationType !== 'essential' && record.relationType !== 'optional') refuse(`relationType '${String(record.relationType).slice(0, 40)}' is neither essential nor optional`);
      break;
    case 'broaderSkills':
      uri(record.conceptUri, ESCO_URI, 'conceptUri');
      uri(record.broaderUri, ESCO_URI, 'broaderUri');
      break;
  }
}

const lastByKey = (rows: Row[], key: (row: Row) => string) => [...new Map(rows.map((row) => [key(row), row])).values()];
const altLabels = (cell: string | undefined) => [...new Set((cell ?? '').split('\n').map((label) => label.trim()).filter(Boolean))].join('\n');
const timestamp = (cell: string | undefined) => (cell && !Number.isNaN(Date.parse(cell)) ? new Date(cell).toISOString() : null);
const searchText = (row: Row) =>
  [row.preferredLabel, ...altLabels(row.altLabels).split('\n')].join(' ').toLocaleLowerCase('en').normalize('NFKD').replace(/\p{M}/gu, '');
const column = (rows: Row[], value: (row: Row) => string | null) => rows.map(value);

/** Labels of one language; the concept's language-independent facts are set by whichever file has them. */
async function storeLabels(manager: EntityManager, table: 'esco_skill_label' | 'esco_occupation_label', rows: Row[], language: string) {
  await manager.query(
    `insert into ${table} (uri, language, preferred_label, alt_labels, description, search_text)
     select t.uri, $1, t.preferred_label, string_to_array(t.alt_labels, E'\\n'), t.description, t.search_text
     from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as t (uri, preferred_label, alt_labels, description, search_text)
     on conflict (uri, language) do update set preferred_label = excluded.preferred_label, alt_labels = excluded.alt_labels,
       description = excluded.description, search_text = excluded.search_text`,
    [
      language,
      column(rows, (row) => row.conceptUri),
      column(rows, (row) => row.preferredLabel.trim()),
      column(rows, (row) => altLabels(row.altLabels)),
      column(rows, (row) => (row.description || row.definition || '').trim() || null),
      column(rows, searchText),
    ],
  );
}

const STORE: Record<Kind, (manager: EntityManager, rows: Row[], source: CsvSource) => Promise<void>> = {
  async skills(manager, all, source) {
    const rows = lastByKey(all, (row) => row.conceptUri);
    await manager.query(
      `insert into esco_skill (uri, skill_type, reuse_level, status, modified_at, imported_at)
       select t.uri, t.skill_type, t.reuse_level, t.status, t.modified_at, now()
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) as t (uri, skill_type, reuse_level, status, modified_at)
       on conflict (uri) do update set skill_type = coalesce(excluded.skill_type, esco_skill.skill_type),
         reuse_level = coalesce(excluded.reuse_level, esco_skill.reuse_level), status = coalesce(excluded.status, esco_skill.status),
         modified_at = coalesce(excluded.modified_at, esco_skill.modified_at), imported_at = excluded.imported_at
       where (esco_skill.skill_type, esco_skill.reuse_level, esco_skill.status, esco_skill.modified_at)
         is distinct from (coalesce(excluded.skill_type, esco_skill.skill_type), coalesce(excluded.reuse_level, esco_skill.reuse_level),
           coalesce(excluded.status, esco_skill.status), coalesce(excluded.modified_at, esco_skill.modified_at))`,
      [
        column(rows, (row) => row.conceptUri),
        column(rows, (row) => (SKILL_TYPES.has(row.skillType) ? row.skillType : null)),
        column(rows, (row) => (REUSE_LEVELS.has(row.reuseLevel) ? row.reuseLevel : null)),
        column(rows, (row) => row.status?.trim() || null),
        column(rows, (row) => timestamp(row.modifiedDate)),
      ],
    );
    await storeLabels(manager, 'esco_skill_label', rows, source.language ?? 'en');
  },
  async occupations(manager, all, source) {
    const rows = lastByKey(all, (row) => row.conceptUri);
    await manager.query(
      `insert into esco_occupation (uri, isco_group, code, status, modified_at, imported_at)
       select t.uri, t.isco_group, t.code, t.status, t.modified_at, now()
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) as t (uri, isco_group, code, status, modified_at)
       on conflict (uri) do update set isco_group = coalesce(excluded.isco_group, esco_occupation.isco_group),
         code = coalesce(excluded.code, esco_occupation.code), status = coalesce(excluded.status, esco_occupation.status),
         modified_at = coalesce(excluded.modified_at, esco_occupation.modified_at), imported_at = excluded.imported_at
       where (esco_occupation.isco_group, esco_occupation.code, esco_occupation.status, esco_occupation.modified_at)
         is distinct from (coalesce(excluded.isco_group, esco_occupation.isco_group), coalesce(excluded.code, esco_occupation.code),
           coalesce(excluded.status, esco_occupation.status), coalesce(excluded.modified_at, esco_occupation.modified_at))`,
      [
        column(rows, (row) => row.conceptUri),
        column(rows, (row) => row.iscoGroup?.trim() || null),
        column(rows, (row) => row.code?.trim() || null),
        column(rows, (row) => row.status?.trim() || null),
        column(rows, (row) => timestamp(row.modifiedDate)),
      ],
    );
    await storeLabels(manager, 'esco_occupation_label', rows, source.language ?? 'en');
  },
  async occupationSkills(manager, all) {
    const rows = lastByKey(all, (row) => `${row.occupationUri} ${row.skillUri}`);
    await manager.query(
      `insert into esco_occupation_skill (occupation_uri, skill_uri, relation_type, skill_type)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[])
       on conflict (occupation_uri, skill_uri) do update set relation_type = excluded.relation_type,
         skill_type = coalesce(excluded.skill_type, esco_occupation_skill.skill_type)
       where (esco_occupation_skill.relation_type, esco_occupation_skill.skill_type)
         is distinct from (excluded.relation_type, coalesce(excluded.skill_type, esco_occupation_skill.skill_type))`,
      [
        column(rows, (row) => row.occupationUri),
        column(rows, (row) => row.skillUri),
        column(rows, (row) => row.relationType),
        column(rows, (row) => (SKILL_TYPES.has(row.skillType) ? row.skillType : null)),
      ],
    );
  },
  async broaderSkills(manager, all) {
    const rows = lastByKey(all, (row) => `${row.conceptUri} ${row.broaderUri}`);
    await manager.query(
      `insert into esco_broader_skill (skill_uri, broader_uri) select * from unnest($1::text[], $2::text[]) on conflict do nothing`,
      [column(rows, (row) => row.conceptUri), column(rows, (row) => row.broaderUri)],
    );
  },
};
