import { type StandardDefinition } from './standard.js';

/** A registry indexed for look-ups: definitions by code, and every code each held code satisfies. */
export interface StandardsIndex {
  byCode: ReadonlyMap<string, StandardDefinition>;
  /** Held code → the requirement codes it meets: itself plus its equivalences, followed transitively. */
  satisfiedBy: ReadonlyMap<string, ReadonlySet<string>>;
}

// Registries are immutable lists; indexing once per list keeps `satisfies` cheap in scoring loops.
const indexes = new WeakMap<readonly StandardDefinition[], StandardsIndex>();

export function indexStandards(registry: readonly StandardDefinition[]): StandardsIndex {
  const cached = indexes.get(registry);
  if (cached) return cached;
  const byCode = new Map(registry.map((s) => [s.code, s]));
  const satisfiedBy = new Map<string, Set<string>>();
  for (const standard of registry) {
    // Equivalence chains (FSSC 22000 → ISO 22000 → HACCP) are followed to the end; the visited set stops cycles.
    const reached = new Set<string>([standard.code]);
    const frontier = [standard.code];
    for (let code = frontier.pop(); code !== undefined; code = frontier.pop()) {
      for (const next of byCode.get(code)?.equivalentTo ?? []) {
        if (!reached.has(next)) {
          reached.add(next);
          frontier.push(next);
        }
      }
    }
    satisfiedBy.set(standard.code, reached);
  }
  const index = { byCode, satisfiedBy };
  indexes.set(registry, index);
  return index;
}

/** True when a certificate of `heldCode` meets a requirement for `requirementCode`, directly or by equivalence. */
export function satisfies(
  requirementCode: string,
  heldCode: string,
  registry: readonly StandardDefinition[],
): boolean {
  if (requirementCode === heldCode) return true;
  return indexStandards(registry).satisfiedBy.get(heldCode)?.has(requirementCode) ?? false;
}

/** Standards whose certificate would meet a requirement: the routes a gap analysis can suggest. */
export function standardsSatisfying(
  requirementCode: string,
  registry: readonly StandardDefinition[],
): StandardDefinition[] {
  const { satisfiedBy, byCode } = indexStandards(registry);
  const routes: StandardDefinition[] = [];
  for (const [code, reached] of satisfiedBy) {
    if (reached.has(requirementCode)) routes.push(byCode.get(code)!);
  }
  return routes;
}
