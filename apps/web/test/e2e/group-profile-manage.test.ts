/**
 * What a group's coordinators and a programme broker change after the first recording, in a real
 * browser: a coordinator edits a member enterprise's profile (and sees the API's field error in
 * place); a broker verifies a certificate with its checklist against the evidence (a certificate
 * without evidence cannot be checked); the coordinator edits it (a change of site
 * keeps the broker's verification, a new certificate number withdraws it), sets it third-party
 * verified, uploads evidence from a row and deletes a certificate after its confirmation page; the
 * coordinator changes members' status on each member's status route (leaving, which is final, asks
 * first); the coordinator edits, unpublishes, publishes and deletes a catalogue item. Then the same
 * without JavaScript.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { signUpInBrowser } from './browser';
import { e2eSql, WEB_DIR, WEB_URL } from './stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(WEB_DIR, 'test-results/e2e');
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const PASSWORD = 'correct horse battery staple';

const coordinatorEmail = `yasmina-${run}@example.org`;
const brokerEmail = `officer-${run}@example.org`;
const groupName = `Draa Valley Dates Cooperative Union ${run}`;
const members = [`Coopérative Tinzouline ${run}`, `Coopérative Zagora ${run}`];
let groupId = '';

let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
let coordinator: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
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
  coordinator = await newPage();
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
});

/** One person's own browser (cookies apart); `javaScriptEnabled: false` for the no-JavaScript run. */
async function newPage(javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    if (/signal is aborted without reason/.test(error.message)) return;
    pageErrors.push(`pageerror: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  return page;
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The page as a desktop (1366 px) and a phone (390 px) show it, then back to the test's size. */
async function shotBoth(page: Page, name: string) {
  const size = page.viewportSize();
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await shot(page, `${name}-${width}`);
  }
  if (size) await page.setViewportSize(size);
}

async function notice(page: Page, text: string | RegExp) {
  try {
    await page.getByRole('status').filter({ hasText: text }).first().waitFor();
  } catch (error) {
    await shot(page, `failed-notice-${Date.now()}`);
    throw error;
  }
}

async function signUp(page: Page, name: string, email: string) {
  await signUpInBrowser(page, name, email, PASSWORD);
}

async function signIn(page: Page, email: string) {
  await page.goto(`${WEB_URL}/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Programme staff land on their programme's desk, everyone else on the dashboard.
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

function isoDate(daysFromNow: number) {
  return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);
}

function memberRow(page: Page, name: string) {
  return page.getByRole('table', { name: 'Member enterprises' }).getByRole('row').filter({ hasText: name });
}

function certRow(page: Page, text: string) {
  return page.getByRole('table', { name: 'Certifications' }).getByRole('row').filter({ hasText: text });
}

function catalogueItem(page: Page, label: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: label }) });
}

