import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO, expectAccessible, signIn, signUpVerified } from './support';

// The secretariat creates "Québec 2027" from Dakar and opens it; a delegate
// registers with a bursary request; the secretariat grants part of it; the
// delegate sees the decision. Everything on a phone-sized screen.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

function day(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}

test('create Québec 2027 from Dakar, open it, register, grant a partial bursary', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const suffix = randomUUID().replace(/-/g, '').slice(0, 4);
  const slug = `quebec-2027-${suffix}`;
  const code = `QC27${suffix.toUpperCase()}`;

  // --- The secretariat creates the event from Dakar's settings.
  const staff = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const sp = await staff.newPage();
  await signIn(sp, DEMO.secretariat);
  await sp.goto('/fr/staff/events');
  await expect(sp.getByTestId('event-row-dakar-2005')).toBeVisible();
  await expectAccessible(sp, 'events list');
  await sp.getByTestId('new-event').click();
  await expect(sp).toHaveURL(/\/fr\/staff\/events\/new$/);
  const dakar = await sp.locator('#copyFromId option', { hasText: 'DKR05 —' }).getAttribute('value');
  await sp.locator('#copyFromId').selectOption(dakar!);
  await sp.locator('#slug').fill(slug);
  await sp.locator('#code').fill(code.toLowerCase());
  await sp.locator('#title-fr').fill('Québec 2027');
  await sp.locator('#title-en').fill('Québec 2027');
  await sp.locator('#title-es').fill('Quebec 2027');
  // Portuguese title left empty: refused at the field, in French.
  await sp.locator('#city').fill('Québec');
  await sp.locator('#country').selectOption('CA');
  await sp.locator('#timeZone').selectOption('America/Toronto');
  await sp.locator('#startDate').fill(day(400));
  await sp.locator('#endDate').fill(day(396));
  await sp.locator('#opensAt').fill(`${day(-1)}T09:00`);
  await sp.locator('#closesAt').fill(`${day(300)}T23:59`);
  await sp.getByTestId('event-submit').click();
  await expect(sp.locator('#title-pt-error')).toHaveText('Donnez le titre dans chaque langue proposée.');
  await expect(sp.locator('#endDate-error')).toHaveText('Le dernier jour ne peut pas précéder le premier.');
  await expectAccessible(sp, 'new event with errors');
  await sp.locator('#title-pt').fill('Quebeque 2027');
  await sp.locator('#endDate').fill(day(403));
  await sp.getByTestId('event-submit').click();
  await expect(sp).toHaveURL(new RegExp(`/fr/staff/events/${slug}/edit$`));
  await expect(sp.getByTestId('event-status')).toContainText('Brouillon');
  await expectAccessible(sp, 'edit event');

  // A draft is invisible to the public.
  const anonymous = await browser.newContext();
  const anon = await anonymous.newPage();
  expect((await anon.goto(`/fr/events/${slug}`))!.status()).toBe(404);

  // Open it; set a bursary budget (10 000 CAD).
  // Anonymous pages come from the cache (the 404 above included); a staff change expires them at once.
  expect((await anon.goto(`/fr/events/${slug}`))!.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/);
  await sp.getByTestId('status-OPEN').click();
  await expect(sp.getByTestId('event-status')).toContainText('Ouverte');
  expect((await anon.goto(`/fr/events/${slug}`))!.status()).toBe(200);
  await expect(anon.getByRole('heading', { level: 1 })).toContainText('Québec 2027');
  const again = await anon.goto(`/fr/events/${slug}`);
  expect(again!.headers()['x-nextjs-cache']).toBe('HIT');
  await expect(anon.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  await anonymous.close();
  await sp.goto(`/fr/staff/events/${slug}/bursaries`);
  await sp.locator('#budget-amount').fill('10000');
  await sp.getByTestId('budget-form').getByRole('button').click();
  await expect(sp.getByTestId('budget-remaining')).toContainText('10');

  // --- A delegate registers (with a bursary request of 1 500 CAD).
  const account = await signUpVerified(page, browser, { given: 'Kouadio', family: 'Yao' });
  await signIn(page, account);
  await page.goto(`/fr/events/${slug}/register`);
  await expect(page.getByTestId('step-title')).toHaveText('Identité et organisation');
  await page.locator('#organization').fill('Coopérative des planteurs de Daloa');
  await page.locator('#organizationKind').selectOption('COOPERATIVE');
  await page.locator('#country').selectOption('CI');
  await page.getByTestId('step-submit').click();
  await expect(page.getByTestId('step-title')).toHaveText('Participation et langues');
  await page.getByTestId('participant-type').getByLabel('Délégué·e').check();
  await page.getByTestId('fee-category').getByLabel(/Tarif Sud/).check();
  await page.getByTestId('languages').getByLabel('français', { exact: true }).check();
  await page.getByRole('group', { name: /première Rencontre/ }).getByLabel('Oui').check();
  await page.getByTestId('step-submit').click();
  await expect(page.getByTestId('step-title')).toHaveText('Voyage, hébergement, besoins');
  await page.getByTestId('accommodation').getByLabel("Famille d'accueil").check();
  await page.getByTestId('step-submit').click();
  await expect(page.getByTestId('step-title')).toHaveText('Lettre de visa et bourse');
  await page.getByLabel('Je demande une bourse').check();
  await page.locator('#bursaryAmount').fill('1500');
  await page.locator('#bursaryReason').fill('Billet d’avion Abidjan–Montréal');
  await page.getByTestId('step-submit').click();
  await expect(page.getByTestId('step-title')).toHaveText('Vérification et consentement');
  await page.getByLabel(/J'ai lu la notice de confidentialité/).check();
  await page.getByTestId('step-submit').click();
  await expect(page).toHaveURL(new RegExp(`/fr/my/registrations/${slug}\\?done=1`));
  const reference = (await page.getByTestId('registration-reference').textContent())!.trim();
  expect(reference).toMatch(new RegExp(`^${code}-\\d{5}$`));
  await expect(page.getByTestId('own-bursary')).toContainText('En attente');

  // --- The secretariat grants 900 of the 1 500 asked; 300 of it covers the fee.
  await sp.goto(`/fr/staff/events/${slug}/bursaries?status=PENDING`);
  await expect(sp.getByTestId('bursary-count')).toHaveText('1 demande');
  await sp.goto(`/fr/staff/events/${slug}/bursaries?sort=amount`);
  const row = sp.getByTestId(`bursary-row-${reference}`);
  await expect(row).toBeVisible();
  await expectAccessible(sp, 'bursary queue');
  await row.locator('summary').click();
  await row.getByLabel('Décision').selectOption('GRANT_PARTIAL');
  await row.getByLabel(/Montant accordé/).fill('900');
  await row.getByLabel(/Part couvrant les frais/).fill('300');
  await row.getByLabel(/Motif/).fill('Budget partagé entre les délégations.');
  await row.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(sp.getByTestId('decision-done')).toContainText('Décision enregistrée');
  await expect(row).toContainText('Accordée en partie');
  await expect(sp.getByTestId('budget-committed')).toContainText('900');
  await staff.close();

  // --- The delegate sees the decision and the amount.
  await page.goto(`/fr/my/registrations/${slug}`);
  await expect(page.getByTestId('own-bursary')).toContainText('Accordée en partie');
  await expect(page.getByTestId('own-bursary-granted')).toContainText('900');
  await expectAccessible(page, 'my registration with bursary');
});
