/** Requirements a node may still have to cover by exact set cover; beyond it each is bounded alone. */
const EXACT_COVER_BITS = 6;
/** Holders examined per requirement; a requirement with more is assumed covered for free (still a bound). */
const MAX_HOLDERS = 512;

/**
 * Least cost of meeting the ANY_SUPPLIER requirements a branch-and-bound node still misses, with
 * undecided holders at non-negative costs: a lower bound term for the node (see lagrangianBound).
 * Holders are rare in practice (a few per cent of suppliers), so each requirement keeps the
 * positions of its holders along the search order.
 */
export class CoverBound {
  private readonly holders: Int32Array[] = [];
  private readonly best = new Float64Array(1 << EXACT_COVER_BITS);
  /** For each covered set, the holder that last improved it and the set it extended: the cover itself. */
  private readonly via = new Int32Array(1 << EXACT_COVER_BITS);
  private readonly extended = new Int32Array(1 << EXACT_COVER_BITS);
  private lastBits: number[] = [];

  constructor(
    private readonly masks: Int32Array,
    required: number,
  ) {
    for (let bit = 0; required >> bit !== 0; bit++) {
      const positions: number[] = [];
      masks.forEach((mask, p) => {
        if (mask & (1 << bit)) positions.push(p);
      });
      this.holders.push(Int32Array.from(positions));
    }
  }

  /**
   * Cost of covering `missing` with suppliers at positions ≥ `from`. Those in [from, freeUntil) are
   * taken anyway (their value is negative), so what they hold is free; each other holder p costs
   * `value(p)` ≥ 0 for all it holds.
   */
  cost(missing: number, from: number, freeUntil: number, value: (p: number) => number): number {
    this.lastBits = [];
    let open = 0;
    const bits: number[] = [];
    for (let bit = 0; missing >> bit !== 0; bit++) {
      if (!(missing & (1 << bit))) continue;
      const list = this.holders[bit]!;
      const start = lowerBound(list, from);
      if (start === list.length) return Infinity; // no undecided holder left: the node is infeasible
      if (list[start]! < freeUntil || list.length - start > MAX_HOLDERS) continue;
      open |= 1 << bit;
      bits.push(bit);
    }
    if (open === 0) return 0;
    if (bits.length > EXACT_COVER_BITS) {
      // Too many to cover exactly: the dearest single requirement is still a bound.
      let worst = 0;
      for (const bit of bits) worst = Math.max(worst, this.cheapestHolder(bit, from, value));
      return worst;
    }
    // Exact weighted set cover over the open requirements, by dynamic programming over subsets.
    const full = (1 << bits.length) - 1;
    const best = this.best;
    best.fill(Infinity, 0, full + 1);
    best[0] = 0;
    bits.forEach((bit) => {
      const list = this.holders[bit]!;
      for (let h = lowerBound(list, from); h < list.length; h++) {
        const p = list[h]!;
        let covers = 0;
        bits.forEach((b, j) => {
          if (this.masks[p]! & (1 << b)) covers |= 1 << j;
        });
        // Holders past the free prefix are worth ≥ 0; clamping absorbs rounding (and keeps the
        // recorded cover acyclic: a set is only ever extended by a holder that adds to it).
        const v = Math.max(0, value(p));
        for (let set = full; set >= 0; set--) {
          const reached = best[set]! + v;
          if ((set | covers) !== set && reached < best[set | covers]!) {
            best[set | covers] = reached;
            this.via[set | covers] = p;
            this.extended[set | covers] = set;
          }
        }
      }
    });
    this.lastBits = bits;
    return best[full]!;
  }

  /**
   * The holders of the least-cost cover `cost` last found by set cover (empty when it needed none,
   * or bounded requirements one at a time): a starting point for a coalition, not part of the bound.
   */
  lastCover(): number[] {
    const chosen: number[] = [];
    const full = (1 << this.lastBits.length) - 1;
    if (this.lastBits.length === 0 || !Number.isFinite(this.best[full]!)) return chosen;
    for (let set = full; set !== 0; set = this.extended[set]!) chosen.push(this.via[set]!);
    return chosen;
  }

  private cheapestHolder(bit: number, from: number, value: (p: number) => number): number {
    const list = this.holders[bit]!;
    let cheapest = Infinity;
    for (let h = lowerBound(list, from); h < list.length; h++) cheapest = Math.min(cheapest, value(list[h]!));
    return cheapest;
  }
}

/** First index whose value is ≥ target in an ascending array. */
function lowerBound(list: Int32Array, target: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
