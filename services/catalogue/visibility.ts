import type { Identity } from '../../platform/identity';
import { EntryStatus } from './vocabulary';

/**
 * Who sees what of the catalogue. Published and retired versions are public records. Drafts are seen by
 * the provider that writes them and by authorities (who oversee the national catalogue); to anyone else a
 * draft does not exist, so a guess at its id learns nothing.
 */
export function maySeeDraftsOf(identity: Identity, providerId: string): boolean {
  if (identity.roles.includes('authority')) return true;
  return identity.roles.includes('provider') && !!identity.organisationId && identity.organisationId === providerId.toLowerCase();
}

export function maySee(identity: Identity, version: { status: EntryStatus; providerId: string }): boolean {
  return version.status !== EntryStatus.DRAFT || maySeeDraftsOf(identity, version.providerId);
}
