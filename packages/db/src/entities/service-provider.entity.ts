import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { type ProviderService } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { Organisation } from './organisation.entity.js';
import { User } from './user.entity.js';

/**
 * What an organisation of kind SERVICE_PROVIDER offers: the directory brokers build and pick from when
 * they plan a supplier's upgrading. A side table, so the organisations table carries nothing only
 * providers use.
 */
@Entity('service_providers')
export class ServiceProvider extends BaseEntity {
  @Index('uq_service_providers_organisation', { unique: true })
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_service_providers_organisation' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'text', array: true, default: '{}' })
  services!: ProviderService[];

  /** ISO 3166-1 alpha-2 codes of the countries it works in; its own country at least. */
  @Column({ name: 'countries_served', type: 'text', array: true, default: '{}' })
  countriesServed!: string[];

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName!: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail!: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  /** The programme whose broker added it: its brokers keep it current. Null when an admin added it. */
  @Column({ name: 'added_by_programme_id', type: 'uuid', nullable: true })
  addedByProgrammeId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'added_by_programme_id', foreignKeyConstraintName: 'fk_service_providers_programme' })
  addedByProgramme?: Relation<Organisation>;

  @Column({ name: 'added_by_id', type: 'uuid', nullable: true })
  addedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'added_by_id', foreignKeyConstraintName: 'fk_service_providers_added_by' })
  addedBy?: Relation<User>;
}
