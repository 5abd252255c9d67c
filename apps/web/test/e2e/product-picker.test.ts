/**
 * The product picker in a real browser: a buyer posting a need finds quinoa by its English name and
 * by its Andean Spanish one ("quinua"), chooses it with the keyboard, and the form submits 1008.50;
 * the need then reads "Quinoa (HS 1008.50)". At a phone's width the suggestions stay on screen with
 * 44 px targets. Without JavaScript the field takes the product's exact name and the portal resolves
 * it to the code.
 */
import { type BrowserSession, openBrowser, signUpInBrowser } from './browser';
import { WEB_URL } from './stack';

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const email = `picker-${run}@example.org`;
const password = 'correct horse battery staple';

let browser: BrowserSession;
let organisationUrl = '';

beforeAll(async () => {
  browser = await openBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

test('the picker finds "quinoa" and "quinua" and the need form submits 1008.50', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 1366, height: 900 });
  await signUpInBrowser(page, 'Rosa Compras', email, password);
  await page.getByRole('radio', { name: /Lead firm/ }).check();
  await page.getByLabel('Legal name').fill(`Andean Grains Buyer ${run}`);
  await page.getByLabel('Country').selectOption('PE');
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await page.getByRole('heading', { name: 'Post a sourcing need' }).waitFor();
  organisationUrl = page.url();

  const product = page.getByRole('combobox', { name: 'Product', exact: true });
  const suggestions = page.getByRole('listbox', { name: 'Product: suggestions' });

  await product.pressSequentially('quinoa');
  await suggestions.getByRole('option', { name: /^Quinoa HS 1008\.50$/ }).waitFor();
  await browser.shot('product-picker-1366');

  await product.fill('');
  await product.pressSequentially('quinua');
  const quinoa = suggestions.getByRole('option').first();
  await quinoa.waitFor();
  expect(await quinoa.textContent()).toBe('QuinoaHS 1008.50');
  expect(await product.getAttribute('aria-expanded')).toBe('true');
  await product.press('ArrowDown');
  expect(await quinoa.getAttribute('aria-selected')).toBe('true');
  expect(await product.getAttribute('aria-activedescendant')).toBe(await quinoa.getAttribute('id'));
  await product.press('Enter');
  expect(await product.inputValue()).toBe('1008.50');
  expect(await suggestions.isHidden()).toBe(true);
  await page.getByText('Quinoa (HS 1008.50)').waitFor();

  await page.getByLabel('Title').fill('Organic quinoa for a breakfast range');
  await page.getByLabel('Quantity').fill('5');
  await page.getByLabel('Unit').selectOption('t');
  await page.getByLabel('Per', { exact: true }).selectOption('MONTH');
  await page.getByLabel('Delivery country').selectOption('PE');
  const posted = page.waitForRequest(
    (request) => request.method() === 'POST' && request.url().startsWith(organisationUrl),
  );
  await page.getByRole('button', { name: 'Post need' }).click();
  expect(new URLSearchParams((await posted).postData() ?? '').get('productCode')).toBe('1008.50');
  await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
  await page.getByText('Quinoa (HS 1008.50)').first().waitFor();
  expect(browser.pageErrors).toEqual([]);
});

test('at 390 px the suggestions stay on screen, each a 44 px target', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(organisationUrl);
  const product = page.getByRole('combobox', { name: 'Product', exact: true });
  await product.pressSequentially('argan');
  const option = page.getByRole('listbox', { name: 'Product: suggestions' }).getByRole('option').first();
  await option.waitFor();
  expect(await option.textContent()).toContain('Argan oil');
  const box = await option.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await browser.shot('product-picker-390');
  await option.click();
  expect(await product.inputValue()).toBe('1515.90');
});

test('without JavaScript the field takes a product’s exact name, resolved to its code', async () => {
  const noScript = await openBrowser({ javaScriptEnabled: false });
  try {
    const { page } = noScript;
    await page.goto(`${WEB_URL}/sign-in`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(organisationUrl);
    await page.getByLabel('Title').fill('Quinua real, sin JavaScript');
    await page.getByLabel('Product', { exact: true }).fill('quinua');
    await page.getByLabel('Quantity').fill('2');
    await page.getByLabel('Unit').selectOption('t');
    await page.getByLabel('Per', { exact: true }).selectOption('MONTH');
    await page.getByLabel('Delivery country').selectOption('PE');
    await page.getByRole('button', { name: 'Post need' }).click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    await page.getByText('Quinoa (HS 1008.50)').first().waitFor();

    // A name that is no product is explained in place.
    await page.goto(organisationUrl);
    await page.getByLabel('Title').fill('Something unclear');
    await page.getByLabel('Product', { exact: true }).fill('grains of paradise and more');
    await page.getByLabel('Quantity').fill('2');
    await page.getByLabel('Delivery country').selectOption('PE');
    await page.getByRole('button', { name: 'Post need' }).click();
    await page.getByText(/Choose a product from the list, or type an HS code/).waitFor();
  } finally {
    await noScript.close();
  }
});
