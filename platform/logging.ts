import pino from 'pino';
import type { ApolloServerPlugin } from '@apollo/server';

/** One JSON line per event; silent under jest unless LOG_LEVEL says otherwise. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' || process.env.JEST_WORKER_ID ? 'silent' : 'info'),
  base: undefined,
});

/** Logs one line per GraphQL request: service, operation name, duration, error count. */
export function requestLogPlugin(service: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ request, operationName, response }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors?.length ?? 0) : 0;
          logger.info(
            { service, operation: operationName ?? request.operationName ?? null, durationMs: Math.round(durationMs * 10) / 10, errors },
            'graphql request',
          );
        },
      };
    },
  };
}
