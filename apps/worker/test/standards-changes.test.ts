import { randomUUID } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import {
  OutboxTopic,
  QueueName,
  type StandardSnapshot,
  StandardsChangedJob,
  type StandardsChangedPayload,
} from '@linkage/contracts';
import { type NeedStatus, STANDARDS_REGISTRY } from '@linkage/domain';
import {
  NeedRequirement,
  Organisation,
  OutboxEvent,
  SourcingNeed,
  Standard,
  loadStandardsRegistry,
  toStandardDefinition,
} from '@linkage/db';
import { type Queue } from 'bullmq';
import { type DataSource } from 'typeorm';
import { requirementCodesAffected } from '../src/matching/standards-changes.service.js';

import { eventually, startWorkerContext } from './support.js';

let ctx: INestApplicationContext;
let ds: DataSource;
let queue: Queue;

beforeAll(async () => {
  ({ ctx, dataSource: ds } = await startWorkerContext());
  queue = ctx.get<Queue>(getQueueToken(QueueName.Matching));
});
afterAll(() => ctx.close());

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

const snapshot = (code: string): StandardSnapshot => {
  const s = STANDARDS_REGISTRY.find((x) => x.code === code)!;
  return { ...s, equivalentTo: [...s.equivalentTo], umbrella: s.umbrella === true };
};

/** What an administrator's edit through the API commits: the row and its event, in one transaction. */
async function editStandard(code: string, change: Partial<StandardSnapshot>): Promise<string> {
  return ds.transaction(async (em) => {
    const row = await em.findOneByOrFail(Standard, { code });
    const before: StandardSnapshot = {
      code: row.code,
      name: row.name,
      kind: row.kind,
      coversGroupMembers: row.coversGroupMembers,
      typicalMonthsToCertify: row.typicalMonthsToCertify,
      equivalentTo: row.equivalentTo,
      umbrella: row.umbrella,
    };
    const after = { ...before, ...change };
    await em.update(Standard, { code }, change);
    const event = await em.save(
      em.create(OutboxEvent, { topic: OutboxTopic.StandardsChanged, payload: { before, after } }),
    );
    return event.id;
  });
}

/** An unmatched need for a product no supplier offers, requiring the given standards. */
async function need(standardCodes: string[], status: NeedStatus = 'OPEN') {
  const firm = await ds.getRepository(Organisation).save({
    kind: 'LEAD_FIRM',
    legalName: `Buyer ${randomUUID().slice(0, 6)}`,
    country: 'PE',
    region: null,
    visibility: 'PUBLIC',
  });
  const n = await ds.getRepository(SourcingNeed).save({
    leadFirmId: firm.id,
    createdById: null,
    title: `Need for ${standardCodes.join(', ') || 'nothing'}`,
    description: null,
    productCode: '090411',
    quantity: 5,
    unit: 't',
    period: 'MONTH',
    deliveryCountry: 'PE',
    responseDeadline: '2027-01-15',
    startDate: '2027-02-01',
    endDate: '2028-01-31',
    status,
    version: 1,
    matchedVersion: null,
    matchedAt: null,
  });
  await ds.getRepository(NeedRequirement).save(
    standardCodes.map((standardCode, position) => ({
      needId: n.id,
      standardCode,
      level: 'EACH_SUPPLIER' as const,
      mustHoldNow: false,
      obtainBy: null,
      position,
    })),
  );
  return n;
}

const matchedVersion = async (needId: string): Promise<number | null> =>
  (await ds.query('SELECT matched_version FROM sourcing_needs WHERE id = $1', [needId]))[0].matched_version;

/**
 * Relays the edit's event, waits for its standards-changed job to finish (it enqueues every
 * re-match before it completes), then for the re-matches to run; returns which of `needIds` the
 * edit enqueued a re-match for.
 */
async function rematchedBy(outboxId: string, needIds: string[], expected: string[]): Promise<string[]> {
  const jobId = StandardsChangedJob.jobId({ outboxId } as StandardsChangedPayload);
  const job = await eventually(async () => {
    const j = await queue.getJob(jobId);
    return (await j?.isCompleted()) ? queue.getJob(jobId) : undefined;
  }, 20_000);
  expect(job!.returnvalue).toEqual({ needs: expect.any(Number) });
  await eventually(async () => {
    const versions = await Promise.all(expected.map(matchedVersion));
    return versions.every((v) => v === 1) ? true : undefined;
  }, 20_000);
  const jobs = await queue.getJobs(['completed', 'active', 'waiting', 'delayed']);
  const ids = new Set(jobs.filter((j) => j.name === 'rematch-need').map((j) => j.data.needId as string));
  return needIds.filter((id) => ids.has(id));
}

describe('loadStandardsRegistry', () => {
  it('reads the seeded standards table as the same definitions as the built-in registry, and an added row with them', async () => {
    const loaded = await loadStandardsRegistry(ds);
    const builtIn = new Set(STANDARDS_REGISTRY.map((s) => s.code));
    expect(loaded.filter((s) => builtIn.has(s.code)).sort(byCode)).toEqual(
      [...STANDARDS_REGISTRY].sort(byCode),
    );

    const code = `ADDED_${randomUUID().slice(0, 6).toUpperCase().replace(/-/g, '')}`;
    await ds.getRepository(Standard).save({
      code,
      name: 'A scheme an administrator added',
      kind: 'PRODUCT',
      coversGroupMembers: true,
      typicalMonthsToCertify: 4,
      equivalentTo: ['HACCP'],
      umbrella: false,
    });
    expect((await loadStandardsRegistry(ds)).find((s) => s.code === code)).toEqual({
      code,
      name: 'A scheme an administrator added',
      kind: 'PRODUCT',
      coversGroupMembers: true,
      typicalMonthsToCertify: 4,
      equivalentTo: ['HACCP'],
    });
  });
});

