/**
 * The linkage journey in a real browser: a producer group records what it supplies, a lead firm
 * posts a need for it, and the group appears among the need's ranked matches without a reload;
 * then the lead firm finds the group on /search by a misspelt product and a country filter.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { isNavigationAbort } from './browser';
import { WEB_DIR, WEB_URL } from './stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(WEB_DIR, 'test-results/e2e');
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

let context: BrowserContext;
let page: Page;
let profileDir: string;
/** Uncaught errors and console errors in the page (hydration mismatches show up here). */
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  profileDir = mkdtempSync(join(tmpdir(), 'linkage-chromium-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  context.setDefaultTimeout(20_000);
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => {
    if (!isNavigationAbort(error.message)) pageErrors.push(`pageerror: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !isNavigationAbort(message.text()))
      pageErrors.push(`console: ${message.text()}`);
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

async function shot(name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function signUp(name: string, email: string) {
  await page.goto(`${WEB_URL}/`);
  await page.getByRole('link', { name: 'Create a free account' }).click();
  await page.waitForURL('**/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/dashboard');
  await page.getByRole('heading', { name: `Welcome, ${name.split(' ')[0]}` }).waitFor();
}

async function createOrganisation(
  kind: 'Producer group' | 'Lead firm',
  legalName: string,
  countryCode: string,
) {
  await page.getByRole('radio', { name: new RegExp(kind) }).check();
  await page.getByLabel('Legal name').fill(legalName);
  await page.getByLabel('Country').selectOption(countryCode);
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await page.getByRole('heading', { level: 1, name: legalName }).waitFor();
}

test('a lead firm finds a producer group among the ranked matches of its need', async () => {
  const groupName = `Souss Argan Cooperative ${run}`;
  const firmName = `Atlas Cosmetics ${run}`;

  // Producer group coordinator
  await page.goto(`${WEB_URL}/`);
  await shot('01-landing');
  await signUp('Fatima Coordinator', `coordinator-${run}@example.org`);
  await shot('02-dashboard-empty');
  await createOrganisation('Producer group', groupName, 'MA');
  // A new group's dashboard lists its first steps in order, each a link to where it is done.
  await page.goto(`${WEB_URL}/dashboard`);
  const attention = page.getByRole('region', { name: 'Needs your attention' });
  await attention.getByText('First steps: 0 of 5 done').waitFor();
  await shot('02b-dashboard-first-steps');
  await attention.getByRole('link', { name: 'Record committed capacity' }).click();
  await page.getByRole('heading', { name: 'What we supply' }).waitFor();

  await page.getByLabel('Product', { exact: true }).fill('151590');
  await page.getByLabel('Product label').fill('Argan oil');
  await page.getByLabel('Quantity').fill('12');
  await page.getByLabel('Unit').selectOption('t');
  await page.getByLabel('Per', { exact: true }).selectOption('MONTH');
  await page.getByRole('button', { name: 'Record capacity' }).click();
  const supplyRow = page.getByRole('row', { name: /Argan oil/ });
  await supplyRow.waitFor();
  expect(await supplyRow.textContent()).toContain('12 t / month');
  await shot('03-producer-group-supply');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Create a free account' }).waitFor();

  // Lead firm sourcing manager
  await signUp('Youssef Sourcing', `sourcing-${run}@example.org`);
  await createOrganisation('Lead firm', firmName, 'FR');
  await page.getByRole('heading', { name: 'Post a sourcing need' }).waitFor();
  await page.getByLabel('Title').fill('Cold-pressed argan oil for a cosmetics line');
  await page.getByLabel('Product', { exact: true }).fill('151590');
  await page.getByLabel('Quantity').fill('10');
  await page.getByLabel('Unit').selectOption('t');
  await page.getByLabel('Per', { exact: true }).selectOption('MONTH');
  await page.getByLabel('Delivery country').selectOption('MA');
  await page.getByRole('button', { name: 'Post need' }).click();
  await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: 'Ranked suppliers' }).waitFor();
  await shot('04-need-just-posted');

  // The matches arrive by polling: no navigation may happen while we wait.
  let navigations = 0;
  const onNavigate = (frame: { parentFrame(): unknown }) => {
    if (!frame.parentFrame()) navigations += 1;
  };
  page.on('framenavigated', onNavigate);
  const match = page
    .getByRole('list', { name: 'Matches, best first' })
    .getByRole('listitem')
    .filter({ hasText: groupName });
  await match.waitFor({ timeout: 30_000 });
  page.off('framenavigated', onNavigate);
  expect(navigations).toBe(0);

  const text = (await match.textContent()) ?? '';
  expect(text).toContain('Morocco');
  expect(text).toMatch(/\d+%/);
  await shot('05-need-matches');
  expect(pageErrors).toEqual([]);
}, 180_000);

test('the lead firm finds the producer group by a misspelt product on /search, then filters by country', async () => {
  const groupName = `Souss Argan Cooperative ${run}`;
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await page.waitForURL('**/search');
  await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();

  // Search as you type: no Enter, the debounced submit runs the search.
  await page.getByLabel('Search for').pressSequentially('argane', { delay: 40 });
  await page.waitForURL(/[?&]q=argane/);
  const results = page.getByRole('region', { name: 'Results' });
  const hit = results.getByRole('listitem').filter({ hasText: groupName });
  await hit.waitFor();
  expect(await hit.locator('mark').first().textContent()).toBe('Argan');

  const countries = page.getByRole('group', { name: 'Country' }).getByRole('checkbox');
  const countryValues = await countries.count();
  const morocco = page.getByRole('checkbox', { name: /Morocco/ });
  await morocco.check();
  await page.waitForURL(/[?&]country=MA/);
  await hit.waitFor();
  expect(await page.getByRole('checkbox', { name: /Morocco/ }).isChecked()).toBe(true);
  // Facets are disjunctive: ticking Morocco keeps the other countries on offer, unticked, so a
  // buyer can add one; the results are Morocco's alone.
  expect(await countries.count()).toBe(countryValues);
  expect(
    await page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { checked: true }).count(),
  ).toBe(1);
  for (const item of await results.getByRole('listitem').all()) {
    expect(await item.textContent()).toContain('Morocco');
  }
  await shot('06-search-misspelt-filtered');
  expect(pageErrors).toEqual([]);
}, 60_000);

test('the lead firm saves a need as a draft, cancels it, and finds it under "Closed or cancelled"', async () => {
  const firmName = `Atlas Cosmetics ${run}`;
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.getByRole('link', { name: firmName }).first().click();
  await page.getByRole('heading', { name: 'Post a sourcing need' }).waitFor();
  const title = `Argan soap bars ${run}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Product', { exact: true }).fill('340111');
  await page.getByLabel('Quantity').fill('5000');
  await page.getByLabel('Unit').selectOption('pieces');
  await page.getByLabel('Delivery country').selectOption('MA');
  await page.getByRole('radio', { name: /^Invited suppliers only/ }).check();
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1 }).getByText('draft').waitFor();
  await page.getByRole('button', { name: 'Cancel this need' }).click();
  await page.getByRole('heading', { level: 1 }).getByText('cancelled').waitFor();

  await page.getByRole('link', { name: firmName }).first().click();
  const which = page.getByRole('navigation', { name: 'Which needs' });
  await which.getByRole('link', { name: /In progress/ }).waitFor();
  expect(await page.getByRole('link', { name: new RegExp(title) }).count()).toBe(0);
  await which.getByRole('link', { name: /Closed or cancelled \(1\)/ }).click();
  await page.getByRole('link', { name: new RegExp(title) }).waitFor();
  expect(pageErrors).toEqual([]);
}, 60_000);
