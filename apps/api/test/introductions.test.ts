import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type IntroductionView, type LinkageView, type SourcingNeedView } from '@linkage/contracts';
import ICAL from 'ical.js';
import {
  type Actor,
  type TestApp,
  createOrganisation,
  createTestApp,
  inDays,
  signUp,
} from './support/test-app.js';
import { leadFirmStaff, programmeBroker } from './support/viewers.js';
import { eventually, sharedMailDir, startWorker } from './support/worker-process.js';

/**
 * Introductions (decision 0013): a programme's broker proposes a group or a coalition to a lead
 * firm for a need; the lead firm answers, each group consents; an accepted introduction starts the
 * linkages, and the introduction meeting goes out as an .ics invitation.
 */
let t: TestApp;
let worker: { stop: () => Promise<void> };
let mailDir: string;

beforeAll(async () => {
  t = await createTestApp();
  mailDir = await sharedMailDir();
  worker = await startWorker(mailDir);
});
afterAll(async () => {
  await worker?.stop();
  await t?.close();
});

async function get<T>(path: string, actor: Actor, status = 200): Promise<T> {
  return (await t.http().get(path).set(actor.auth).expect(status)).body as T;
}

async function post<T>(actor: Actor, path: string, body: object, status = 201): Promise<T> {
  return (await t.http().post(path).set(actor.auth).send(body).expect(status)).body as T;
}

const needBody = (visibility: string) => ({
  title: `Green coffee ${randomUUID().slice(0, 6)}`,
  productCode: '090111',
  quantity: 2,
  unit: 't',
  period: 'MONTH',
  deliveryCountry: 'FR',
  responseDeadline: inDays(30),
  schedule: { kind: 'ONE_OFF', deliverBy: inDays(90) },
  visibility,
});

const meeting = (overrides: object = {}) => ({
  date: inDays(10),
  time: '10:00',
  durationMinutes: 60,
  timeZone: 'Africa/Casablanca',
  place: 'Cooperative office, Agadir',
  link: 'https://meet.example.test/intro',
  ...overrides,
});

let coordinator: Actor;
let open: { id: string; legalName: string };
let hidden: { id: string; legalName: string };
let buyer: Actor;
let firm: { id: string };
let a: Actor;
let b: Actor;
let programmeB: string;
let outsider: Actor;

beforeAll(async () => {
  coordinator = await signUp(t, 'coordinator');
  open = await createOrganisation(t, coordinator, { legalName: `Open ${randomUUID().slice(0, 6)}` });
  hidden = await createOrganisation(t, coordinator, {
    legalName: `Discreet ${randomUUID().slice(0, 6)}`,
    visibility: 'BROKERS',
  });
  ({ actor: buyer, firm } = await leadFirmStaff(t, { verified: true }));
  ({ broker: a } = await programmeBroker(t));
  ({ broker: b, programmeId: programmeB } = await programmeBroker(t, [
    { organisationId: hidden.id, manager: coordinator },
    { organisationId: firm.id, manager: buyer },
  ]));
  outsider = await signUp(t, 'outsider');
});

const postNeed = (visibility: string) =>
  post<SourcingNeedView>(buyer, `/organisations/${firm.id}/needs`, needBody(visibility));

type Refusal = { code: string; fields?: Record<string, string> };

const introduce = (broker: Actor, needId: string, groupIds: string[], status = 201) =>
  post<IntroductionView & Refusal>(
    broker,
    `/needs/${needId}/introductions`,
    { groupIds, note: 'Both work with organic coffee; worth a call.' },
    status,
  );

const answer = (id: string, body: object, status = 200, actor = buyer) =>
  post<IntroductionView & Refusal>(actor, `/introductions/${id}/answer`, body, status);

const consent = (id: string, body: object, status = 200, actor = coordinator) =>
  post<IntroductionView>(actor, `/introductions/${id}/consent`, body, status);

