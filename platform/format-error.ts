import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { logger } from './logging';
import { ErrorCode } from './errors';

/**
 * Errors the hub raised on purpose (GraphQLErrors with a code) go to the caller as they are; anything else
 * is a bug or an outage, logged here and masked so that no SQL or stack reaches a caller.
 */
export const formatErrorOf =
  (service: string) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Limit refusals pass Apollo's validation, which codes them GRAPHQL_VALIDATION_FAILED; give them their own.
    if (formatted.extensions?.limit) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.OPERATION_LIMIT_EXCEEDED } };
    const original = unwrapResolverError(error);
    // Errors from Node's own modules may come from another realm (under jest): go by shape, not instanceof Error.
    if (original instanceof GraphQLError || typeof original !== 'object' || original === null) return formatted;
    if (formatted.extensions?.code && formatted.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
    if (isDatabaseOutage(original)) {
      logger.warn({ err: original, path: formatted.path, service }, 'database unavailable');
      return {
        message: `The ${service} service's database is unavailable; retry later`,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service, part: 'database' },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };

/** Socket errors and PostgreSQL's "connection exception" and "operator intervention" classes (08, 57P). */
const OUTAGE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

function isDatabaseOutage(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const code = String((error as { code?: unknown }).code ?? '');
  if (OUTAGE_CODES.has(code) || /^08|^57P0[1-3]$/.test(code)) return true;
  // A value thrown that was not an Error reaches here only as its text ("Unexpected error value: { code: 'ECONNREFUSED' ...").
  const message = String((error as { message?: unknown }).message ?? '');
  if (/Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message)) return true;
  if (/^Unexpected error value: .*\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH)\b/s.test(message)) return true;
  const cause = (error as { driverError?: unknown; cause?: unknown }).driverError ?? (error as { cause?: unknown }).cause;
  return isDatabaseOutage(cause, depth + 1);
}
