import { Column, Entity, Index } from 'typeorm';
import { type OrganisationKind, type VisibilityTier } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';

@Entity('organisations')
@Index('ix_organisations_kind_country', ['kind', 'country'])
export class Organisation extends BaseEntity {
  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ name: 'legal_name', type: 'text' })
  legalName!: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'text', default: 'PUBLIC' })
  visibility!: VisibilityTier;
}
