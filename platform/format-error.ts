import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { logger } from './logging';
import { ErrorCode } from './errors';

/**
 * Errors the hub raised on purpose (GraphQLErrors with a code) go to the caller as they are; anything else
 * is a bug or an outage, logged here and masked so that no SQL or stack reaches a caller.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Limit refusals pass Apollo's validation, which codes them GRAPHQL_VALIDATION_FAILED; give them their own.
  if (formatted.extensions?.limit) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.OPERATION_LIMIT_EXCEEDED } };
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || !(original instanceof Error)) return formatted;
  if (formatted.extensions?.code && formatted.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  logger.error({ err: original, path: formatted.path }, 'unexpected error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
