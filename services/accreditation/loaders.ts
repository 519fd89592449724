import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { HubConfig } from '../../platform/config';
import { AccreditationRecord, AccreditationStateRecord, type AccreditationHistory } from './accreditation';
import { Organisation } from './organisation';
import { SigningKeyRecord, SigningKeyStateRecord, type SigningKeyHistory } from './signing-key';
import { findTrustRoot, type TrustRoot } from './trust-root';

/** Accreditations with their states, two statements however many. */
export async function loadAccreditationHistories(
  db: DataSource | EntityManager,
  where: { organisationIds?: readonly string[]; ids?: readonly string[] },
): Promise<AccreditationHistory[]> {
  const records = await db.getRepository(AccreditationRecord).find({
    where: where.ids ? { id: In([...where.ids]) } : { organisationId: In([...(where.organisationIds ?? [])]) },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  if (!records.length) return [];
  const states = await db
    .getRepository(AccreditationStateRecord)
    .find({ where: { accreditationId: In(records.map((record) => record.id)) }, order: { version: 'ASC' } });
  const byAccreditation = new Map<string, AccreditationStateRecord[]>(records.map((record) => [record.id, []]));
  for (const state of states) byAccreditation.get(state.accreditationId)!.push(state);
  return records.map((record) => ({ record, states: byAccreditation.get(record.id)! }));
}

export async function loadSigningKeyHistories(
  db: DataSource | EntityManager,
  organisationIds: readonly string[],
): Promise<SigningKeyHistory[]> {
  const records = await db
    .getRepository(SigningKeyRecord)
    .find({ where: { organisationId: In([...organisationIds]) }, order: { validFrom: 'ASC', registeredAt: 'ASC', id: 'ASC' } });
  if (!records.length) return [];
  const states = await db
    .getRepository(SigningKeyStateRecord)
    .find({ where: { signingKeyId: In(records.map((record) => record.id)) }, order: { version: 'ASC' } });
  const byKey = new Map<string, SigningKeyStateRecord[]>(records.map((record) => [record.id, []]));
  for (const state of states) byKey.get(state.signingKeyId)!.push(state);
  return records.map((record) => ({ record, states: byKey.get(record.id)! }));
}

const groupBy = <T>(keys: readonly string[], items: T[], keyOf: (item: T) => string): T[][] => {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return keys.map((key) => groups.get(key) ?? []);
};

/** Per-request batch loaders: N organisations (or their accreditations, or keys) asked for in one tick cost one batch. */
export function createAccreditationLoaders(db: DataSource) {
  let trustRoot: Promise<TrustRoot | null> | undefined;
  return {
    organisationById: new DataLoader<string, Organisation | null>(async (ids) => {
      const rows = await db.getRepository(Organisation).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    accreditationById: new DataLoader<string, AccreditationHistory | null>(async (ids) => {
      const histories = await loadAccreditationHistories(db, { ids });
      const byId = new Map(histories.map((history) => [history.record.id, history]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Every accreditation an organisation holds (to issue and to accredit). */
    accreditationsByOrganisation: new DataLoader<string, AccreditationHistory[]>(async (organisationIds) => {
      const histories = await loadAccreditationHistories(db, { organisationIds });
      return groupBy(organisationIds, histories, (history) => history.record.organisationId);
    }),
    signingKeysByOrganisation: new DataLoader<string, SigningKeyHistory[]>(async (organisationIds) => {
      const histories = await loadSigningKeyHistories(db, organisationIds);
      return groupBy(organisationIds, histories, (history) => history.record.organisationId);
    }),
    /** The root of the trust chain, looked up once per request. */
    trustRoot(config: HubConfig): Promise<TrustRoot | null> {
      trustRoot ??= findTrustRoot(db, config);
      return trustRoot;
    },
  };
}

export type AccreditationLoaders = ReturnType<typeof createAccreditationLoaders>;
