import { type CalendarDate } from '../dates/calendar-date.js';
import { type StandardDefinition } from '../compliance/standard.js';
import { STANDARDS_REGISTRY } from '../compliance/standards-registry.js';
import {
  type MatchingContext,
  TIER_EXCLUDED,
  TIER_FILTERED,
  assessCandidate,
  createAssessment,
  createMatchingContext,
} from './assess-candidate.js';
import { explainMatch } from './explain-match.js';
import { MATCHING_CONFIG, type MatchingConfig } from './matching-config.js';
import {
  type Gap,
  type Match,
  type MatchEligibility,
  type SourcingNeedForMatching,
  type SupplierCandidate,
} from './types.js';

export interface MatchOptions {
  /** The matching day: certificate validity and time to close gaps are counted from it. */
  today: CalendarDate;
  /** How many matches to return, best first. */
  limit?: number;
  registry?: readonly StandardDefinition[];
  config?: Readonly<MatchingConfig>;
}

const ELIGIBILITY_BY_TIER: readonly MatchEligibility[] = ['ELIGIBLE', 'CONDITIONAL', 'EXCLUDED'];

/**
 * Ranks suppliers for a need (DESIGN §2 "Match"): hard filters (product family, requirements the
 * buyer needs held now, countries and distance), then a weighted score; returns the best `limit`
 * with component scores, gaps and an explanation. Eligible and conditional suppliers are ranked by
 * score and excluded ones after them (they stay visible: the explanation says what keeps them out).
 * Ties are broken by supplier id so a run is reproducible.
 *
 * Two passes keep it fast: every supplier is scored into preallocated arrays with a bounded heap
 * keeping the best `limit`, and only those are assessed again to write gaps and explanations.
 */
export function matchSuppliers(
  need: SourcingNeedForMatching,
  candidates: readonly SupplierCandidate[],
  options: MatchOptions,
): Match[] {
  const config = options.config ?? MATCHING_CONFIG;
  const limit = Math.max(0, Math.floor(options.limit ?? config.defaultLimit));
  const ctx = createMatchingContext(need, options.today, options.registry ?? STANDARDS_REGISTRY, config);

  const n = candidates.length;
  const tiers = new Int8Array(n);
  const scores = new Float64Array(n);
  const scratch = createAssessment();
  // `ranksBelow(i, j)`: candidate i comes after candidate j in the result order.
  const ranksBelow = (i: number, j: number): boolean => {
    const ei = tiers[i] === TIER_EXCLUDED;
    if (ei !== (tiers[j] === TIER_EXCLUDED)) return ei;
    if (scores[i] !== scores[j]) return scores[i]! < scores[j]!;
    return candidates[i]!.supplierId > candidates[j]!.supplierId;
  };
  const heap = new Int32Array(limit);
  let size = 0;

  for (let i = 0; i < n; i++) {
    assessCandidate(ctx, candidates[i]!, scratch);
    if (scratch.tier === TIER_FILTERED) continue;
    tiers[i] = scratch.tier;
    scores[i] = scratch.score;
    if (size < limit) {
      heap[size] = i;
      siftUp(heap, size++, ranksBelow);
    } else if (limit > 0 && ranksBelow(heap[0]!, i)) {
      heap[0] = i;
      siftDown(heap, size, ranksBelow);
    }
  }

  const kept = Array.from(heap.subarray(0, size)).sort((i, j) => (ranksBelow(i, j) ? 1 : -1));
  return kept.map((i) => describe(ctx, candidates[i]!));
}

function describe(ctx: MatchingContext, candidate: SupplierCandidate): Match {
  const assessment = createAssessment();
  const gaps: Gap[] = [];
  assessCandidate(ctx, candidate, assessment, gaps);
  return {
    needId: ctx.need.id,
    supplierId: candidate.supplierId,
    score: assessment.score,
    eligibility: ELIGIBILITY_BY_TIER[assessment.tier]!,
    components: { ...assessment.components },
    distanceKm: Math.round(assessment.distanceKm * 10) / 10,
    explanation: explainMatch(ctx, candidate, assessment, gaps),
    gaps,
  };
}

// Min-heap on result order: the root is the weakest of the kept matches, the first to be replaced.
function siftUp(heap: Int32Array, at: number, ranksBelow: (i: number, j: number) => boolean): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!ranksBelow(heap[at]!, heap[parent]!)) return;
    const moved = heap[at]!;
    heap[at] = heap[parent]!;
    heap[parent] = moved;
    at = parent;
  }
}

function siftDown(heap: Int32Array, size: number, ranksBelow: (i: number, j: number) => boolean): void {
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let weakest = at;
    if (left < size && ranksBelow(heap[left]!, heap[weakest]!)) weakest = left;
    if (right < size && ranksBelow(heap[right]!, heap[weakest]!)) weakest = right;
    if (weakest === at) return;
    const moved = heap[at]!;
    heap[at] = heap[weakest]!;
    heap[weakest] = moved;
    at = weakest;
  }
}
