import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { type VerificationLevel, type VisibilityTier } from '@linkage/domain';
import { numericAsNumber } from './columns.js';
import { Organisation } from './organisation.entity.js';

/**
 * The offerable capacity lines as a summary stores them: one flat array, six values per line — product
 * code, quantity, unit, period, lead time, member (null for the group's own).
 */
export type SummaryLines = (string | number | null)[];
/** What candidate generation reads of the group, as one value: id, name, country, latitude, longitude, lines. */
export type SummaryCandidate = [string, string, string, number | null, number | null, SummaryLines];
/** One certificate as a summary stores it under its standard's id: valid until (YYYY-MM-DD), verification, member. */
export type SummaryCertificate = [string, VerificationLevel, string | null];

/**
 * What candidate generation reads of one producer group for one HS chapter in which it has an
 * offerable line: the group's tier, name and place, those lines, and every certificate of the group
 * and its members. A cache kept by database triggers from organisations, capacity lines and
 * certificates (SupplierSummaries migration, decision 0006), never written by the app; candidate
 * generation reads it with raw SQL.
 */
// Partitioned by chapter (one table per HS chapter), which TypeORM cannot describe; it sees the parent.
@Entity('supplier_summaries')
export class SupplierSummary {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid', primaryKeyConstraintName: 'pk_supplier_summaries' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_supplier_summaries_organisation' })
  organisation?: Relation<Organisation>;

  /** The HS chapter (first two digits) of the lines. */
  @PrimaryColumn({ type: 'char', length: 2, primaryKeyConstraintName: 'pk_supplier_summaries' })
  chapter!: string;

  @Column({ type: 'text' })
  visibility!: VisibilityTier;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numericAsNumber })
  latitude!: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numericAsNumber })
  longitude!: number | null;

  /** The HS codes of the lines. */
  @Column({ type: 'text', array: true })
  products!: string[];

  /** The HS headings (first four digits) of the lines. */
  @Column({ type: 'text', array: true })
  headings!: string[];

  /** Ids of the standards of which the group or one of its members holds a certificate, valid or not. */
  @Column({ type: 'uuid', array: true })
  standards!: string[];

  /**
   * The group's id, name, country and coordinates (as float8) and its offerable lines of the chapter
   * (its own and its members', by product code; quantities as float8), rendered once so that reading
   * a candidate is one value.
   */
  @Column({ type: 'json' })
  candidate!: SummaryCandidate;

  /** Every certificate of the group and of its members, by standard id. */
  @Column({ type: 'jsonb' })
  certificates!: Record<string, SummaryCertificate[]>;
}
