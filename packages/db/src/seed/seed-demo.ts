import { readFileSync } from 'node:fs';
import { OutboxTopic, type MatchNeedPayload } from '@linkage/contracts';
import { type DataSource, type EntityManager } from 'typeorm';
import { type SalesBand, addDays } from '@linkage/domain';
import {
  CapacityEntry,
  CatalogueItem,
  Certification,
  GroupMember,
  Membership,
  NeedRequirement,
  Organisation,
  OutboxEvent,
  ProgrammeEnrolment,
  SourcingNeed,
  Standard,
  User,
} from '../entities/index.js';
import { syncStandardsRegistry } from '../standards-registry.js';
import { DEMO_LEAD_FIRMS, DEMO_PASSWORD } from './demo-buyers.js';
import { demoCertificatePdf } from './demo-evidence.js';
import { seedDemoLinkages } from './demo-linkages.js';
import { seedDemoServiceProviders } from './demo-service-providers.js';
import { DEMO_CATALOGUE, DEMO_GROUP_PROFILES, GROUP_TYPE_BY_SOURCE } from './demo-profiles.js';
import { ILLUSTRATIVE_CAPACITY } from './demo-supply.js';

interface ConsortiumRecord {
  name: string;
  country: string;
  place: string;
  founded: number;
  type: string;
  sector: string;
  members: Array<{
    id: string;
    kind?: string;
    products?: string;
    founded?: number;
    sales?: number;
    employees?: number;
  }>;
}

const consortia = (): ConsortiumRecord[] =>
  (
    JSON.parse(readFileSync(new URL('../../seed-data/consortia.json', import.meta.url), 'utf8')) as {
      consortia: ConsortiumRecord[];
    }
  ).consortia;

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The e-mail of a consortium's demo coordinator, e.g. coordinator@vitargan.demo. */
export const coordinatorEmail = (consortiumName: string) => `coordinator@${slug(consortiumName)}.demo`;

export const BROKER_EMAIL = 'officer@programme.demo';
export const ADMIN_EMAIL = 'admin@platform.demo';

/** The source gives annual sales in thousands (EUR or USD); bands are close enough for both. */
function salesBand(thousands: number | undefined): SalesBand | null {
  if (thousands === undefined) return null;
  if (thousands < 50) return 'UNDER_50K';
  if (thousands < 250) return '50K_250K';
  if (thousands < 1000) return '250K_1M';
  return thousands < 5000 ? '1M_5M' : 'OVER_5M';
}

async function addUser(em: EntityManager, email: string, name: string, passwordHash: string) {
  return em.save(em.create(User, { email, name, passwordHash, platformRole: null }));
}

/**
 * The demo's programme, run by its officer: it works with producers in the four countries of the
 * consortia, in the value chains of the demo's needs (fictitious, like the lead firms).
 */
async function addProgramme(em: EntityManager, officerId: string): Promise<Organisation> {
  const programme = await em.save(
    em.create(Organisation, {
      kind: 'PROGRAMME',
      legalName: 'Maghreb–Andes Export Linkages Programme (demo)',
      country: 'MA',
      region: 'Casablanca',
      visibility: 'PUBLIC',
      description:
        'Builds backward linkages between export consortia of Morocco, Tunisia, Peru and Uruguay and the lead firms that buy from them.',
      scopeCountries: ['MA', 'TN', 'PE', 'UY'],
      scopeHsChapters: ['09', '12', '15', '33', '46', '61'],
    }),
  );
  await em.insert(Membership, { userId: officerId, organisationId: programme.id, role: 'OWNER' });
  return programme;
}

/**
 * Loads the demo dataset: the nine export consortia of the UNIDO study as producer groups with their
 * member enterprises (illustrative committed capacities, the certificates the source mentions, two
 * published catalogue items), three fictitious lead firms with open needs and requirements, three
 * linkages under way with their history, a programme officer, and an outbox event per need so the
 * worker matches them. Runs once: a second run finds the broker and stops.
 */