describe('proposing an introduction', () => {
  it('lets only a broker of a programme that may read the need introduce on it', async () => {
    const need = await postNeed('PROGRAMME');
    // Only B's programme has the lead firm enrolled: to A's broker the need does not exist.
    await introduce(a, need.id, [open.id], 404);
    const made = await introduce(b, need.id, [open.id]);
    expect(made).toMatchObject({
      status: 'PROPOSED',
      programme: { id: programmeB },
      need: { id: need.id, leadFirm: { id: firm.id } },
      leadFirmAnswer: 'PENDING',
      parties: [{ groupId: open.id, name: open.legalName, consent: 'PENDING' }],
      youMay: { withdraw: true, answer: false, consentFor: [], scheduleMeeting: true },
    });
    // The lead firm reads it, but is not a broker.
    const refused = await introduce(buyer, need.id, [open.id], 403);
    expect(refused).toMatchObject({ code: 'FORBIDDEN' });
    const told = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'introduction.proposed' AND user_id = ANY($1::uuid[])`,
      [[buyer.userId, coordinator.userId]],
    );
    expect(told[0].n).toBe(2);
  });

  it('refuses a group the broker may not see, and writes nothing', async () => {
    const need = await postNeed('PUBLIC');
    const refused = await introduce(a, need.id, [open.id, hidden.id], 404);
    expect(refused.fields).toEqual({ 'groupIds.1': 'No such producer group' });
    const count = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM introductions WHERE need_id = $1`,
      [need.id],
    );
    expect(count[0].n).toBe(0);
    // B's broker sees the discreet group (enrolled with B) and may introduce it.
    await introduce(b, need.id, [open.id, hidden.id]);
  });

  it('refuses the same groups twice while the first introduction is open, and takes them again once withdrawn', async () => {
    const need = await postNeed('PUBLIC');
    const first = await introduce(b, need.id, [open.id, hidden.id]);
    const again = await introduce(b, need.id, [hidden.id, open.id], 409);
    expect(again.fields).toHaveProperty('groupIds');
    await introduce(b, need.id, [open.id]);
    await post(b, `/introductions/${first.id}/withdraw`, {}, 200);
    await introduce(b, need.id, [hidden.id, open.id]);
  });

  it('refuses a cancelled need', async () => {
    const need = await postNeed('PUBLIC');
    await post(buyer, `/needs/${need.id}/status`, { status: 'CANCELLED' }, 200);
    const refused = await introduce(b, need.id, [open.id], 409);
    expect(refused.code).toBe('NEED_NOT_LIVE');
  });

  it('gives a 400 naming each bad field', async () => {
    const need = await postNeed('PUBLIC');
    const bad = await post<{ fields: Record<string, string> }>(
      b,
      `/needs/${need.id}/introductions`,
      { groupIds: [open.id, open.id], note: '  ' },
      400,
    );
    expect(Object.keys(bad.fields).sort()).toEqual(['groupIds', 'note']);
    const none = await post<{ fields: Record<string, string> }>(
      b,
      `/needs/${need.id}/introductions`,
      { groupIds: [], note: 'x', programmeId: 'nope' },
      400,
    );
    expect(Object.keys(none.fields).sort()).toEqual(['groupIds', 'programmeId']);
    const made = await introduce(b, need.id, [open.id]);
    const answerBad = await answer(made.id, { answer: 'MAYBE' }, 400);
    expect(Object.keys(answerBad.fields as object)).toEqual(['answer']);
    const meetingBad = await t
      .http()
      .put(`/introductions/${made.id}/meeting`)
      .set(b.auth)
      .send(
        meeting({ timeZone: 'Mars/Olympus', link: 'http://insecure.example.test', place: '', time: '25:00' }),
      )
      .expect(400);
    expect(Object.keys(meetingBad.body.fields).sort()).toEqual(['link', 'time', 'timeZone']);
    const nowhere = await t
      .http()
      .put(`/introductions/${made.id}/meeting`)
      .set(b.auth)
      .send(meeting({ place: '', link: '' }))
      .expect(400);
    expect(Object.keys(nowhere.body.fields)).toEqual(['place']);
    const past = await t
      .http()
      .put(`/introductions/${made.id}/meeting`)
      .set(b.auth)
      .send(meeting({ date: inDays(-1) }))
      .expect(400);
    expect(Object.keys(past.body.fields)).toEqual(['date']);
  });
});

