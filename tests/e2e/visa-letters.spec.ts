import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn, signUpVerified } from './support';

// The secretariat issues a visa letter; the delegate downloads it; an embassy
// (another browser context, not signed in) opens its verification URL.
// Phone-sized screens; the new pages in the four languages.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const SLUG = 'dakar-2005';
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test('issue a visa letter, download it, verify it without signing in', async ({ page, browser }) => {
  test.setTimeout(240_000);
  // A delegate registers with a visa request (Portuguese).
  const account = await signUpVerified(page, browser, { given: 'Thị Hương', family: 'Nguyễn', locale: 'pt' });
  await signIn(page, account, 'pt');
  await page.goto(`/pt/events/${SLUG}/register`);
  await page.locator('#organization').fill('Cooperativa do delta do Mekong');
  await page.locator('#organizationKind').selectOption('COOPERATIVE');
  await page.locator('#country').selectOption('VN');
  // Written family name first, as in Viet Nam: the letter and the verify page follow it.
  await page.getByTestId('name-order').getByRole('radio', { name: /Apelido primeiro: Nguyễn Thị Hương/ }).check();
  await page.getByTestId('step-submit').click();
  await expect(page.getByTestId('step-title')).toHaveText('Participação e línguas');
  await page.getByTestId('participant-type').getByLabel('Delegado/a').check();
  await page.getByTestId('fee-category').getByLabel(/Tarifa Sul/).check();
  await page.getByTestId('languages').getByLabel('português', { exact: true }).check();
  await page.getByRole('group', { name: 'É o seu primeiro Encontro Internacional?' }).getByLabel('Sim').check();
  await page.getByTestId('step-submit').click();
  await expect(page.getByTestId('step-title')).toHaveText('Viagem, alojamento, necessidades');
  await page.locator('#arrivalAt').fill(`${day(90)}T10:30`);
  await page.locator('#departureAt').fill(`${day(95)}T12:00`);
  await page.getByTestId('accommodation').getByLabel('Família de acolhimento').check();
  await page.getByTestId('step-submit').click();
  await expect(page.getByTestId('step-title')).toHaveText('Carta de visto e bolsa');
  await page.getByLabel('Preciso de uma carta-convite para o meu visto').check();
  await page.locator('#nationality').selectOption('VN');
  await page.locator('#passportNumber').fill('C4455667');
  await page.locator('#passportExpiry').fill('2036-06-30');
  await page.locator('#dateOfBirth').fill('1984-09-02');
  await page.getByTestId('step-submit').click();
  await expect(page.getByTestId('step-title')).toHaveText('Revisão e consentimento');
  await page.getByLabel(/Li o aviso de privacidade/).check();
  await page.getByTestId('step-submit').click();
  await expect(page.getByTestId('registration-done')).toBeVisible();
  const reference = (await page.getByTestId('registration-reference').textContent())!.trim();

  // The secretariat approves, then issues the letter from the queue.
  const staff = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const staffPage = await staff.newPage();
  await signIn(staffPage, DEMO.secretariat);
  await staffPage.goto(`/fr/staff/events/${SLUG}/registrations?q=${encodeURIComponent(reference)}`);
  await staffPage.getByRole('link', { name: reference }).click();
  await staffPage.getByTestId('single-apply').click();
  await expect(staffPage.getByTestId('staff-registration-status')).toContainText('Approuvée');
  await staffPage.goto(`/fr/staff/events/${SLUG}/visa-letters?nationality=VN`);
  await expect(staffPage.getByRole('heading', { name: "Lettres d'invitation pour visa" })).toBeVisible();
  await expectAccessible(staffPage, 'visa letter queue');
  await staffPage.getByTestId(`issue-${reference}`).click();
  // Issued: the page says so, and the request leaves the queue of waiting requests.
  await expect(staffPage.getByTestId('issue-result')).toContainText('1 lettre émise');
  await expect(staffPage.getByTestId(`issue-${reference}`)).toHaveCount(0);
  await staffPage.goto(`/fr/staff/events/${SLUG}/visa-letters?state=issued&nationality=VN`);
  const row = staffPage.getByTestId('letter-row').filter({ hasText: reference });
  await expect(row).toContainText(/DKR05-VL-\d{5}/);
  const verifyHref = (await row.getByTestId('verify-link').getAttribute('href'))!;
  expect(verifyHref).toMatch(/^\/verify\/[A-Za-z0-9_-]{22}$/);
  await staffPage.goto(`/fr/staff/events/${SLUG}/visa-letters/settings`);
  await expect(staffPage.locator('#template-pt')).toBeVisible();
  await expectAccessible(staffPage, 'letter settings');
  for (const [locale, title] of [['en', 'Visa invitation letters'], ['es', 'Cartas de invitación para visado'], ['pt', 'Cartas-convite para visto']] as const) {
    await staffPage.goto(`/${locale}/staff/events/${SLUG}/visa-letters`);
    await expect(staffPage.getByRole('heading', { name: title })).toBeVisible();
  }
  await staff.close();

  // The delegate gets the letter on their registration page and downloads it.
  await page.goto(`/pt/my/registrations/${SLUG}`);
  const download = page.getByTestId('download-visa-letter');
  await expect(download).toContainText(/DKR05-VL-\d{5}/);
  await expectAccessible(page, 'my registration with a letter');
  const pdf = await page.request.get((await download.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // An embassy opens the short URL in another browser context, without an account.
  const embassy = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const verify = await embassy.newPage();
  await verify.goto(verifyHref);
  await expect(verify).toHaveURL(/\/en\/verify\//);
  await expect(verify.getByTestId('verify-status')).toHaveText('Valid');
  await expect(verify.getByTestId('verify-holder')).toHaveText(/Nguyễn Thị Hương/);
  await expect(verify.getByTestId('verify-details')).not.toContainText('C4455667');
  await expect(verify.getByTestId('verify-details')).not.toContainText('1984');
  expect(await verify.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
  await expectAccessible(verify, 'verify page');
  for (const [locale, valid] of [['fr', 'Valide'], ['es', 'Válida'], ['pt', 'Válida']] as const) {
    await verify.goto(`/${locale}${verifyHref}`);
    await expect(verify.getByTestId('verify-status')).toHaveText(valid);
  }
  const wrong = await verify.goto('/en/verify/AAAAAAAAAAAAAAAAAAAAAA');
  expect(wrong?.status()).toBe(404);
  await embassy.close();
});
