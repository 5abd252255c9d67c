/**
 * How the worker turns the domain's matcher into stored results. Every number the matching job
 * chooses (as opposed to the scoring weights, which live in the domain's MATCHING_CONFIG) is here.
 */
export const MATCHING_SETTINGS = {
  /** Matches (eligible and conditional) stored per need version, best first, with gaps and explanations. */
  storedMatches: 500,
  /**
   * Excluded suppliers stored per need version with their reasons (the "why not"), best first: those
   * the matcher excluded and the nearest of those candidate generation left out.
   */
  storedExclusions: 100,
  /** Wall-clock budget of the coalition optimiser, best proposal and two alternatives together. */
  coalitionBudgetMs: 500,
  /** The same for a need delivering over several months (one decision per month per supplier more). */
  seasonalCoalitionBudgetMs: 1000,
  /** Road freight per tonne-km in the need's currency (about 0.10 USD/t·km on regional roads). */
  transportCostPerTonneKm: 0.1,
  /** Per unit-km for needs not measured by mass (pieces, litres, metres): a rough 1 kg per unit. */
  transportCostPerUnitKmOther: 0.0001,
  /** Coordinating one more supplier each period: contracts, quality checks, consolidation. */
  coordinationShareOfValue: 0.02,
  /** When the need has no target price: a flat coordination cost per supplier per period. */
  coordinationCostUnpriced: 100,
} as const;
