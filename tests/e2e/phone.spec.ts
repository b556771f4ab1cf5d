import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { pdfText } from '../pdf-text';
import { DEMO, expectAccessible, linkFromOutbox, signIn, signUpVerified, uniqueEmail, type Locale } from './support';

// The delegate's phone (issue 13): 390 × 844, touch. Journeys are short and wait
// on outcomes; axe runs once per distinct page.
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
test.use(PHONE);

const SLUG = 'dakar-2005';
const QUEBEC = 'Délégation du Québec (GESQ)';
const LOCALES: Locale[] = ['fr', 'en', 'es', 'pt'];

/** The Québec delegation's invitation code, read by its head (demo account) on their dashboard. */
async function quebecCode(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signIn(page, DEMO.head);
    await page.goto('/fr/my/delegations');
    await page.getByRole('link', { name: QUEBEC }).first().click();
    const code = (await page.getByTestId('invitation-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    return code;
  } finally {
    await context.close();
  }
}

/** The focused element is inside `group` and visible on the screen (not above or below it). */
async function expectFocusedWithin(page: Page, group: Locator): Promise<void> {
  await expect
    .poll(async () => group.evaluate((el) => el.contains(document.activeElement) && document.activeElement !== document.body))
    .toBe(true);
  const inView = await page.evaluate(() => {
    const r = document.activeElement!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
  expect(inView, 'the focused field is on the screen').toBe(true);
}

test('an invitation link opened signed out survives sign-up, verification (on another device) and sign-in, and ends in the delegation', async ({ page, browser }) => {
  const code = await quebecCode(browser);
  await page.goto(`/fr/delegations/join/${code}`);
  await page.waitForURL(/\/fr\/sign-in/);
  const banner = page.getByTestId('invitation-banner');
  await expect(banner).toContainText(QUEBEC);
  await expect(banner).toContainText('Geneviève Lévesque');

  // "Create an account" keeps it (the invitation is remembered server-side, not in the URL).
  await page.getByRole('link', { name: 'Pas encore de compte ? Créez-en un' }).click();
  await page.waitForURL(/\/fr\/sign-up$/);
  await expect(banner).toContainText(QUEBEC);
  const email = uniqueEmail('invited');
  const password = `Teranga-${randomUUID().slice(0, 8)}`;
  await page.locator('#givenName').fill('Ndèye Fatou');
  await page.locator('#familyName').fill('Ñdiaye');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByTestId('sign-up-done')).toBeVisible();

  // The verification link opened on another device (no cookie): the account remembers the invitation.
  const link = await linkFromOutbox(browser, email, /.+/);
  const other = await browser.newContext(PHONE);
  const phone2 = await other.newPage();
  await phone2.goto(link);
  await expect(phone2.getByTestId('invitation-banner')).toContainText(QUEBEC);
  await phone2.locator('main button').click();
  await expect(phone2.getByTestId('verify-done')).toBeVisible();
  await phone2.getByTestId('verify-sign-in').click();
  await phone2.waitForURL(/\/fr\/sign-in\?callbackUrl=/);
  await phone2.locator('#email').fill(email);
  await phone2.locator('#password').fill(password);
  await phone2.locator('form button[type="submit"]').click();

  // Right after the first sign-in: the delegation's page, one click to join.
  await phone2.waitForURL(new RegExp(`/fr/delegations/join/${code}$`));
  await phone2.getByTestId('join-form').getByRole('button').click();
  await expect(phone2.getByTestId('join-outcome')).toContainText(QUEBEC);
  // Nothing more is offered once joined.
  await phone2.goto('/fr');
  await expect(phone2.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(phone2.getByTestId('invitation-banner')).toHaveCount(0);
  await other.close();
});

test('a failed step moves the focus to the first field to correct; a Vietnamese name prints family name first', async ({ page, browser }) => {
  test.setTimeout(150_000);
  // An empty sign-up: the focus goes to the first field, on screen.
  await page.goto('/fr/sign-up');
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('#givenName')).toBeFocused();
  await expectFocusedWithin(page, page.locator('form'));

  const account = await signUpVerified(page, browser, { given: 'Thị Minh Khai', family: 'Nguyễn' });
  await signIn(page, account);
  await page.goto(`/fr/events/${SLUG}/register`);
  // Names as typed at sign-up, never split from a full name.
  await expect(page.locator('#firstName')).toHaveValue('Thị Minh Khai');
  await expect(page.locator('#lastName')).toHaveValue('Nguyễn');
  await page.getByTestId('name-order').getByRole('radio', { name: /Nom de famille d’abord : Nguyễn Thị Minh Khai/ }).check();
  await page.locator('#organization').fill('Hợp tác xã Hội An');
  await page.locator('#organizationKind').selectOption('COOPERATIVE');
  await page.locator('#country').selectOption('VN');
  await page.getByTestId('step-submit').click();

  // Step 2 without a language: the focus lands in the language list, on screen, and the error is announced.
  await expect(page.getByTestId('step-title')).toHaveText('Participation et langues');
  await page.getByTestId('participant-type').getByRole('radio').first().check();
  await page.getByTestId('fee-category').getByRole('radio').first().check();
  await page.getByRole('radio', { name: 'Oui' }).first().check();
  await page.getByTestId('step-submit').click();
  await expectFocusedWithin(page, page.getByTestId('languages'));
  await expect(page.getByTestId('error-announcer')).toHaveText(/à corriger/);
  // The searchable picker: type to filter, tick, the choice stays listed.
  await page.getByTestId('languages-filter').fill('vietn');
  await expect(page.getByTestId('languages').getByRole('checkbox')).toHaveCount(1);
  await page.getByTestId('languages').getByRole('checkbox', { name: 'vietnamien' }).check();
  await expect(page.getByTestId('languages-chosen')).toContainText('vietnamien');
  await expectAccessible(page, 'step 2 with the language picker (phone)');
  await page.getByTestId('step-submit').click();

  // Step 3 without accommodation.
  await expect(page.getByTestId('step-title')).toHaveText(/Voyage/);
  await page.getByTestId('step-submit').click();
  await expectFocusedWithin(page, page.getByTestId('accommodation'));
  await page.getByTestId('accommodation').getByRole('radio').first().check();
  await page.getByTestId('step-submit').click();
  await expect(page.locator('#visaLetterRequested')).toBeVisible();
  await page.getByTestId('step-submit').click();
  await expect(page.getByTestId('after-submit')).toBeVisible();
  await page.locator('#consent').check();
  await page.getByTestId('step-submit').click();
  await page.waitForURL(new RegExp(`/fr/my/registrations/${SLUG}`));

  const href = await page.getByTestId('download-confirmation').getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  const text = pdfText(Buffer.from(await response.body()));
  expect(text).toContain('Nguyễn Thị Minh Khai');
  expect(text).not.toContain('Thị Minh Khai Nguyễn');
});

for (const locale of LOCALES) {
  test(`${locale}: a signed-in delegate without a registration is told to register first, on the programme and on every session page`, async ({ page }) => {
    await signIn(page, DEMO.delegate, locale);
    await page.goto(`/${locale}/events/${SLUG}/programme`);
    await expect(page.getByTestId('register-to-enrol')).toBeVisible();
    // The filters are folded; the compact header opens its menu.
    await expect(page.getByTestId('programme-filters')).not.toHaveAttribute('open', /.*/);
    await page.getByTestId('header-menu').locator('summary').click();
    await expect(page.getByTestId('header-menu').getByRole('link').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, `programme with open menu (${locale}, phone)`);
    const first = page.getByTestId('session-card').first().getByRole('link').first();
    await first.click();
    await page.waitForURL(new RegExp(`/${locale}/events/${SLUG}/programme/.+`));
    const hint = page.getByTestId('register-to-enrol');
    await expect(hint).toBeVisible();
    await expect(hint.getByRole('link')).toHaveAttribute('href', `/${locale}/events/${SLUG}/register`);
    await expectAccessible(page, `session page (${locale}, phone)`);
  });

  test(`${locale}: the invitation banner on sign-in and sign-up is accessible`, async ({ page, browser }) => {
    const code = await quebecCode(browser);
    await page.goto(`/${locale}/delegations/join/${code}`);
    await page.waitForURL(new RegExp(`/${locale}/sign-in`));
    await expect(page.getByTestId('invitation-banner')).toContainText(QUEBEC);
    await expectAccessible(page, `sign-in with invitation (${locale}, phone)`);
    await page.goto(`/${locale}/sign-up`);
    await expect(page.getByTestId('invitation-banner')).toContainText(QUEBEC);
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('#givenName')).toBeFocused();
    await expectAccessible(page, `sign-up with invitation and errors (${locale}, phone)`);
  });
}
