import { indexStandards, standardsSatisfying } from '../compliance/equivalence.js';
import { type HeldCertification } from '../compliance/held-certification.js';
import { type Requirement } from '../compliance/requirement.js';
import { type StandardDefinition } from '../compliance/standard.js';

/** A requirement resolved against the registry once per need, so per-supplier checks are set look-ups. */
export interface PreparedRequirement {
  requirement: Requirement;
  /** Held standard codes whose certificate meets the requirement (the code itself and its equivalents). */
  acceptedCodes: ReadonlySet<string>;
  /** The subset whose group certificate covers members, so a group's certificate counts for its members. */
  acceptedViaGroup: ReadonlySet<string>;
  /** Quickest typical route to a certificate that meets it; Infinity for a code the registry does not know. */
  monthsToObtain: number;
  /** Name of the quickest route, for suggested actions. */
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
      quickestRoute: quickest?.name ?? requirement.standardCode,
    };
  });
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