describe('requirementCodesAffected', () => {
  const edit = (code: string, change: Partial<StandardSnapshot>) =>
    requirementCodesAffected(STANDARDS_REGISTRY, {
      before: snapshot(code),
      after: { ...snapshot(code), ...change },
    });

  it('names the codes an added equivalence now reaches, not the standard that gained it', () => {
    // ISO 22000 → GFSI_RECOGNISED: an ISO 22000 holder now meets the umbrella; FSSC 22000 already did.
    expect(edit('ISO_22000', { equivalentTo: ['HACCP', 'GFSI_RECOGNISED'] })).toEqual(['GFSI_RECOGNISED']);
  });

  it('names the code a removed equivalence no longer reaches, and none it still reaches another way', () => {
    // FSSC 22000 still meets HACCP directly, so only ISO_22000 requirements lose a route.
    expect(edit('FSSC_22000', { equivalentTo: ['GFSI_RECOGNISED', 'HACCP'] })).toEqual(['ISO_22000']);
  });

  it('follows equivalences transitively: a new route to ISO 22000 is a route to HACCP', () => {
    expect(edit('ISO_9001', { equivalentTo: ['ISO_22000'] })).toEqual(['HACCP', 'ISO_22000']);
  });

  it('names every code a standard is a route to when its months or group coverage change', () => {
    expect(edit('ISO_22000', { typicalMonthsToCertify: 7 })).toEqual(['HACCP', 'ISO_22000']);
    expect(edit('BRCGS_FOOD', { coversGroupMembers: true })).toEqual([
      'BRCGS_FOOD',
      'GFSI_RECOGNISED',
      'HACCP',
    ]);
  });

  it('names only the umbrella when the umbrella entry itself changes', () => {
    expect(edit('GFSI_RECOGNISED', { typicalMonthsToCertify: 6 })).toEqual(['GFSI_RECOGNISED']);
  });

  it('names a new standard and what its equivalences reach, and nothing for an edit that changes nothing', () => {
    const added: StandardSnapshot = {
      code: 'NEW_FOOD_SCHEME',
      name: 'New food scheme',
      kind: 'PROCESS',
      coversGroupMembers: false,
      typicalMonthsToCertify: 5,
      equivalentTo: ['GFSI_RECOGNISED'],
      umbrella: false,
    };
    const registry = [...STANDARDS_REGISTRY, toStandardDefinition(added)]; // as loaded after the insert
    expect(requirementCodesAffected(registry, { before: null, after: added })).toEqual([
      'GFSI_RECOGNISED',
      'NEW_FOOD_SCHEME',
    ]);
    expect(edit('HALAL', {})).toEqual([]);
  });
});

describe('re-matching after a standards edit', () => {
  it('re-matches exactly the open needs whose requirements an edited equivalence affects', async () => {
    const iso = await need(['ISO_22000']);
    const isoAndGmp = await need(['GMP', 'ISO_22000'], 'EVALUATING');
    const fssc = await need(['FSSC_22000']);
    const haccp = await need(['HACCP']);
    const gfsi = await need(['GFSI_RECOGNISED']);
    const closedIso = await need(['ISO_22000'], 'CLOSED');
    const none = await need([]);
    const all = [iso, isoAndGmp, fssc, haccp, gfsi, closedIso, none].map((n) => n.id);

    // FSSC 22000 no longer counts as ISO 22000 (it still meets HACCP and the GFSI umbrella directly).
    const outboxId = await editStandard('FSSC_22000', { equivalentTo: ['GFSI_RECOGNISED', 'HACCP'] });

    expect(await rematchedBy(outboxId, all, [iso.id, isoAndGmp.id])).toEqual([iso.id, isoAndGmp.id]);
    expect(await Promise.all([fssc, haccp, gfsi, closedIso, none].map((n) => matchedVersion(n.id)))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  }, 40_000);

  it('re-matches the needs naming a standard an administrator adds, and the codes its equivalences reach', async () => {
    const code = `NEW_${randomUUID().slice(0, 6).toUpperCase().replace(/-/g, '')}`;
    const named = await need([code]);
    const umbrella = await need(['GFSI_RECOGNISED']);
    const haccp = await need(['HACCP']);
    const outboxId = await ds.transaction(async (em) => {
      const after: StandardSnapshot = {
        code,
        name: 'A scheme an administrator added',
        kind: 'PROCESS',
        coversGroupMembers: false,
        typicalMonthsToCertify: 5,
        equivalentTo: ['GFSI_RECOGNISED'],
        umbrella: false,
      };
      await em.save(em.create(Standard, after));
      const event = await em.save(
        em.create(OutboxEvent, { topic: OutboxTopic.StandardsChanged, payload: { before: null, after } }),
      );
      return event.id;
    });

    const all = [named.id, umbrella.id, haccp.id];
    expect(await rematchedBy(outboxId, all, [named.id, umbrella.id])).toEqual([named.id, umbrella.id]);
    expect(await matchedVersion(haccp.id)).toBeNull();
  }, 40_000);
});
