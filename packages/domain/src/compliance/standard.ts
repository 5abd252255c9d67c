/** What a standard certifies: how a process is run, a product, social conditions, or environmental practice. */
export const STANDARD_KINDS = ['PROCESS', 'PRODUCT', 'SOCIAL', 'ENVIRONMENTAL'] as const;
export type StandardKind = (typeof STANDARD_KINDS)[number];

/** One entry of the standards registry (DESIGN §2 "Standard"). Codes are stored in the database: never rename. */
export interface StandardDefinition {
  code: string;
  name: string;
  kind: StandardKind;
  /**
   * A group certificate (GLOBALG.A.P. option 2, Fairtrade SPO, organic grower groups) covers every
   * member of the group, so a member needs no certificate of its own.
   */
  coversGroupMembers: boolean;
  /**
   * Typical months from deciding to certify to holding a certificate, for an MSE starting from
   * nothing but already producing the product: preparation, audit and decision. For organic schemes
   * the conversion period dominates. Used to estimate how long a certification gap takes to close.
   */
  typicalMonthsToCertify: number;
  /** Requirement codes a certificate of this standard also satisfies (FSSC 22000 → GFSI_RECOGNISED). */
  equivalentTo: readonly string[];
  /** A requirement that only other standards meet (GFSI_RECOGNISED): nobody is certified against it directly. */
  umbrella?: true;
}
