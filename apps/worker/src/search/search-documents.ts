import { type IndexEntityPayload } from '@linkage/contracts';
import {
  HS_SUBHEADING_PATTERN,
  type NeedVisibility,
  type VisibilityTier,
  canSeeGroupMember,
  leastPrivilegedViewer,
  priceRangeText,
} from '@linkage/domain';
import {
  CapacityEntry,
  CatalogueItem,
  Certification,
  GroupMember,
  NeedRequirement,
  Organisation,
  SourcingNeed,
} from '@linkage/db';
import { type SearchDocumentInput } from '@linkage/search';
import { type EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { groupBy } from '../group-by.js';

/** Organisation kinds that have a search document of their own; the others are not searchable yet. */
export const INDEXED_ORGANISATION_KINDS = ['PRODUCER_GROUP', 'LEAD_FIRM'] as const;

const isIndexedKind = (kind: Organisation['kind']): kind is (typeof INDEXED_ORGANISATION_KINDS)[number] =>
  (INDEXED_ORGANISATION_KINDS as readonly string[]).includes(kind);

/**
 * A producer group or lead firm as search sees it: what it supplies is its capacity lines on offer, the
 * standards it meets are its (and its shown members') certificates still in force. Undefined for
 * kinds not indexed.
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

/**
 * A published catalogue item, found by its product, its group's name and place, the standards it
 * meets and its price, and seen by whoever may see its group (the group's visibility tier). Drafts,
 * and items of anything but a producer group, are not searchable: undefined.
 */
export function catalogueItemDocument(
  item: CatalogueItem,
  group: Organisation,
): SearchDocumentInput | undefined {
  if (!item.published || group.kind !== 'PRODUCER_GROUP') return undefined;
  return {
    id: item.id,
    kind: 'CATALOGUE_ITEM',
    organisationId: group.id,
    title: item.productLabel,
    products: [{ label: item.productLabel, hsCode: item.productCode }],
    // The group's name first: the portal shows this line as the item's "by whom, at what price".
    description: [group.legalName, priceRangeText(item), item.description?.trim()]
      .filter((part) => !!part)
      .join(' · '),
    country: group.country.trim(),
    region: group.region,
    productCodes: [item.productCode],
    standards: [...new Set(item.standardCodes)],
    organisationKind: group.kind,
    visibility: group.visibility,
    updatedAt: new Date(Math.max(item.updatedAt.getTime(), group.updatedAt.getTime())),
  };
}

/** Documents of the given items (their `group` relation loaded); drafts and orphans yield none. */
export function catalogueItemDocuments(items: readonly CatalogueItem[]): SearchDocumentInput[] {
  return items.flatMap((item) => (item.group ? (catalogueItemDocument(item, item.group) ?? []) : []));
}

/**
 * The members whose lines a group's document may carry: ACTIVE members its least privileged viewer
 * sees on the profile (`leastPrivilegedViewer` of the group's tier). A document is shared by everyone
 * who may see it, so a facet filter must not find the group by a standard its profile hides.
 */
function documentMemberIds(group: Organisation, members: readonly GroupMember[]): Set<string> {
  const viewer = leastPrivilegedViewer(group.visibility, group);
  return new Set(
    members
      .filter(
        (m) =>
          m.status === 'ACTIVE' &&
          canSeeGroupMember(
            { status: m.status, visibility: m.memberOrganisation!.visibility },
            group,
            viewer,
          ),
      )
      .map((m) => m.id),
  );
}

/**
 * Documents of the given organisations, with their capacity, certificates and members loaded in one
 * query each. Lines of members the document may not show (`documentMemberIds`) are left out.
 */
export async function organisationDocuments(
  em: EntityManager,
  organisations: readonly Organisation[],
): Promise<SearchDocumentInput[]> {
  if (organisations.length === 0) return [];
  const ids = organisations.map((o) => o.id);
  const today = new Date().toISOString().slice(0, 10);
  const [entries, certificates, members] = await Promise.all([
    em.find(CapacityEntry, {
      // A group is found by what it can offer, as its catalogue and matching count it (countsTowardsOffer,
      // kept on each line as `offerable`).
      where: { organisationId: In(ids), offerable: true },
      order: { productCode: 'ASC', createdAt: 'ASC' },
    }),
    em.find(Certification, {
      where: { organisationId: In(ids), validUntil: MoreThanOrEqual(today) },
      relations: { standard: true },
    }),
    em.find(GroupMember, { where: { groupId: In(ids) }, relations: { memberOrganisation: true } }),
  ]);
  const membersOf = groupBy(members, (m) => m.groupId);
  const shown = new Map(organisations.map((o) => [o.id, documentMemberIds(o, membersOf.get(o.id) ?? [])]));
  const showable = (line: { organisationId: string; memberId: string | null }) =>
    line.memberId === null || !!shown.get(line.organisationId)?.has(line.memberId);
  // Grouped once: a reindex page holds hundreds of organisations.
  const entriesOf = groupBy(entries.filter(showable), (e) => e.organisationId);
  const standardsOf = groupBy(
    certificates.filter((c) => c.standard && showable(c)),
    (c) => c.organisationId,
  );
  return organisations.flatMap(
    (o) =>
      organisationDocument(
        o,
        entriesOf.get(o.id) ?? [],
        (standardsOf.get(o.id) ?? []).map((c) => c.standard!.code),
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
  const requirementsOf = groupBy(requirements, (r) => r.needId);
  return needs.flatMap((need) =>
    need.leadFirm
      ? (sourcingNeedDocument(
          need,
          need.leadFirm,
          (requirementsOf.get(need.id) ?? []).map((r) => r.standardCode),
        ) ?? [])
      : [],
  );
}

/** What one index job does to the index: documents to write, ids to remove, organisations gone. */
export interface SearchChanges {
  upsert: SearchDocumentInput[];
  delete: string[];
  /** Organisations that no longer exist: every document of theirs goes, items and needs included. */
  deleteOrganisations: string[];
}

const upsertOrDelete = (id: string, document: SearchDocumentInput | undefined): SearchChanges =>
  document
    ? { upsert: [document], delete: [], deleteOrganisations: [] }
    : { upsert: [], delete: [id], deleteOrganisations: [] };

/**
 * What the index must do so that the entity's documents match what is stored right now: its
 * document written, or removed when it is gone or not searchable. A producer group's catalogue items
 * carry its name, place and visibility, so an organisation's changes re-index its items too.
 */
export async function searchChanges(
  em: EntityManager,
  { entity, id }: IndexEntityPayload,
): Promise<SearchChanges> {
  switch (entity) {
    case 'organisation': {
      const organisation = await em.findOneBy(Organisation, { id });
      // Its items and needs went with it (ON DELETE CASCADE), without events of their own.
      if (!organisation) return { upsert: [], delete: [], deleteOrganisations: [id] };
      const own = upsertOrDelete(id, (await organisationDocuments(em, [organisation]))[0]);
      if (organisation.kind !== 'PRODUCER_GROUP') return own;
      const items = await em.find(CatalogueItem, { where: { groupId: id }, order: { id: 'ASC' } });
      const documents = items.flatMap((item) => catalogueItemDocument(item, organisation) ?? []);
      const listed = new Set(documents.map((d) => d.id));
      return {
        upsert: [...own.upsert, ...documents],
        delete: [...own.delete, ...items.filter((item) => !listed.has(item.id)).map((item) => item.id)],
        deleteOrganisations: [],
      };
    }
    case 'sourcing-need': {
      const need = await em.findOne(SourcingNeed, { where: { id }, relations: { leadFirm: true } });
      return upsertOrDelete(id, need ? (await sourcingNeedDocuments(em, [need]))[0] : undefined);
    }
    case 'catalogue-item': {
      const item = await em.findOne(CatalogueItem, { where: { id }, relations: { group: true } });
      return upsertOrDelete(id, item ? catalogueItemDocuments([item])[0] : undefined);
    }
  }
}
