import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, linkFromOutbox, signIn, signUpVerified } from './support';

// A delegate registers in Portuguese on a phone, leaves mid-way and comes
// back, finishes; the secretariat approves; the delegate edits, then cancels.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'pt-PT' });

const SLUG = 'dakar-2005';

/** "YYYY-MM-DD" n days from today (UTC = Dakar time). The demo event starts in 90 days. */
function day(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}

test('register in Portuguese on a phone, resume a draft, approval, edit, cancel', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const account = await signUpVerified(page, browser, { given: 'Ana', family: 'Conceição', locale: 'pt' });
  await signIn(page, account, 'pt');

  await page.goto(`/pt/events/${SLUG}`);
  await expectAccessible(page, 'event page');
  await page.getByTestId('register-link').click();
  await expect(page).toHaveURL(new RegExp(`/pt/events/${SLUG}/register$`));
  await expect(page.getByTestId('step-title')).toHaveText('Identidade e organização');
  await expect(page.locator('#firstName')).toHaveValue('Ana');
  await expect(page.locator('#lastName')).toHaveValue('Conceição');

  // Step 1, with an error at the field first.
  await page.locator('#firstName').fill('');
  await page.getByTestId('step-submit').click();
  await expect(page.locator('#firstName-error')).toHaveText('Este campo é obrigatório.');
  await expectAccessible(page, 'step 1 with errors');
  await page.locator('#firstName').fill('Ana Lúcia');
  await page.locator('#organization').fill('Cooperativa <b>Ñandutí</b> & Filhos');
  await page.locator('#organizationKind').selectOption('COOPERATIVE');
  await page.locator('#country').selectOption('BR');
  await page.getByTestId('step-submit').click();

  // Step 2.
  await expect(page.getByTestId('step-title')).toHaveText('Participação e línguas');
  await expect(page.getByTestId('draft-saved')).toBeVisible();
  await page.getByTestId('participant-type').getByLabel('Delegado/a').check();
  await page.getByTestId('fee-category').getByLabel(/Tarifa Sul/).check();
  await page.getByTestId('languages').getByLabel('português', { exact: true }).check();
  await page.getByRole('group', { name: 'É o seu primeiro Encontro Internacional?' }).getByLabel('Sim').check();
  await page.getByRole('group', { name: 'Como soube do Encontro?' }).getByLabel('Outro').check();
  await page.getByLabel('Especifique').fill('Rádio comunitária');
  await expectAccessible(page, 'step 2');
  await page.getByTestId('step-submit').click();
  await expect(page.getByTestId('step-title')).toHaveText('Viagem, alojamento, necessidades');

  // The delegate leaves, then comes back: the draft is there, on the step reached.
  await page.goto('/pt');
  await page.goto(`/pt/events/${SLUG}/register`);
  await expect(page.getByTestId('draft-resumed')).toBeVisible();
  await expect(page.getByTestId('step-title')).toHaveText('Viagem, alojamento, necessidades');
  await expectAccessible(page, 'step 3 resumed');

  // Step 3: departure before arrival is refused at the field.
  await page.locator('#arrivalAt').fill(`${day(90)}T10:30`);
  await page.locator('#departureAt').fill(`${day(90)}T09:00`);
  await page.getByTestId('accommodation').getByLabel('Família de acolhimento').check();
  await page.getByTestId('step-submit').click();
  await expect(page.locator('#departureAt-error')).toHaveText('A partida tem de ser depois da chegada.');
  await page.locator('#departureAt').fill(`${day(95)}T12:00`);
  await page.getByTestId('step-submit').click();

  // Step 4: the visa section appears only when asked for.
  await expect(page.getByTestId('step-title')).toHaveText('Carta de visto e bolsa');
  await expect(page.getByTestId('visa-section')).toHaveCount(0);
  await page.getByLabel('Preciso de uma carta-convite para o meu visto').check();
  await page.locator('#nationality').selectOption('BR');
  await page.locator('#passportNumber').fill('fa 123456');
  await page.locator('#passportExpiry').fill('2035-06-30');
  await page.locator('#dateOfBirth').fill('1988-04-12');
  await expectAccessible(page, 'step 4');
  await page.getByTestId('step-submit').click();

  // Step 5: review (HTML typed is shown as text), consent, send.
  await expect(page.getByTestId('step-title')).toHaveText('Revisão e consentimento');
  await expect(page.getByTestId('answers')).toContainText('Cooperativa <b>Ñandutí</b> & Filhos');
  await expect(page.getByTestId('answers')).toContainText('Rádio comunitária');
  await expect(page.getByTestId('answers')).toContainText('fa 123456');
  await expectAccessible(page, 'step 5');
  await page.getByTestId('step-submit').click();
  await expect(page.locator('#consent-error')).toBeVisible();
  await page.getByLabel(/Li o aviso de privacidade/).check();
  await page.getByTestId('step-submit').click();

  await expect(page).toHaveURL(new RegExp(`/pt/my/registrations/${SLUG}\\?done=1`));
  await expect(page.getByTestId('registration-done')).toBeVisible();
  const reference = (await page.getByTestId('registration-reference').textContent())!.trim();
  expect(reference).toMatch(/^DKR05-\d{5}$/);
  await expect(page.getByTestId('registration-status')).toContainText('Enviada');
  await expect(page.getByTestId('answers')).toContainText('FA123456');
  await expectAccessible(page, 'my registration');

  // The confirmation e-mail (Portuguese) is in the outbox, with the link back here.
  const link = await linkFromOutbox(browser, account.email, new RegExp(`Inscrição recebida — ${reference}`));
  expect(link).toContain(`/pt/my/registrations/${SLUG}`);

  // The confirmation PDF downloads for the owner.
  const pdf = await page.request.get((await page.getByTestId('download-confirmation').getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');

  // The secretariat finds the registration without accents and approves it.
  const staff = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const staffPage = await staff.newPage();
  await signIn(staffPage, DEMO.secretariat);
  await staffPage.goto(`/fr/staff/events/${SLUG}/registrations?q=${encodeURIComponent('ana lucia conceicao')}`);
  await expect(staffPage.getByTestId('registrations-count')).toHaveText('1 inscription');
  await expectAccessible(staffPage, 'staff list');
  await staffPage.getByRole('link', { name: reference }).click();
  await expect(staffPage.getByTestId('answers')).toContainText('FA123456');
  await expectAccessible(staffPage, 'staff detail');
  await staffPage.getByTestId('single-apply').click();
  await expect(staffPage.getByTestId('single-outcome')).toContainText('1 inscription mise à jour');
  await expect(staffPage.getByTestId('staff-registration-status')).toContainText('Approuvée');
  await staff.close();

  // The delegate sees the approval, edits the organisation, then cancels.
  await page.goto(`/pt/my/registrations/${SLUG}`);
  await expect(page.getByTestId('registration-status')).toContainText('Aprovada');
  await page.getByTestId('edit-registration').click();
  await expect(page.getByTestId('step-title')).toHaveText('Revisão e consentimento');
  await page.getByRole('button', { name: /Alterar — Identidade e organização/ }).click();
  await expect(page.getByTestId('step-title')).toHaveText('Identidade e organização');
  await page.locator('#organization').fill('União das Cooperativas do Sertão');
  for (const title of ['Participação e línguas', 'Viagem, alojamento, necessidades', 'Carta de visto e bolsa', 'Revisão e consentimento']) {
    await page.getByTestId('step-submit').click();
    await expect(page.getByTestId('step-title')).toHaveText(title);
  }
  await page.getByLabel(/Li o aviso de privacidade/).check();
  await page.getByTestId('step-submit').click();
  await expect(page.getByTestId('registration-updated')).toBeVisible();
  await expect(page.getByTestId('answers')).toContainText('União das Cooperativas do Sertão');
  await expect(page.getByTestId('registration-status')).toContainText('Aprovada');

  await page.getByTestId('cancel-registration').click();
  await expectAccessible(page, 'cancel confirmation');
  await page.getByTestId('cancel-confirm').click();
  await expect(page.getByTestId('registration-cancelled')).toBeVisible();
  await expect(page.getByTestId('registration-status')).toContainText('Cancelada');
  await expect(page.getByTestId('edit-registration')).toHaveCount(0);
  await expectAccessible(page, 'cancelled');
});

test('the secretariat adds a custom question in the settings; delegates see it in their language', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const staff = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const staffPage = await staff.newPage();
  await signIn(staffPage, DEMO.secretariat);
  await staffPage.goto(`/fr/staff/events/${SLUG}/settings`);
  await expectAccessible(staffPage, 'settings');
  const key = `airport_${Date.now().toString(36)}`;
  await staffPage.getByText('Ajouter une question').click();
  const form = staffPage.getByTestId('question-form-new');
  await form.getByLabel('Clé').fill(key);
  await form.getByLabel('Question (Français)').fill("Aéroport d'arrivée");
  await form.getByLabel('Question (Português)').fill('Aeroporto de chegada');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(staffPage.getByText(`Question ${key} — Aéroport d'arrivée`)).toBeVisible();
  await expectAccessible(staffPage, 'settings after adding a question');
  // The "add" form stays open, emptied; a malformed key is refused at the field.
  await expect(form.getByLabel('Clé')).toHaveValue('');
  await form.getByLabel('Clé').fill('Not A Key');
  await form.getByLabel('Question (Français)').fill('x');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.getByText('Lettres minuscules, chiffres et _ ; commence par une lettre.')).toBeVisible();
  await staff.close();

  const account = await signUpVerified(page, browser, { given: '娜', family: '李', locale: 'pt' });
  await signIn(page, account, 'pt');
  await page.goto(`/pt/events/${SLUG}/register`);
  await page.locator('#organization').fill('合作社');
  await page.locator('#organizationKind').selectOption('RESEARCH');
  await page.locator('#country').selectOption('CN');
  await page.getByTestId('step-submit').click();
  await expect(page.getByTestId('step-title')).toHaveText('Participação e línguas');
  await expect(page.getByLabel('Aeroporto de chegada')).toBeVisible();
});
