import { type IndexEntityPayload } from '@linkage/contracts';
import { HS_SUBHEADING_PATTERN } from '@linkage/domain';
import { CapacityEntry, Organisation, SourcingNeed } from '@linkage/db';
import { type SearchDocumentInput } from '@linkage/search';
import { type EntityManager, In } from 'typeorm';

/** Organisation kinds that have a search document of their own; the others are not searchable yet. */
export const INDEXED_ORGANISATION_KINDS = ['PRODUCER_GROUP', 'LEAD_FIRM'] as const;

const isIndexedKind = (kind: Organisation['kind']): kind is (typeof INDEXED_ORGANISATION_KINDS)[number] =>
  (INDEXED_ORGANISATION_KINDS as readonly string[]).includes(kind);

/**
 * A producer group or lead firm as search sees it: what it supplies is its capacity entries. The
 * registry has no certifications yet, so `standards` stays empty. Undefined for kinds not indexed.
 */
export function organisationDocument(
  organisation: Organisation,
  capacity: readonly CapacityEntry[],
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
    organisationKind: organisation.kind,
    visibility: organisation.visibility,
    updatedAt: new Date(updatedAt),
  };
}

/**
 * An open sourcing need, found where it is to be delivered. Needs have no visibility of their own
 * yet, so they take their lead firm's tier. Needs that are no longer open are not searchable.
 */
export function sourcingNeedDocument(
  need: SourcingNeed,
  leadFirm: Organisation,
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
    organisationKind: leadFirm.kind,
    visibility: leadFirm.visibility,
    updatedAt: need.updatedAt,
  };
}

/** Documents of the given organisations, with their capacity loaded in one query. */
export async function organisationDocuments(
  em: EntityManager,
  organisations: readonly Organisation[],
): Promise<SearchDocumentInput[]> {
  if (organisations.length === 0) return [];
  const entries = await em.find(CapacityEntry, {
    where: { organisationId: In(organisations.map((o) => o.id)) },
    order: { productCode: 'ASC', createdAt: 'ASC' },
  });
  return organisations.flatMap(
    (o) =>
      organisationDocument(
        o,
        entries.filter((e) => e.organisationId === o.id),
      ) ?? [],
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
      return need?.leadFirm ? sourcingNeedDocument(need, need.leadFirm) : undefined;
    }
  }
}
