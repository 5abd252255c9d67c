import { type CalendarDate } from '../dates/calendar-date.js';
import { type StandardDefinition } from '../compliance/standard.js';
import { STANDARDS_REGISTRY } from '../compliance/standards-registry.js';
import {
  type AssessmentDetail,
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
  type Match,
  type MatchEligibility,
  type MatchResult,
  type SourcingNeedForMatching,
  type SupplierCandidate,
} from './types.js';

export interface MatchOptions {
  /** The matching day: certificate validity and time to close gaps are counted from it. */
  today: CalendarDate;
  /** How many eligible and conditional matches to return, best first. */
  limit?: number;
  /** How many excluded suppliers to return with their reasons, best first (the "why not"). */
  excludedLimit?: number;
  registry?: readonly StandardDefinition[];
  config?: Readonly<MatchingConfig>;
}

const ELIGIBILITY_BY_TIER: readonly MatchEligibility[] = ['ELIGIBLE', 'CONDITIONAL', 'EXCLUDED'];

/**
 * Ranks suppliers for a need (DESIGN §2 "Match"): who makes the product family, then a weighted score;
 * returns the best `limit` eligible and conditional suppliers with component scores, gaps and an
 * explanation, and apart from them the best `excludedLimit` excluded suppliers with every reason that
 * keeps them out. Ties are broken by supplier id so a run is reproducible.
 *
 * Two passes keep it fast: every supplier is scored into preallocated arrays with a bounded heap per
 * outcome keeping the best, and only those are assessed again to write gaps and explanations.
 */
export function matchSuppliers(
  need: SourcingNeedForMatching,
  candidates: readonly SupplierCandidate[],
  options: MatchOptions,
): MatchResult {
  const config = options.config ?? MATCHING_CONFIG;
  const limit = Math.max(0, Math.floor(options.limit ?? config.defaultLimit));
  const excludedLimit = Math.max(0, Math.floor(options.excludedLimit ?? config.defaultLimit));
  const ctx = createMatchingContext(need, options.today, options.registry ?? STANDARDS_REGISTRY, config);

  const scores = new Float64Array(candidates.length);
  const scratch = createAssessment();
  // `ranksBelow(i, j)`: candidate i comes after candidate j in the result order.
  const ranksBelow = (i: number, j: number): boolean => {
    if (scores[i] !== scores[j]) return scores[i]! < scores[j]!;
    return candidates[i]!.supplierId > candidates[j]!.supplierId;
  };
  const served = new BoundedHeap(limit, ranksBelow);
  const excluded = new BoundedHeap(excludedLimit, ranksBelow);
  for (let i = 0; i < candidates.length; i++) {
    assessCandidate(ctx, candidates[i]!, scratch);
    if (scratch.tier === TIER_FILTERED) continue;
    scores[i] = scratch.score;
    (scratch.tier === TIER_EXCLUDED ? excluded : served).offer(i);
  }
  return {
    matches: served.sorted().map((i) => describe(ctx, candidates[i]!)),
    excluded: excluded.sorted().map((i) => describe(ctx, candidates[i]!)),
  };
}

function describe(ctx: MatchingContext, candidate: SupplierCandidate): Match {
  const assessment = createAssessment();
  const detail: AssessmentDetail = { gaps: [], blockers: [] };
  assessCandidate(ctx, candidate, assessment, detail);
  return {
    needId: ctx.need.id,
    supplierId: candidate.supplierId,
    score: assessment.score,
    eligibility: ELIGIBILITY_BY_TIER[assessment.tier]!,
    components: { ...assessment.components },
    distanceKm: Math.round(assessment.distanceKm * 10) / 10,
    explanation: explainMatch(ctx, candidate, assessment, detail.gaps, detail.blockers),
    gaps: detail.gaps,
    blockers: detail.blockers,
    standsAlone: assessment.standsAlone,
    offerableQuantity: Math.round(assessment.offered * 10_000) / 10_000,
  };
}

/** The best `capacity` of the indices offered, as a min-heap on result order (the root is the first to go). */
class BoundedHeap {
  private readonly heap: Int32Array;
  private size = 0;

  constructor(
    private readonly capacity: number,
    private readonly ranksBelow: (i: number, j: number) => boolean,
  ) {
    this.heap = new Int32Array(capacity);
  }

  offer(i: number): void {
    if (this.size < this.capacity) {
      this.heap[this.size] = i;
      siftUp(this.heap, this.size++, this.ranksBelow);
    } else if (this.capacity > 0 && this.ranksBelow(this.heap[0]!, i)) {
      this.heap[0] = i;
      siftDown(this.heap, this.size, this.ranksBelow);
    }
  }

  sorted(): number[] {
    return Array.from(this.heap.subarray(0, this.size)).sort((i, j) => (this.ranksBelow(i, j) ? 1 : -1));
  }
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