describe('who reads an introduction', () => {
  it('shows it to its lead firm, programme and groups only; outsiders get 404 and read nothing', async () => {
    const need = await postNeed('PROGRAMME');
    const made = await introduce(b, need.id, [open.id]);
    for (const actor of [buyer, b, coordinator]) {
      await get(`/introductions/${made.id}`, actor);
      expect((await get<IntroductionView[]>('/introductions', actor)).map((i) => i.id)).toContain(made.id);
      expect(
        (await get<IntroductionView[]>(`/needs/${need.id}/introductions`, actor)).map((i) => i.id),
      ).toEqual([made.id]);
    }
    for (const actor of [outsider, a]) {
      await get(`/introductions/${made.id}`, actor, 404);
      await get(`/needs/${need.id}/introductions`, actor, 404);
      expect((await get<IntroductionView[]>('/introductions', actor)).map((i) => i.id)).not.toContain(
        made.id,
      );
      await answer(made.id, { answer: 'ACCEPT' }, 404, actor);
      await consent(made.id, { answer: 'CONSENT', groupId: open.id }, 404, actor);
      await post(actor, `/introductions/${made.id}/withdraw`, {}, 404);
      await t.http().put(`/introductions/${made.id}/meeting`).set(actor.auth).send(meeting()).expect(404);
    }
  });

  it('names a discreet group to the buyer only once it consents', async () => {
    const need = await postNeed('PUBLIC');
    const made = await introduce(b, need.id, [open.id, hidden.id]);
    const names = async () =>
      Object.fromEntries(
        (await get<IntroductionView>(`/introductions/${made.id}`, buyer)).parties.map((p) => [
          p.groupId,
          p.name,
        ]),
      );
    expect(await names()).toEqual({ [open.id]: open.legalName, [hidden.id]: null });
    await consent(made.id, { answer: 'CONSENT', groupId: hidden.id });
    expect(await names()).toEqual({ [open.id]: open.legalName, [hidden.id]: hidden.legalName });
  });
});

