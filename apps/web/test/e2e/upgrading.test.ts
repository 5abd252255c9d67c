/**
 * Upgrading plans in the browser (decision 0014): the demo's programme officer plans Vitargan's
 * upgrading from its conditional match on Maison Verte's organic argan oil need, adds a costed action
 * (a wrong cost split is refused beside the field), starts the certification, and adds a provider to
 * the directory. Each page is checked at a phone's width for sideways overflow and photographed.
 */
import type { Page } from 'playwright-core';
import { type BrowserSession, openBrowser } from './browser';
import { WEB_URL } from './stack';

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

async function signIn(email: string) {
  await page.context().clearCookies();
  await page.goto(`${WEB_URL}/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('linkage-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test('a programme officer plans the upgrading of a conditional match and costs its actions', async () => {
  await signIn('officer@programme.demo');
  const needs = page.getByRole('region', { name: 'Sourcing needs in scope' });
  await needs.getByRole('link', { name: /^Cosmetic-grade argan oil/ }).click();
  const vitargan = page
    .getByRole('list', { name: 'Matches, best first' })
    .getByRole('listitem')
    .filter({ hasText: 'Vitargan' });
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
  await signIn('officer@programme.demo');
  await page
    .getByRole('region', { name: 'Sourcing needs in scope' })
    .getByRole('link', { name: /^Cosmetic-grade argan oil/ })
    .click();
  const vitargan = page
    .getByRole('list', { name: 'Matches, best first' })
    .getByRole('listitem')
    .filter({ hasText: 'Vitargan' });
  for (let tries = 0; !/Eligible/.test((await vitargan.textContent()) ?? '') && tries < 60; tries++) {
    await page.waitForTimeout(1000);
    await page.reload();
  }
  expect(await vitargan.textContent()).toMatch(/✓ Eligible/);
  // An eligible match has nothing left to plan on this page; the plan stays linked from the notices.
  expect(await vitargan.getByRole('button', { name: /upgrading/ }).count()).toBe(0);
  expect(browser.pageErrors).toEqual([]);
});
