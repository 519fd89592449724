import type { SubgraphName } from '../platform/config';
import type { SubgraphDefinition } from '../platform/subgraph';

/**
 * One subgraph's definition, loading only its own modules: a part started alone (a worker of `npm start`,
 * `npm run start:<subgraph>`) does not pay for the other three's code in time or memory.
 */
export function loadSubgraph(name: SubgraphName): SubgraphDefinition<any> {
  switch (name) {
    case 'accreditation':
      return (require('../services/accreditation') as typeof import('../services/accreditation')).accreditation;
    case 'catalogue':
      return (require('../services/catalogue') as typeof import('../services/catalogue')).catalogue;
    case 'awards':
      return (require('../services/awards') as typeof import('../services/awards')).awards;
    case 'verification':
      return (require('../services/verification') as typeof import('../services/verification')).verification;
  }
}