test('a coordinator edits a member enterprise’s profile; a taken name is refused in place', async () => {
  await signUp(coordinator, 'Yasmina Coordinator', coordinatorEmail);
  await coordinator.getByRole('radio', { name: /Producer group/ }).check();
  await coordinator.getByLabel('Legal name').fill(groupName);
  await coordinator.getByLabel('Country').selectOption('MA');
  await coordinator.getByLabel('Who may see the profile').selectOption('PUBLIC');
  await coordinator.getByRole('button', { name: 'Create organisation' }).click();
  await coordinator.getByRole('heading', { level: 1, name: groupName }).waitFor();
  groupId = /\/organisations\/([0-9a-f-]{36})/.exec(coordinator.url())![1]!;

  await coordinator.goto(`${WEB_URL}/organisations/${groupId}/group-members`);
  for (const [name, employees] of [
    [members[0]!, '12'],
    [members[1]!, '7'],
  ] as const) {
    await coordinator.getByLabel('Enterprise name').fill(name);
    await coordinator.getByLabel('Employees').fill(employees);
    await coordinator.getByLabel('Registration').selectOption('FORMAL');
    await coordinator.getByLabel('Status', { exact: true }).selectOption('ACTIVE');
    await coordinator.getByRole('button', { name: 'Add member' }).click();
    await notice(coordinator, `${name} is an active member.`);
  }
  expect(await memberRow(coordinator, members[0]!).textContent()).toContain('12 staff');

  await coordinator.getByRole('link', { name: `Edit profile of ${members[0]}` }).click();
  const panel = coordinator.getByRole('region', { name: `Edit ${members[0]}` });
  await panel.waitFor();
  // Each member's step is a route of its own under the table.
  await coordinator.waitForURL(new RegExp(`/organisations/${groupId}/group-members/[0-9a-f-]{36}/edit$`));
  expect(await panel.getByLabel('Employees').inputValue()).toBe('12');
  // Another member's name: the API refuses it (409) and the message stands under the name field.
  await panel.getByLabel('Enterprise name').fill(members[1]!);
  await panel.getByRole('button', { name: 'Save profile' }).click();
  const nameField = panel.locator('.field').filter({ has: coordinator.getByLabel('Enterprise name') });
  await nameField.getByRole('alert').filter({ hasText: 'already has a member of this name' }).waitFor();
  expect(await panel.getByLabel('Enterprise name').getAttribute('aria-invalid')).toBe('true');
  await shot(coordinator, '30-member-edit-field-error');

  await panel.getByLabel('Enterprise name').fill(members[0]!);
  await panel.getByLabel('Employees').fill('31');
  await panel.getByLabel('Founded').fill('2011');
  await panel.getByLabel('Registration').selectOption('INFORMAL');
  await panel.getByLabel('Youth-led').check();
  await panel.getByLabel('Products and sectors').fill('dates, date paste');
  await panel.getByRole('button', { name: 'Save profile' }).click();
  await notice(coordinator, `Saved the profile of ${members[0]}.`);

  await coordinator.reload();
  const row = (await memberRow(coordinator, members[0]!).textContent()) ?? '';
  expect(row).toContain('31 staff');
  expect(row).toContain('founded 2011');
  expect(row).toContain('informal');
  expect(row).toContain('youth-led');
  expect(row).toContain('dates, date paste');
  expect(row).not.toContain('12 staff');
  // The edit form states the whole profile: opening it again shows what was saved.
  await coordinator.getByRole('link', { name: `Edit profile of ${members[0]}` }).click();
  await panel.waitFor();
  expect(await panel.getByLabel('Employees').inputValue()).toBe('31');
  expect(await panel.getByLabel('Youth-led').isChecked()).toBe(true);
  expect(await panel.getByLabel('Women-owned').isChecked()).toBe(false);
  await shot(coordinator, '31-member-edited');
  await shotBoth(coordinator, '31a-member-edit-route');
  expect(pageErrors).toEqual([]);
}, 120_000);

test('a coordinator suspends and reactivates a member on its status route, and records that one left after confirming', async () => {
  await coordinator.goto(`${WEB_URL}/organisations/${groupId}/group-members`);
  // From the row: the change posts to the member's status route and comes back with the answer.
  await coordinator.getByLabel(`New status for ${members[1]}`).selectOption('SUSPENDED');
  await coordinator
    .getByRole('form', { name: `Change status of ${members[1]}` })
    .getByRole('button', { name: 'Apply' })
    .click();
  await notice(coordinator, `${members[1]} is now suspended.`);
  await coordinator.waitForURL(`${WEB_URL}/organisations/${groupId}/group-members`);
  expect(await memberRow(coordinator, members[1]!).textContent()).toContain('suspended');

  // The status route opened by its address: the change with its fields labelled in full.
  const editHref = await coordinator
    .getByRole('link', { name: `Edit profile of ${members[1]}` })
    .getAttribute('href');
  const statusPath = editHref!.replace(/\/edit$/, '/status');
  await coordinator.goto(`${WEB_URL}${statusPath}`);
  const statusPanel = coordinator.getByRole('region', { name: new RegExp(`^Status of ${members[1]}`) });
  await statusPanel.getByLabel('New status').selectOption('ACTIVE');
  await shotBoth(coordinator, '31b-member-status-route');
  await statusPanel.getByRole('button', { name: 'Apply' }).click();
  await notice(coordinator, `${members[1]} is now active.`);

  // Leaving is final, so it is asked first; cancelling changes nothing.
  const leaving = `Coopérative Tagounite ${run}`;
  await coordinator.getByLabel('Enterprise name').fill(leaving);
  await coordinator.getByLabel('Status', { exact: true }).selectOption('ACTIVE');
  await coordinator.getByRole('button', { name: 'Add member' }).click();
  await notice(coordinator, `${leaving} is an active member.`);
  await coordinator.getByLabel(`New status for ${leaving}`).selectOption('LEFT');
  await coordinator
    .getByRole('form', { name: `Change status of ${leaving}` })
    .getByRole('button', { name: 'Apply' })
    .click();
  const confirm = coordinator.getByRole('region', { name: `Record that ${leaving} left?` });
  await confirm.getByText('Leaving is final').waitFor();
  await shotBoth(coordinator, '31c-member-leaving-confirmation');
  await confirm.getByRole('link', { name: 'Cancel' }).click();
  await coordinator.getByRole('region', { name: new RegExp(`^Status of ${leaving}`) }).waitFor();
  expect(await memberRow(coordinator, leaving).textContent()).toContain('active');
  await coordinator.getByLabel(`New status for ${leaving}`).selectOption('LEFT');
  await coordinator
    .getByRole('form', { name: `Change status of ${leaving}` })
    .getByRole('button', { name: 'Apply' })
    .click();
  await confirm.getByRole('button', { name: 'Yes, record that it left' }).click();
  await notice(coordinator, new RegExp(`^${leaving} is now left \\(left on `));
  const row = (await memberRow(coordinator, leaving).textContent()) ?? '';
  expect(row).toContain('left');
  expect(row).toContain('final');
  expect(pageErrors).toEqual([]);
}, 120_000);