export async function seedDemo(
  dataSource: DataSource,
  hashPassword: (password: string) => Promise<string>,
  /** Writes an evidence file under the API's EVIDENCE_DIR; without it, demo certificates have no scan. */
  storeEvidence?: (relativePath: string, content: Buffer) => Promise<void>,
): Promise<string> {
  return dataSource.transaction(async (em) => {
    if (await em.existsBy(User, { email: BROKER_EMAIL })) return 'Demo data already loaded; nothing to do';
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const officer = await addUser(em, BROKER_EMAIL, 'Amina El Idrissi (programme officer)', passwordHash);
    const programme = await addProgramme(em, officer.id);
    // The operators' account: it sets up programmes and keeps the standards registry.
    await em.save(
      em.create(User, { email: ADMIN_EMAIL, name: 'Platform administrator (demo)', passwordHash, platformRole: 'ADMIN' }),
    );

    await syncStandardsRegistry(em);
    const standardIds = new Map((await em.find(Standard)).map((st) => [st.code, st.id]));
    const groupIds = new Map<string, string>();

    let capacityLines = 0;
    let memberCount = 0;
    for (const c of consortia()) {
      const profile = DEMO_GROUP_PROFILES[c.name];
      const group = await em.save(
        em.create(Organisation, {
          kind: 'PRODUCER_GROUP',
          legalName: c.name,
          country: c.country,
          region: c.place,
          visibility: 'PUBLIC',
          latitude: profile?.latitude ?? null,
          longitude: profile?.longitude ?? null,
          languages: profile?.languages ?? [],
          registration: 'FORMAL',
          foundedYear: c.founded,
          description: `${c.sector}. Export consortium documented in UNIDO's study of consortia (2009).`,
          sectors: [c.sector],
          groupType: GROUP_TYPE_BY_SOURCE[c.type] ?? 'EXPORT_CONSORTIUM',
          governance: profile?.governance ?? null,
        }),
      );
      groupIds.set(c.name, group.id);
      const coordinator = await addUser(em, coordinatorEmail(c.name), `${c.name} coordinator`, passwordHash);
      await em.insert(Membership, { userId: coordinator.id, organisationId: group.id, role: 'OWNER' });

      const memberIds = new Map<string, string>();
      for (const m of c.members) {
        const enterprise = await em.save(
          em.create(Organisation, {
            kind: 'ENTERPRISE',
            legalName: `${c.name} member ${m.id}${m.kind ? ` (${m.kind})` : ''}`,
            country: c.country,
            region: c.place,
            visibility: 'PUBLIC',
            registration: 'FORMAL',
            employees: m.employees ?? null,
            foundedYear: m.founded ?? null,
            annualSalesBand: salesBand(m.sales),
            description: m.products ?? null,
            sectors: [c.sector],
          }),
        );
        const link = await em.save(
          em.create(GroupMember, {
            groupId: group.id,
            memberOrganisationId: enterprise.id,
            status: 'ACTIVE',
            joinedOn: `${Math.max(c.founded, m.founded ?? c.founded)}-01-01`,
            leftOn: null,
            contactEmail: null,
          }),
        );
        memberIds.set(m.id, link.id);
        memberCount++;
        for (const l of ILLUSTRATIVE_CAPACITY[c.name]?.[m.id] ?? []) {
          const committed = !profile?.uncommittedMembers?.includes(m.id);
          await em.save(
            em.create(CapacityEntry, {
              organisationId: group.id,
              memberId: link.id,
              committed,
              availableMonths: [],
              ...l,
            }),
          );
          capacityLines++;
        }
      }

      for (const cert of profile?.certifications ?? []) {
        const saved = await em.save(
          em.create(Certification, {
            organisationId: group.id,
            memberId: cert.member ? (memberIds.get(cert.member) ?? null) : null,
            standardId: standardIds.get(cert.standardCode)!,
            certificateNumber: `DEMO-${cert.standardCode}-${c.name.slice(0, 3).toUpperCase()}`,
            certificationBody: cert.certificationBody,
            scopeProductCodes: cert.scopeProductCodes,
            scopeSites: [c.place],
            validFrom: addDays(cert.validUntil, -3 * 365),
            validUntil: cert.validUntil,
            evidence: null,
            verification: cert.selfDeclared ? 'SELF_DECLARED' : 'THIRD_PARTY_VERIFIED',
            verifiedById: null,
            expiringNotifiedAt: null,
          }),
        );
        if (cert.selfDeclared?.evidence && storeEvidence) {
          const path = `${group.id}/${saved.id}-demo.pdf`;
          const content = demoCertificatePdf([
            `${saved.certificationBody}: certificate of conformity`,
            `Standard: ${cert.standardCode}`,
            `Certificate No. ${saved.certificateNumber}`,
            `Holder: ${cert.member ? `${c.name} member ${cert.member}` : c.name}, ${c.place}`,
            `Products (HS): ${cert.scopeProductCodes.join(', ')}`,
            `Valid from ${saved.validFrom} until ${saved.validUntil}`,
            'Illustrative demo document',
          ]);
          await storeEvidence(path, content);
          await em.update(Certification, { id: saved.id }, {
            evidence: {
              path,
              fileName: `${cert.standardCode.toLowerCase()}-certificate.pdf`,
              contentType: 'application/pdf',
              size: content.length,
              uploadedAt: new Date().toISOString(),
            },
          });
        }
      }
    }

    for (const { group, ...item } of DEMO_CATALOGUE) {
      await em.save(
        em.create(CatalogueItem, {
          ...item,
          groupId: groupIds.get(group)!,
          photoUrls: [],
          published: true,
          publishedAt: new Date(),
        }),
      );
    }

    let needs = 0;
    const leadFirmIds = new Map<string, string>();
    for (const firm of DEMO_LEAD_FIRMS) {
      const organisation = await em.save(
        em.create(Organisation, {
          kind: 'LEAD_FIRM',
          legalName: firm.legalName,
          country: firm.country,
          region: firm.region,
          visibility: 'LEAD_FIRMS',
          // Verified by the programme officer, so their buyers see the LEAD_FIRMS tier (decision 0008).
          verifiedAt: new Date(),
          verifiedById: officer.id,
        }),
      );
      leadFirmIds.set(firm.legalName, organisation.id);
      const user = await addUser(em, firm.email, firm.userName, passwordHash);
      await em.insert(Membership, { userId: user.id, organisationId: organisation.id, role: 'OWNER' });
      for (const { requirements, ...n } of firm.needs) {
        const need = await em.save(
          em.create(SourcingNeed, {
            ...n,
            scheduleKind: 'RECURRING',
            // Monthly deliveries for a year from the response deadline, as the API defaults them.
            startDate: n.startDate ?? n.responseDeadline,
            endDate: n.endDate ?? addDays(n.startDate ?? n.responseDeadline, 365),
            leadFirmId: organisation.id,
            createdById: user.id,
            status: 'OPEN',
            version: 1,
            matchedVersion: null,
            matchedAt: null,
          }),
        );
        await em.save(
          requirements.map((r, position) =>
            em.create(NeedRequirement, { ...r, needId: need.id, obtainBy: null, position }),
          ),
        );
        const payload: MatchNeedPayload = { needId: need.id, needVersion: need.version };
        await em.save(em.create(OutboxEvent, { topic: OutboxTopic.NeedPosted, payload }));
        needs++;
      }
    }
    // Every demo group and lead firm has enrolled, so the officer's home page shows them all.
    await em.insert(
      ProgrammeEnrolment,
      [...groupIds.values(), ...leadFirmIds.values()].map((organisationId) => ({
        programmeId: programme.id,
        organisationId,
        enrolledById: null,
      })),
    );
    const linkages = await seedDemoLinkages(em, leadFirmIds, groupIds, officer.id, programme.id);
    await seedDemoServiceProviders(em, programme.id, officer.id);
    return `Loaded 9 producer groups with ${memberCount} member enterprises (${capacityLines} illustrative capacity lines, ${DEMO_CATALOGUE.length} catalogue items), ${DEMO_LEAD_FIRMS.length} lead firms with ${needs} open needs, ${linkages} linkages under way, 1 programme with its officer. Demo password: ${DEMO_PASSWORD}`;
  });
}
