import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Organisation } from './organisation';

/** Per-request batch loaders: N organisations asked for in one tick cost one SQL statement. */
export function createAccreditationLoaders(db: DataSource) {
  return {
    organisationById: new DataLoader<string, Organisation | null>(async (ids) => {
      const rows = await db.getRepository(Organisation).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type AccreditationLoaders = ReturnType<typeof createAccreditationLoaders>;
