import { createHash, timingSafeEqual } from 'node:crypto';
import DataLoader from 'dataloader';
import type express from 'express';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { publicBaseUrl, type HubConfig } from '../../platform/config';
import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import { logger } from '../../platform/logging';
import { PUBLIC_DOCUMENT_ROUTES } from '../../platform/public-documents';
import { JADES_MEDIA_TYPE } from './jades';
import { Award, ShareOpeningKind, ShareState } from './types';
import { shareState, type ShareRow } from './loaders';
import { awardsCore } from './dependencies';
import type { Vault } from './vault';
import { EUROPEAN_AWARD_SELECT, europeanCredentialOf, type EuropeanAwardRow, type EuropeanCredentialForm } from './european-credential';

/** How long a download link handed out in the graph works: long enough to click, short enough not to leak. */
export const DOWNLOAD_LINK_SECONDS = 15 * 60;

@ObjectType({ description: 'The award as a European Digital Credential (ELM v3, EDC profile) for Europass, sealed as JAdES.' })
export class EuropassCredential {
  @Field({ description: 'GENERIC or ACCREDITED: the EDC application profile (SHACL shapes) it conforms to.' })
  profile: string;

  @Field(() => GraphQLJSONObject, { description: 'The credential as ELM v3 JSON-LD (the JAdES payload).' })
  credential: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { description: 'The sealed credential: a JAdES JSON serialisation (payload and signatures), as Europass takes it.' })
  sealed: Record<string, unknown>;

  @Field({ description: 'The media type of `sealed` as the download serves it.' })
  mediaType: string;

  @Field({ description: `A link that downloads the sealed credential as a file for Europass; it works for ${DOWNLOAD_LINK_SECONDS / 60} minutes.` })
  downloadUrl: string;

  awardId: string;
}

/** European Digital Credentials by award id, made once per request (one statement per batch). */
const loaders = new WeakMap<object, DataLoader<string, EuropeanCredentialForm | null>>();
function loaderOf(context: HubContext<unknown>) {
  const key = context.loaders as object;
  let loader = loaders.get(key);
  if (!loader) {
    const { keys, vault, publicBaseUrl: base } = awardsCore(context.db, context.config);
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows: EuropeanAwardRow[] = await context.db.query(`${EUROPEAN_AWARD_SELECT} where award.id = any($1::uuid[])`, [ids]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return Promise.all(ids.map((id) => (byId.has(id) ? europeanCredentialOf(keys, vault, base, byId.get(id)!) : null)));
    });
    loaders.set(key, loader);
  }
  return loader;
}

/** Download links: the award id and an expiry, with an HMAC under a key derived from the awards master key. */
export function downloadUrl(vault: Vault, base: string, awardId: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + DOWNLOAD_LINK_SECONDS;
  return `${base}/europass/credentials/${awardId}?expires=${expires}&signature=${vault.signLink(`${awardId}.${expires}`)}`;
}

function linkHolds(vault: Vault, awardId: string, expires: unknown, signature: unknown): boolean {
  if (typeof expires !== 'string' || !/^\d{1,12}$/.test(expires) || typeof signature !== 'string' || signature.length > 100) return false;
  if (Number(expires) * 1000 < Date.now()) return false;
  const wanted = Buffer.from(vault.signLink(`${awardId}.${Number(expires)}`));
  const given = Buffer.from(signature);
  return wanted.length === given.length && timingSafeEqual(wanted, given);
}

@Resolver(() => Award)
export class EuropassAwardResolver {
  @FieldResolver(() => EuropassCredential, {
    nullable: true,
    description: 'The award as a European Digital Credential for Europass (null once the learner has erased their account).',
  })
  async europass(@Root() award: Award, @Ctx() context: HubContext<unknown>): Promise<EuropassCredential | null> {
    const row = await loaderOf(context).load(award.id);
    if (!row) return null;
    const sealed = JSON.parse(row.sealed) as { payload: string };
    return Object.assign(new EuropassCredential(), {
      awardId: award.id,
      profile: row.profile,
      credential: JSON.parse(sealed.payload),
      sealed,
      mediaType: JADES_MEDIA_TYPE,
      downloadUrl: downloadUrl(awardsCore(context.db, context.config).vault, publicBaseUrl(context.config), award.id),
    });
  }
}

/** The file a learner keeps: named after the award, sealed JAdES JSON. */
function sendSealed(response: express.Response, row: EuropeanCredentialForm) {
  response.setHeader('cache-control', 'private, no-store');
  response.setHeader('content-disposition', `attachment; filename="edc-${row.awardId}.jsonld"`);
  response.setHeader('x-content-type-options', 'nosniff');
  response.type(JADES_MEDIA_TYPE).send(row.sealed);
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest();

/**
 * GET /europass/credentials/<award id>?expires=…&signature=… (the link `Award.europass.downloadUrl` hands out)
 * and GET /europass/shares/<share token>/<award id> (an award of an active share, for whoever holds the
 * link; recorded in the share's log). Both answer 404 for anything they do not serve, so they tell nothing
 * about awards the caller may not see.
 */
export function europassRoutes() {
  return (router: express.Router, { db, config }: { db: DataSource; config: HubConfig }) => {
    const notFound = (response: express.Response) => response.status(404).json({ error: 'no such credential, or the link has expired' });
    const { keys, vault, publicBaseUrl: base } = awardsCore(db, config);
    const read = async (awardId: string): Promise<EuropeanCredentialForm | null> => {
      const [row]: EuropeanAwardRow[] = await db.query(`${EUROPEAN_AWARD_SELECT} where award.id = $1`, [awardId]);
      return row ? europeanCredentialOf(keys, vault, base, row) : null;
    };
    router.get(PUBLIC_DOCUMENT_ROUTES.europassCredential.path, async (request, response) => {
      const awardId = String(request.params.awardId).toLowerCase();
      if (!isUuid(awardId) || !linkHolds(vault, awardId, request.query.expires, request.query.signature)) return void notFound(response);
      try {
        const row = await read(awardId);
        if (!row) return void notFound(response);
        sendSealed(response, row);
      } catch (error) {
        logger.error({ err: error }, 'european credential could not be read');
        response.status(500).json({ error: 'the credential could not be read' });
      }
    });
    router.get(PUBLIC_DOCUMENT_ROUTES.europassShared.path, async (request, response) => {
      const { token } = request.params;
      const awardId = String(request.params.awardId).toLowerCase();
      if (!/^[A-Za-z0-9_-]{20,100}$/.test(token) || !isUuid(awardId)) return void notFound(response);
      try {
        const [share]: ShareRow[] = await db.query('select * from share where token_hash = $1', [tokenHash(token)]);
        if (!share) return void notFound(response);
        const state = shareState(share);
        await db.query('insert into share_opening (share_id, kind, outcome) values ($1, $2, $3)', [share.id, ShareOpeningKind.OPENED, state]);
        if (state !== ShareState.ACTIVE) return void response.status(410).json({ error: `the share is ${state.toLowerCase()}` });
        const [shared] = await db.query('select 1 from share_award where share_id = $1 and award_id = $2', [share.id, awardId]);
        const row = shared ? await read(awardId) : null;
        if (!row) return void notFound(response);
        sendSealed(response, row);
      } catch (error) {
        logger.error({ err: error }, 'shared european credential could not be read');
        response.status(500).json({ error: 'the credential could not be read' });
      }
    });
  };
}
