/**
 * Search in a real browser: a producer group's published catalogue item is found by a misspelt
 * product, labelled as a catalogue item, narrowed to by the "What" facet, and leads to the group's
 * joint catalogue; signed in, the same page wears the portal's header; a query whose words find
 * nothing together offers the words that find something alone.
 * The group and its item are set up through the API: what is under test here is the search page.
 */
import type { Page } from 'playwright-core';
import { type BrowserSession, openBrowser } from './browser';
import { API_URL, WEB_URL } from './stack';

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const groupName = `Altiplano Quinoa Growers ${run}`;
const email = `rosa-${run}@example.org`;
const password = 'correct horse battery staple';

let browser: BrowserSession;
let page: Page;
let groupId = '';

async function api<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`${API_URL}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;

  const { token } = await api<{ token: string }>('POST', '/auth/sign-up', { name: 'Rosa Mamani', email, password });
  groupId = (await api<{ id: string }>('POST', '/organisations', { kind: 'PRODUCER_GROUP', legalName: groupName, country: 'PE' }, token)).id;
  const item = await api<{ id: string }>(
    'POST',
    `/organisations/${groupId}/catalogue`,
    { productCode: '100850', productLabel: 'Royal quinoa grain', unit: 'kg', priceMin: 3, priceMax: 4, currency: 'USD' },
    token,
  );
  await api('PUT', `/catalogue-items/${item.id}/published`, { published: true }, token);
  // The worker indexes the item from the outbox; the page shows what the index holds when it asks.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = await api<{ hits: Array<{ document: { id: string } }> }>('GET', `/search?q=${encodeURIComponent(groupName)}&kind=CATALOGUE_ITEM`);
    if (found.hits.some((h) => h.document.id === item.id)) break;
    if (Date.now() > deadline) throw new Error('The published catalogue item was not indexed within 15 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

test('an anonymous visitor finds a catalogue item by a misspelt product, narrows to catalogue items and opens the group’s catalogue', async () => {
  await page.goto(`${WEB_URL}/search`);
  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' }).waitFor();

  await page.getByLabel('Search for').pressSequentially('quiona', { delay: 40 });
  await page.waitForURL(/[?&]q=quiona/);
  const results = page.getByRole('region', { name: 'Results' });
  // The group's own document matches too ("Quinoa" in its name): the item is the hit labelled as one.
  const hits = results.getByRole('listitem').filter({ hasText: groupName });
  await hits.filter({ hasText: 'Producer group' }).waitFor();
  const hit = hits.filter({ hasText: 'Catalogue item' });
  await hit.waitFor();
  expect(await hit.locator('mark').first().textContent()).toBe('quinoa');
  const text = (await hit.textContent()) ?? '';
  expect(text).toContain('Catalogue item');
  expect(text).toContain('3–4 USD / kg');
  expect(text).toContain('Peru');

  await page.getByRole('group', { name: 'What' }).getByRole('checkbox', { name: /Catalogue item/ }).check();
  await page.waitForURL(/[?&]kind=CATALOGUE_ITEM/);
  await hit.waitFor();
  expect(await results.getByRole('listitem').filter({ hasNotText: 'Catalogue item' }).count()).toBe(0);
  await browser.shot('30-search-catalogue-item');

  await hit.getByRole('link', { name: 'Royal quinoa grain' }).click();
  await page.waitForURL(`**/groups/${groupId}#p-catalogue`);
  await page.getByRole('heading', { name: /Joint catalogue/ }).waitFor();
  expect(browser.pageErrors).toEqual([]);
}, 60_000);

test('signed in, the search page wears the portal header and still finds the item', async () => {
  await page.goto(`${WEB_URL}/sign-in?${new URLSearchParams({ redirectTo: '/search?q=quiona' })}`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/search\?q=quiona/);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Dashboard' }).waitFor();
  await nav.getByRole('link', { name: groupName }).waitFor();
  await page.getByRole('link', { name: /^Notifications/ }).waitFor();
  await page.getByText('Rosa Mamani').waitFor();
  expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(0);
  const results = page.getByRole('region', { name: 'Results' });
  await results.getByRole('listitem').filter({ hasText: groupName }).filter({ hasText: 'Catalogue item' }).waitFor();
  await browser.shot('31-search-signed-in');
  expect(browser.pageErrors).toEqual([]);
}, 60_000);

test('a query whose words find nothing together offers each word that finds something alone', async () => {
  await page.goto(`${WEB_URL}/search`);
  await page.getByLabel('Search for').pressSequentially('quiona zzqx', { delay: 40 });
  await page.waitForURL(/[?&]q=quiona\+zzqx/);
  const results = page.getByRole('region', { name: 'Results' });
  await results.getByText('Nothing matches all of “quiona zzqx”').waitFor();
  const suggestion = results.getByRole('listitem').filter({ hasText: '“quiona” finds' });
  await suggestion.waitFor();
  // Only the word that finds something is offered.
  expect(await results.getByRole('link', { name: '“zzqx”' }).count()).toBe(0);
  await browser.shot('32-search-words-alone');

  await suggestion.getByRole('link', { name: '“quiona”' }).click();
  await page.waitForURL(/[?&]q=quiona$/);
  await results.getByRole('listitem').filter({ hasText: groupName }).filter({ hasText: 'Catalogue item' }).waitFor();
  // The box follows the query it now shows.
  expect(await page.getByLabel('Search for').inputValue()).toBe('quiona');
  expect(browser.pageErrors).toEqual([]);
}, 60_000);
