/**
 * A programme officer's linkage, from introduction to track record, on the demo data (issue 15):
 * the officer introduces Vitargan to Maison Verte for its organic argan oil; the buyer accepts and
 * the group consents, which starts the linkage; the officer records the meeting and the samples,
 * plans the upgrading from the organic renewal gap (a costed action; a wrong cost split is refused
 * beside the field) and adds a laboratory to the directory; the coordinator records the renewed
 * certificate, which closes the action and makes the match eligible; the officer records a trial
 * order and an on-time delivery, and the next match scores Vitargan's track record. The tests run in
 * order, each leaving what the next needs. Each page is photographed at 1366 and 390 px and may not
 * stick out past the phone's edge.
 */
import type { Page } from 'playwright-core';
import { type BrowserSession, openBrowser, signInAs } from './browser';
import { WEB_URL, e2eSql } from './stack';

let browser: BrowserSession;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
});
afterAll(async () => {
  await browser?.close();
});

/** Photographs the page at a laptop's and a phone's width; nothing may stick out past the phone's edge. */
async function photograph(name: string) {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ name, width, scrollWidth }).toEqual({ name, width, scrollWidth: width });
    await browser.shot(`${name}-${width === 390 ? 'phone' : 'desktop'}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

const signIn = (email: string) => signInAs(page, email);

const notice = (text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text }).first().waitFor();

/** The officer's way to the need: the programme's desk lists it among the needs in scope. */
async function openArganNeedAsOfficer() {
  await signIn('officer@programme.demo');
  await page
    .getByRole('region', { name: 'Sourcing needs in scope' })
    .getByRole('link', { name: /^Cosmetic-grade argan oil/ })
    .click();
}

const vitarganMatch = () =>
  page
    .getByRole('list', { name: 'Matches, best first' })
    .getByRole('listitem')
    .filter({ hasText: 'Vitargan' });

/** Set by the first test: where the introduction and the linkage it starts live. */
let introductionUrl = '';
let linkageUrl = '';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test('the officer introduces Vitargan to Maison Verte; the buyer accepts and the group consents: the linkage starts', async () => {
  await openArganNeedAsOfficer();
  // The worker matches the seeded needs in the background; the page polls until the ranking is in.
  await vitarganMatch().waitFor({ timeout: 90_000 });
  const vitarganId = e2eSql(`SELECT id FROM organisations WHERE legal_name = 'Vitargan'`);
  const form = page
    .locator('form')
    .filter({ has: page.getByRole('heading', { name: 'Introduce a supplier' }) });
  await form.getByLabel('Supplier').selectOption(vitarganId);
  await form
    .getByLabel('Note to both sides')
    .fill(
      'Vitargan’s cooperatives press organic argan oil in Agadir; their organic certificate is being renewed.',
    );
  await form.getByRole('button', { name: 'Introduce to the buyer' }).click();
  await page.waitForURL(/\/introductions\/[0-9a-f-]+$/);
  await notice('Introduced');
  introductionUrl = page.url();
  await photograph('68-introduction-proposed');

  // The buyer's dashboard puts the introduction first among what needs attention.
  await signIn('achats@maison-verte.demo');
  await page
    .getByRole('region', { name: 'Needs your attention' })
    .getByRole('link', { name: /introduces Vitargan for “Cosmetic-grade argan oil.*”: accept or decline/ })
    .click();
  await page.waitForURL(introductionUrl);
  await page.getByRole('button', { name: 'Accept the introduction' }).click();
  await notice('your yes is recorded');

  await signIn('coordinator@vitargan.demo');
  const vitargan = e2eSql(`SELECT id FROM organisations WHERE legal_name = 'Vitargan'`);
  await page.goto(`${WEB_URL}/organisations/${vitargan}/matched-needs`);
  await page.getByRole('heading', { name: 'Introductions to buyers' }).waitFor();
  await page.goto(`${WEB_URL}/dashboard`);
  await page
    .getByRole('region', { name: 'Needs your attention' })
    .getByRole('link', { name: /introduces you to Maison Verte.*: consent or refuse/ })
    .click();
  await page.waitForURL(introductionUrl);
  await page.getByRole('button', { name: 'Consent' }).click();
  await notice('the linkage starts');
  await page.getByRole('link', { name: 'Follow the linkage' }).click();
  await page.getByRole('heading', { level: 1, name: /Vitargan × Maison Verte/ }).waitFor();
  linkageUrl = page.url();
  await photograph('69-linkage-introduced');
  expect(browser.pageErrors).toEqual([]);
});

test('the officer moves the linkage through the meeting and the samples', async () => {
  await signIn('officer@programme.demo');
  await page.goto(linkageUrl);
  for (const [stage, what] of [
    ['MEETING', 'Video call with Maison Verte’s buyer: volumes, cold pressing and the organic renewal.'],
    ['SAMPLING', 'Two 1-litre samples sent to Lyon for the lab.'],
  ] as const) {
    await page.getByLabel('Stage').selectOption(stage);
    await page.getByLabel('What happened').fill(what);
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await page.getByText(`Recorded: ${stage === 'MEETING' ? 'meeting' : 'sampling'}.`).waitFor();
    await page.getByText(what).waitFor();
  }
  expect(browser.pageErrors).toEqual([]);
});

test('the officer plans the upgrading from the organic renewal gap and costs its actions', async () => {
  await openArganNeedAsOfficer();
  const vitargan = vitarganMatch();
  // The worker matches the seeded needs in the background; the page polls until the ranking is in.
  await vitargan.getByRole('button', { name: 'Plan the upgrading' }).click({ timeout: 90_000 });

  await page.getByRole('heading', { level: 1, name: 'Upgrading plan: Vitargan' }).waitFor();
  const actions = page.getByRole('region', { name: 'Actions' });
  const certification = actions.getByRole('listitem').filter({ hasText: 'ORGANIC_EU' }).first();
  await certification.waitFor();
  await page.getByText(/Ready by/).waitFor();
  await photograph('70-upgrading-plan');

  const form = page.getByRole('region', { name: 'Add an action' });
  await form.getByLabel('Kind').selectOption('TRAINING');
  await form.getByLabel('What is to be done').fill('Train the cooperatives in organic record keeping');
  await form.getByLabel('Owner').selectOption('PROGRAMME');
  await form.getByLabel('Due', { exact: true }).fill(inDays(30));
  await form.getByLabel('Cost').fill('1200');
  await form.getByLabel('Currency').fill('MAD');
  await form.getByLabel('Lead firm').fill('50');
  await form.getByLabel('Programme').fill('30');
  await form.getByLabel('Supplier').fill('10');
  await form.getByRole('button', { name: 'Add the action' }).click();
  await form.getByText('The shares add up to 90%, not 100%').waitFor();
  await form.getByLabel('Supplier').fill('20');
  await form.getByRole('button', { name: 'Add the action' }).click();
  await page.getByText('Added: Train the cooperatives in organic record keeping.').waitFor();
  await actions.getByText(/lead firm 50% \(MAD 600(\.00)?\)/).waitFor();

  await certification.getByRole('button', { name: 'Start' }).click();
  await page.getByText('Status changed.').waitFor();
  await actions
    .getByRole('listitem')
    .filter({ hasText: 'ORGANIC_EU' })
    .first()
    .getByText('in progress')
    .waitFor();
  // The renewal finishes after deliveries start but before the certificate lapses: the plan is in time.
  await certification.getByText(/needed by/).waitFor();
  await page
    .getByRole('region', { name: /Ready by/ })
    .getByText('in time')
    .waitFor();
  await photograph('71-upgrading-plan-costed');

  // Each action's steps are routes of their own: edit the training, then remove it after the question.
  const training = () => actions.getByRole('listitem').filter({ hasText: 'Train the cooperatives' });
  await training()
    .getByRole('link', { name: /^Edit Train the cooperatives/ })
    .click();
  await page.waitForURL(/\/upgrading-plans\/[0-9a-f-]{36}\/actions\/[0-9a-f-]{36}\/edit$/);
  const actionPanel = page.getByRole('region', { name: /^Edit: Train the cooperatives/ });
  await actionPanel.getByLabel('What is to be done').fill('Train the cooperatives in organic bookkeeping');
  await photograph('71a-upgrading-action-edit');
  await actionPanel.getByRole('button', { name: 'Save the action' }).click();
  await page.getByText('Saved: Train the cooperatives in organic bookkeeping.').waitFor();
  await training().getByRole('link', { name: 'Remove from the plan…' }).click();
  const question = page.getByRole('region', {
    name: /^Remove “Train the cooperatives in organic bookkeeping”\?/,
  });
  await question.getByText('its dates and costs go with it').waitFor();
  await photograph('71b-upgrading-action-remove');
  await question.getByRole('button', { name: 'Yes, remove it' }).click();
  await page.getByText('Action removed from the plan.').waitFor();
  expect(await training().count()).toBe(0);
  // Back on the need, the match's button now opens the plan drawn up.
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: /Cosmetic-grade argan oil/ })
    .click();
  await vitargan.getByRole('button', { name: 'Open the upgrading plan' }).waitFor();

  await page.goto(`${WEB_URL}/service-providers?service=CERTIFICATION_BODY`);
  await page.getByRole('heading', { name: /Certibio Maghreb/ }).waitFor();
  const add = page.getByRole('region', { name: 'Add a provider' });
  await add.getByLabel('Name').fill('Laboratoire du Souss (demo)');
  await add.getByLabel('Based in').selectOption('MA');
  await add.getByLabel('Laboratory').check();
  await add.getByLabel('Countries it works in').fill('MA');
  await add.getByRole('button', { name: 'Add to the directory' }).click();
  await page.getByText('Laboratoire du Souss (demo) is in the directory.').waitFor();
  // Its programme's staff correct an entry with the same form.
  await page.getByRole('link', { name: 'Edit Laboratoire du Souss (demo)' }).click();
  const edit = page.getByRole('region', { name: 'Edit Laboratoire du Souss (demo)' });
  await edit.getByLabel('Phone (optional)').fill('+212 5 28 00 00 00');
  await edit.getByRole('button', { name: 'Save the provider' }).click();
  await page.getByText('Saved: Laboratoire du Souss (demo).').waitFor();
  await page.getByText('+212 5 28 00 00 00').waitFor();
  await photograph('72-service-providers');
  expect(browser.pageErrors).toEqual([]);
});

test('the coordinator records the renewed certificate: the action closes and the match turns eligible', async () => {
  await signIn('coordinator@vitargan.demo');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Vitargan/ })
    .first()
    .click();
  await page
    .getByRole('navigation', { name: 'Organisation' })
    .getByRole('link', { name: 'Certifications' })
    .click();
  const form = page.getByRole('region', { name: 'Record a certificate' });
  await form.getByLabel('Standard').selectOption('ORGANIC_EU');
  await form.getByLabel('Valid from (optional)').fill(inDays(-1));
  await form.getByLabel('Valid until').fill(inDays(900));
  await form.getByRole('button', { name: 'Record certificate' }).click();
  await page.getByText(/^Recorded .* for Vitargan/).waitFor();

  // The group's own view of the need opens the plan the officer drew up: the certification is done.
  await page
    .getByRole('navigation', { name: 'Organisation' })
    .getByRole('link', { name: 'Needs we match' })
    .click();
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Cosmetic-grade argan oil' })
    .getByRole('button', { name: 'Plan the upgrading' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Upgrading plan: Vitargan' }).waitFor();
  const certification = page
    .getByRole('region', { name: 'Actions' })
    .getByRole('listitem')
    .filter({ hasText: 'ORGANIC_EU' })
    .first();
  await certification.getByText('done', { exact: true }).waitFor();
  await certification.getByText('Closed when the certificate was recorded.').waitFor();
  await photograph('73-upgrading-plan-certificate-recorded');

  // The worker re-matches the need: Vitargan is eligible now (the page is read again until it is).
  await openArganNeedAsOfficer();
  const vitargan = vitarganMatch();
  for (let tries = 0; !/Eligible/.test((await vitargan.textContent()) ?? '') && tries < 60; tries++) {
    await page.waitForTimeout(1000);
    await page.reload();
  }
  expect(await vitargan.textContent()).toMatch(/✓ Eligible/);
  // An eligible match has nothing left to plan on this page; the plan stays linked from the notices.
  expect(await vitargan.getByRole('button', { name: /upgrading/ }).count()).toBe(0);
  expect(browser.pageErrors).toEqual([]);
});

test('the officer records a trial order and an on-time delivery; the next match scores the track record', async () => {
  await openArganNeedAsOfficer();
  const trackRecord = () => vitarganMatch().getByRole('listitem').filter({ hasText: 'Track record' });
  // No delivery yet: the track record is not scored (neutral), shown as a dash.
  expect((await trackRecord().textContent())?.trim()).toBe('Track record —');

  await page.goto(linkageUrl);
  await page.getByLabel('Stage').selectOption('TRIAL_ORDER');
  await page.getByLabel('What happened').fill('Trial order of 500 kg for the spring range.');
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await page.getByText('Recorded: trial order.').waitFor();
  const order = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Record an order' }) });
  // An order is a route of its own under the linkage: a refused one is said on the linkage's page.
  await order.getByLabel('Quantity').fill('0');
  await order.locator('select[name="unit"]').selectOption('kg');
  await order.getByLabel('Due').fill(inDays(14));
  await order.getByRole('button', { name: 'Record the order' }).click();
  await page.getByRole('alert').filter({ hasText: 'Must be greater than zero' }).waitFor();
  expect(new URL(page.url()).pathname).toMatch(/^\/linkages\/[0-9a-f-]{36}\/orders$/);
  await order.getByLabel('Quantity').fill('500');
  await order.getByRole('button', { name: 'Record the order' }).click();
  await page.getByText('Trial order recorded.').waitFor();
  expect(await page.getByRole('alert').filter({ hasText: 'Must be greater than zero' }).count()).toBe(0);
  const delivery = page
    .locator('form')
    .filter({ has: page.getByRole('heading', { name: 'Record a delivery' }) });
  await delivery.getByLabel('Quantity').fill('500');
  await delivery.locator('select[name="unit"]').selectOption('kg');
  await delivery.getByLabel('Delivered on').fill(inDays(0));
  await delivery.getByRole('button', { name: 'Record the delivery' }).click();
  await page.getByText('Delivery recorded: it now counts in the supplier’s track record.').waitFor();
  await photograph('74-linkage-trial-order-delivered');

  // The delivery re-matches Vitargan's open needs: its match now scores a track record.
  await openArganNeedAsOfficer();
  for (let tries = 0; /—/.test((await trackRecord().textContent()) ?? '') && tries < 60; tries++) {
    await page.waitForTimeout(1000);
    await page.reload();
  }
  expect((await trackRecord().textContent())?.trim()).toMatch(/^Track record \d+%$/);
  expect(browser.pageErrors).toEqual([]);
});
