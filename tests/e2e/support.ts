import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';

/** Demo accounts created by prisma/seed.ts (also printed in the README). */
export const DEMO = {
  secretariat: { email: 'secretariat@rencontre.test', password: 'Gesq-Secretariat-2005' },
  organizer: { email: 'organizer@rencontre.test', password: 'Organizer-Dakar-2005' },
  delegate: { email: 'delegate@rencontre.test', password: 'Delegate-Dakar-2005' },
  head: { email: 'head@rencontre.test', password: 'Head-Quebec-2005' },
} as const;

export type Locale = 'fr' | 'en' | 'es' | 'pt';

export function uniqueEmail(prefix = 'e2e'): string {
  return `${prefix}-${randomUUID().slice(0, 10)}@test.rencontre.example`;
}

/** WCAG 2.1 A/AA checks on the page as it is now; fails with the violations listed. */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export async function signIn(page: Page, account: { email: string; password: string }, locale: Locale = 'fr'): Promise<void> {
  await page.goto(`/${locale}/sign-in`);
  await page.locator('#email').fill(account.email);
  await page.locator('#password').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
}

/**
 * The newest link in the newest e-mail to `to` whose subject matches, read
 * through the staff outbox by the demo organizer in a separate browser context.
 */
export async function linkFromOutbox(browser: Browser, to: string, subject: RegExp): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signIn(page, DEMO.organizer);
    let href: string | null = null;
    await expect(async () => {
      await page.goto(`/fr/staff/outbox?to=${encodeURIComponent(to)}`);
      await page.getByRole('table').getByRole('link', { name: subject }).first().click();
      href = await page.getByTestId('email-body').locator('a').first().getAttribute('href');
      expect(href).toBeTruthy();
    }).toPass({ timeout: 20_000 });
    return href!;
  } finally {
    await context.close();
  }
}

/** Signs up a new delegate through the UI and verifies the address; returns the credentials. */
export async function signUpVerified(page: Page, browser: Browser, { given = 'Mame Diarra', family = 'Guèye', locale = 'fr' as Locale } = {}) {
  const name = [given, family].filter(Boolean).join(' ');
  const email = uniqueEmail('delegate');
  const password = `Teranga-${randomUUID().slice(0, 8)}`;
  await page.goto(`/${locale}/sign-up`);
  await page.locator('#givenName').fill(given);
  await page.locator('#familyName').fill(family);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByTestId('sign-up-done')).toBeVisible();
  const link = await linkFromOutbox(browser, email, /.+/);
  await page.goto(link);
  await page.locator('main button').click();
  await expect(page.getByTestId('verify-done')).toBeVisible();
  return { email, password, name };
}
