import { randomUUID } from 'node:crypto';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { HubConfig } from '../../platform/config';
import { logger } from '../../platform/logging';
import { LEARNER_SIGN_IN_PATH, signInKeys, verifySignInCallToken, type LearnerSignInAnswer } from '../../platform/sign-in';
import { awardsCore } from './dependencies';
import { parsePersonalNumber } from './personal-number';

/**
 * POST /internal/learner-sign-in {personalNumber, name?}: the learner a person signing in with e-ID is, found
 * by the keyed hash of their personnummer (so the awards issued to it before are theirs at once), or created
 * empty on a first sign-in. Only the gateway's sign-in may call it (its call token: `Authorization: Bearer`, typ
 * hub-sign-in+jwt, signed with the sign-in's key, for awards, a minute long); it is not part of the graph and
 * the gateway does not publish it.
 * The answer is the learner's id, nothing about the person.
 */
export function learnerSignInRoute() {
  return (router: express.Router, { db, config }: { db: DataSource; config: HubConfig }) => {
    router.post(LEARNER_SIGN_IN_PATH, ...gatewaySignInOnly(config, { bodyLimit: '4kb' }), async (request, response) => {
      const refuse = (status: number, code: string, message: string) => response.status(status).json({ error: { code, message } });
      const body = (request.body ?? {}) as { personalNumber?: unknown; name?: unknown };
      const parsed = parsePersonalNumber(typeof body.personalNumber === 'string' ? body.personalNumber : '');
      if ('problem' in parsed) return refuse(400, 'PERSONAL_NUMBER_INVALID', `the personal identity number ${parsed.problem}`);
      const name = typeof body.name === 'string' && body.name.trim() ? body.name.trim().slice(0, 300) : null;
      try {
        const answer = await findOrCreateLearner(db, config, parsed.value, name);
        response.json(answer satisfies LearnerSignInAnswer);
      } catch (error) {
        logger.error({ err: error }, 'learner sign-in failed');
        refuse(503, 'SERVICE_UNAVAILABLE', 'the awards service could not sign the learner in');
      }
    });
  };
}

async function findOrCreateLearner(db: DataSource, config: HubConfig, personalNumber: string, name: string | null): Promise<LearnerSignInAnswer> {
  const { vault } = awardsCore(db, config);
  const hash = vault.personalNumberHash(personalNumber);
  const id = randomUUID();
  // One statement each way, so two first sign-ins at once (or one racing an issuer) end with one learner.
  const inserted: { id: string }[] = await db.query(
    `insert into learner (id, personal_number_hash, personal_number_sealed, name_sealed, signed_in_at)
     values ($1, $2, $3, $4, now()) on conflict (personal_number_hash) do nothing returning id`,
    [id, hash, vault.sealPersonalData(personalNumber, `learner:${id}`), name ? vault.sealPersonalData(name, `learner-name:${id}`) : null],
  );
  if (inserted.length) return { learnerId: inserted[0].id, created: true };
  // typeorm answers an update with [rows, count].
  const [rows]: [{ id: string }[], number] = await db.query('update learner set signed_in_at = now() where personal_number_hash = $1 returning id', [hash]);
  return { learnerId: rows[0].id, created: false };
}

/**
 * The guard of the awards routes only the gateway's sign-in may call (not part of the graph; the gateway does not
 * publish them): a JSON body of at most `bodyLimit`, and its call token (`Authorization: Bearer`, typ
 * hub-sign-in+jwt, signed with the sign-in's key, for awards, a minute long). 404 when learners do not sign in here.
 */
export function gatewaySignInOnly(config: HubConfig, options: { bodyLimit: string; enabled?: () => boolean }): express.RequestHandler[] {
  const keys = signInKeys(config);
  keys.catch((error) => logger.error({ err: error }, 'the sign-in keys could not be read'));
  const guard: express.RequestHandler = async (request, response, next) => {
    response.setHeader('cache-control', 'no-store');
    const refuse = (status: number, code: string, message: string) => response.status(status).json({ error: { code, message } });
    const token = /^Bearer\s+(\S+)$/i.exec(request.header('authorization')?.trim() ?? '')?.[1];
    const keySet = await keys;
    if (!keySet || (options.enabled && !options.enabled())) return refuse(404, 'SIGN_IN_NOT_CONFIGURED', 'learners do not sign in to this hub');
    if (!token) return refuse(401, 'UNAUTHENTICATED', 'only the gateway sign-in may call this');
    try {
      await verifySignInCallToken(keySet, token);
    } catch {
      return refuse(401, 'UNAUTHENTICATED', "only the gateway sign-in may call this (a call token signed with the sign-in's key, for awards)");
    }
    next();
  };
  return [express.json({ limit: options.bodyLimit }), guard];
}
