import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { MicroCredential } from './micro-credential';

export function createCatalogueLoaders(db: DataSource) {
  return {
    microCredentialById: new DataLoader<string, MicroCredential | null>(async (ids) => {
      const rows = await db.getRepository(MicroCredential).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** All entries of each provider, for Organisation.microCredentials: one statement for N organisations. */
    microCredentialsByProvider: new DataLoader<string, MicroCredential[]>(async (providerIds) => {
      const rows = await db
        .getRepository(MicroCredential)
        .find({ where: { providerId: In([...providerIds]) }, order: { title: 'ASC', id: 'ASC' } });
      return providerIds.map((providerId) => rows.filter((row) => row.providerId === providerId));
    }),
  };
}

export type CatalogueLoaders = ReturnType<typeof createCatalogueLoaders>;