describe('deciding an introduction', () => {
  it('starts the INTRODUCED linkage with the programme once the lead firm accepts and the group consents', async () => {
    const group = await createOrganisation(t, coordinator);
    const need = await postNeed('PROGRAMME');
    const made = await introduce(b, need.id, [group.id]);
    // Only the lead firm's managers answer, only the group's for the group.
    await answer(made.id, { answer: 'ACCEPT' }, 403, coordinator);
    await consent(made.id, { answer: 'CONSENT', groupId: group.id }, 403, buyer);
    const half = await answer(made.id, { answer: 'ACCEPT', reason: 'We need a second origin' });
    expect(half).toMatchObject({
      status: 'PROPOSED',
      leadFirmAnswer: 'ACCEPTED',
      leadFirmReason: 'We need a second origin',
    });
    await answer(made.id, { answer: 'DECLINE' }, 409);
    const done = await consent(made.id, { answer: 'CONSENT' });
    expect(done.status).toBe('ACCEPTED');
    expect(done.decidedAt).not.toBeNull();
    const linkages = await get<LinkageView[]>('/linkages', b);
    const linkage = linkages.find((l) => l.leadFirm.id === firm.id && l.supplier.id === group.id);
    expect(linkage).toMatchObject({ stage: 'INTRODUCED', programmeId: programmeB });
    expect(done.parties[0]!.linkageId).toBe(linkage!.id);
    const events = await t.dataSource.query(`SELECT stage, note FROM linkage_events WHERE linkage_id = $1`, [
      linkage!.id,
    ]);
    expect(events).toEqual([
      { stage: 'INTRODUCED', note: expect.stringMatching(/^Introduced by .+ for “.+”: /) },
    ]);
    expect(events[0].note).toContain('Both work with organic coffee');
    const accepted = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'introduction.accepted' AND user_id = ANY($1::uuid[])`,
      [[buyer.userId, coordinator.userId, b.userId]],
    );
    expect(accepted[0].n).toBe(3);

    // Ended, the linkage starts again at INTRODUCED with a new introduction; in progress, it only gets the event.
    await t.dataSource.query(`UPDATE linkages SET stage = 'ENDED' WHERE id = $1`, [linkage!.id]);
    const again = await introduce(b, (await postNeed('PUBLIC')).id, [group.id]);
    await answer(again.id, { answer: 'ACCEPT' });
    await consent(again.id, { answer: 'CONSENT' });
    await t.dataSource.query(`UPDATE linkages SET stage = 'SUPPLYING' WHERE id = $1`, [linkage!.id]);
    const stages = await t.dataSource.query(
      `SELECT stage FROM linkages WHERE lead_firm_id = $1 AND supplier_id = $2`,
      [firm.id, group.id],
    );
    expect(stages).toEqual([{ stage: 'SUPPLYING' }]);
    const third = await introduce(b, (await postNeed('PUBLIC')).id, [group.id]);
    await consent(third.id, { answer: 'CONSENT' });
    await answer(third.id, { answer: 'ACCEPT' });
    const history = await t.dataSource.query(
      `SELECT stage FROM linkage_events WHERE linkage_id = $1 ORDER BY created_at`,
      [linkage!.id],
    );
    expect(history.map((e: { stage: string }) => e.stage)).toEqual(['INTRODUCED', 'INTRODUCED', 'SUPPLYING']);
  });

  it('is declined by one group refusing, and says which', async () => {
    const need = await postNeed('PUBLIC');
    const made = await introduce(b, need.id, [open.id, hidden.id]);
    await answer(made.id, { answer: 'ACCEPT' });
    await consent(made.id, { answer: 'CONSENT', groupId: open.id });
    const declined = await consent(made.id, {
      answer: 'REFUSE',
      groupId: hidden.id,
      reason: 'No capacity left',
    });
    expect(declined).toMatchObject({
      status: 'DECLINED',
      declinedBy: { by: 'GROUP', groupId: hidden.id },
    });
    expect(declined.parties.find((p) => p.groupId === hidden.id)).toMatchObject({
      consent: 'REFUSED',
      reason: 'No capacity left',
    });
    const linkages = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM linkages WHERE lead_firm_id = $1 AND supplier_id = $2`,
      [firm.id, hidden.id],
    );
    expect(linkages[0].n).toBe(0);
    const byFirm = await introduce(b, need.id, [open.id]);
    expect((await answer(byFirm.id, { answer: 'DECLINE' })).declinedBy).toEqual({ by: 'LEAD_FIRM' });
  });

  it('is withdrawn by the introducing programme’s brokers only, before it is decided', async () => {
    const need = await postNeed('PUBLIC');
    const made = await introduce(b, need.id, [open.id]);
    await post(buyer, `/introductions/${made.id}/withdraw`, {}, 403);
    const withdrawn = await post<IntroductionView>(b, `/introductions/${made.id}/withdraw`, {}, 200);
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      youMay: { withdraw: false, scheduleMeeting: false },
    });
    await answer(made.id, { answer: 'ACCEPT' }, 409);
    await post(b, `/introductions/${made.id}/withdraw`, {}, 409);
    const told = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'introduction.withdrawn' AND user_id = $1 AND link LIKE $2`,
      [buyer.userId, `%${made.id}`],
    );
    expect(told[0].n).toBe(1);
  });

  it('ends a race of the last two answers ACCEPTED exactly once, with one linkage', async () => {
    for (let round = 0; round < 3; round++) {
      const group = await createOrganisation(t, coordinator);
      const made = await introduce(b, (await postNeed('PUBLIC')).id, [group.id]);
      const [x, y] = await Promise.all([
        t.http().post(`/introductions/${made.id}/answer`).set(buyer.auth).send({ answer: 'ACCEPT' }),
        t.http().post(`/introductions/${made.id}/consent`).set(coordinator.auth).send({ answer: 'CONSENT' }),
      ]);
      expect([x.status, y.status]).toEqual([200, 200]);
      expect((await get<IntroductionView>(`/introductions/${made.id}`, b)).status).toBe('ACCEPTED');
      const rows = await t.dataSource.query(
        `SELECT l.id, (SELECT count(*)::int FROM linkage_events e WHERE e.linkage_id = l.id) AS events
           FROM linkages l WHERE l.lead_firm_id = $1 AND l.supplier_id = $2`,
        [firm.id, group.id],
      );
      expect(rows).toEqual([{ id: expect.any(String), events: 1 }]);
      const accepted = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM notifications WHERE kind = 'introduction.accepted' AND user_id = $1 AND link LIKE $2`,
        [buyer.userId, `%${made.id}`],
      );
      expect(accepted[0].n).toBe(1);
    }
  });
});

