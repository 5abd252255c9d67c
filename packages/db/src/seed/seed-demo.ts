import { readFileSync } from 'node:fs';
import { OutboxTopic, type MatchNeedPayload } from '@linkage/contracts';
import { type DataSource, type EntityManager } from 'typeorm';
import { addDays } from '@linkage/domain';
import {
  CapacityEntry,
  Membership,
  Organisation,
  OutboxEvent,
  SourcingNeed,
  User,
} from '../entities/index.js';
import { DEMO_LEAD_FIRMS, DEMO_PASSWORD } from './demo-buyers.js';
import { ILLUSTRATIVE_CAPACITY } from './demo-supply.js';

interface ConsortiumRecord {
  name: string;
  country: string;
  place: string;
  sector: string;
  members: Array<{ id: string }>;
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

async function addUser(
  em: EntityManager,
  email: string,
  name: string,
  passwordHash: string,
  platformRole: User['platformRole'] = null,
) {
  return em.save(em.create(User, { email, name, passwordHash, platformRole }));
}

/**
 * Loads the demo dataset: the nine export consortia of the UNIDO study as producer groups (with
 * illustrative capacities), three fictitious lead firms with open needs, a programme officer, and an
 * outbox event per need so the worker matches them. Runs once: a second run finds the broker and stops.
 */
export async function seedDemo(
  dataSource: DataSource,
  hashPassword: (password: string) => Promise<string>,
): Promise<string> {
  return dataSource.transaction(async (em) => {
    if (await em.existsBy(User, { email: BROKER_EMAIL })) return 'Demo data already loaded; nothing to do';
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await addUser(em, BROKER_EMAIL, 'Amina El Idrissi (programme officer)', passwordHash, 'BROKER');

    let capacityLines = 0;
    for (const c of consortia()) {
      const group = await em.save(
        em.create(Organisation, {
          kind: 'PRODUCER_GROUP',
          legalName: c.name,
          country: c.country,
          region: c.place,
          visibility: 'PUBLIC',
        }),
      );
      const coordinator = await addUser(em, coordinatorEmail(c.name), `${c.name} coordinator`, passwordHash);
      await em.insert(Membership, { userId: coordinator.id, organisationId: group.id, role: 'OWNER' });
      for (const lines of Object.values(ILLUSTRATIVE_CAPACITY[c.name] ?? {})) {
        for (const l of lines) {
          await em.save(em.create(CapacityEntry, { organisationId: group.id, ...l }));
          capacityLines++;
        }
      }
    }

    let needs = 0;
    for (const firm of DEMO_LEAD_FIRMS) {
      const organisation = await em.save(
        em.create(Organisation, {
          kind: 'LEAD_FIRM',
          legalName: firm.legalName,
          country: firm.country,
          region: firm.region,
          visibility: 'LEAD_FIRMS',
        }),
      );
      const user = await addUser(em, firm.email, firm.userName, passwordHash);
      await em.insert(Membership, { userId: user.id, organisationId: organisation.id, role: 'OWNER' });
      for (const n of firm.needs) {
        const need = await em.save(
          em.create(SourcingNeed, {
            ...n,
            // Monthly deliveries for a year from the response deadline, as the API defaults them.
            startDate: n.responseDeadline,
            endDate: addDays(n.responseDeadline, 365),
            leadFirmId: organisation.id,
            createdById: user.id,
            status: 'OPEN',
            version: 1,
            matchedVersion: null,
            matchedAt: null,
          }),
        );
        const payload: MatchNeedPayload = { needId: need.id, needVersion: need.version };
        await em.save(em.create(OutboxEvent, { topic: OutboxTopic.NeedPosted, payload }));
        needs++;
      }
    }
    return `Loaded 9 producer groups (${capacityLines} illustrative capacity lines), ${DEMO_LEAD_FIRMS.length} lead firms with ${needs} open needs, 1 programme officer. Demo password: ${DEMO_PASSWORD}`;
  });
}
