/**
 * The standards registry in a real browser: an anonymous visitor filters by name and by kind and
 * finds FSSC 22000 (synced into the registry at API boot) with what it also meets — GFSI among them;
 * a platform ADMIN adds a standard, is told in place that a taken code and an empty name will not do,
 * renames the new standard and sees the new name after a reload; a signed-in non-admin sees no
 * controls and the page's action refuses them.
 */
import type { Locator, Page } from 'playwright-core';
import { type BrowserSession, openBrowser, signUpInBrowser } from './browser';
import { e2eSql, WEB_URL } from './stack';

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const code = `E2E_${run.toUpperCase()}`;
const adminEmail = `registry-admin-${run}@example.org`;
const memberEmail = `registry-reader-${run}@example.org`;
const password = 'correct horse battery staple';

let browser: BrowserSession;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const standard = (name: string | RegExp): Locator =>
  page.getByRole('list', { name: 'Standards' }).getByRole('listitem', { name });

async function signUp(name: string, email: string) {
  await page.context().clearCookies();
  await signUpInBrowser(page, name, email, password);
}

async function notice(text: RegExp) {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}

test('an anonymous visitor filters the registry and learns that FSSC 22000 meets a GFSI requirement', async () => {
  await page.goto(`${WEB_URL}/search`);
  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Standards' }).click();
  await page.waitForURL('**/standards');
  await page.getByRole('heading', { name: 'Standards registry', level: 1 }).waitFor();

  await page.getByLabel('Name or code').fill('fssc 22000');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/q=fssc\+22000/);
  const fssc = standard('FSSC 22000 Food Safety System Certification');
  await fssc.waitFor();
  expect(await page.getByRole('list', { name: 'Standards' }).getByRole('listitem').count()).toBe(1);
  expect(await fssc.textContent()).toContain('FSSC_22000');
  expect(await fssc.textContent()).toContain('Process');
  await fssc.getByRole('link', { name: 'Any GFSI-recognised food safety scheme' }).waitFor();
  await fssc.getByText(/Typically \d+ months? to certify/).waitFor();

  // The umbrella requirement lists the schemes that meet it, FSSC 22000 among them.
  await fssc.getByRole('link', { name: 'Any GFSI-recognised food safety scheme' }).click();
  const gfsi = standard('Any GFSI-recognised food safety scheme');
  await gfsi.waitFor();
  await gfsi.getByRole('link', { name: 'FSSC 22000 Food Safety System Certification' }).waitFor();

  // The kind filter alone: only social standards.
  // The filter is a plain GET form: its URL is the whole state.
  const plain = await page.request.get(`${WEB_URL}/standards?q=fssc+22000`);
  expect(await plain.text()).toContain('FSSC 22000 Food Safety System Certification');

  await page.goto(`${WEB_URL}/standards`);
  await page.getByLabel('Kind').selectOption('SOCIAL');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/kind=SOCIAL/);
  await page.getByText(/^\d+ of \d+ standards$/).waitFor();
  expect(await standard('FSSC 22000 Food Safety System Certification').count()).toBe(0);
  for (const item of await page.getByRole('list', { name: 'Standards' }).getByRole('listitem').all()) {
    expect(await item.textContent()).toContain('Social');
  }

  // Nobody signed in gets the registry's editing controls.
  expect(await page.getByText('Add a standard').count()).toBe(0);
  expect(await page.getByRole('link', { name: /^Edit / }).count()).toBe(0);
  await browser.shot('70-standards-anonymous');
});

