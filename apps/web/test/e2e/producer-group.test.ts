/**
 * A consortium coordinator's day in a real browser: describe the group, import member enterprises
 * from CSV (a dry run first, catching a bad row), record two members' committed capacity (and be
 * told when a colleague saved first), record a certificate with its evidence, publish a catalogue
 * item whose capacity is the sum of the committed entries. Then visibility: a lead-firm user sees
 * the public profile; an anonymous visitor cannot see a lead-firms-only one.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { WEB_DIR, WEB_URL, e2eSql } from './stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(WEB_DIR, 'test-results/e2e');
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

let context: BrowserContext;
let page: Page;
let profileDir: string;
const pageErrors: string[] = [];

const groupName = `Tifaout Argan Consortium ${run}`;
const discreetName = `Anti-Atlas Saffron Group ${run}`;
const members = [`Coopérative Amal ${run}`, `Coopérative Tiwizi ${run}`, `Argan Ida Outanane ${run}`];
let groupId = '';
let discreetId = '';
let leadFirmId = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  profileDir = mkdtempSync(join(tmpdir(), 'linkage-chromium-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  context.setDefaultTimeout(20_000);
  page = context.pages()[0] ?? (await context.newPage());
  watch(page);
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

function watch(p: Page) {
  p.on('pageerror', (error) => {
    // page.goto() unloading a page mid-fetch (Remix's route discovery) aborts that fetch: not a page fault.
    if (/signal is aborted without reason/.test(error.message)) return;
    pageErrors.push(`pageerror: ${error.message}`);
  });
  p.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
}

async function shot(name: string, p: Page = page) {
  await p.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function signUp(name: string, email: string) {
  await page.goto(`${WEB_URL}/sign-up`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/dashboard');
}

function isoDate(daysFromNow: number) {
  return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);
}

async function createOrganisation(kind: 'Producer group' | 'Lead firm', legalName: string, visibility = 'PUBLIC') {
  await page.goto(`${WEB_URL}/dashboard`);
  await page.getByRole('radio', { name: new RegExp(kind) }).check();
  await page.getByLabel('Legal name').fill(legalName);
  await page.getByLabel('Country').selectOption('MA');
  await page.getByLabel('Who may see the profile').selectOption(visibility);
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await page.getByRole('heading', { level: 1, name: legalName }).waitFor();
  return /\/organisations\/([0-9a-f-]{36})/.exec(page.url())![1]!;
}

async function tab(name: string) {
  await page.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name, exact: true }).click();
}

async function notice(text: string | RegExp) {
  try {
    await page.getByRole('status').filter({ hasText: text }).first().waitFor();
  } catch (error) {
    await shot(`failed-notice-${Date.now()}`);
    throw error;
  }
}

const csvHeader = 'legalName,region,employees,foundedYear,registration,womenOwned,status,joinedOn,sectors';
function csv(rows: string[]) {
  return Buffer.from(`${csvHeader}\n${rows.join('\n')}\n`, 'utf8');
}

test('a coordinator describes the group and imports its members from CSV after a dry run', async () => {
  await signUp('Amina Coordinator', `amina-${run}@example.org`);
  discreetId = await createOrganisation('Producer group', discreetName, 'LEAD_FIRMS');
  groupId = await createOrganisation('Producer group', groupName);

  await tab('Edit profile');
  await page.getByLabel('Type of group').selectOption('EXPORT_CONSORTIUM');
  await page.getByLabel('Description').fill('Eleven women’s cooperatives of the Souss selling cosmetic and culinary argan oil jointly.');
  await page.getByLabel('Sectors').fill('argan oil, cosmetics');
  await page.getByLabel('Languages').fill('fr, ar, en');
  await page.getByLabel('Region').fill('Souss-Massa');
  await page.getByLabel('Latitude').fill('30.4278');
  await page.getByLabel('Longitude').fill('-9.5981');
  await page.getByLabel('Decision rule').fill('One cooperative, one vote');
  await page.getByLabel('Customers (private)').fill('Maison Aroma, Paris');
  await shot('09-edit-profile');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await notice('Profile saved.');
  await page.getByText('30.4278° N, 9.5981° W').waitFor();

  await tab('Member enterprises');
  // A file with one bad row: the dry run names the line, the field and the reason; nothing is written.
  await page.setInputFiles('input[name="file"]', {
    name: 'members-bad.csv',
    mimeType: 'text/csv',
    buffer: csv([
      `${members[0]},Souss-Massa,24,2009,FORMAL,true,ACTIVE,2020-03-01,argan oil`,
      `${members[1]},Souss-Massa,lots,2012,FORMAL,true,ACTIVE,2021-01-15,argan oil`,
    ]),
  });
  await page.getByRole('button', { name: 'Check file (dry run)' }).click();
  const preview = page.getByRole('table', { name: 'Rows of the file and their errors' });
  const badRow = preview.getByRole('row').filter({ hasText: members[1]! });
  await badRow.waitFor();
  expect(await badRow.textContent()).toContain('employees');
  expect(await badRow.getByRole('cell').first().textContent()).toBe('3');
  expect(await page.getByRole('button', { name: /^Import \d+ member/ }).count()).toBe(0);
  await shot('10-import-dry-run-errors');

  await page.setInputFiles('input[name="file"]', {
    name: 'members.csv',
    mimeType: 'text/csv',
    buffer: csv([
      `${members[0]},Souss-Massa,24,2009,FORMAL,true,ACTIVE,2020-03-01,argan oil`,
      `${members[1]},Souss-Massa,18,2012,INFORMAL,true,ACTIVE,2021-01-15,argan oil;amlou`,
      `${members[2]},Essaouira,9,2016,FORMAL,false,INVITED,,argan oil`,
    ]),
  });
  await page.getByRole('button', { name: 'Check file (dry run)' }).click();
  await page.getByText('3 rows, 3 valid').waitFor();
  await shot('11-import-dry-run-ok');
  await page.getByRole('button', { name: 'Import 3 members' }).click();
  await notice('Imported 3 members from members.csv.');
  const table = page.getByRole('table', { name: 'Member enterprises' });
  for (const m of members) await table.getByRole('row').filter({ hasText: m }).waitFor();
  expect(await table.getByRole('row').filter({ hasText: members[2]! }).textContent()).toContain('invited');

  // Change a member's status: the invited member becomes active.
  await page.getByLabel(`New status for ${members[2]}`).selectOption('ACTIVE');
  await page.getByRole('form', { name: `Change status of ${members[2]}` }).getByRole('button', { name: 'Apply' }).click();
  await notice(`${members[2]} is now active`);
  await shot('12-group-members');
  expect(pageErrors).toEqual([]);
}, 120_000);

test('the coordinator records committed capacity for two members and is told when a colleague saved first', async () => {
  await tab('Capacity');
  await page.getByRole('heading', { name: 'What we supply' }).waitFor();
  for (const [member, quantity] of [
    [members[0]!, '8'],
    [members[1]!, '6'],
  ] as const) {
    await page.getByLabel('Member', { exact: true }).selectOption({ label: member });
    await page.getByLabel('Product', { exact: true }).fill('151590');
    await page.getByLabel('Product label').fill('Argan oil');
    await page.getByLabel('Quantity').fill(quantity);
    await page.getByLabel('Unit').selectOption('t');
    await page.getByLabel('Per', { exact: true }).selectOption('MONTH');
    await page.getByLabel('Lead time in days (optional)').fill('21');
    expect(await page.getByLabel(/Committed to the group/).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Record capacity' }).click();
    await notice(`Recorded: Argan oil, ${quantity} t / month, committed to the group.`);
  }
  // The third member's capacity is recorded but not committed: it must not count.
  await page.getByLabel('Member', { exact: true }).selectOption({ label: members[2]! });
  await page.getByLabel('Product', { exact: true }).fill('151590');
  await page.getByLabel('Product label').fill('Argan oil');
  await page.getByLabel('Quantity').fill('5');
  await page.getByLabel(/Committed to the group/).uncheck();
  await page.getByRole('button', { name: 'Record capacity' }).click();
  await notice('Recorded: Argan oil, 5 t / month.');
  await page.getByText('14 t / month').first().waitFor();
  await shot('13-capacity');

  // Two people edit the same entry; the second save is refused and says so.
  await page.getByRole('link', { name: `Edit Argan oil ${members[0]}` }).click();
  await page.getByRole('heading', { name: /Edit Argan oil/ }).waitFor();
  const colleague = await context.newPage();
  watch(colleague);
  await colleague.goto(page.url());
  await colleague.getByLabel('Lead time in days').fill('14');
  await colleague.getByRole('button', { name: 'Save changes' }).click();
  await colleague.getByRole('status').filter({ hasText: 'Saved: Argan oil, 8 t / month.' }).waitFor();
  await colleague.close();

  await page.getByLabel('Quantity').fill('9');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('alert').filter({ hasText: 'Someone else changed this entry' }).waitFor();
  await shot('14-capacity-stale');
  // Nothing of the refused edit was saved: the committed total is still 8 + 6.
  await page.getByText('14 t / month').first().waitFor();
  expect(pageErrors).toEqual([]);
}, 120_000);

test('the coordinator records a certificate with its evidence file', async () => {
  await tab('Certifications');
  await page.getByLabel('Standard').selectOption('ORGANIC_EU');
  await page.getByLabel('Held by').selectOption({ label: members[0]! });
  await page.getByLabel('Certificate number (optional)').fill('MA-BIO-2291');
  await page.getByLabel('Certification body (optional)').fill('Ecocert');
  const nextYear = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Valid until').fill(nextYear);
  await page.setInputFiles('#evidence-file', {
    name: 'organic-certificate.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  });
  await page.getByRole('button', { name: 'Record certificate' }).click();
  await notice(/Recorded .* with its evidence\./);
  const row = page.getByRole('table', { name: 'Certifications' }).getByRole('row').filter({ hasText: 'MA-BIO-2291' });
  await row.waitFor();
  const text = (await row.textContent()) ?? '';
  expect(text).toContain('Valid');
  expect(text).toContain('Self-declared');
  expect(text).toContain(members[0]!);
  const evidence = row.getByRole('link', { name: 'organic-certificate.pdf' });
  const href = await evidence.getAttribute('href');
  const response = await page.request.get(`${WEB_URL}${href}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  await shot('15-certifications');
  expect(pageErrors).toEqual([]);
}, 60_000);

test('the coordinator publishes a catalogue item whose capacity is the sum of the committed entries', async () => {
  await tab('Catalogue');
  await page.getByLabel('Product', { exact: true }).fill('151590');
  await page.getByLabel('Product label').fill('Cosmetic argan oil, cold-pressed');
  await page.getByLabel('Unit').selectOption('t');
  await page.getByLabel('Capacity per').selectOption('MONTH');
  await page.getByLabel('Price from').fill('28');
  await page.getByLabel('Price to').fill('34');
  await page.getByLabel('Currency').fill('EUR');
  await page.getByLabel('Standards met (optional)').fill('ORGANIC_EU');
  await page.getByRole('button', { name: 'Add item' }).click();
  await notice(/is in the catalogue as a draft/);
  await page.getByRole('button', { name: 'Publish Cosmetic argan oil, cold-pressed' }).click();
  await notice('Cosmetic argan oil, cold-pressed is published, offering 14 t / month from 2 members.');
  const item = page.getByRole('listitem').filter({ hasText: 'Cosmetic argan oil, cold-pressed' });
  const text = (await item.textContent()) ?? '';
  expect(text).toContain('published');
  expect(text).toContain(`${members[0]} 8 t`);
  expect(text).toContain(`${members[1]} 6 t`);
  expect(text).toContain('= 14 t / month');
  expect(text).not.toContain(members[2]!);
  await shot('16-catalogue');

  await tab('Profile');
  await page.getByRole('heading', { name: 'Capacity by product' }).waitFor();
  await page.getByText('Maison Aroma, Paris').waitFor();
  await shot('17-group-profile');
  await page.getByRole('link', { name: 'Notifications' }).click();
  await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
  await shot('17b-notifications');

  // The second group supplies 10 t / month of the same oil: alone, neither group can serve 20 t.
  await page.goto(`${WEB_URL}/organisations/${discreetId}/capacity`);
  await page.getByLabel('Product', { exact: true }).fill('151590');
  await page.getByLabel('Product label').fill('Argan oil');
  await page.getByLabel('Quantity').fill('10');
  await page.getByRole('button', { name: 'Record capacity' }).click();
  await notice('Recorded: Argan oil, 10 t / month');
  expect(pageErrors).toEqual([]);
}, 60_000);

test('anonymous visitors see the public profile but not a lead-firms-only one; a lead-firm user sees both', async () => {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${WEB_URL}/`);

  await page.goto(`${WEB_URL}/groups/${groupId}`);
  await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
  expect(await page.getByText('Maison Aroma').count()).toBe(0); // customers stay private
  await page.getByText('= 14 t / month').waitFor();
  await shot('18-public-profile-anonymous');
  // Search hits open the public profile, so anonymous visitors can follow them.
  await page.goto(`${WEB_URL}/search?q=Tifaout`);
  await page.getByRole('region', { name: 'Results' }).getByRole('link', { name: new RegExp(groupName) }).first().click();
  await page.waitForURL(`**/groups/${groupId}`);

  const hidden = await page.goto(`${WEB_URL}/groups/${discreetId}`);
  expect(hidden?.status()).toBe(404);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  expect(await page.getByText(discreetName).count()).toBe(0);
  await shot('19-lead-firms-only-anonymous-404');
  // The browser logs the 404 document load as a console error: expected here.
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !/status of 404/.test(e)));

  await signUp('Karim Sourcing', `karim-${run}@example.org`);
  leadFirmId = await createOrganisation('Lead firm', `Atlas Naturals ${run}`);
  await page.goto(`${WEB_URL}/groups/${groupId}`);
  await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
  await page.getByText('Organic').first().waitFor();
  expect(await page.getByText('Maison Aroma').count()).toBe(0);
  // A self-created lead firm is unverified (decision 0008): the discreet group stays hidden from it…
  expect((await page.goto(`${WEB_URL}/groups/${discreetId}`))?.status()).toBe(404);
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !/status of 404/.test(e)));
  // …until a programme officer verifies the buyer.
  e2eSql(`UPDATE organisations SET verified_at = now() WHERE id = '${leadFirmId}'`);
  await page.goto(`${WEB_URL}/groups/${discreetId}`);
  await page.getByRole('heading', { level: 1, name: discreetName }).waitFor();
  await shot('20-lead-firms-only-seen-by-lead-firm');
  expect(pageErrors).toEqual([]);
}, 90_000);

test('a need no single group can meet gets a coalition; conditional matches show their gaps to the buyer and the group', async () => {
  await page.goto(`${WEB_URL}/organisations/${leadFirmId}`);
  await page.getByLabel('Title').fill('Argan oil for a private-label range');
  await page.getByLabel('Product', { exact: true }).fill('151590');
  await page.getByLabel('Quantity').fill('20');
  await page.getByLabel('Unit').selectOption('t');
  await page.getByLabel('Per', { exact: true }).selectOption('MONTH');
  await page.getByLabel('Delivery country').selectOption('MA');
  await page.getByRole('button', { name: 'Post need' }).click();
  await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
  const best = page.getByRole('article', { name: 'Best coalition' });
  await best.waitFor({ timeout: 45_000 });
  const bestText = (await best.textContent()) ?? '';
  expect(bestText).toMatch(/Best coalition: [2-9] suppliers/);
  expect(bestText).toMatch(/Proven optimal|of optimal/);
  expect(bestText).toContain('need 20');
  await page.getByRole('button', { name: `Shortlist ${groupName}` }).click();
  await notice(`${groupName} is shortlisted.`);
  await page.getByRole('list', { name: 'Matches, best first' }).getByRole('listitem').filter({ hasText: groupName }).filter({ hasText: 'shortlisted' }).waitFor();
  await shot('21-need-coalition');

  // A smaller need that asks for HACCP before the first delivery: the groups match on conditions.
  await page.goto(`${WEB_URL}/organisations/${leadFirmId}`);
  await page.getByLabel('Title').fill('HACCP-certified culinary argan oil');
  await page.getByLabel('Product', { exact: true }).fill('151590');
  await page.getByLabel('Quantity').fill('5');
  await page.getByLabel('Delivery country').selectOption('MA');
  await page.getByLabel('First delivery', { exact: true }).fill(isoDate(270));
  await page.getByLabel('Last delivery', { exact: true }).fill(isoDate(630));
  await page.getByLabel('Standard 1', { exact: true }).selectOption('HACCP');
  await page.getByRole('button', { name: 'Post need' }).click();
  await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
  const conditional = page.getByRole('list', { name: 'Matches, best first' }).getByRole('listitem').filter({ hasText: groupName });
  await conditional.waitFor({ timeout: 45_000 });
  expect(await conditional.textContent()).toContain('Conditional');
  await conditional.getByRole('list', { name: 'Gaps to close' }).getByText('Certification').first().waitFor();
  await shot('22-need-conditional-gaps');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${WEB_URL}/`);
  await page.goto(`${WEB_URL}/sign-in`);
  await page.getByLabel('E-mail').fill(`amina-${run}@example.org`);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/dashboard');
  await page.goto(`${WEB_URL}/organisations/${groupId}/matched-needs`);
  const haccp = page.getByRole('listitem').filter({ hasText: 'HACCP-certified culinary argan oil' });
  await haccp.waitFor();
  expect(await haccp.textContent()).toContain('Conditional');
  await haccp.getByRole('list', { name: 'Gaps to close' }).waitFor();
  await page.getByRole('listitem').filter({ hasText: 'Argan oil for a private-label range' }).filter({ hasText: 'shortlisted by the buyer' }).waitFor();
  await shot('23-needs-we-match');
  expect(pageErrors).toEqual([]);
}, 150_000);

