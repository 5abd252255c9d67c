/**
 * Accessibility of the main pages, with the demo's real content, on a phone and on a desktop:
 * axe-core finds no serious or critical violation (WCAG 2.1 A and AA rules). Each person reaches
 * the pages as they would, signed in as the demo account that uses them.
 */
import type { Page } from 'playwright-core';
import { type BrowserSession, accessibilityViolations, openBrowser, signInAs } from './browser';
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

/** Checks the page as it is now at 390 px and at 1366 px. */
async function expectAccessible(what: string) {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    const violations = await accessibilityViolations(page);
    expect({ what, width, violations }).toEqual({ what, width, violations: [] });
  }
}

async function visit(path: string, heading?: RegExp) {
  await page.goto(`${WEB_URL}${path}`);
  if (heading) await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

test('public pages: home, sign-in, search with results and facets, standards', async () => {
  await page.context().clearCookies();
  await visit('/');
  await expectAccessible('home');
  await visit('/sign-in', /Sign in/);
  await expectAccessible('sign-in');
  await visit('/search?q=argan', /Search/);
  await page.getByRole('region', { name: 'Results' }).getByRole('listitem').first().waitFor();
  await expectAccessible('search');
  await visit('/standards');
  await expectAccessible('standards');
  expect(browser.pageErrors).toEqual([]);
}, 120_000);

test("a buyer's dashboard, needs and a need page with its matches", async () => {
  await signInAs(page, 'achats@maison-verte.demo');
  await expectAccessible('buyer dashboard');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Maison Verte/ })
    .first()
    .click();
  await page.getByRole('heading', { name: 'Sourcing needs' }).waitFor();
  await expectAccessible('lead firm needs and the need form');
  await page
    .getByRole('link', { name: /argan oil/i })
    .first()
    .click();
  await page.getByText('Matched ', { exact: false }).first().waitFor({ timeout: 90_000 });
  await expectAccessible('need page');
  await page.getByRole('link', { name: 'Edit the need' }).click();
  await page.getByRole('heading', { name: 'Edit the need' }).waitFor();
  await expectAccessible('need edit page');
  expect(browser.pageErrors).toEqual([]);
}, 180_000);

test("a coordinator's group profile and each of its tabs", async () => {
  await signInAs(page, 'coordinator@vitargan.demo');
  await expectAccessible('coordinator dashboard');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Vitargan/ })
    .first()
    .click();
  const tabs = page.getByRole('navigation', { name: 'Organisation' });
  await tabs.waitFor();
  await expectAccessible('group profile');
  const names = (await tabs.getByRole('link').allTextContents()).map((t) => t.trim());
  for (const name of names) {
    await tabs.getByRole('link', { name, exact: true }).click();
    await page.waitForLoadState('networkidle');
    await expectAccessible(`group tab ${name}`);
  }
  expect(browser.pageErrors).toEqual([]);
}, 180_000);

test("a certificate's and a member enterprise's own routes: edit, evidence, verification, deletion, status", async () => {
  await signInAs(page, 'coordinator@vitargan.demo');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Vitargan/ })
    .first()
    .click();
  const tabs = page.getByRole('navigation', { name: 'Organisation' });
  await tabs.getByRole('link', { name: 'Certifications', exact: true }).click();
  const edit = page
    .getByRole('table', { name: 'Certifications' })
    .getByRole('link', { name: /^Edit / })
    .first();
  const certificate = (await edit.getAttribute('href'))!.replace(/\/edit$/, '');
  for (const step of ['edit', 'evidence', 'verify', 'delete']) {
    await visit(`${certificate}/${step}`);
    await page.locator('.layout-split__side h2').waitFor();
    await expectAccessible(`certificate ${step}`);
  }
  await tabs.getByRole('link', { name: 'Member enterprises', exact: true }).click();
  const member = (await page
    .getByRole('link', { name: /^Edit profile of / })
    .first()
    .getAttribute('href'))!.replace(/\/edit$/, '');
  for (const step of ['edit', 'status']) {
    await visit(`${member}/${step}`);
    await page.locator('.layout-split__side h2').waitFor();
    await expectAccessible(`member ${step}`);
  }
  expect(browser.pageErrors).toEqual([]);
}, 180_000);

test("a programme officer's desk and the linkage board", async () => {
  await signInAs(page, 'officer@programme.demo');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expectAccessible('programme desk');
  await visit('/linkages');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expectAccessible('linkage board');
  expect(browser.pageErrors).toEqual([]);
}, 120_000);