test('a platform admin adds a standard, sees field errors in place and renames it', async () => {
  await signUp('Registry Admin', adminEmail);
  // No page makes someone a platform administrator: the platform's operators do, in the database.
  e2eSql(`UPDATE users SET platform_role = 'ADMIN' WHERE email = '${adminEmail}'`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Standards' }).click();
  await page.waitForURL('**/standards');

  // A code already in the registry: the API's field error under the Code field.
  await page.getByText('Add a standard').click();
  const add = page.locator('#add-standard');
  await add.getByLabel('Code', { exact: true }).fill('HACCP');
  await add.getByLabel('Name', { exact: true }).fill('Hazard analysis again');
  await add.getByLabel('Kind', { exact: true }).selectOption('PROCESS');
  await add.getByLabel('Typical months to certify').fill('3');
  await add.getByRole('button', { name: 'Add standard' }).click();
  await add.locator('.field--invalid').filter({ hasText: 'This code is taken' }).waitFor();

  await add.getByLabel('Code', { exact: true }).fill(code);
  await add.getByLabel('Name', { exact: true }).fill(`Ethical Sourcing Audit ${run}`);
  await add.getByLabel('Kind', { exact: true }).selectOption('SOCIAL');
  await add.getByLabel('Typical months to certify').fill('4');
  await add.getByLabel('Also meets (codes)').fill('smeta');
  await add.getByLabel('A group certificate covers its members').check();
  await add.getByRole('button', { name: 'Add standard' }).click();
  await notice(new RegExp(`Added Ethical Sourcing Audit ${run} \\(${code}\\)`));
  const added = standard(`Ethical Sourcing Audit ${run}`);
  await added.waitFor();
  expect(await added.textContent()).toContain('A group certificate covers its members');
  expect(await added.textContent()).toContain('Typically 4 months to certify');

  // An empty name is refused under the Name field, and nothing is saved.
  await added.getByRole('link', { name: `Edit Ethical Sourcing Audit ${run}` }).click();
  await page.waitForURL(/edit=/);
  const form = page.locator(`#edit-standard-${code}`);
  await form.getByLabel('Name', { exact: true }).fill('');
  await form.getByRole('button', { name: 'Save standard' }).click();
  await form.locator('.field--invalid').filter({ hasText: 'Enter the standard’s name' }).waitFor();
  await browser.shot('71-standards-admin-error');

  await form.getByLabel('Name', { exact: true }).fill(`Ethical Trade Audit ${run}`);
  await form.getByLabel('Typical months to certify').fill('6');
  await form.getByRole('button', { name: 'Save standard' }).click();
  await notice(new RegExp(`Saved Ethical Trade Audit ${run}`));
  await page.reload();
  const renamed = standard(`Ethical Trade Audit ${run}`);
  await renamed.waitFor();
  expect(await renamed.textContent()).toContain('Typically 6 months to certify');
  expect(await renamed.textContent()).toContain('A group certificate covers its members');
  expect(await standard(`Ethical Sourcing Audit ${run}`).count()).toBe(0);
  expect(e2eSql(`SELECT name FROM standards WHERE code = '${code}'`)).toBe(`Ethical Trade Audit ${run}`);
  expect(browser.pageErrors).toEqual([]);

  // Without JavaScript the same forms post as plain HTML (with the form's hidden session token):
  // the server answers with the error in place.
  const csrf = (await page.locator('input[name="csrf"]').first().getAttribute('value')) ?? '';
  const plain = await page.request.post(`${WEB_URL}/standards?edit=${code}`, {
    form: { csrf, intent: 'update', code, name: '', kind: 'SOCIAL', typicalMonthsToCertify: '6' },
    maxRedirects: 0,
  });
  expect(plain.status()).toBe(200);
  expect(await plain.text()).toMatch(/field--invalid[^]*Enter the standard’s name/);
});

test('a signed-in member who is no admin sees no controls, and the action refuses them', async () => {
  await signUp('Registry Reader', memberEmail);
  await page.goto(`${WEB_URL}/standards`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Standards' }).waitFor();
  await standard('FSSC 22000 Food Safety System Certification').waitFor();
  expect(await page.getByText('Add a standard').count()).toBe(0);
  expect(await page.getByRole('link', { name: /^Edit / }).count()).toBe(0);

  const refused = await page.request.post(`${WEB_URL}/standards`, {
    form: { intent: 'update', code: 'FSSC_22000', name: 'Renamed by a stranger', kind: 'PROCESS', typicalMonthsToCertify: '1' },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(403);
  expect(e2eSql(`SELECT name FROM standards WHERE code = 'FSSC_22000'`)).toBe('FSSC 22000 Food Safety System Certification');
});
