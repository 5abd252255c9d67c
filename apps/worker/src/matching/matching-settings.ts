/**
 * How the worker turns the domain's matcher into stored results. Every number the matching job
 * chooses (as opposed to the scoring weights, which live in the domain's MATCHING_CONFIG) is here.
 */
export const MATCHING_SETTINGS = {
  /** Matches stored per need version (eligible and conditional; excluded suppliers are not stored). */
  storedMatches: 500,
  /** Candidates assessed with full gap lists; beyond this only the best are kept. */
  assessedLimit: 5000,
  /** Wall-clock budget of the coalition optimiser, best proposal and two alternatives together. */
  coalitionBudgetMs: 500,
  /** Road freight per tonne-km in the need's currency (about 0.10 USD/t·km on regional roads). */
  transportCostPerTonneKm: 0.1,
  /** Per unit-km for needs not measured by mass (pieces, litres, metres): a rough 1 kg per unit. */
  transportCostPerUnitKmOther: 0.0001,
  /** Coordinating one more supplier each period: contracts, quality checks, consolidation. */
  coordinationShareOfValue: 0.02,
  /** When the need has no target price: a flat coordination cost per supplier per period. */
  coordinationCostUnpriced: 100,
} as const;
