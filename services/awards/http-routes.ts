import type express from 'express';
import type { DataSource } from 'typeorm';
import { publicBaseUrl, type HubConfig } from '../../platform/config';
import { isUuid } from '../../platform/errors';
import { logger } from '../../platform/logging';
import { PUBLIC_DOCUMENT_ROUTES } from '../../platform/public-documents';
import { awardsCore } from './dependencies';
import { HUB_CONTEXT_PATH, hubContext } from '../../platform/credential-context';
import { publishedPurposeList, publishedStatusList, type StatusPurpose } from './status-list';

/**
 * GET /status-lists/<id>[/<purpose>[.jsonld]] and GET /contexts/mikromeriter/v1.
 * GET /status-lists/<id>: the signed BitstringStatusListCredential (vc+jwt) that credentials name in
 * credentialStatus. The gateway publishes it under the hub's public URL. Verifiers may cache it a few
 * minutes; the ETag changes whenever an award in the list changes status.
 */
export function statusListRoutes() {
  return (router: express.Router, { db, config }: { db: DataSource; config: HubConfig }) => {
    router.get(PUBLIC_DOCUMENT_ROUTES.statusList.path, async (request, response) => {
      const id = request.params.id;
      if (!isUuid(id)) {
        response.status(404).json({ error: 'no such status list' });
        return;
      }
      try {
        const core = awardsCore(db, config);
        const published = await publishedStatusList(db, core.keys, publicBaseUrl(config), id.toLowerCase());
        if (!published) {
          response.status(404).json({ error: 'no such status list' });
          return;
        }
        const etag = `"${id.toLowerCase()}.${published.version}"`;
        response.setHeader('etag', etag);
        response.setHeader('cache-control', 'public, max-age=300, must-revalidate');
        if (request.header('if-none-match') === etag) {
          response.status(304).end();
          return;
        }
        response.type('application/vc+jwt').send(published.jwt);
      } catch (error) {
        logger.error({ err: error, statusList: id }, 'status list could not be published');
        response.status(500).json({ error: 'the status list could not be published' });
      }
    });

    // The one-bit revocation and suspension lists, as vc+jwt or (".jsonld") with a Data Integrity proof.
    router.get(PUBLIC_DOCUMENT_ROUTES.statusListByPurpose.path, async (request, response) => {
      const id = request.params.id;
      const match = /^(revocation|suspension)(\.jsonld)?$/.exec(request.params.form);
      if (!isUuid(id) || !match) {
        response.status(404).json({ error: 'no such status list' });
        return;
      }
      const purpose = match[1] as StatusPurpose;
      const securing = match[2] ? 'data-integrity' : 'jwt';
      try {
        const core = awardsCore(db, config);
        const published = await publishedPurposeList(db, core.keys, publicBaseUrl(config), id.toLowerCase(), purpose, securing);
        if (!published) {
          response.status(404).json({ error: 'no such status list' });
          return;
        }
        const etag = `"${id.toLowerCase()}.${request.params.form}.${published.version}"`;
        response.setHeader('etag', etag);
        response.setHeader('cache-control', 'public, max-age=300, must-revalidate');
        response.setHeader('access-control-allow-origin', '*');
        if (request.header('if-none-match') === etag) {
          response.status(304).end();
          return;
        }
        response.type(published.contentType).send(published.document);
      } catch (error) {
        logger.error({ err: error, statusList: id }, 'status list could not be published');
        response.status(500).json({ error: 'the status list could not be published' });
      }
    });

    // The hub's own JSON-LD context, which its credentials name (shipped with the code as well).
    router.get(PUBLIC_DOCUMENT_ROUTES.context.path, (_request, response) => {
      response.setHeader('cache-control', 'public, max-age=86400');
      response.setHeader('access-control-allow-origin', '*');
      response.type('application/ld+json').send(JSON.stringify(hubContext(publicBaseUrl(config)), null, 2));
    });
  };
}
