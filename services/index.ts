import type { SubgraphName } from '../platform/config';
import type { SubgraphDefinition } from '../platform/subgraph';
import { accreditation } from './accreditation';
import { awards } from './awards';
import { catalogue } from './catalogue';
import { verification } from './verification';

/** The hub's subgraphs by name. */
export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition<any>> = { accreditation, catalogue, awards, verification };
