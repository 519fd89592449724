import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { SingleBar, Presets } from 'cli-progress';

const usage = `Imports a cohort of awards from a CSV file (one row per learner) through the hub's issueAwards, with a
progress bar and a summary. Safe to run again: rows already issued are reported ALREADY_ISSUED.

  npm run -s import:awards -- --file cohort.csv --issuer <organisation id> --micro-credential <id> [--issued-on YYYY-MM-DD]
                              [--url http://localhost:4000/graphql] [--token <provider token>] [--batch 1000] [--errors errors.csv]

  CSV columns (header row): personnummer, name, email (optional), grade (optional), issuedOn (optional),
  microCredentialId (optional, else --micro-credential), idempotencyKey (optional; default: file name + personnummer row key)
  The token defaults to $HUB_TOKEN.`;

type Row = Partial<Record<(typeof COLUMNS)[number], string>>;
const COLUMNS = ['personnummer', 'name', 'email', 'grade', 'issuedOn', 'microCredentialId', 'idempotencyKey'] as const;

const ISSUE_AWARDS = `mutation ImportAwards($issuerId: ID!, $inputs: [CohortAwardInput!]!) {
  issueAwards(issuerId: $issuerId, inputs: $inputs) { issued alreadyIssued failed results { index outcome awardId error { code message field } } }
}`;

export interface ImportOptions {
  file: string;
  issuer: string;
  microCredential?: string;
  issuedOn?: string;
  url: string;
  token: string;
  batch?: number;
  errors?: string;
  /** Progress bar and summary go here (default: the terminal). */
  quiet?: boolean;
}

export interface ImportFailure {
  /** The line of the file the row ends on (1 is the header). */
  line: number;
  code: string;
  field: string;
  message: string;
}

export interface ImportSummary {
  rows: number;
  issued: number;
  alreadyIssued: number;
  failed: number;
  failures: ImportFailure[];
}

/**
 * Reads the cohort file. A row that cannot be read (a field too many or too few, a broken quote) is a failed
 * row with its line and reason, like a row the hub refuses; it does not stop the others. Each record is cut
 * from the file first (it ends where its quotes balance, so a quoted field may span lines) and parsed on its
 * own, so that one bad record cannot throw the parser off the records after it.
 */
