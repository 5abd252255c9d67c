import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { WEB_DIR, WEB_URL } from './stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(WEB_DIR, 'test-results/e2e');

/**
 * A navigation that overtakes a pending fetch (Remix's route discovery, or the need page's polling
 * revalidation) aborts it, and the router reports the abort (remix-run/react-router#14203): not a
 * page fault, so the tests that collect page errors leave it out.
 */
export const isNavigationAbort = (text: string): boolean => /signal is aborted without reason/.test(text);

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors in the page (hydration mismatches show up here). */
  pageErrors: string[];
  /** A full-page screenshot in test-results/e2e. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium, headless, with a throw-away profile, watched for page errors. Each session is
 * one person (cookies apart); `javaScriptEnabled: false` for a run without JavaScript.
 */
export async function openBrowser({ javaScriptEnabled = true } = {}): Promise<BrowserSession> {
  mkdirSync(SHOTS, { recursive: true });
  const profileDir = mkdtempSync(join(tmpdir(), 'linkage-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled,
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
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => {
    if (!isNavigationAbort(error.message)) pageErrors.push(`pageerror: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !isNavigationAbort(message.text()))
      pageErrors.push(`console: ${message.text()}`);
  });
  return {
    context,
    page,
    pageErrors,
    shot: async (name) => void (await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })),
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Creates an account through the portal's sign-up page; the page ends on the dashboard, signed in. */
export async function signUpInBrowser(page: Page, name: string, email: string, password: string) {
  await page.goto(`${WEB_URL}/sign-up`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/dashboard');
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AccessibilityViolation {
  rule: string;
  impact: string;
  help: string;
  /** Where on the page: the first few offending elements, as CSS selectors and the start of their HTML. */
  where: string[];
}

/**
 * The page's serious and critical accessibility violations by axe-core (WCAG 2.1 A and AA rules),
 * injected into the page as it is; minor and moderate findings are left to review.
 */
export async function accessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  // Evaluated rather than added as a <script>: the portal's CSP rightly refuses scripts without its nonce.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown[]; html: string }>;
      }>;
    }
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        where: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 160)}`),
      }));
  });
}

/** The password of every demo account the seed creates. */
export const DEMO_PASSWORD = 'linkage-demo';

/** Signs in through the portal's form with a fresh cookie jar; ends wherever the portal lands the person. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.context().clearCookies();
  await page.goto(`${WEB_URL}/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Buyers and coordinators land on the dashboard, a programme officer on the programme's desk.
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