test('a broker verifies a certificate with its checklist against the evidence; editing its key facts withdraws that, a site does not', async () => {
  await coordinator.goto(`${WEB_URL}/organisations/${groupId}/certifications`);
  await coordinator.getByLabel('Standard').selectOption('ORGANIC_EU');
  await coordinator.getByLabel('Held by').selectOption({ label: members[0]! });
  await coordinator.getByLabel('Certificate number (optional)').fill(`MA-BIO-${run}`);
  await coordinator.getByLabel('Certification body (optional)').fill('Ecocert');
  await coordinator.getByLabel('Valid until').fill(isoDate(300));
  await coordinator.setInputFiles('#evidence-file', {
    name: 'organic-certificate.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  });
  await coordinator.getByRole('button', { name: 'Record certificate' }).click();
  await notice(coordinator, /Recorded .*\(valid\) with its evidence\./);
  expect(await certRow(coordinator, `MA-BIO-${run}`).textContent()).toContain('Self-declared');
  // A second one without its scan: nothing to check it against yet.
  await coordinator.getByLabel('Standard').selectOption('ISO_22000');
  await coordinator.getByLabel('Certificate number (optional)').fill(`MA-NOSCAN-${run}`);
  await coordinator.getByLabel('Valid until').fill(isoDate(200));
  await coordinator.getByRole('button', { name: 'Record certificate' }).click();
  await notice(coordinator, /Recorded .*\(valid\)\./);
  // One already over is legal (a record of what was held) but surprising: the notice says so.
  await coordinator.getByLabel('Standard').selectOption('HALAL');
  await coordinator.getByLabel('Certificate number (optional)').fill(`MA-OLD-${run}`);
  await coordinator.getByLabel('Valid until').fill(isoDate(-20));
  await coordinator.getByRole('button', { name: 'Record certificate' }).click();
  await notice(
    coordinator,
    /Recorded .*\(expired\)\. Note: it ended on .*, so no match counts it until a renewal is recorded\./,
  );
  // A coordinator is no broker: no broker action on the row.
  expect(
    await certRow(coordinator, `MA-BIO-${run}`)
      .getByRole('button', { name: /broker-verified/ })
      .count(),
  ).toBe(0);

  const broker = await newPage();
  await signUp(broker, 'Programme Officer', brokerEmail);
  // The broker joins the demo programme (its owners would invite them) and the group enrols in it,
  // which is what lets the programme's brokers check its certificates (decision 0012).
  e2eSql(
    `INSERT INTO memberships (user_id, organisation_id, role)
       SELECT u.id, p.id, 'MEMBER' FROM users u, organisations p
        WHERE u.email = '${brokerEmail}' AND p.kind = 'PROGRAMME' LIMIT 1;
     INSERT INTO programme_enrolments (programme_id, organisation_id)
       SELECT p.id, '${groupId}' FROM organisations p WHERE p.kind = 'PROGRAMME' LIMIT 1`,
  );
  await broker.goto(`${WEB_URL}/organisations/${groupId}/certifications`);
  const brokerRow = certRow(broker, `MA-BIO-${run}`);
  await brokerRow.waitFor();
  expect(await brokerRow.getByRole('link', { name: /^Edit/ }).count()).toBe(0);
  // Without its evidence a certificate cannot be checked: the panel says what must happen first.
  await certRow(broker, `MA-NOSCAN-${run}`)
    .getByRole('link', { name: /^Verify .* against its evidence$/ })
    .click();
  const verifyPanel = broker.getByRole('region', { name: /^Verify / });
  await verifyPanel.getByText('Upload the certificate’s evidence file before it can be verified').waitFor();
  await broker.waitForURL(new RegExp(`/organisations/${groupId}/certifications/[0-9a-f-]{36}/verify$`));
  expect(await verifyPanel.getByRole('button', { name: 'Record verification' }).count()).toBe(0);
  await brokerRow.getByRole('link', { name: /^Verify .* against its evidence$/ }).click();
  await verifyPanel.getByRole('link', { name: /^Open the evidence/ }).waitFor();
  for (const item of ['certificate number', 'certification body', 'products covered', 'holder named'])
    await verifyPanel.getByLabel(new RegExp(`^The ${item}`)).check();
  await verifyPanel.getByLabel('Note (optional)').fill('Checked against the Ecocert PDF');
  await shot(broker, '32a-broker-verification-checklist');
  await shotBoth(broker, '32a-certificate-verify-route');
  await verifyPanel.getByRole('button', { name: 'Record verification' }).click();
  await notice(
    broker,
    /is now broker-verified\. Verified by Programme Officer on .*: number, body, scope,? and holder checked against the evidence/,
  );
  await certRow(broker, `MA-BIO-${run}`).locator('.verify').filter({ hasText: 'Broker-verified' }).waitFor();
  expect(
    await certRow(broker, `MA-BIO-${run}`)
      .getByRole('link', { name: /^Verify / })
      .count(),
  ).toBe(0);
  await shot(broker, '32-broker-verified');

  // The coordinator sees the broker's verdict; a manager may not set that level.
  await coordinator.reload();
  expect(await certRow(coordinator, `MA-BIO-${run}`).locator('.verify').textContent()).toBe(
    'Broker-verified',
  );

  // A new site is not one of the key facts: the verification stays.
  await certRow(coordinator, `MA-BIO-${run}`)
    .getByRole('link', { name: /^Edit / })
    .click();
  const panel = coordinator.getByRole('region', { name: /^Edit Organic/ });
  await panel.waitFor();
  await coordinator.waitForURL(new RegExp(`/organisations/${groupId}/certifications/[0-9a-f-]{36}/edit$`));
  await panel.getByText('withdraws the broker’s verification').waitFor();
  await shot(coordinator, '32b-certificate-edit-panel');
  await shotBoth(coordinator, '32b-certificate-edit-route');
  await panel.getByLabel('Sites covered').fill('Tinzouline packing house');
  await panel.getByRole('button', { name: 'Save certificate' }).click();
  await notice(coordinator, /^Saved Organic.*\(valid\)\.$/);
  expect(await certRow(coordinator, `MA-BIO-${run}`).locator('.verify').textContent()).toBe(
    'Broker-verified',
  );

  // A new certificate number is: back to self-declared, and the notice says why.
  await certRow(coordinator, `MA-BIO-${run}`)
    .getByRole('link', { name: /^Edit / })
    .click();
  await panel.getByLabel('Certificate number').fill(`MA-BIO-${run}-R1`);
  await panel.getByLabel('Valid from').fill(isoDate(10));
  await panel.getByLabel('Valid until').fill(isoDate(5));
  await panel.getByRole('button', { name: 'Save certificate' }).click();
  // Dates in the wrong order: refused in place, nothing saved.
  await panel.getByRole('alert').filter({ hasText: 'must start before it ends' }).waitFor();
  await panel.getByLabel('Valid from').fill('');
  await panel.getByLabel('Valid until').fill(isoDate(400));
  await panel.getByRole('button', { name: 'Save certificate' }).click();
  await notice(coordinator, 'no longer broker-verified');
  const edited = certRow(coordinator, `MA-BIO-${run}-R1`);
  expect(await edited.locator('.verify').textContent()).toBe('Self-declared');
  await shot(coordinator, '33-certificate-edited-verification-withdrawn');

  // The coordinator may set third-party verified, not broker-verified.
  await edited.getByRole('link', { name: /^Edit / }).click();
  await panel.getByRole('combobox', { name: /^Verification of / }).selectOption('THIRD_PARTY_VERIFIED');
  await panel.getByRole('button', { name: 'Set level' }).click();
  await notice(coordinator, /is now third-party verified\./);
  expect(await certRow(coordinator, `MA-BIO-${run}-R1`).locator('.verify').textContent()).toBe(
    'Third-party verified',
  );

  // The scan-less certificate gets its evidence from its row: a text file is refused on the evidence
  // route, beside its field; a PDF is kept.
  const noScan = certRow(coordinator, `MA-NOSCAN-${run}`);
  await noScan.getByText('Upload file').click();
  await noScan
    .getByLabel(/^Evidence file for /)
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a certificate') });
  await noScan.getByRole('button', { name: 'Upload' }).click();
  const evidencePanel = coordinator.getByRole('region', { name: /^Evidence for ISO 22000/ });
  await evidencePanel.getByRole('alert').waitFor();
  await coordinator.waitForURL(
    new RegExp(`/organisations/${groupId}/certifications/[0-9a-f-]{36}/evidence$`),
  );
  await shotBoth(coordinator, '33a-certificate-evidence-route');
  await evidencePanel.getByLabel('Evidence file').setInputFiles({
    name: 'iso-22000.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  });
  await evidencePanel.getByRole('button', { name: 'Upload' }).click();
  await notice(coordinator, 'Evidence uploaded.');
  await certRow(coordinator, `MA-NOSCAN-${run}`).getByRole('link', { name: 'iso-22000.pdf' }).waitFor();

  // Deleting asks first, on a page of its own; cancelling keeps the certificate.
  await certRow(coordinator, `MA-BIO-${run}-R1`)
    .getByRole('link', { name: /^Edit / })
    .click();
  await panel.getByRole('link', { name: 'Delete this certificate and its evidence file…' }).click();
  const question = coordinator.getByRole('region', {
    name: 'Delete Organic production, Regulation (EU) 2018/848?',
  });
  await question.getByText('This cannot be undone.').waitFor();
  await coordinator.waitForURL(new RegExp(`/organisations/${groupId}/certifications/[0-9a-f-]{36}/delete$`));
  await shotBoth(coordinator, '33b-certificate-delete-route');
  await question.getByRole('link', { name: 'Cancel' }).click();
  await panel.waitFor();
  await panel.getByRole('link', { name: 'Delete this certificate and its evidence file…' }).click();
  await question.getByRole('button', { name: 'Yes, delete the certificate' }).click();
  await notice(coordinator, /^Deleted Organic/);
  expect(await certRow(coordinator, `MA-BIO-${run}`).count()).toBe(0);
  await coordinator.reload();
  expect(await certRow(coordinator, `MA-BIO-${run}`).count()).toBe(0);
  expect(pageErrors).toEqual([]);
}, 120_000);

test('a coordinator edits, unpublishes, publishes and deletes a catalogue item', async () => {
  const label = 'Medjool dates, premium';
  await coordinator.goto(`${WEB_URL}/organisations/${groupId}/catalogue`);
  await coordinator.getByLabel('Product', { exact: true }).fill('080410');
  await coordinator.getByLabel('Product label').fill(label);
  await coordinator.getByLabel('Unit').selectOption('t');
  await coordinator.getByLabel('Price from').fill('4');
  await coordinator.getByLabel('Currency').fill('EUR');
  await coordinator.getByRole('button', { name: 'Add item' }).click();
  await notice(coordinator, `${label} is in the catalogue as a draft.`);
  // The same product under the same name again is taken for a second click, and said so.
  await coordinator.getByLabel('Product', { exact: true }).fill('080410');
  await coordinator.getByLabel('Product label').fill(label);
  await coordinator.getByRole('button', { name: 'Add item' }).click();
  await coordinator.getByText(`${label} is already in the catalogue`).waitFor();

  await coordinator.getByRole('link', { name: `Edit ${label}` }).click();
  const panel = coordinator.getByRole('region', { name: `Edit ${label}` });
  await panel.waitFor();
  expect(await panel.getByLabel('Price from').inputValue()).toBe('4');
  // The lowest price above the highest: refused in place.
  await panel.getByLabel('Price to').fill('3');
  await panel.getByRole('button', { name: 'Save item' }).click();
  await panel.getByRole('alert').filter({ hasText: 'The lowest price cannot exceed the highest' }).waitFor();
  await panel.getByLabel('Product label').fill('Medjool dates, extra large');
  await panel.getByLabel('Price to').fill('6.5');
  await panel
    .getByLabel('Description (optional)')
    .fill('Hand-picked in the Draa valley, packed in 5 kg cartons.');
  await panel.getByLabel('Standards met (optional)').fill('ORGANIC_EU');
  await panel.getByRole('button', { name: 'Save item' }).click();
  await notice(coordinator, 'Saved Medjool dates, extra large (draft).');
  const item = catalogueItem(coordinator, 'Medjool dates, extra large');
  const text = (await item.textContent()) ?? '';
  expect(text).toContain('4–6.5 EUR / t');
  expect(text).toContain('Hand-picked in the Draa valley');
  expect(text).toContain('ORGANIC_EU');
  expect(text).toContain('draft');
  expect(await catalogueItem(coordinator, label).count()).toBe(0);

  await item.getByRole('button', { name: 'Publish Medjool dates, extra large' }).click();
  await notice(coordinator, /Medjool dates, extra large is published/);
  expect(await catalogueItem(coordinator, 'Medjool dates, extra large').textContent()).toContain('published');
  await catalogueItem(coordinator, 'Medjool dates, extra large')
    .getByRole('button', { name: 'Unpublish Medjool dates, extra large' })
    .click();
  await notice(coordinator, 'Medjool dates, extra large is back to draft.');
  expect(await catalogueItem(coordinator, 'Medjool dates, extra large').textContent()).toContain('draft');
  await shot(coordinator, '34-catalogue-edited');

  await catalogueItem(coordinator, 'Medjool dates, extra large')
    .getByRole('link', { name: 'Edit Medjool dates, extra large' })
    .click();
  // Deleting asks first, on a page of its own that names the item and what deleting it does.
  await coordinator.getByRole('link', { name: 'Delete this item from the catalogue…' }).click();
  await coordinator.getByRole('heading', { name: 'Delete Medjool dates, extra large?' }).waitFor();
  await coordinator.getByText(/Buyers no longer find Medjool dates, extra large/).waitFor();
  await coordinator.getByRole('button', { name: 'Yes, delete the item' }).click();
  await notice(coordinator, 'Medjool dates, extra large is deleted from the catalogue.');
  await coordinator.reload();
  await coordinator.getByRole('heading', { name: 'Joint catalogue' }).waitFor();
  expect(await catalogueItem(coordinator, 'Medjool dates, extra large').count()).toBe(0);
  await coordinator.getByText('No catalogue items yet').waitFor();
  expect(pageErrors).toEqual([]);
}, 90_000);

test('without JavaScript: the broker verifies, the coordinator edits a member and a catalogue item and deletes it', async () => {
  await coordinator.goto(`${WEB_URL}/organisations/${groupId}/certifications`);
  await coordinator.getByLabel('Standard').selectOption('HACCP');
  await coordinator.getByLabel('Certificate number (optional)').fill(`HACCP-${run}`);
  await coordinator.getByLabel('Certification body (optional)').fill('SGS');
  await coordinator.getByLabel('Valid until').fill(isoDate(200));
  await coordinator.setInputFiles('#evidence-file', {
    name: 'haccp.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  });
  await coordinator.getByRole('button', { name: 'Record certificate' }).click();
  await notice(coordinator, /Recorded HACCP.* with its evidence/);

  const broker = await newPage(false);
  await signIn(broker, brokerEmail);
  await broker.goto(`${WEB_URL}/organisations/${groupId}/certifications`);
  await certRow(broker, `HACCP-${run}`)
    .getByRole('link', { name: /^Verify .* against its evidence$/ })
    .click();
  const verifyPanel = broker.getByRole('region', { name: /^Verify / });
  for (const item of ['certificate number', 'certification body', 'products covered', 'holder named'])
    await verifyPanel.getByLabel(new RegExp(`^The ${item}`)).check();
  await verifyPanel.getByRole('button', { name: 'Record verification' }).click();
  await notice(broker, /is now broker-verified\./);
  expect(await certRow(broker, `HACCP-${run}`).locator('.verify').textContent()).toBe('Broker-verified');

  const noJs = await newPage(false);
  await signIn(noJs, coordinatorEmail);
  await noJs.goto(`${WEB_URL}/organisations/${groupId}/group-members`);
  await noJs.getByRole('link', { name: `Edit profile of ${members[1]}` }).click();
  const memberPanel = noJs.getByRole('region', { name: `Edit ${members[1]}` });
  await memberPanel.getByLabel('Employees').fill('9');
  await memberPanel.getByLabel('Women-owned').check();
  await memberPanel.getByRole('button', { name: 'Save profile' }).click();
  await notice(noJs, `Saved the profile of ${members[1]}.`);
  const row = (await memberRow(noJs, members[1]!).textContent()) ?? '';
  expect(row).toContain('9 staff');
  expect(row).toContain('women-owned');

  // Without script, the final status change still asks first: the question is a page of its own.
  const leaving = `Coopérative Ait Hamou ${run}`;
  await noJs.getByLabel('Enterprise name').fill(leaving);
  await noJs.getByRole('button', { name: 'Add member' }).click();
  await notice(noJs, `${leaving} is invited.`);
  await noJs.getByLabel(`New status for ${leaving}`).selectOption('LEFT');
  await noJs
    .getByRole('form', { name: `Change status of ${leaving}` })
    .getByRole('button', { name: 'Apply' })
    .click();
  await noJs.getByRole('button', { name: 'Yes, record that it left' }).click();
  await notice(noJs, new RegExp(`^${leaving} is now left`));

  await noJs.goto(`${WEB_URL}/organisations/${groupId}/certifications`);
  await certRow(noJs, `HACCP-${run}`)
    .getByRole('link', { name: /^Edit / })
    .click();
  await noJs.getByRole('link', { name: 'Delete this certificate and its evidence file…' }).click();
  await noJs.getByRole('button', { name: 'Yes, delete the certificate' }).click();
  await notice(noJs, /^Deleted HACCP/);
  expect(await certRow(noJs, `HACCP-${run}`).count()).toBe(0);

  await noJs.goto(`${WEB_URL}/organisations/${groupId}/catalogue`);
  await noJs.getByLabel('Product', { exact: true }).fill('080410');
  await noJs.getByLabel('Product label').fill('Deglet Nour dates');
  await noJs.getByRole('button', { name: 'Add item' }).click();
  await notice(noJs, 'Deglet Nour dates is in the catalogue as a draft.');
  await noJs.getByRole('link', { name: 'Edit Deglet Nour dates' }).click();
  const itemPanel = noJs.getByRole('region', { name: 'Edit Deglet Nour dates' });
  await itemPanel.getByLabel('Minimum order (optional)').fill('2');
  await itemPanel.getByRole('button', { name: 'Save item' }).click();
  await notice(noJs, 'Saved Deglet Nour dates (draft).');
  expect(await catalogueItem(noJs, 'Deglet Nour dates').textContent()).toContain('Minimum order 2 t');
  await noJs.getByRole('link', { name: 'Edit Deglet Nour dates' }).click();
  await noJs.getByRole('link', { name: 'Delete this item from the catalogue…' }).click();
  await noJs.waitForURL(/\/catalogue\/[^/]+\/delete$/);
  await noJs.getByRole('button', { name: 'Yes, delete the item' }).click();
  await notice(noJs, 'Deglet Nour dates is deleted from the catalogue.');
  expect(await catalogueItem(noJs, 'Deglet Nour dates').count()).toBe(0);
  await shot(noJs, '35-no-javascript-catalogue');
  expect(pageErrors).toEqual([]);
}, 90_000);
