import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './support';

const SLUG = 'dakar-2005';

test.describe('workshops by ranked preference', () => {
  test('a delegate ranks the field visits in Portuguese on a phone', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      await signIn(page, DEMO.head, 'pt');
      await page.goto(`/pt/my/agenda/${SLUG}`);
      await page.getByTestId('round-links').getByRole('link', { name: /Ordenar as minhas escolhas/ }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Ordenar os meus workshops');
      await expectAccessible(page, 'ranking page (pt, phone)');

      const first = page.getByLabel('1.ª escolha');
      const second = page.getByLabel('2.ª escolha');
      await first.selectOption({ index: 1 });
      await second.selectOption({ index: 1 });
      await page.getByTestId('ranking-save').click();
      // The same visit twice is refused, in Portuguese.
      await expect(page.getByTestId('ranking-problem')).toHaveText('O mesmo workshop foi escolhido duas vezes.');
      await second.selectOption({ index: 2 });
      const chosen = [await first.inputValue(), await second.inputValue()];
      await page.getByTestId('ranking-save').click();
      await expect(page.getByTestId('ranking-saved')).toHaveText('As suas escolhas foram guardadas.');
      await page.reload();
      await expect(page.getByTestId('ranking-saved-at')).toBeVisible();
      expect([await page.getByLabel('1.ª escolha').inputValue(), await page.getByLabel('2.ª escolha').inputValue()]).toEqual(chosen);
    } finally {
      await context.close();
    }
  });

  test('an organizer runs the allocation, reads the preview and publishes; the delegate sees the workshop in their agenda', async ({ page, browser }) => {
    test.setTimeout(180_000);
    await signIn(page, DEMO.organizer);
    await page.goto(`/fr/staff/events/${SLUG}/allocation`);
    await expectAccessible(page, 'allocation rounds');
    await page.getByTestId('round-row').getByRole('link', { name: /Ateliers du mercredi/ }).click();
    await expect(page.getByTestId('run-form')).toBeVisible();
    await expectAccessible(page, 'round before run');

    await page.locator('#run-weight').fill('2');
    await page.getByTestId('run-submit').click();
    await expect(page).toHaveURL(/\?run=/, { timeout: 60_000 });
    await expect(page.getByTestId('preview-rank').first()).toBeVisible();
    await expect(page.getByTestId('solver-line')).toContainText('OPTIMAL');
    await expect(page.getByRole('columnheader', { name: 'Premier arrivé, premier servi' })).toBeVisible();
    await expectAccessible(page, 'preview');
    const titles = await page.getByTestId('preview-workshop').locator('td:first-child').allTextContents();
    expect(titles.length).toBeGreaterThan(1);

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByTestId('publish').click();
    await expect(page.getByTestId('published')).toBeVisible({ timeout: 120_000 });

    const context = await browser.newContext();
    const delegate = await context.newPage();
    try {
      await signIn(delegate, DEMO.head);
      await delegate.goto(`/fr/my/agenda/${SLUG}`);
      const items = await delegate.getByTestId('agenda-item').allTextContents();
      expect(items.some((text) => titles.some((title) => text.includes(title)))).toBe(true);
      await expectAccessible(delegate, 'agenda after publish');
    } finally {
      await context.close();
    }
  });
});
