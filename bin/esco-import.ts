import 'reflect-metadata';
import { Client } from 'pg';
import { ConfigError, readConfig, type HubConfig } from '../platform/config';
import { embeddedPostgresUrl, openSubgraphDatabase } from '../platform/database';
import { databaseUrlOf, startPostgres } from '../hub/postgres';
import { catalogue } from '../services/catalogue';
import { importEsco, NotAnEscoRelease } from '../services/catalogue/esco/import';

const usage = `Imports the ESCO classification (the official CSV release) into the catalogue.

  npm run esco:import -- <path> [<path>…]

  <path>: the release as downloaded from the ESCO portal (the "classification - <language> - csv" zip and the
  relations zip), a folder holding them or their extracted CSV files, or single CSV files. Importing another
  language adds its labels to the same concepts (joined on conceptUri); importing again changes nothing.

  e.g.   npm run esco:import -- ../shared/data/esco-v1.1.1
         npm run esco:import -- ~/Downloads/ESCO\\ dataset\\ -\\ v1.1.1\\ -\\ classification\\ -\\ sv\\ -\\ csv.zip

  It writes to the catalogue's database: the one the running hub uses (DATABASE_URL, CATALOGUE_DATABASE_URL,
  or the embedded PostgreSQL in DATA_DIR, started for the import when the hub is not running).

This service uses the ESCO classification of the European Commission.`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The catalogue database, and how to let go of the server afterwards. */
async function catalogueDatabase(config: HubConfig): Promise<{ url: string; release: () => Promise<void> }> {
  if (config.DATABASE_URL || config.CATALOGUE_DATABASE_URL) {
    return { url: databaseUrlOf(config, config.DATABASE_URL ?? config.CATALOGUE_DATABASE_URL!, 'catalogue'), release: async () => {} };
  }
  // A running hub already has the embedded server up: join it rather than start a second one.
  const running = embeddedPostgresUrl(config.EMBEDDED_POSTGRES_PORT);
  const probe = new Client({ connectionString: running, connectionTimeoutMillis: 2000 });
  const reachable = await probe.connect().then(
    () => true,
    () => false,
  );
  await probe.end().catch(() => {});
  if (reachable) return { url: databaseUrlOf(config, running, 'catalogue'), release: async () => {} };
  const server = await startPostgres(config);
  return { url: databaseUrlOf(config, server.url, 'catalogue'), release: () => server.stop() };
}

/** npm run esco:import: returns the exit code. */
export async function escoImportCommand(argv: string[], environment: NodeJS.ProcessEnv, io: Io): Promise<number> {
  const paths = argv.filter((arg) => !arg.startsWith('-'));
  if (argv.includes('--help') || argv.includes('-h') || paths.length === 0) {
    io.err(usage);
    return paths.length === 0 && !argv.includes('--help') && !argv.includes('-h') ? 2 : 0;
  }
  const config = readConfig(environment);
  const database = await catalogueDatabase(config);
  try {
    const { dataSource } = await openSubgraphDatabase({ url: database.url, entities: catalogue.entities, migrations: catalogue.migrations });
    try {
      const count = new Intl.NumberFormat('en-GB');
      // Progress about once a second, and each file's count when it is read.
      let shown = 0;
      const report = await importEsco(dataSource, paths, ({ origin, rows, done }) => {
        if (!done && Date.now() - shown < 1000) return;
        shown = Date.now();
        io.out(`  ${done ? 'read' : '…'} ${origin}: ${count.format(rows)} rows${done ? '' : ' so far'}`);
      });
      for (const skipped of report.skipped) io.out(`  (same as a file already read, skipped: ${skipped})`);
      const { totals } = report;
      io.out(
        `ESCO import done in ${report.seconds.toFixed(1)} s. The catalogue now has ${count.format(totals.skills)} skills (labels in ${totals.skillLanguages.join(', ') || 'no language'}), ` +
          `${count.format(totals.occupations)} occupations (labels in ${totals.occupationLanguages.join(', ') || 'no language'}), ` +
          `${count.format(totals.occupationSkillRelations)} occupation-skill relations and ${count.format(totals.broaderSkillRelations)} broader-skill links.`,
      );
      io.out('This service uses the ESCO classification of the European Commission.');
      return 0;
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    if (error instanceof NotAnEscoRelease) {
      io.err(`Nothing was imported: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await database.release();
  }
}

if (require.main === module) {
  escoImportCommand(process.argv.slice(2), process.env, { out: (line) => console.log(line), err: (line) => console.error(line) })
    .then((code) => process.exit(code))
    .catch((error) => {
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(1);
    });
}
