import { GraphQLError } from 'graphql';

/**
 * The stable error codes of the hub. Clients branch on `extensions.code`, never on message text, so these
 * strings are part of the public contract.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  PEER_UNAVAILABLE: 'PEER_UNAVAILABLE',
  /** A subgraph of the graph (or its database) is down: the rest of the answer still comes. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The operation is over one of the limits (extensions.limit names it, extensions.maximum its value). */
  OPERATION_LIMIT_EXCEEDED: 'OPERATION_LIMIT_EXCEEDED',
  /** Too many requests from this caller: HTTP 429 with Retry-After. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request took longer than REQUEST_TIMEOUT_SECONDS. */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class HubError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Bad input: the message says what was wrong and `extensions.field` names the input field. */
export class InvalidInput extends HubError {
  constructor(field: string, message: string) {
    super(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
  }
}

export class NotFound extends HubError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `No ${what} with id ${id}`, { id });
  }
}

export class Conflict extends HubError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, extra);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Ids are UUIDs; anything else is bad input rather than a database error. */
export function requireUuid(field: string, value: string): string {
  if (!UUID.test(value)) throw new InvalidInput(field, `'${value.slice(0, 60)}' is not a valid id (a UUID)`);
  return value.toLowerCase();
}
