import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { type Period, type Unit } from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { numericAsNumber } from './columns.js';
import { Organisation } from './organisation.entity.js';

/**
 * A producer group's joint offer. It has no capacity column on purpose: capacity is derived from the
 * active members' committed capacity entries for the product every time it is read.
 */
@Entity('catalogue_items')
@Index('ix_catalogue_items_group_product', ['groupId', 'productCode'])
export class CatalogueItem extends BaseEntity {
  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_catalogue_items_group' })
  group?: Relation<Organisation>;

  @Column({ name: 'product_code', type: 'char', length: 6 })
  productCode!: string;

  @Column({ name: 'product_label', type: 'text' })
  productLabel!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  unit!: Unit;

  @Column({ type: 'text' })
  period!: Period;

  @Column({
    name: 'minimum_order',
    type: 'numeric',
    precision: 18,
    scale: 4,
    nullable: true,
    transformer: numericAsNumber,
  })
  minimumOrder!: number | null;

  @Column({
    name: 'price_min',
    type: 'numeric',
    precision: 18,
    scale: 4,
    nullable: true,
    transformer: numericAsNumber,
  })
  priceMin!: number | null;

  @Column({
    name: 'price_max',
    type: 'numeric',
    precision: 18,
    scale: 4,
    nullable: true,
    transformer: numericAsNumber,
  })
  priceMax!: number | null;

  /** ISO 4217. */
  @Column({ type: 'char', length: 3, nullable: true })
  currency!: string | null;

  @Column({ name: 'photo_urls', type: 'text', array: true, default: '{}' })
  photoUrls!: string[];

  /** Registry codes of the standards the item meets. */
  @Column({ name: 'standard_codes', type: 'text', array: true, default: '{}' })
  standardCodes!: string[];

  @Column({ type: 'boolean', default: false })
  published!: boolean;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
