import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, linkFromOutbox, signIn, signUpVerified, uniqueEmail } from './support';

test.describe('accounts, roles and languages', () => {
  test('a visitor signs up, verifies through the outbox, signs in, switches language and is kept out of staff pages', async ({ page, browser }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Rencontres internationales');
    await expectAccessible(page, 'home');

    // Bad input first: translated messages at the fields, nothing lost.
    await page.goto('/fr/sign-up');
    await expectAccessible(page, 'sign-up');
    await page.locator('#givenName').fill('Mame Diarra');
    await page.locator('#familyName').fill('Guèye');
    await page.locator('#email').fill('pas-une-adresse');
    await page.locator('#password').fill('court');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('#email-error')).toHaveText(/Adresse e-mail invalide/);
    await expect(page.locator('#password-error')).toHaveText('Au moins 8 caractères.');
    await expect(page.locator('#givenName')).toHaveValue('Mame Diarra');
    await expect(page.locator('#familyName')).toHaveValue('Guèye');
    await expectAccessible(page, 'sign-up with errors');
    await page.locator('#password').fill('password123');
    await page.locator('#email').fill(uniqueEmail('common'));
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('#password-error')).toHaveText(/trop courant/);

    const { email, password } = await signUpVerified(page, browser, { given: 'Mame Diarra', family: 'Guèye' });
    await expectAccessible(page, 'verify-email');

    await page.goto('/fr/sign-in');
    await expectAccessible(page, 'sign-in');
    await page.locator('#email').fill(email);
    await page.locator('#password').fill('wrong-password-123');
    await page.locator('form button[type="submit"]').click();
    await expect(page.getByTestId('sign-in-error')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
    await signIn(page, { email, password });
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toContainText('Mame Diarra Guèye');

    // Switch language: the same page in English, the URL says so.
    await page.goto('/fr/account');
    await page.getByRole('link', { name: /English/ }).click();
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
    await expect(page.getByTestId('account-role')).toHaveText('Delegate');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page, 'account (en)');

    // A delegate cannot open staff pages: a 404 that reveals nothing.
    for (const path of ['/en/staff', '/en/staff/outbox', '/en/staff/users', '/en/staff/events/dakar-2005']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    }
    await expectAccessible(page, '404 (en)');
    await expect(page.getByRole('link', { name: 'Dashboard' })).toHaveCount(0);

    // Signing out ends the session: the account page asks to sign in again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await page.goto('/en/account');
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Faccount$/);
  });

  test('an organizer is admitted to the staff area but not to secretariat pages', async ({ page }) => {
    await signIn(page, DEMO.organizer, 'es');
    await page.getByRole('link', { name: 'Panel' }).click();
    await expect(page).toHaveURL(/\/es\/staff$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Panel');
    await expectAccessible(page, 'staff dashboard (es)');
    await page.getByRole('link', { name: 'Bandeja de salida' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bandeja de salida');
    await expectAccessible(page, 'outbox (es)');
    expect((await page.goto('/es/staff/users'))?.status()).toBe(404);
    expect((await page.goto('/es/staff/audit'))?.status()).toBe(404);
  });

  test('the secretariat changes a role, and the audit log shows it', async ({ page, browser }) => {
    const { email } = await signUpVerified(await browser.newPage(), browser, { given: 'Karim', family: 'Benali' });
    await signIn(page, DEMO.secretariat);
    await page.goto(`/fr/staff/users?q=${encodeURIComponent(email)}`);
    await expectAccessible(page, 'users');
    await page.getByLabel('Rôle de Karim Benali').selectOption('ORGANIZER');
    await page.getByRole('button', { name: 'Changer' }).click();
    await expect(page.getByText('Rôle changé')).toBeVisible();
    await page.goto('/fr/staff/audit');
    await expect(page.getByRole('table')).toContainText('user.role.change');
    await expectAccessible(page, 'audit');
  });

  test('a delegate resets a forgotten password through the e-mailed link', async ({ page, browser }) => {
    const { email, password } = await signUpVerified(page, browser, { given: 'João', family: 'Gonçalves', locale: 'pt' });
    await page.goto('/pt/forgot-password');
    await expectAccessible(page, 'forgot (pt)');
    await page.locator('#email').fill(email);
    await page.locator('form button[type="submit"]').click();
    await expect(page.getByTestId('forgot-done')).toContainText(email);
    const link = await linkFromOutbox(browser, email, /nova palavra-passe/);
    await page.goto(link);
    await expectAccessible(page, 'reset (pt)');
    const newPassword = 'Cidade-Velha-2005';
    await page.locator('#password').fill(newPassword);
    await page.locator('#confirm').fill('different-password');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('#confirm-error')).toHaveText('As duas palavras-passe não coincidem.');
    await page.locator('#confirm').fill(newPassword);
    await page.locator('form button[type="submit"]').click();
    await expect(page.getByTestId('reset-done')).toBeVisible();

    await page.goto('/pt/sign-in');
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(password);
    await page.locator('form button[type="submit"]').click();
    await expect(page.getByTestId('sign-in-error')).toBeVisible();
    await signIn(page, { email, password: newPassword }, 'pt');
    await expect(page).toHaveURL(/\/pt$/);
  });

  test('on a phone, the home and event pages fit the screen and are accessible', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/fr');
    await page.getByRole('link', { name: /Dakar/ }).first().click();
    await expect(page).toHaveURL(/\/fr\/events\/dakar-2005$/);
    await expect(page.getByText('Inscriptions ouvertes')).toBeVisible();
    await expect(page.getByText('Africa/Dakar')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'event (phone)');
    await context.close();
  });
});

test('an anonymous visitor gets the public pages from the cache, at their public addresses; a signed-in one gets their own', async ({ browser }) => {
  const anonymous = await browser.newContext();
  const anon = await anonymous.newPage();
  await anon.goto('/fr/events/dakar-2005/programme');
  const cached = await anon.goto('/fr/events/dakar-2005/programme');
  expect(cached!.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/);
  await expect(anon).toHaveURL(/\/fr\/events\/dakar-2005\/programme$/);
  // Language links name the public address, not the cached copy's internal one.
  await expect(anon.getByRole('link', { name: /English/ })).toHaveAttribute('href', '/en/events/dakar-2005/programme');
  await anon.getByRole('link', { name: /English/ }).click();
  await expect(anon).toHaveURL(/\/en\/events\/dakar-2005\/programme$/);
  await expect(anon.getByRole('link', { name: 'Sign in' })).toBeVisible();
  // A filtered programme is rendered for the request (not cached).
  const filtered = await anon.goto('/fr/events/dakar-2005/programme?kind=PLENARY');
  expect(filtered!.headers()['x-nextjs-cache']).toBeUndefined();
  await anonymous.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.delegate);
  const mine = await page.goto('/fr/events/dakar-2005');
  expect(mine!.headers()['x-nextjs-cache']).toBeUndefined();
  await expect(page.getByRole('link', { name: /Mon compte/ }).first()).toBeAttached();
  await context.close();
});

