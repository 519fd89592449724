import type { DataSource } from 'typeorm';
import type { HubConfig } from '../../platform/config';
import { logger } from '../../platform/logging';
import { Organisation, OrganisationType } from './organisation';
import { parseOrganisationNumber } from './organisation-number';

export interface TrustRoot {
  organisation: Organisation;
  /** How it became the root, for the registry document. */
  designatedBy: 'configuration' | 'first-authority';
}

/**
 * The authority at the root of the accreditation chain (EBSI's root TAO): it may accredit anything, and every
 * accreditation a verifier trusts leads up to it.
 * - ACCREDITATION_ROOT_ORGANISATION_NUMBER names it (it must be registered with type AUTHORITY).
 * - Unset, outside production: the first AUTHORITY registered is the root, so a fresh local hub works.
 * - Unset in production: there is no root, and nothing can be accredited until one is configured.
 */
export async function findTrustRoot(db: DataSource, config: HubConfig): Promise<TrustRoot | null> {
  const repository = db.getRepository(Organisation);
  const configured = config.ACCREDITATION_ROOT_ORGANISATION_NUMBER?.trim();
  if (configured) {
    const number = parseOrganisationNumber(configured);
    if ('problem' in number) {
      logger.warn({ problem: number.problem }, 'ACCREDITATION_ROOT_ORGANISATION_NUMBER is not a valid organisation number');
      return null;
    }
    const organisation = await repository.findOneBy({ organisationNumber: number.value, type: OrganisationType.AUTHORITY });
    return organisation ? { organisation, designatedBy: 'configuration' } : null;
  }
  if (config.NODE_ENV === 'production') return null;
  const [first] = await repository.find({
    where: { type: OrganisationType.AUTHORITY },
    order: { createdAt: 'ASC', id: 'ASC' },
    take: 1,
  });
  return first ? { organisation: first, designatedBy: 'first-authority' } : null;
}
