/**
 * A broker's introduction in a real browser, on the demo data (decision 0013): the programme
 * officer introduces a matched group to the buyer from the need page; the buyer accepts from its
 * need page; the group's coordinator consents and arranges the meeting without JavaScript, then
 * downloads the .ics. Each page is checked at 390 px for horizontal overflow.
 */
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { type BrowserSession, openBrowser, signInAs } from './browser';
import { e2eSql, WEB_DIR, WEB_URL } from './stack';

const SHOTS = join(WEB_DIR, 'test-results/e2e');
const OFFICER = 'officer@programme.demo';

const sessions: BrowserSession[] = [];

afterAll(async () => {
  for (const s of sessions) await s.close().catch(() => undefined);
});

/** One person's own browser. */
async function person(javaScriptEnabled = true): Promise<Page> {
  const session = await openBrowser({ javaScriptEnabled });
  sessions.push(session);
  return session.page;
}

const signIn = signInAs;

async function notice(page: Page, text: string | RegExp) {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}

/** At a phone's width the page scrolls only vertically; a screenshot of it is kept. */
async function fitsPhone(page: Page, name: string) {
  // Once hydrated: resizing a page still hydrating makes React report server markup it did not expect.
  await page.waitForLoadState('networkidle');
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.screenshot({ path: join(SHOTS, `${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(overflow).toBeLessThanOrEqual(0);
}

async function rowOnceThere(sql: string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = e2eSql(sql);
    if (row || Date.now() > deadline) return row;
    await new Promise((r) => setTimeout(r, 500));
  }
}

const isoDate = (daysFromNow: number) =>
  new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

test('a broker introduces a group, the buyer accepts, the group consents and arranges the meeting without JavaScript', async () => {
  // A demo need with ranked suppliers that the demo walk-through leaves alone (it awards others),
  // a manager of its lead firm, and the top group's coordinator.
  // Matching runs in the background after the seed: wait for its results.
  const [needId, leadFirmId, supplierId, supplierName] = (
    await rowOnceThere(
      `SELECT n.id, n.lead_firm_id, m.supplier_id, o.legal_name FROM sourcing_needs n
       JOIN matches m ON m.need_id = n.id AND m.eligibility <> 'EXCLUDED'
       JOIN organisations o ON o.id = m.supplier_id
      WHERE n.title = 'Private-label cotton T-shirts'
      ORDER BY m.score DESC LIMIT 1`,
    )
  ).split('|');
  const buyerEmail = e2eSql(
    `SELECT u.email FROM memberships ms JOIN users u ON u.id = ms.user_id
      WHERE ms.organisation_id = '${leadFirmId}' AND ms.role IN ('OWNER', 'ADMIN') LIMIT 1`,
  );
  const coordinator = e2eSql(
    `SELECT u.email FROM memberships ms JOIN users u ON u.id = ms.user_id
      WHERE ms.organisation_id = '${supplierId}' AND ms.role IN ('OWNER', 'ADMIN') LIMIT 1`,
  );

  const broker = await person();
  await signIn(broker, OFFICER);
  await broker.goto(`${WEB_URL}/needs/${needId}`);
  await fitsPhone(broker, '89-need-introduce');
  const form = broker
    .locator('form')
    .filter({ has: broker.getByRole('heading', { name: 'Introduce a supplier' }) });
  await form.getByLabel('Supplier').selectOption(supplierId!);
  // The note is required: the form says so in place.
  await form.getByRole('button', { name: 'Introduce to the buyer' }).click();
  await form.locator('.field-errors').first().waitFor();
  await form.getByLabel('Note to both sides').fill('Both sides make organic cotton; a call is worth it.');
  await form.getByRole('button', { name: 'Introduce to the buyer' }).click();
  await broker.waitForURL(/\/introductions\/[0-9a-f-]+$/);
  await notice(broker, 'Introduced');
  const introductionUrl = broker.url();
  await broker.getByRole('button', { name: 'Withdraw the introduction' }).waitFor();
  await fitsPhone(broker, '90-introduction-broker');
  // The programme desk lists it among the introductions in play.
  const programmeId = e2eSql(
    `SELECT programme_id FROM introductions WHERE id = '${introductionUrl.split('/').pop()}'`,
  );
  await broker.goto(`${WEB_URL}/programmes/${programmeId}`);
  await broker.getByRole('heading', { name: 'Introductions in play' }).waitFor();
  await fitsPhone(broker, '90b-programme-desk-introductions');

  const buyer = await person();
  await signIn(buyer, buyerEmail);
  await buyer.goto(`${WEB_URL}/needs/${needId}`);
  await buyer.getByRole('heading', { name: 'Introductions by programme brokers' }).waitFor();
  await buyer.getByRole('link', { name: new RegExp(supplierName!) }).click();
  await buyer.getByRole('button', { name: 'Accept the introduction' }).click();
  await notice(buyer, 'your yes is recorded');
  await fitsPhone(buyer, '91-introduction-buyer');

  // The coordinator, without JavaScript: consent, then arrange the meeting with date and time inputs.
  const group = await person(false);
  await signIn(group, coordinator);
  await group.goto(`${WEB_URL}/organisations/${supplierId}/matched-needs`);
  await group.getByRole('heading', { name: 'Introductions to buyers' }).waitFor();
  await fitsPhone(group, '91b-matched-needs-introductions');
  await group.goto(introductionUrl);
  await group.getByRole('button', { name: 'Consent' }).click();
  await notice(group, 'the linkage starts');
  await group.getByRole('link', { name: 'Follow the linkage' }).waitFor();
  const meeting = group
    .locator('form')
    .filter({ has: group.getByRole('heading', { name: 'Arrange the meeting' }) });
  await meeting.getByLabel('Date').fill(isoDate(12));
  await meeting.getByLabel('Starts at').fill('10:30');
  await meeting.getByLabel('Time zone').selectOption('Africa/Casablanca');
  await meeting.getByLabel('Call link').fill('https://meet.example.org/herbs');
  await meeting.getByRole('button', { name: /Arrange it/ }).click();
  await notice(group, 'Meeting arranged');
  await group.getByText(/10:30–11:30 \(Africa\/Casablanca\)/).waitFor();
  const ics = await group.request.get(`${introductionUrl}/meeting.ics`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
  const text = await ics.text();
  expect(text).toContain('BEGIN:VCALENDAR');
  expect(text).toContain('SEQUENCE:1');
  await fitsPhone(group, '92-introduction-meeting');

  expect(sessions.flatMap((s) => s.pageErrors)).toEqual([]);
}, 180_000);