describe('the introduction meeting', () => {
  /** The .ics the e-mails to this person about this introduction carry, newest first. */
  async function invitationsTo(email: string, introductionId: string): Promise<string[]> {
    const rows: Array<{ content: string }> = await t.dataSource.query(
      `SELECT payload->'attachments'->0->>'content' AS content FROM outbox_events
        WHERE topic = 'email.requested' AND payload->>'to' = $1 AND payload->>'text' LIKE $2
        ORDER BY created_at DESC`,
      [email, `%${introductionId}%`],
    );
    return rows.map((r) => r.content).filter(Boolean);
  }

  /** The calendar attachments of the e-mails the worker wrote to this person. */
  async function calendarsMailedTo(email: string): Promise<string[]> {
    const found: string[] = [];
    for (const file of await readdir(mailDir)) {
      const mime = await readFile(join(mailDir, file), 'utf8');
      if (!mime.includes(`\r\nTo: ${email}\r\n`)) continue;
      const part = /Content-Type: text\/calendar[^]*?\r\n\r\n([^]*?)\r\n--/.exec(mime);
      if (part) found.push(Buffer.from(part[1]!.replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    return found;
  }

  function parse(ics: string) {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = calendar.getFirstSubcomponent('vevent')!;
    return {
      method: calendar.getFirstPropertyValue('method'),
      uid: event.getFirstPropertyValue('uid'),
      sequence: event.getFirstPropertyValue('sequence'),
      start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
      end: (event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString(),
      location: event.getFirstPropertyValue('location'),
      url: event.getFirstPropertyValue('url'),
      organizer: String(event.getFirstPropertyValue('organizer')),
      summary: String(event.getFirstPropertyValue('summary')),
    };
  }

  it('sends every party a valid invitation, and moves it with the next sequence on reschedule', async () => {
    const need = await postNeed('PROGRAMME');
    const made = await introduce(b, need.id, [open.id]);
    const scheduled = (
      await t.http().put(`/introductions/${made.id}/meeting`).set(b.auth).send(meeting()).expect(200)
    ).body as IntroductionView;
    expect(scheduled.meeting).toMatchObject({
      date: inDays(10),
      time: '10:00',
      timeZone: 'Africa/Casablanca',
      durationMinutes: 60,
      sequence: 1,
    });
    const [first] = await invitationsTo(buyer.email, made.id);
    expect(first).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const one = parse(first!);
    expect(one).toMatchObject({
      method: 'REQUEST',
      uid: `introduction-${made.id}@linkage.exchange`,
      sequence: 1,
      start: scheduled.meeting!.startsAt,
      end: scheduled.meeting!.endsAt,
      location: 'Cooperative office, Agadir',
      url: 'https://meet.example.test/intro',
    });
    expect(one.organizer).toContain(b.email);
    expect(one.summary).toContain(need.title);
    expect(one.summary).toContain(open.legalName);
    expect(first).toMatch(/^DTSTART:\d{8}T\d{6}Z\r$/m);
    for (const person of [coordinator, b]) expect(await invitationsTo(person.email, made.id)).toHaveLength(1);

    // The lead firm moves it to a call: same UID, SEQUENCE 2, to everyone again.
    const moved = (
      await t
        .http()
        .put(`/introductions/${made.id}/meeting`)
        .set(buyer.auth)
        .send(meeting({ time: '15:30', durationMinutes: 45, place: '' }))
        .expect(200)
    ).body as IntroductionView;
    expect(moved.meeting).toMatchObject({ time: '15:30', sequence: 2, place: null });
    const [second] = await invitationsTo(coordinator.email, made.id);
    const two = parse(second!);
    expect(two).toMatchObject({
      uid: one.uid,
      sequence: 2,
      start: moved.meeting!.startsAt,
      location: 'https://meet.example.test/intro',
    });
    const notices = await t.dataSource.query(
      `SELECT title FROM notifications WHERE kind = 'introduction.meeting' AND user_id = $1 AND link LIKE $2 ORDER BY created_at`,
      [buyer.userId, `%${made.id}`],
    );
    expect(notices.map((n: { title: string }) => n.title)).toEqual([
      `Meeting arranged: ${need.title}`,
      `Meeting moved: ${need.title}`,
    ]);

    // The worker sends them: each e-mail carries its version of the invitation as a calendar attachment.
    const mailed = await eventually(async () => {
      const found = (await calendarsMailedTo(coordinator.email)).map(parse).filter((c) => c.uid === one.uid);
      return found.length === 2 ? found : undefined;
    }, 15_000);
    expect(mailed.map((c) => c.sequence).sort()).toEqual([1, 2]);

    const download = await t
      .http()
      .get(`/introductions/${made.id}/meeting.ics`)
      .set(coordinator.auth)
      .expect(200);
    expect(download.headers['content-type']).toMatch(/^text\/calendar/);
    expect(parse(download.text)).toMatchObject({ uid: one.uid, sequence: 2 });
    await t.http().get(`/introductions/${made.id}/meeting.ics`).set(outsider.auth).expect(404);
  });

  it('is not arranged on a declined introduction', async () => {
    const made = await introduce(b, (await postNeed('PUBLIC')).id, [open.id]);
    await answer(made.id, { answer: 'DECLINE' });
    await t.http().put(`/introductions/${made.id}/meeting`).set(b.auth).send(meeting()).expect(409);
  });
});
