import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, signUpVerified } from './support';

// A delegate downloads everything held about them, then deletes their account.
test('my data: download as JSON, then delete the account with the password', async ({ page, browser }) => {
  const me = await signUpVerified(page, browser, { locale: 'en', given: 'Nadia', family: 'Ferreira' });
  await signIn(page, me, 'en');
  await page.goto('/en/account');
  await page.getByTestId('my-data-link').click();
  await expect(page).toHaveURL(/\/en\/account\/data$/);
  await expect(page.getByTestId('my-data-name')).toHaveText('Nadia Ferreira');
  await expectAccessible(page, 'my data');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-my-data').click()]);
  const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(data.account).toMatchObject({ email: me.email, name: 'Nadia Ferreira' });
  expect(data.emails.every((m: { to: string }) => m.to === me.email)).toBe(true);
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-my-data-pdf').click()]);
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-');

  // A wrong password is refused at the field; the right one deletes the account and signs out.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.locator('#delete-password').fill('not-my-password');
  await page.getByTestId('delete-account').click();
  await expect(page.locator('#delete-password-error')).toBeVisible();
  await page.locator('#delete-password').fill(me.password);
  await page.getByTestId('delete-account').click();
  await page.waitForURL(/\/en\?accountDeleted=1$/);
  await expect(page.getByTestId('account-deleted')).toBeVisible();

  // The old credentials no longer open anything.
  await page.goto('/en/account/data');
  await expect(page).toHaveURL(/\/en\/sign-in/);
});
