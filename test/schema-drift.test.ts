import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateSchemaFiles } from '../hub/composition';

const root = path.resolve(__dirname, '..');

describe('generated files are current', () => {
  it('schema/ holds exactly what the code in services/ prints and composes', async () => {
    const files = await generateSchemaFiles();
    expect(Object.keys(files).sort()).toEqual(['accreditation.graphql', 'awards.graphql', 'catalogue.graphql', 'supergraph.graphql', 'verification.graphql']);
    for (const [file, content] of Object.entries(files)) {
      const committed = fs.readFileSync(path.join(root, 'schema', file), 'utf8');
      if (committed !== content) throw new Error(`schema/${file} is out of date with the code: run \`npm run compose\` and commit the result`);
    }
  });

  it('test/generated holds exactly what graphql-codegen makes from the supergraph', async () => {
    // --check: a dry run that fails when a generated file would change.
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', 'codegen.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`test/generated is out of date: run \`npm run codegen\` and commit the result\n${run.stdout}${run.stderr}`);
  });
});
