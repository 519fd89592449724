import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { SUBGRAPHS } from './subgraphs';
import { SUBGRAPH_NAMES, defaultSubgraphUrl } from '../platform/config';
import { buildFederatedSchema } from '../platform/subgraph';

const header = (command: string) =>
  `# GENERATED FILE: do not edit by hand. Made by \`${command}\` from the code in services/.\n\n`;

/**
 * The committed schema files: each subgraph's SDL printed from its code, and the supergraph composed from
 * them. `npm run compose` writes them; a test fails when the committed files differ.
 */
export async function generateSchemaFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const services = [];
  for (const name of SUBGRAPH_NAMES) {
    const sdl = printSubgraphSchema(await buildFederatedSchema(SUBGRAPHS[name]));
    files[`${name}.graphql`] = header('npm run compose') + sdl + '\n';
    services.push({ name, url: defaultSubgraphUrl(name), typeDefs: parse(sdl) });
  }
  const composed = composeServices(services);
  if (composed.errors) {
    throw new Error(`Composition failed:\n${composed.errors.map((error) => `  ${error.message}`).join('\n')}`);
  }
  files['supergraph.graphql'] = header('npm run compose') + composed.supergraphSdl + '\n';
  return files;
}
