import { type IndexEntityPayload } from '@linkage/contracts';
import { HS_SUBHEADING_PATTERN, type NeedVisibility, type VisibilityTier } from '@linkage/domain';
import { CapacityEntry, Certification, NeedRequirement, Organisation, SourcingNeed } from '@linkage/db';
import { type SearchDocumentInput } from '@linkage/search';
import { type EntityManager, In, MoreThanOrEqual } from 'typeorm';

/** Organisation kinds that have a search document of their own; the others are not searchable yet. */
export const INDEXED_ORGANISATION_KINDS = ['PRODUCER_GROUP', 'LEAD_FIRM'] as const;

const isIndexedKind = (kind: Organisation['kind']): kind is (typeof INDEXED_ORGANISATION_KINDS)[number] =>
  (INDEXED_ORGANISATION_KINDS as readonly string[]).includes(kind);

/**
 * A producer group or lead firm as search sees it: what it supplies is its capacity entries, the
 * standards it meets are its (and its members') certificates still in force. Undefined for kinds not
 * indexed.
 */
export function organisationDocument(
  organisation: Organisation,
  capacity: readonly CapacityEntry[],
  standards: readonly string[] = [],
): SearchDocumentInput | undefined {
  if (!isIndexedKind(organisation.kind)) return undefined;
  const updatedAt = Math.max(organisation.updatedAt.getTime(), ...capacity.map((e) => e.updatedAt.getTime()));
  return {
    id: organisation.id,
    kind: organisation.kind,
    organisationId: organisation.id,
    title: organisation.legalName,
    // A group records one line per member and product; the document lists each product once.
    products: [
      ...new Map(
        capacity.map((e) => [
          `${e.productCode}|${e.productLabel}`,
          { label: e.productLabel, hsCode: e.productCode },
        ]),
      ).values(),
    ],
    country: organisation.country.trim(),
    region: organisation.region,
    productCodes: [...new Set(capacity.map((e) => e.productCode))],
    standards: [...new Set(standards)],
    organisationKind: organisation.kind,
    visibility: organisation.visibility,
    updatedAt: new Date(updatedAt),
  };
}

/**
 * Search tiers of a need's own visibility. Suppliers are a PUBLIC need's audience, so it is public;
 * INVITED and PROGRAMME needs are shown in search to brokers only (invited suppliers see them
 * through their matches).
 */
const NEED_SEARCH_TIER: Record<NeedVisibility, VisibilityTier> = {
  PUBLIC: 'PUBLIC',
  INVITED: 'BROKERS',
  PROGRAMME: 'BROKERS',
};

/** An open sourcing need, found where it is to be delivered and by the standards it requires. */
export function sourcingNeedDocument(
  need: SourcingNeed,
  leadFirm: Organisation,
  requiredStandards: readonly string[] = [],
): SearchDocumentInput | undefined {
  if (need.status !== 'OPEN') return undefined;
  return {
    id: need.id,
    kind: 'SOURCING_NEED',
    organisationId: leadFirm.id,
    title: need.title,
    description: need.description ?? '',
    country: need.deliveryCountry.trim(),
    // A need may name a chapter or heading only; the index takes full subheadings.
    productCodes: HS_SUBHEADING_PATTERN.test(need.productCode) ? [need.productCode] : [],
    standards: [...new Set(requiredStandards)],
    organisationKind: leadFirm.kind,
    visibility: NEED_SEARCH_TIER[need.visibility],
    updatedAt: need.updatedAt,
  };
}

/** Documents of the given organisations, with their capacity loaded in one query. */
export async function organisationDocuments(
  em: EntityManager,
  organisations: readonly Organisation[],
): Promise<SearchDocumentInput[]> {
  if (organisations.length === 0) return [];
  const ids = organisations.map((o) => o.id);
  const today = new Date().toISOString().slice(0, 10);
  const [entries, certificates] = await Promise.all([
    em.find(CapacityEntry, {
      where: { organisationId: In(ids) },
      order: { productCode: 'ASC', createdAt: 'ASC' },
    }),
    em.find(Certification, {
      where: { organisationId: In(ids), validUntil: MoreThanOrEqual(today) },
      relations: { standard: true },
    }),
  ]);
  return organisations.flatMap(
    (o) =>
      organisationDocument(
        o,
        entries.filter((e) => e.organisationId === o.id),
        certificates.flatMap((c) => (c.organisationId === o.id && c.standard ? [c.standard.code] : [])),
      ) ?? [],
  );
}

/** Documents of the given needs, with their required standards loaded in one query. */
export async function sourcingNeedDocuments(
  em: EntityManager,
  needs: readonly SourcingNeed[],
): Promise<SearchDocumentInput[]> {
  if (needs.length === 0) return [];
  const requirements = await em.find(NeedRequirement, { where: { needId: In(needs.map((n) => n.id)) } });
  return needs.flatMap((need) =>
    need.leadFirm
      ? (sourcingNeedDocument(
          need,
          need.leadFirm,
          requirements.filter((r) => r.needId === need.id).map((r) => r.standardCode),
        ) ?? [])
      : [],
  );
}

/** The entity's document as stored right now, or undefined when it is gone or not searchable. */
export async function loadSearchDocument(
  em: EntityManager,
  { entity, id }: IndexEntityPayload,
): Promise<SearchDocumentInput | undefined> {
  switch (entity) {
    case 'organisation': {
      const organisation = await em.findOneBy(Organisation, { id });
      return organisation ? (await organisationDocuments(em, [organisation]))[0] : undefined;
    }
    case 'sourcing-need': {
      const need = await em.findOne(SourcingNeed, { where: { id }, relations: { leadFirm: true } });
      return need ? (await sourcingNeedDocuments(em, [need]))[0] : undefined;
    }
  }
}
