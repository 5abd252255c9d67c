/**
 * The portal in the users' languages (issue 18, decision 0021): the buyer's need page and the
 * coordinator's profile in French and Spanish, chosen by the browser's Accept-Language and by the
 * switcher (which works without JavaScript and outlives the page); the portal in Arabic, right to
 * left, with a header whose items neither overlap nor leave the screen at laptop and phone widths.
 */
import type { Page } from 'playwright-core';
import { type BrowserSession, openBrowser, signInAs } from './browser';
import { e2eSql, WEB_URL } from './stack';

let browser: BrowserSession;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  // A catalogue that fails to load shows as English text: name any request that fails.
  page.on('response', (response) => {
    if (response.status() >= 400) browser.pageErrors.push(`${response.status()} ${response.url()}`);
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/**
 * Faults of the pages themselves. Chromium now and then adds a style attribute to a form control
 * between the server's HTML and hydration (React's development build, which Jest's NODE_ENV gives
 * the test build, then warns about the extra attribute); that is the browser's doing, not the page's.
 */
const pageFaults = () =>
  browser.pageErrors.filter((e) => !e.includes('Extra attributes from the server: %s%s style'));

const needId = () =>
  e2eSql(`SELECT id FROM sourcing_needs WHERE title = 'Organic green coffee for a single-origin range'`);
const vitarganId = () => e2eSql(`SELECT id FROM organisations WHERE legal_name = 'Vitargan'`);

async function browserAsks(language: string) {
  await page.context().setExtraHTTPHeaders({ 'Accept-Language': language });
}

async function htmlLanguage(p: Page = page) {
  return p.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

beforeEach(() => {
  browser.pageErrors.length = 0;
  // A saved language wins over the browser's: each test starts from people who chose none.
  e2eSql(
    `UPDATE users SET locale = NULL WHERE email IN ('coordinator@vitargan.demo', 'sourcing@andes-foods.demo')`,
  );
});

afterEach(async () => {
  await browserAsks('en-GB,en;q=0.8');
});

test.each([
  {
    lang: 'fr',
    asks: 'fr-FR,fr;q=0.9,en;q=0.5',
    dashboard: 'Tableau de bord',
    signOut: 'Se déconnecter',
    quantity: 'Quantité',
  },
  { lang: 'es', asks: 'es-PE,es;q=0.9', dashboard: 'Panel', signOut: 'Cerrar sesión', quantity: 'Cantidad' },
])(
  'the buyer reads the need page in $lang when the browser asks for it',
  async ({ lang, asks, dashboard, signOut, quantity }) => {
    await signInAs(page, 'sourcing@andes-foods.demo');
    await browserAsks(asks);
    await page.goto(`${WEB_URL}/needs/${needId()}`);
    expect(await htmlLanguage()).toEqual({ lang, dir: 'ltr' });
    const nav = page.getByRole('navigation').first();
    await nav.getByRole('link', { name: dashboard }).waitFor();
    await page.getByRole('button', { name: signOut }).waitFor();
    // The need's facts (quantity, dates in the locale's words) come from the catalogue too.
    await page.getByText(quantity, { exact: true }).first().waitFor();
    await browser.shot(`languages-need-${lang}`);
    expect(pageFaults()).toEqual([]);
  },
);

test.each([
  { lang: 'fr', name: 'Français', dashboard: 'Tableau de bord' },
  { lang: 'es', name: 'Español', dashboard: 'Panel' },
])(
  'the coordinator switches the profile to $lang and the choice stays',
  async ({ lang, name, dashboard }) => {
    await signInAs(page, 'coordinator@vitargan.demo');
    const profile = `${WEB_URL}/organisations/${vitarganId()}`;
    await page.goto(profile);
    expect((await htmlLanguage()).lang).toBe('en');
    await page.locator('.language-switcher > summary').click();
    await page.getByRole('button', { name }).click();
    // Back on the same page, now in the chosen language.
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    expect(new URL(page.url()).pathname).toBe(new URL(profile).pathname);
    await page.getByRole('link', { name: dashboard }).first().waitFor();
    // The choice is remembered: a later visit (an English browser) stays in it, and it is saved as
    // the person's preference (their e-mails and other devices follow it).
    await page.goto(`${WEB_URL}/dashboard`);
    expect((await htmlLanguage()).lang).toBe(lang);
    expect(e2eSql(`SELECT locale FROM users WHERE email = 'coordinator@vitargan.demo'`)).toBe(lang);
    await page.goto(profile);
    await browser.shot(`languages-profile-${lang}`);
    expect(pageFaults()).toEqual([]);
  },
);

test('the switcher works without JavaScript', async () => {
  const plain = await openBrowser({ javaScriptEnabled: false });
  try {
    await plain.page.goto(`${WEB_URL}/sign-in`);
    await plain.page.locator('.language-switcher > summary').click();
    await plain.page.getByRole('button', { name: 'Español' }).click();
    await plain.page.waitForURL(/\/sign-in$/);
    expect((await htmlLanguage(plain.page)).lang).toBe('es');
    await plain.page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
  } finally {
    await plain.close();
  }
});

/**
 * Every visible item of the header: inside the viewport, no two overlapping, no link cut off by the
 * navigation around it, and the brand whole (or, on a phone, its mark alone).
 */
async function headerLayoutProblems(): Promise<string[]> {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header__inner')!;
    const items = [...header.querySelectorAll(':scope > *, :scope > .site-user > *')]
      .filter((el) => !el.classList.contains('site-user') && !el.classList.contains('site-menu__toggle'))
      .map((el) => ({ name: el.className || el.tagName, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const problems: string[] = [];
    for (const { name, box } of items) {
      if (box.left < -0.5 || box.right > window.innerWidth + 0.5) problems.push(`${name} leaves the screen`);
    }
    for (const nav of header.querySelectorAll('.site-nav')) {
      const frame = nav.getBoundingClientRect();
      for (const link of nav.querySelectorAll('a')) {
        const box = link.getBoundingClientRect();
        if (box.width > 0 && (box.left < frame.left - 0.5 || box.right > frame.right + 0.5))
          problems.push(`${link.textContent} is cut off`);
      }
    }
    const brand = header.querySelector<HTMLElement>('.brand');
    if (brand && brand.clientWidth > 1 && brand.scrollWidth > brand.clientWidth + 1)
      problems.push('the brand is cut off');
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!.box;
        const b = items[j]!.box;
        const overlap =
          a.left < b.right - 0.5 &&
          b.left < a.right - 0.5 &&
          a.top < b.bottom - 0.5 &&
          b.top < a.bottom - 0.5;
        if (overlap) problems.push(`${items[i]!.name} overlaps ${items[j]!.name}`);
      }
    return problems;
  });
}

test.each([1366, 390])(
  'the portal in Arabic reads right to left with a whole header at %i px',
  async (width) => {
    await page.setViewportSize({ width, height: 900 });
    await signInAs(page, 'coordinator@vitargan.demo');
    await browserAsks('ar-MA,ar;q=0.9');
    // The switcher's cookie from an earlier test would win over the browser: start without one.
    await page.context().clearCookies({ name: 'lng' });
    await page.goto(`${WEB_URL}/dashboard`);
    expect(await htmlLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await headerLayoutProblems()).toEqual([]);
    // Right to left: the brand starts at the right edge, the language menu sits at the left.
    const brand = await page.locator('.brand').boundingBox();
    const switcher = await page.locator('.language-switcher').boundingBox();
    expect(brand!.x).toBeGreaterThan(switcher!.x);
    await browser.shot(`languages-ar-dashboard-${width}`);
    await page.goto(`${WEB_URL}/organisations/${vitarganId()}`);
    expect(await headerLayoutProblems()).toEqual([]);
    await browser.shot(`languages-ar-profile-${width}`);
    // Anonymous pages too.
    await page.context().clearCookies();
    await page.goto(`${WEB_URL}/`);
    expect(await htmlLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await headerLayoutProblems()).toEqual([]);
    await browser.shot(`languages-ar-home-${width}`);
    expect(pageFaults()).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  },
);
