import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Browser tests drive Debian's Chromium through playwright-core (never a browser download).
 * Every page runs behind a guard that lets only loopback requests through and records any
 * other, so a test fails the moment the app reaches for a CDN, a font host or a tracker.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumFound = existsSync(CHROMIUM);
export const chromiumMissing = `browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;

// The flags the machine's notes give: without the background-networking ones Chromium itself
// tries to reach Google's hosts at every start.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

export interface GuardedContext {
  context: BrowserContext;
  /** Requests for anything but loopback: each was refused. */
  leaks: string[];
  /** Uncaught exceptions in any page. */
  pageErrors: string[];
  /** Console messages (CSP refusals arrive here). */
  console: string[];
  newPage(): Promise<Page>;
}

export async function guardedContext(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
): Promise<GuardedContext> {
  const context = await browser.newContext({ viewport });
  const leaks: string[] = [];
  const pageErrors: string[] = [];
  const consoleMessages: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOOPBACK.test(url.hostname)) return route.continue();
    leaks.push(url.href);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    leaks,
    pageErrors,
    console: consoleMessages,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => consoleMessages.push(message.text()));
      return page;
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * axe-core's WCAG 2 A and AA rules on the page as it stands; the serious and critical ones.
 * axe is evaluated through the DevTools protocol, which the page's CSP does not govern.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(options: object): Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n: { target: string[] }) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url);

/** The page as a person sees it, for docs/web.md and the README. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage });
}
