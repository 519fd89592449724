import type { DataSource } from 'typeorm';
import { publicBaseUrl, type HubConfig } from '../../platform/config';
import type { HubContext } from '../../platform/context';
import { HubError, ErrorCode } from '../../platform/errors';
import { AccreditationPeer } from './accreditation-peer';
import { CataloguePeer } from './catalogue-peer';
import type { IssuingDirectory, KeyRegistry } from './issuing-peers';
import { IssuerKeys } from './issuer-keys';
import type { IssuingDeps } from './issuing';
import { Vault } from './vault';
import { LearnerPseudonyms } from './learner-pseudonym';

/** What the awards subgraph keeps per database for its lifetime: the vault and the key cache. */
export interface AwardsCore {
  vault: Vault;
  keys: IssuerKeys;
  /** What an issuing organisation sees of a learner (learner-pseudonym.ts). */
  pseudonyms: LearnerPseudonyms;
  publicBaseUrl: string;
}

const cores = new WeakMap<DataSource, AwardsCore>();

export function awardsCore(db: DataSource, config: HubConfig): AwardsCore {
  let core = cores.get(db);
  if (!core) {
    const vault = Vault.fromConfig(config);
    core = { vault, keys: new IssuerKeys(db, vault, config.AWARDS_SIGNING_ALGORITHM), pseudonyms: new LearnerPseudonyms(vault), publicBaseUrl: publicBaseUrl(config) };
    cores.set(db, core);
  }
  return core;
}

/** The peers as the issuing pipeline sees them: documented service calls to accreditation and catalogue. */
export function peerDirectory(context: Pick<HubContext, 'peers'>): IssuingDirectory & KeyRegistry {
  const { accreditation, catalogue } = context.peers;
  if (!accreditation || !catalogue) throw new HubError(ErrorCode.PEER_UNAVAILABLE, 'awards is not configured with its peers');
  const accreditationPeer = new AccreditationPeer(accreditation);
  const cataloguePeer = new CataloguePeer(catalogue);
  return {
    microCredential: (id) => cataloguePeer.microCredential(id),
    organisation: (id) => accreditationPeer.organisation(id),
    accreditationCheck: (question) => accreditationPeer.accreditationCheck(question),
    registerSigningKey: (organisationId, jwk) => accreditationPeer.registerSigningKey(organisationId, jwk),
    rotateSigningKey: (organisationId, kid, jwk) => accreditationPeer.rotateSigningKey(organisationId, kid, jwk),
  };
}

export function issuingDeps(context: HubContext<unknown>, directory: IssuingDirectory & KeyRegistry = peerDirectory(context)): IssuingDeps {
  const core = awardsCore(context.db, context.config);
  return { db: context.db, vault: core.vault, keys: core.keys, directory, registry: directory, publicBaseUrl: core.publicBaseUrl };
}
