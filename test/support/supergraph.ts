import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode, type EnumValueNode } from 'graphql';

const supergraph = () => parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8'));

/** Every query and mutation of the composed graph, as `Query.<field>` / `Mutation.<field>`. */
export function rootOperations(): string[] {
  const operations: string[] = [];
  for (const definition of supergraph().definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !['Query', 'Mutation'].includes(definition.name.value)) continue;
    for (const field of definition.fields ?? []) operations.push(`${definition.name.value}.${field.name.value}`);
  }
  return operations.sort();
}

/** Every entity type with the subgraphs that resolve it by key (graph names as subgraph names). */
export function entityTypes(): Record<string, string[]> {
  const entities: Record<string, string[]> = {};
  for (const definition of supergraph().definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const directive of (definition as ObjectTypeDefinitionNode).directives ?? []) {
      if (directive.name.value !== 'join__type') continue;
      const key = directive.arguments?.find((argument) => argument.name.value === 'key');
      const resolvable = directive.arguments?.find((argument) => argument.name.value === 'resolvable');
      if (!key || (resolvable && (resolvable.value as unknown as { value: boolean }).value === false)) continue;
      const graph = (directive.arguments?.find((argument) => argument.name.value === 'graph')?.value as EnumValueNode).value;
      (entities[definition.name.value] ??= []).push(graph.toLowerCase());
    }
  }
  return entities;
}

/** The subgraphs that resolve each query and mutation (`@join__field` graphs), by `Query.<field>` / `Mutation.<field>`. */
export function rootOperationGraphs(): Record<string, string[]> {
  const graphs: Record<string, string[]> = {};
  for (const definition of supergraph().definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !['Query', 'Mutation'].includes(definition.name.value)) continue;
    for (const field of definition.fields ?? []) {
      graphs[`${definition.name.value}.${field.name.value}`] = (field.directives ?? [])
        .filter((directive) => directive.name.value === 'join__field')
        .map((directive) => (directive.arguments?.find((argument) => argument.name.value === 'graph')?.value as EnumValueNode).value.toLowerCase());
    }
  }
  return graphs;
}
