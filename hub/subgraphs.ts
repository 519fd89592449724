import type { SubgraphName } from '../platform/config';
import type { SubgraphDefinition } from '../platform/subgraph';
import { accreditation } from '../services/accreditation';
import { awards } from '../services/awards';
import { catalogue } from '../services/catalogue';
import { verification } from '../services/verification';

/** The hub's subgraphs by name. */
export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition<any>> = { accreditation, catalogue, awards, verification };
