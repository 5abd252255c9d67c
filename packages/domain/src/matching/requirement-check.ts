import { indexStandards, standardsSatisfying } from '../compliance/equivalence.js';
import { type HeldCertification } from '../compliance/held-certification.js';
import { type Requirement } from '../compliance/requirement.js';
import { type StandardDefinition } from '../compliance/standard.js';
import { type CalendarDate, DAYS_PER_MONTH, dayNumber } from '../dates/calendar-date.js';
import { MATCHING_CONFIG, type MatchingConfig } from './matching-config.js';

/** A requirement resolved against the registry once per need, so per-supplier checks are set look-ups. */
export interface PreparedRequirement {
  requirement: Requirement;
  /** Held standard codes whose certificate meets the requirement (the code itself and its equivalents). */
  acceptedCodes: ReadonlySet<string>;
  /** The subset whose group certificate covers members, so a group's certificate counts for its members. */
  acceptedViaGroup: ReadonlySet<string>;
  /** Quickest typical route to a certificate that meets it; Infinity for a code the registry does not know. */
  monthsToObtain: number;
  /** Code of the quickest route's scheme, which suggested actions name. */
  quickestRoute: string;
}

export function prepareRequirements(
  requirements: readonly Requirement[],
  registry: readonly StandardDefinition[],
): PreparedRequirement[] {
  const { byCode } = indexStandards(registry);
  return requirements.map((requirement) => {
    // An umbrella (GFSI_RECOGNISED) is met through the schemes it recognises, never directly.
    const routes = standardsSatisfying(requirement.standardCode, registry).filter((s) => !s.umbrella);
    const accepted = new Set([requirement.standardCode, ...routes.map((s) => s.code)]);
    const viaGroup = new Set([...accepted].filter((code) => byCode.get(code)?.coversGroupMembers ?? false));
    const quickest = [...routes].sort(
      (a, b) => a.typicalMonthsToCertify - b.typicalMonthsToCertify || (a.code < b.code ? -1 : 1),
    )[0];
    return {
      requirement,
      acceptedCodes: accepted,
      acceptedViaGroup: viaGroup,
      monthsToObtain: quickest?.typicalMonthsToCertify ?? Infinity,
      quickestRoute: quickest?.code ?? requirement.standardCode,
    };
  });
}

/** Certificates of which a supplier must hold one, in some unit, to be worth assessing for a need. */
export interface HolderRequirement {
  /** Codes whose certificate meets the requirement (for GROUP_COVERS, the covering schemes only). */
  codes: string[];
  /** The certificate must be valid on this day (the requirement is to hold it now). */
  validOn: CalendarDate | undefined;
  /** GROUP_COVERS: only a group certificate counts, not a member's. */
  groupOnly: boolean;
}

/**
 * A requirement that excludes every supplier none of whose units holds a certificate meeting it: one
 * the buyer requires now, or one nobody could obtain by the buyer's deadline (the requirement's
 * obtain-by date, else the first delivery, and within the horizon of `maxMonthsToClose`). Candidate
 * generation may leave such suppliers out, since matching would exclude them; an ANY_SUPPLIER
 * standard excludes no one alone (one holder in a coalition meets it for all).
 */
export function holderRequirement(
  p: PreparedRequirement,
  need: { startDate: CalendarDate },
  today: CalendarDate,
  config: Pick<MatchingConfig, 'maxMonthsToClose'> = MATCHING_CONFIG,
): HolderRequirement | undefined {
  const r = p.requirement;
  if (r.level === 'ANY_SUPPLIER') return undefined;
  const daysToDeadline = dayNumber(r.obtainBy ?? need.startDate) - dayNumber(today);
  const horizon = Math.min(daysToDeadline, config.maxMonthsToClose * DAYS_PER_MONTH);
  if (!r.mustHoldNow && p.monthsToObtain * DAYS_PER_MONTH <= horizon) return undefined;
  const groupOnly = r.level === 'GROUP_COVERS';
  return {
    codes: [...(groupOnly ? p.acceptedViaGroup : p.acceptedCodes)],
    validOn: r.mustHoldNow ? today : undefined,
    groupOnly,
  };
}

/**
 * The certificate that best meets a requirement among the supplier's own and its group's (when the
 * group certificate covers members): preferring one valid through the last delivery, then the most
 * trusted verification, then the longest validity. Written without allocation: it runs per candidate.
 */
export function bestCertificate(
  prepared: PreparedRequirement,
  own: readonly HeldCertification[],
  group: readonly HeldCertification[] | undefined,
  lastDelivery: string,
  credit: Readonly<Record<HeldCertification['verification'], number>>,
): HeldCertification | undefined {
  let best: HeldCertification | undefined;
  for (let i = 0; i < own.length; i++) {
    const cert = own[i]!;
    if (prepared.acceptedCodes.has(cert.standardCode) && better(cert, best, lastDelivery, credit))
      best = cert;
  }
  if (group !== undefined) {
    for (let i = 0; i < group.length; i++) {
      const cert = group[i]!;
      if (prepared.acceptedViaGroup.has(cert.standardCode) && better(cert, best, lastDelivery, credit))
        best = cert;
    }
  }
  return best;
}

// ISO calendar dates compare correctly as strings, which keeps this comparison allocation-free.
function better(
  cert: HeldCertification,
  than: HeldCertification | undefined,
  lastDelivery: string,
  credit: Readonly<Record<HeldCertification['verification'], number>>,
): boolean {
  if (than === undefined) return true;
  const covers = cert.validUntil >= lastDelivery;
  const thanCovers = than.validUntil >= lastDelivery;
  if (covers !== thanCovers) return covers;
  const trust = credit[cert.verification] - credit[than.verification];
  if (trust !== 0) return trust > 0;
  return cert.validUntil > than.validUntil;
}
