import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './support';

const SLUG = 'dakar-2005';

/** Unfolds an .ics text into its VEVENT summaries (enough to check what the calendar holds). */
function icsSummaries(text: string): string[] {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  const lines = text.replace(/\r\n /g, '').split('\r\n');
  return lines.filter((l) => l.startsWith('SUMMARY:')).map((l) => l.slice(8).replace(/\\([,;\\])/g, '$1'));
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile((await download.path())!, 'utf8');
}

test.describe('programme and enrolment', () => {
  // One journey per outcome, axe once per distinct page (each scan costs seconds
  // on a loaded 2-core machine): the room form, the conflict warning, then the
  // read-only staff pages in a test of their own.
  test('an organizer creates a room and two sessions, is warned of the room conflict and fixes it', async ({ page }) => {
    const tag = randomUUID().slice(0, 6);
    const roomName = `Salle E2E ${tag}`;
    await signIn(page, DEMO.organizer);
    await page.goto(`/fr/staff/events/${SLUG}/programme/rooms`);
    const form = page.getByTestId('room-new');
    await form.getByLabel('Nom').fill(roomName);
    await form.getByLabel('Capacité').fill('0');
    await form.getByRole('button', { name: 'Ajouter la salle' }).click();
    await expect(form.locator('#room-new-capacity-error')).toHaveText('Au moins 1.');
    // The focus moved to the field to correct.
    await expect(form.getByLabel('Capacité')).toBeFocused();
    await expectAccessible(page, 'rooms with an error');
    await form.getByLabel('Capacité').fill('40');
    await form.getByLabel('Cabines d’interprétation').fill('2');
    await form.getByRole('button', { name: 'Ajouter la salle' }).click();
    await expect(page.getByTestId('room-item').filter({ hasText: roomName })).toContainText('40 places, 2 cabines');

    const createSession = async (title: string, start: string, end: string) => {
      await page.goto(`/fr/staff/events/${SLUG}/programme/sessions/new`);
      await page.locator('#title-fr').fill(title);
      await page.locator('#title-es').fill(`${title} (es)`);
      await page.locator('#roomId').selectOption({ label: `${roomName} (40 places)` });
      await page.locator('#startTime').fill(start);
      await page.locator('#endTime').fill(end);
      await page.getByRole('button', { name: 'Ajouter un·e intervenant·e' }).click();
      await page.locator('#speaker-0-name').fill(`Intervenante ${title}`);
      await page.getByTestId('save-session').click();
    };

    const first = `Atelier A ${tag}`;
    await createSession(first, '09:00', '10:00');
    await expect(page.getByTestId('session-saved')).toBeVisible();
    await expect(page.getByTestId('staff-session-row').filter({ hasText: first })).toHaveCount(1);

    const second = `Atelier B ${tag}`;
    await createSession(second, '09:30', '10:30');
    const warning = page.getByTestId('session-conflicts');
    await expect(warning).toContainText('Un conflit a été trouvé');
    await expect(warning).toContainText(`la salle est déjà occupée par « ${first} »`);
    await expectAccessible(page, 'session form with conflict');
    // Fix it: start when the first one ends (touching is not a conflict).
    await page.locator('#startTime').fill('10:00');
    await page.locator('#endTime').fill('11:00');
    await page.getByTestId('save-session').click();
    await expect(page.getByTestId('session-saved')).toBeVisible();
    await expect(page.getByTestId('staff-session-row').filter({ hasText: second })).toHaveCount(1);

    // The edit form comes back with what was saved, in the event's wall-clock time.
    await page.getByTestId('staff-session-row').filter({ hasText: second }).getByRole('link', { name: second }).click();
    await expect(page.locator('#title-fr')).toHaveValue(second);
    await expect(page.locator('#startTime')).toHaveValue('10:00');
    await expect(page.locator('#speaker-0-name')).toHaveValue(`Intervenante ${second}`);
    // The timetable shows it; the room conflict is gone.
    await page.goto(`/fr/staff/events/${SLUG}/programme/timetable`);
    await expect(page.getByTestId('timetable')).toContainText(second);
    await page.goto(`/fr/staff/events/${SLUG}/programme/conflicts`);
    await expect(page.getByText(`« ${first} »`)).toHaveCount(0);
  });

  for (const [name, path, ready] of [
    ['sessions', '', 'staff-session-row'],
    ['themes', '/tracks', null],
    ['timetable', '/timetable', 'timetable'],
    ['conflicts', '/conflicts', null],
    ['fill rates', '/fill', 'fill-row'],
  ] as const) {
    test(`the organizer's programme page "${name}" is accessible`, async ({ page }) => {
      await signIn(page, DEMO.organizer);
      await page.goto(`/fr/staff/events/${SLUG}/programme${path}`);
      await expect(page.getByRole('navigation', { name: 'Programme' })).toBeVisible();
      if (ready) await expect(page.getByTestId(ready).first()).toBeVisible();
      await expectAccessible(page, `staff programme: ${name}`);
    });
  }

  test('a delegate filters the programme in Spanish, enrols, is refused an overlapping session, cancels and downloads the .ics', async ({ page }) => {
    await signIn(page, DEMO.head, 'es');

    // Start from an empty agenda (the demo data may already enrol this account).
    await page.goto(`/es/my/agenda/${SLUG}`);
    const release = page.getByRole('button', { name: /^(Anular mi inscripción|Salir de la lista de espera): / });
    for (let left = await release.count(); left > 0; left = await release.count()) {
      await release.first().click();
      // The cancelled session leaves the agenda once the page refreshes.
      await expect(release).toHaveCount(left - 1);
    }
    await page.reload();
    await expect(page.getByTestId('agenda-empty')).toBeVisible();

    // Filter: workshops offered in Spanish (a GET form: the URL holds the filters).
    await page.goto(`/es/events/${SLUG}/programme`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Programa');
    const all = await page.getByTestId('session-card').count();
    // The filters are folded away on arrival (the programme comes first on a phone).
    await page.getByTestId('programme-filters').locator('summary').click();
    await page.getByLabel('Tipo').selectOption('WORKSHOP');
    await page.getByLabel('Idioma ofrecido').selectOption('es');
    await page.getByRole('button', { name: 'Filtrar', exact: true }).click();
    await expect(page).toHaveURL(/kind=WORKSHOP/);
    await expect(page).toHaveURL(/lang=es/);
    const cards = page.getByTestId('session-card');
    const filtered = await cards.count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    for (const text of await cards.allInnerTexts()) {
      expect(text).toContain('Taller');
      expect(text).toMatch(/español/i);
    }

    // Enrol in a workshop with seats that has a parallel one (to try the overlap).
    const info = await cards.evaluateAll((nodes) =>
      nodes.map((n) => ({
        id: n.getAttribute('data-session-id')!,
        starts: n.getAttribute('data-starts')!,
        title: n.querySelector('h3')!.textContent!.trim(),
        canEnrol: [...n.querySelectorAll('button')].some((b) => /^Inscribirse: /.test(b.getAttribute('aria-label') ?? '')),
      })),
    );
    const pair = info.flatMap((a) => info.filter((b) => b.id !== a.id && b.starts === a.starts && a.canEnrol && b.canEnrol).map((b) => [a, b] as const))[0];
    expect(pair, 'two parallel open workshops in Spanish').toBeTruthy();
    const [chosen, parallel] = pair;
    const chosenCard = page.locator(`[data-session-id="${chosen.id}"]`);
    await chosenCard.getByRole('button', { name: `Inscribirse: ${chosen.title}` }).click();
    await expect(chosenCard.getByTestId('enrol-notice')).toHaveText('Listo: está inscrito/a.');
    await expect(chosenCard).toContainText('Está inscrito/a.');

    const parallelCard = page.locator(`[data-session-id="${parallel.id}"]`);
    await parallelCard.getByRole('button', { name: `Inscribirse: ${parallel.title}` }).click();
    await expect(parallelCard.getByTestId('enrol-error')).toHaveText(`No es posible: esta sesión se superpone con «${chosen.title}», en la que ya está inscrito/a o en espera.`);
    await expectAccessible(page, 'programme after clash (es)');

    // The agenda lists it; its calendar feed holds it.
    await page.goto(`/es/my/agenda/${SLUG}`);
    await expect(page.getByTestId('agenda-item')).toHaveCount(1);
    await expect(page.getByTestId('agenda-item')).toContainText(chosen.title);
    const withSession = await downloadText(page, () => page.getByTestId('download-ics').click());
    expect(icsSummaries(withSession)).toEqual([chosen.title]);
    expect(withSession).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(withSession).toContain('X-WR-TIMEZONE:Africa/Dakar');

    // Cancel: the agenda and the feed no longer hold it.
    await page.getByRole('button', { name: `Anular mi inscripción: ${chosen.title}` }).click();
    await expect(page.getByTestId('agenda-item')).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('agenda-empty')).toBeVisible();
    const afterCancel = await downloadText(page, () => page.getByTestId('download-ics').click());
    expect(icsSummaries(afterCancel)).toEqual([]);
    await expectAccessible(page, 'agenda after cancel (es)');

    // Single-session "add to calendar" from its page.
    await page.goto(`/es/events/${SLUG}/programme/${chosen.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chosen.title);
    await expectAccessible(page, 'session page (es)');
    const single = await downloadText(page, () => page.getByRole('link', { name: 'Añadir a mi calendario (.ics)' }).click());
    expect(icsSummaries(single)).toEqual([chosen.title]);
  });
});
