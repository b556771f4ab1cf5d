import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './support';

const SLUG = 'dakar-2005';
const EVENT = `/fr/staff/events/${SLUG}`;

async function downloadFrom(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), url: download.url(), body: await readFile(await download.path()) };
}

test('the secretariat records a mobile-money payment; the delegate downloads the receipt in Spanish', async ({ page, browser }) => {
  await signIn(page, DEMO.secretariat);
  await page.goto(`${EVENT}/registrations?q=${encodeURIComponent('levesque')}`);
  await page.locator('tbody tr').first().getByRole('link').first().click();
  await expect(page.getByTestId('staff-balance')).toBeVisible();
  const form = page.getByTestId('payment-form');
  await form.getByLabel(/^Montant/).fill('10000');
  await form.getByLabel('Moyen').selectOption('MOBILE_MONEY');
  await form.getByLabel('Référence du payeur').fill(`WAVE-${randomUUID().slice(0, 6)}`);
  await form.getByTestId('payment-submit').click();
  await expect(page.getByTestId('payment-done')).toContainText('reçu n°');
  await expect(page.getByTestId('ledger-row').filter({ hasText: 'Mobile money' }).first()).toBeVisible();
  await expectAccessible(page, 'staff registration with payments');

  const delegate = await browser.newContext();
  const mine = await delegate.newPage();
  try {
    await signIn(mine, DEMO.head, 'es');
    await mine.goto(`/es/my/registrations/${SLUG}`);
    await expect(mine.getByTestId('my-balance')).toContainText(/Pagado en parte|Pagado/);
    await expect(mine.getByText('Cómo pagar')).toBeVisible();
    await expectAccessible(mine, 'my registration with balance (es)');
    const receipt = await downloadFrom(mine, () => mine.getByTestId('download-receipt').last().click());
    expect(receipt.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(receipt.name).toMatch(/^receipt-DKR05-\d+\.pdf$/);
    expect(receipt.url).toContain('locale=es');
  } finally {
    await delegate.close();
  }
});

test('an organizer sends a message to the unpaid delegates of one continent and finds it in the outbox in four languages', async ({ page }) => {
  const tag = randomUUID().slice(0, 8);
  page.on('dialog', (dialog) => dialog.accept());
  await signIn(page, DEMO.organizer);
  await page.goto(EVENT);
  await expect(page.getByTestId('money-total').first()).toContainText('XOF');
  await expectAccessible(page, 'dashboard with money');
  await page.goto(`${EVENT}/messages?status=APPROVED&continent=AMERICAS&paymentStatus=UNPAID`);
  await expect(page.getByTestId('matching-count')).toContainText('correspond');
  await expectAccessible(page, 'messages');
  for (const code of ['fr', 'en', 'es', 'pt']) {
    await page.locator(`#msg-subject-${code}`).fill(`${tag} ${code.toUpperCase()} {givenName}`);
    await page.locator(`#msg-body-${code}`).fill(`${code}: {balance} · {reference} · {registrationLink}`);
  }
  await page.getByTestId('preview-message').click();
  await expect(page.getByTestId('recipient-count')).toBeVisible();
  await expect(page.getByTestId('message-preview')).toContainText(tag);
  await page.getByTestId('send-message').click();
  await expect(page.getByTestId('message-sent')).toBeVisible();
  await expect(page.getByTestId('message-history-row').first()).toContainText(tag);

  await page.goto('/fr/staff/outbox');
  for (const code of ['FR', 'EN', 'ES', 'PT']) {
    await expect(page.getByRole('link', { name: new RegExp(`^${tag} ${code} `) }).first()).toBeVisible();
  }
});