export function readCohortFile(text: Buffer | string): { rows: { line: number; row: Row | null }[]; malformed: ImportFailure[] } {
  const lines = String(text).replace(/^\uFEFF/, '').split(/\r?\n/);
  const records: { line: number; text: string }[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const first = index;
    let record = lines[index];
    while ((record.match(/"/g)?.length ?? 0) % 2 === 1 && index + 1 < lines.length) record += `\n${lines[(index += 1)]}`;
    if (record.trim() !== '') records.push({ line: first + 1, text: record });
  }
  const fields = (record: { text: string }): string[] | string => {
    try {
      const [parsed] = parse(record.text, { trim: true, relax_column_count: true }) as string[][];
      return parsed ?? [];
    } catch (error) {
      return (error as Error).message.replace(/ at line \d+/, '');
    }
  };
  const malformed: ImportFailure[] = [];
  if (!records.length) return { rows: [], malformed };
  const names = fields(records[0]);
  if (typeof names === 'string') {
    return { rows: [], malformed: [{ line: records[0].line, code: 'BAD_USER_INPUT', field: 'header', message: `the header cannot be read as CSV: ${names}` }] };
  }
  // Every record counts as a row in its place, readable or not, so that the other rows keep their places.
  const rows = records.slice(1).map((record) => {
    const values = fields(record);
    const problem =
      typeof values === 'string'
        ? `cannot be read as CSV: ${values}`
        : values.length !== names.length
          ? `has ${values.length} field${values.length === 1 ? '' : 's'} where the header has ${names.length}`
          : null;
    if (problem) {
      malformed.push({ line: record.line, code: 'BAD_USER_INPUT', field: 'row', message: `${problem}; nothing was issued for it` });
      return { line: record.line, row: null };
    }
    return { line: record.line, row: Object.fromEntries(names.map((name, index) => [name, (values as string[])[index]])) as Row };
  });
  return { rows, malformed };
}

/** Issues the file's rows through the hub's issueAwards, in batches; returns what happened to each. */
export async function importCohort(options: ImportOptions): Promise<ImportSummary> {
  const { rows, malformed } = readCohortFile(fs.readFileSync(options.file));
  const batchSize = Math.min(10_000, Math.max(1, options.batch ?? 1000));
  const source = options.file.split('/').pop();
  // The same file imported again gives the same keys (the row's place among the data rows), so no row is issued twice.
  const inputs = rows
    .map(({ line, row }, index) => ({ line, row, key: `${source}#${index + 2}` }))
    .filter((item): item is { line: number; row: Row; key: string } => item.row !== null)
    .map(({ line, row, key }) => ({
      line,
      input: {
        microCredentialId: row.microCredentialId || options.microCredential || '',
        learner: { personalNumber: row.personnummer ?? '', name: row.name ?? '', email: row.email || null },
        issuedOn: row.issuedOn || options.issuedOn || null,
        grade: row.grade || null,
        idempotencyKey: row.idempotencyKey || key,
      },
    }));

  const bar = options.quiet ? null : new SingleBar({ format: 'Issuing [{bar}] {value}/{total} rows | {eta_formatted} left', hideCursor: true }, Presets.shades_classic);
  bar?.start(inputs.length, 0);
  const summary: ImportSummary = { rows: rows.length, issued: 0, alreadyIssued: 0, failed: malformed.length, failures: [...malformed] };
  for (let start = 0; start < inputs.length; start += batchSize) {
    const batch = inputs.slice(start, start + batchSize);
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify({ query: ISSUE_AWARDS, variables: { issuerId: options.issuer, inputs: batch.map((item) => item.input) } }),
    });
    const body = (await response.json()) as any;
    if (body.errors?.length) {
      bar?.stop();
      throw new Error(`The hub refused the batch starting at line ${batch[0].line}: ${body.errors[0].message}. Rows before it were issued; run again to continue.`);
    }
    const result = body.data.issueAwards;
    summary.issued += result.issued;
    summary.alreadyIssued += result.alreadyIssued;
    summary.failed += result.failed;
    for (const row of result.results) {
      if (row.outcome === 'FAILED') summary.failures.push({ line: batch[row.index].line, code: row.error.code, field: row.error.field ?? '', message: row.error.message });
    }
    bar?.update(Math.min(inputs.length, start + batch.length));
  }
  bar?.stop();
  summary.failures.sort((a, b) => a.line - b.line);
  if (options.errors && summary.failures.length) {
    const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
    fs.writeFileSync(options.errors, ['line,code,field,message', ...summary.failures.map((f) => [f.line, f.code, f.field, quote(f.message)].join(','))].join('\n') + '\n');
  }
  return summary;
}

async function main() {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      issuer: { type: 'string' },
      'micro-credential': { type: 'string' },
      'issued-on': { type: 'string' },
      url: { type: 'string', default: process.env.HUB_URL ?? 'http://localhost:4000/graphql' },
      token: { type: 'string', default: process.env.HUB_TOKEN },
      batch: { type: 'string', default: '1000' },
      errors: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.file || !values.issuer) throw new Error(usage);
  if (!values.token) throw new Error('A provider token is needed: --token or HUB_TOKEN (npm run -s token -- --role provider --org <id>)');
  const summary = await importCohort({
    file: values.file,
    issuer: values.issuer,
    microCredential: values['micro-credential'],
    issuedOn: values['issued-on'],
    url: values.url,
    token: values.token,
    batch: Number(values.batch),
    errors: values.errors,
  });
  console.log(`\n${summary.rows} rows: ${summary.issued} issued, ${summary.alreadyIssued} already issued, ${summary.failed} failed`);
  for (const failure of summary.failures.slice(0, 20)) console.log(`  line ${failure.line}: ${failure.code} ${failure.message}`);
  if (summary.failures.length > 20) console.log(`  … and ${summary.failures.length - 20} more`);
  if (values.errors && summary.failures.length) console.log(`Failed rows written to ${values.errors}`);
  process.exitCode = summary.failures.length ? 2 : 0;
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
