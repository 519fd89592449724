import { createHash } from 'node:crypto';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { HubConfig } from '../../platform/config';
import { logger } from '../../platform/logging';
import { SIGN_IN_STATE_PATH, type SignInStateCall } from '../../platform/sign-in';
import { gatewaySignInOnly } from './sign-in';

/**
 * POST /internal/sign-in-state: what the gateway processes of one hub share about sign-ins, so that any of them
 * may take any step (the cookies themselves are sealed and carry the rest): the states of answers already used (a
 * callback replayed at another gateway is refused too) and the sessions signed out before their end (a copy of the
 * cookie stops working at every gateway). Kept here because the gateway has no database of its own; only the
 * gateway's sign-in may call it (its call token, as /internal/learner-sign-in). Neither holds anything about a person:
 * a state's hash, and a session's random id with its end.
 */
export function signInStateRoute() {
  return (router: express.Router, { db, config }: { db: DataSource; config: HubConfig }) => {
    router.post(SIGN_IN_STATE_PATH, ...gatewaySignInOnly(config, { bodyLimit: '4kb' }), async (request, response) => {
      const refuse = (status: number, code: string, message: string) => response.status(status).json({ error: { code, message } });
      const call = (request.body ?? {}) as SignInStateCall;
      try {
        if (call.action === 'use-state' && typeof call.state === 'string' && call.state.length <= 200) {
          const hash = createHash('sha256').update(call.state).digest();
          const until = Math.min(Math.max(Number(call.seconds) || 0, 1), 3600);
          const inserted = await db.query(
            `insert into sign_in_used_state (state_hash, until) values ($1, now() + make_interval(secs => $2)) on conflict (state_hash) do nothing returning state_hash`,
            [hash, until],
          );
          if (Math.random() < 0.05) await db.query('delete from sign_in_used_state where until < now()');
          return void response.json({ fresh: inserted.length === 1 });
        }
        if (call.action === 'end-session' && typeof call.sid === 'string' && call.sid.length <= 100 && Number.isFinite(call.endsAt)) {
          await db.query(
            `insert into sign_in_ended_session (sid, ends_at) values ($1, to_timestamp($2)) on conflict (sid) do nothing`,
            [call.sid, call.endsAt],
          );
          if (Math.random() < 0.05) await db.query('delete from sign_in_ended_session where ends_at < now()');
          return void response.json({ ended: true });
        }
        if (call.action === 'ended-sessions') {
          // Since the gateway's last look, by this database's clock (never the gateway's), a little overlapping.
          const since = typeof call.since === 'string' && !Number.isNaN(Date.parse(call.since)) ? call.since : '-infinity';
          const rows: { sid: string; ends_at: number; now: string }[] = await db.query(
            `select sid, extract(epoch from ends_at)::bigint as ends_at from sign_in_ended_session where ended_at >= $1::timestamptz - interval '5 seconds' and ends_at > now() limit 10000`,
            [since],
          );
          const [{ now }] = await db.query('select now()::text as now');
          return void response.json({ sessions: rows.map((row) => ({ sid: row.sid, endsAt: Number(row.ends_at) })), now });
        }
        refuse(400, 'BAD_REQUEST', 'not a sign-in state call');
      } catch (error) {
        logger.error({ err: error }, 'sign-in state failed');
        refuse(503, 'SERVICE_UNAVAILABLE', 'the awards service could not keep the sign-in state');
      }
    });
  };
}
