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

interface Row {
  personnummer?: string;
  name?: string;
  email?: string;
  grade?: string;
  issuedOn?: string;
  microCredentialId?: string;
  idempotencyKey?: string;
}

const ISSUE_AWARDS = `mutation ImportAwards($issuerId: ID!, $inputs: [CohortAwardInput!]!) {
  issueAwards(issuerId: $issuerId, inputs: $inputs) { issued alreadyIssued failed results { index outcome awardId error { code message field } } }
}`;

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
  const rows: Row[] = parse(fs.readFileSync(values.file), { columns: true, skip_empty_lines: true, trim: true, bom: true });
  const batchSize = Math.min(10_000, Math.max(1, Number(values.batch)));
  const source = values.file.split('/').pop();
  const inputs = rows.map((row, index) => ({
    microCredentialId: row.microCredentialId || values['micro-credential'] || '',
    learner: { personalNumber: row.personnummer ?? '', name: row.name ?? '', email: row.email || null },
    issuedOn: row.issuedOn || values['issued-on'] || null,
    grade: row.grade || null,
    // The same file imported again gives the same keys, so no row is issued twice.
    idempotencyKey: row.idempotencyKey || `${source}#${index + 2}`,
  }));

  const bar = new SingleBar({ format: 'Issuing [{bar}] {value}/{total} rows | {eta_formatted} left', hideCursor: true }, Presets.shades_classic);
  bar.start(inputs.length, 0);
  const totals = { issued: 0, alreadyIssued: 0, failed: 0 };
  const failures: { line: number; code: string; field: string; message: string }[] = [];
  for (let start = 0; start < inputs.length; start += batchSize) {
    const batch = inputs.slice(start, start + batchSize);
    const response = await fetch(values.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${values.token}` },
      body: JSON.stringify({ query: ISSUE_AWARDS, variables: { issuerId: values.issuer, inputs: batch } }),
    });
    const body = (await response.json()) as any;
    if (body.errors?.length) {
      bar.stop();
      throw new Error(`The hub refused the batch starting at line ${start + 2}: ${body.errors[0].message}. Rows before it were issued; run again to continue.`);
    }
    const result = body.data.issueAwards;
    totals.issued += result.issued;
    totals.alreadyIssued += result.alreadyIssued;
    totals.failed += result.failed;
    for (const row of result.results) {
      if (row.outcome === 'FAILED') failures.push({ line: start + row.index + 2, code: row.error.code, field: row.error.field ?? '', message: row.error.message });
    }
    bar.update(Math.min(inputs.length, start + batch.length));
  }
  bar.stop();
  console.log(`\n${inputs.length} rows: ${totals.issued} issued, ${totals.alreadyIssued} already issued, ${totals.failed} failed`);
  for (const failure of failures.slice(0, 20)) console.log(`  line ${failure.line}: ${failure.code} ${failure.message}`);
  if (failures.length > 20) console.log(`  … and ${failures.length - 20} more`);
  if (values.errors && failures.length) {
    const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
    fs.writeFileSync(values.errors, ['line,code,field,message', ...failures.map((f) => [f.line, f.code, f.field, quote(f.message)].join(','))].join('\n') + '\n');
    console.log(`Failed rows written to ${values.errors}`);
  }
  process.exitCode = failures.length ? 2 : 0;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
