import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './support';

test.describe('trust: demo mode, error pages, secrets', () => {
  test('the demo banner is on every page; an unknown path gets the translated not-found page', async ({ page }) => {
    await page.goto('/es/no-existe-esta-pagina');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada');
    await expect(page.getByTestId('demo-banner')).toContainText('Modo demostración');
    await expectAccessible(page, 'not-found (es)');
    await page.goto('/pt');
    await expect(page.getByTestId('demo-banner')).toContainText('Modo de demonstração');
    // A malformed escape in a link (a bare "%" once decoded) is a not-found, not a 500.
    for (const path of ['/en/invitations/%25', '/en/%25', '/en/delegations/join/%E0%A4%A']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    }
  });

  test('a malformed server-action body gets a translated 400, an oversized one a 413 — never a 500', async ({ request }) => {
    const headers = { 'next-action': '7f00000000000000000000000000000000000000aa', 'content-type': 'text/plain;charset=UTF-8' };
    const truncated = await request.post('/fr/sign-up', { headers, data: '[{"name":"Awa","email":"a@b' });
    expect(truncated.status()).toBe(400);
    expect(await truncated.json()).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/mal formée/) });
    const big = await request.post('/en/sign-up', { headers, data: 'x'.repeat(3 * 1024 * 1024) });
    expect(big.status()).toBe(413);
    expect(await big.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/too large/) });
  });

  test('a staff member never sees the reset link of a staff account in the outbox', async ({ page }) => {
    const to = DEMO.secretariat.email;
    await page.goto('/fr/forgot-password');
    await page.locator('#email').fill(to);
    await page.locator('form button[type="submit"]').click();
    // (After five runs in an hour on a reused server, the answer is the rate limit: the outbox check still holds.)
    await expect(page.getByText(/Si un compte existe|Trop de tentatives/).first()).toBeVisible();
    await signIn(page, DEMO.organizer);
    await page.goto(`/fr/staff/outbox?to=${encodeURIComponent(to)}`);
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.getByText(/lien personnel/)).toBeVisible();
    await expect(page.getByTestId('email-body')).toHaveCount(0);
  });
});
