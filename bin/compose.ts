import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../platform/config';
import { generateSchemaFiles } from '../hub/composition';

/** npm run compose: prints each subgraph's SDL and composes schema/supergraph.graphql. */
async function main() {
  const directory = path.join(projectRoot(), 'schema');
  fs.mkdirSync(directory, { recursive: true });
  for (const [file, content] of Object.entries(await generateSchemaFiles())) {
    fs.writeFileSync(path.join(directory, file), content);
    console.log(`wrote schema/${file}`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
