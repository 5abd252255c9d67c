import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import {
  type GroupType,
  type OrganisationKind,
  type RegistrationType,
  type SalesBand,
  type VisibilityTier,
} from '@linkage/domain';
import { BaseEntity } from './base.entity.js';
import { numericAsNumber } from './columns.js';
import { User } from './user.entity.js';

/** How a producer group decides and how it is funded. */
export interface GroupGovernance {
  decisionRule: string | null;
  feeModel: string | null;
}

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

  /** WGS 84 degrees; both set or both null. */
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numericAsNumber })
  latitude!: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numericAsNumber })
  longitude!: number | null;

  /** ISO 639-1 codes. */
  @Column({ type: 'text', array: true, default: '{}' })
  languages!: string[];

  @Column({ type: 'text', nullable: true })
  registration!: RegistrationType | null;

  @Column({ type: 'integer', nullable: true })
  employees!: number | null;

  @Column({ name: 'founded_year', type: 'integer', nullable: true })
  foundedYear!: number | null;

  @Column({ name: 'annual_sales_band', type: 'text', nullable: true })
  annualSalesBand!: SalesBand | null;

  @Column({ name: 'women_owned', type: 'boolean', default: false })
  womenOwned!: boolean;

  @Column({ name: 'youth_led', type: 'boolean', default: false })
  youthLed!: boolean;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  sectors!: string[];

  /** Producer groups only. */
  @Column({ name: 'group_type', type: 'text', nullable: true })
  groupType!: GroupType | null;

  @Column({ type: 'jsonb', nullable: true })
  governance!: GroupGovernance | null;

  /** Past and present customers: shown only to the organisation's own members (private by default). */
  @Column({ type: 'text', array: true, default: '{}' })
  customers!: string[];

  /**
   * Lead firms only: when a broker or platform admin verified the firm. Only staff of a verified lead
   * firm see the LEAD_FIRMS tier (decision 0008); a self-created firm starts unverified.
   */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ name: 'verified_by_id', type: 'uuid', nullable: true })
  verifiedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'verified_by_id', foreignKeyConstraintName: 'fk_organisations_verified_by' })
  verifiedBy?: Relation<User>;

  /** Programmes only: the countries where it works (ISO 3166-1 alpha-2); empty for anywhere. */
  @Column({ name: 'scope_countries', type: 'text', array: true, default: '{}' })
  scopeCountries!: string[];

  /** Programmes only: the HS chapters of its value chains; empty for any. */
  @Column({ name: 'scope_hs_chapters', type: 'text', array: true, default: '{}' })
  scopeHsChapters!: string[];
}
