import type express from 'express';
import { logger } from './logging';

/**
 * What the HTTP layer itself answers (before or around GraphQL): always JSON, never Express's HTML page
 * with a stack. Body-parser errors keep their status (400 malformed JSON, 413 too large); anything else is
 * logged and answered 500 without details.
 */
export function jsonHttpErrors(app: express.Express) {
  app.use((_request: express.Request, response: express.Response) => {
    response.status(404).json({ error: 'not found' });
  });
  app.use((error: unknown, _request: express.Request, response: express.Response, _next: express.NextFunction) => {
    const status = httpStatusOf(error);
    if (status >= 500) logger.error({ err: error }, 'unexpected HTTP error');
    if (response.headersSent) return void response.end();
    if (status === 404) return void response.status(404).json({ error: 'not found' });
    const message =
      status === 400 ? 'the request body is not valid JSON' : status === 413 ? 'the request body is too large' : status < 500 ? 'bad request' : 'internal server error';
    response.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  });
}

function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
