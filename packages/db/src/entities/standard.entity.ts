import { Column, Entity, Index } from 'typeorm';
import { type StandardKind } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';

/**
 * The standards registry. Seeded from the domain's STANDARDS_REGISTRY at API boot (insert-if-absent,
 * so an administrator's edits survive restarts); administrators add and edit entries.
 */
@Entity('standards')
export class Standard extends BaseEntity {
  @Index('uq_standards_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: StandardKind;

  @Column({ name: 'covers_group_members', type: 'boolean', default: false })
  coversGroupMembers!: boolean;

  @Column({ name: 'typical_months_to_certify', type: 'integer' })
  typicalMonthsToCertify!: number;

  /** Requirement codes a certificate of this standard also satisfies. */
  @Column({ name: 'equivalent_to', type: 'text', array: true, default: '{}' })
  equivalentTo!: string[];

  /** A requirement met only through other standards (GFSI_RECOGNISED): nobody holds it directly. */
  @Column({ type: 'boolean', default: false })
  umbrella!: boolean;
}
