import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An entry of the catalogue: what stays the same across its versions. The creator organisation owns it;
 * issuing rights and qualification components point at the entry, not at a version.
 */
@Entity('catalogue_entry')
export class CatalogueEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Column({ type: 'text' })
  code: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
