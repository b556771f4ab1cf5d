import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DEMO, expectAccessible, signIn } from './support';

const EVENT = '/fr/staff/events/dakar-2005';

async function downloadFrom(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), body: await readFile(file) };
}

test('an organizer filters by continent, exports CSV and XLSX that parse, and prints sign-in sheets', async ({ page }) => {
  await signIn(page, DEMO.organizer);
  await page.goto(EVENT);
  await expect(page.getByRole('heading', { level: 2, name: 'Tableau de bord' })).toBeVisible();
  await expect(page.getByTestId('live-count')).toBeVisible();
  await expectAccessible(page, 'dashboard');

  await page.getByRole('link', { name: 'Participants' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Participants' })).toBeVisible();
  await expectAccessible(page, 'attendees');
  await page.getByLabel('Continent', { exact: true }).selectOption('AFRICA');
  await page.getByTestId('apply-filter').click();
  await expect(page).toHaveURL(/continent=AFRICA/);
  const countText = (await page.getByTestId('attendee-count').textContent()) ?? '';
  const total = Number(countText.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(10);

  // CSV with the continent column added.
  // On a loaded machine the button can be clicked before React has hydrated it: retry until the dialog opens.
  const dialog = page.getByRole('dialog');
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.getByTestId('open-export').click();
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(dialog.locator('[data-column="passportNumber"]')).toHaveCount(0); // organizer: no sensitive columns offered
  await dialog.locator('[data-column="continent"]').check();
  await expectAccessible(page, 'export dialog');
  const csv = await downloadFrom(page, () => dialog.getByTestId('export-download').click());
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(csv.body.toString('utf8'), { bom: true }) as string[][];
  expect(rows[0]).toContain('Continent');
  expect(rows).toHaveLength(total + 1);
  const continentAt = rows[0].indexOf('Continent');
  expect(new Set(rows.slice(1).map((r) => r[continentAt]))).toEqual(new Set(['Afrique']));
  await expect(dialog.getByTestId('export-done')).toBeVisible();

  // XLSX of the same list.
  await dialog.getByLabel('Excel (XLSX)').check();
  const xlsx = await downloadFrom(page, () => dialog.getByTestId('export-download').click());
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.rowCount).toBe(total + 1);
  expect(sheet.getRow(1).values).toContain('Continent');
  await dialog.getByRole('button', { name: 'Fermer' }).click();

  // A session's sign-in sheet.
  await page.getByTestId('sign-in-sheets').locator('summary').click();
  const sheetLink = page.getByTestId('sign-in-sheets').getByRole('link').first();
  const pdf = await downloadFrom(page, () => sheetLink.click());
  expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.name).toMatch(/\.pdf$/);
  await expectAccessible(page, 'attendees with sign-in sheets open');
});

test('staff check a delegate in by name; the second time says so; the count moves', async ({ page }) => {
  await signIn(page, DEMO.organizer);
  await page.goto(`${EVENT}/attendees?status=APPROVED&checkedIn=no`);
  const firstRow = page.locator('tbody tr').first();
  const reference = ((await firstRow.locator('td').first().textContent()) ?? '').trim();
  expect(reference).toMatch(/^DKR05-\d{5}$/);

  await page.goto(`${EVENT}/check-in`);
  await expect(page.getByRole('heading', { level: 2, name: 'Accueil des participants' })).toBeVisible();
  await expectAccessible(page, 'check-in');
  const before = (await page.getByTestId('live-count').locator('p').nth(1).textContent()) ?? '';
  await page.getByLabel('Nom, courriel ou référence').fill(reference.toLowerCase());
  await page.getByRole('button', { name: 'Chercher' }).click();
  const result = page.getByTestId('check-in-result');
  await expect(result).toHaveCount(1);
  await result.getByTestId('check-in-button').click();
  await expect(result.getByTestId('check-in-outcome')).toContainText('Bienvenue');
  await expect(result.getByTestId('check-in-button')).toBeEnabled(); // the page refresh after the action has finished
  await expectAccessible(page, 'check-in outcome');

  await page.reload();
  await expect(page.getByTestId('check-in-result')).toContainText('Accueilli·e à');
  await page.getByTestId('check-in-result').getByTestId('check-in-button').click();
  await expect(page.getByTestId('check-in-result').getByTestId('check-in-outcome')).toContainText('Déjà accueilli·e');
  const after = (await page.getByTestId('live-count').locator('p').nth(1).textContent()) ?? '';
  expect(Number(after.split(' ')[0])).toBe(Number(before.split(' ')[0]) + 1);
});

test('a delegate cannot reach the staff pages nor the export and check-in endpoints', async ({ page }) => {
  await signIn(page, DEMO.head);
  for (const path of [EVENT, `${EVENT}/attendees`, `${EVENT}/check-in`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  for (const url of ['/api/exports/dakar-2005/attendees?format=csv&columns=lastName', '/api/exports/dakar-2005/roster?format=csv', '/api/exports/dakar-2005/logistics', '/api/badges/dakar-2005', '/api/checkin/dakar-2005/count']) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(404);
  }
});