test('without JavaScript the coordinator still records capacity, a certificate with evidence, and imports members', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const noJs = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })).newPage();
    await noJs.goto(`${WEB_URL}/sign-in`);
    await noJs.getByLabel('E-mail').fill(`amina-${run}@example.org`);
    await noJs.getByLabel('Password').fill('correct horse battery staple');
    await noJs.getByRole('button', { name: 'Sign in' }).click();
    await noJs.waitForURL('**/dashboard');

    await noJs.goto(`${WEB_URL}/organisations/${groupId}/capacity`);
    await noJs.getByLabel('Member', { exact: true }).selectOption({ label: members[1]! });
    await noJs.getByLabel('Product', { exact: true }).fill('121190');
    await noJs.getByLabel('Product label').fill('Dried thyme');
    await noJs.getByLabel('Quantity').fill('2');
    await noJs.getByRole('checkbox', { name: 'Jun' }).check();
    await noJs.getByRole('checkbox', { name: 'Jul' }).check();
    await noJs.getByRole('button', { name: 'Record capacity' }).click();
    await noJs.getByRole('status').filter({ hasText: 'Recorded: Dried thyme, 2 t / month, committed to the group.' }).waitFor();
    await noJs.getByRole('row').filter({ hasText: 'Dried thyme' }).filter({ hasText: 'Jun–Jul' }).waitFor();
    await noJs.getByRole('link', { name: `Edit Dried thyme ${members[1]}` }).click();
    // Without script too, removing asks first: the question is a page of its own.
    await noJs.getByRole('link', { name: 'Remove this capacity line…' }).click();
    await noJs.waitForURL(/\/capacity\/[^/]+\/delete$/);
    await noJs.getByRole('heading', { name: `Remove Dried thyme (${members[1]})?` }).waitFor();
    // The line is still there while the question stands.
    expect(await noJs.getByRole('row').filter({ hasText: 'Dried thyme' }).count()).toBe(1);
    await noJs.getByRole('button', { name: 'Yes, remove the line' }).click();
    await noJs.getByRole('status').filter({ hasText: 'Capacity line removed.' }).waitFor();
    expect(await noJs.getByRole('row').filter({ hasText: 'Dried thyme' }).count()).toBe(0);

    await noJs.goto(`${WEB_URL}/organisations/${groupId}/certifications`);
    await noJs.getByLabel('Standard').selectOption('HACCP');
    await noJs.getByLabel('Valid until').fill(isoDate(40));
    await noJs.setInputFiles('#evidence-file', {
      name: 'haccp.png',
      mimeType: 'image/png',
      buffer: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
    });
    await noJs.getByRole('button', { name: 'Record certificate' }).click();
    await noJs.getByRole('status').filter({ hasText: /Recorded HACCP.*\(expiring\) with its evidence\./ }).waitFor();
    const row = noJs.getByRole('table', { name: 'Certifications' }).getByRole('row').filter({ hasText: 'haccp.png' });
    expect(await row.textContent()).toContain('Expiring');

    await noJs.goto(`${WEB_URL}/organisations/${groupId}/group-members`);
    await noJs.setInputFiles('input[name="file"]', {
      name: 'more-members.csv',
      mimeType: 'text/csv',
      buffer: csv([`Coopérative Tamount ${run},Souss-Massa,12,2018,INFORMAL,true,ACTIVE,2024-05-01,argan oil`]),
    });
    await noJs.getByRole('button', { name: 'Check file (dry run)' }).click();
    await noJs.getByText('1 row, 1 valid').waitFor();
    await noJs.getByRole('button', { name: 'Import 1 member' }).click();
    await noJs.getByRole('status').filter({ hasText: 'Imported 1 member from more-members.csv.' }).waitFor();
    await shot('24-no-javascript-import', noJs);
  } finally {
    await browser.close();
  }
}, 90_000);
