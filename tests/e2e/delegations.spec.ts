import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, linkFromOutbox, signIn, signUpVerified, uniqueEmail } from './support';

const SLUG = 'dakar-2005';

function memberRow(page: Page, email: string) {
  return page.locator(`[data-testid="member-row"][data-email="${email}"]`);
}

async function expectMemberStatus(page: Page, dashboard: string, email: string, status: string) {
  await page.goto(dashboard);
  await expect(memberRow(page, email).getByTestId('member-status')).toHaveText(status);
}

test.describe('delegations', () => {
  test('a head requests a delegation, the secretariat approves it, the head invites two members and imports five, a member registers through the e-mailed link', async ({ page, browser }) => {
    test.setTimeout(240_000);
    const tag = randomUUID().slice(0, 6);
    const name = `Délégation de Thiès E2E ${tag}`;

    // 1. A new delegate requests a delegation.
    const head = await signUpVerified(page, browser, { given: 'Geneviève', family: 'Tremblay' });
    await signIn(page, head);
    await page.goto('/fr/my/delegations');
    await expect(page.getByRole('heading', { name: 'Mes délégations', level: 1 })).toBeVisible();
    await expectAccessible(page, 'my delegations (none)');
    await page.getByRole('link', { name: 'Demander une délégation' }).click();
    await expectAccessible(page, 'request form');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(page.locator('#name-error')).toHaveText('Ce champ est obligatoire.');
    await page.locator('#name').fill(name);
    await page.locator('#country').selectOption('SN');
    await page.locator('#quota').fill('10');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page.waitForURL(/\/fr\/my\/delegations$/);
    const card = page.locator('li').filter({ has: page.getByRole('link', { name }) });
    await expect(card).toContainText('En attente d’approbation');
    await expectAccessible(page, 'my delegations (requested)');

    // 2. The secretariat approves it.
    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await signIn(staff, DEMO.secretariat);
    await staff.goto(`/fr/staff/events/${SLUG}/delegations?status=REQUESTED`);
    await expect(staff.getByTestId('delegations-summary')).toBeVisible();
    await expectAccessible(staff, 'staff delegations');
    await staff.getByRole('link', { name }).click();
    await expectAccessible(staff, 'staff delegation');
    await staff.getByTestId('status-APPROVED').click();
    await expect(staff.getByTestId('status-done')).toBeVisible();
    await expect(staff.getByText('Approuvée').first()).toBeVisible();
    await staffContext.close();

    // 3. The head invites two members.
    await page.reload();
    await page.getByRole('link', { name }).click();
    await page.waitForURL(/\/fr\/my\/delegations\/[^/]+$/);
    const dashboard = new URL(page.url()).pathname;
    await expect(page.getByTestId('invitation-code')).toHaveText(/^[A-HJ-NP-Z2-9]{8}$/);
    await expectAccessible(page, 'head dashboard (empty)');
    await page.getByRole('link', { name: 'Ajouter un membre' }).click();
    await expectAccessible(page, 'invite form');
    const ousmane = uniqueEmail('ousmane');
    const fatou = uniqueEmail('fatou');
    for (const [first, last, email] of [['Ousmane', 'Sèye', ousmane], ['Fatou', 'Ndiaye', fatou]] as const) {
      await page.locator('#firstName').fill(first);
      await page.locator('#lastName').fill(last);
      await page.locator('#email').fill(email);
      await page.locator('#organization').fill('Mutuelle de Thiès');
      await page.locator('#country').selectOption('SN');
      await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
      await expect(page.getByTestId('invite-done')).toContainText(email);
    }
    // The same address twice is refused at the field.
    await page.locator('#firstName').fill('Ousmane');
    await page.locator('#lastName').fill('Sèye');
    await page.locator('#email').fill(ousmane);
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect(page.locator('#email-error')).toContainText('déjà invitée');
    await expectAccessible(page, 'invite form with error');

    // 4. … and imports five from a file (plus one bad row, reported and skipped).
    await page.getByRole('link', { name: 'Retour à la délégation' }).click();
    await page.getByRole('link', { name: 'Importer une liste' }).click();
    await expectAccessible(page, 'import page');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV', exact: true }).click()]);
    expect((await readFile((await download.path())!, 'utf8')).split('\r\n')[0]).toBe('\uFEFFfirstName,lastName,email,organization,country,language');
    const imported = Array.from({ length: 5 }, (_, i) => uniqueEmail(`import${i}`));
    const csv = [
      'prénom;nom;courriel;pays',
      ...imported.map((e, i) => `Membre ${i};Diop-${i};${e};SN`),
      '=HYPERLINK("http://evil.example";"x");Formule;pas-une-adresse;SN',
    ].join('\r\n');
    await page.locator('#import-file').setInputFiles({ name: 'membres.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await expect(page.getByTestId('import-report')).toBeVisible();
    await expect(page.getByTestId('import-count-ok')).toHaveText('5 lignes à importer');
    await expect(page.getByTestId('import-count-invalid')).toHaveText('1 ligne invalide');
    await expect(page.getByTestId('import-row-7')).toContainText('Courriel');
    await expect(page.getByTestId('import-row-7')).toContainText('=HYPERLINK');
    await expectAccessible(page, 'import report');
    await page.getByTestId('import-confirm').click();
    await expect(page.getByTestId('import-done')).toHaveText('5 membres importés ; les invitations sont en route.');

    await page.goto(dashboard);
    await expect(page.getByTestId('member-row')).toHaveCount(7);
    await expect(memberRow(page, ousmane).getByTestId('member-status')).toHaveText('Invité·e');
    await expect(memberRow(page, imported[4]!).getByTestId('member-status')).toHaveText('Invité·e');
    await expectAccessible(page, 'head dashboard (7 invited)');

    // 5. A member follows the e-mailed link, creates their account and completes their registration.
    const link = await linkFromOutbox(browser, ousmane, /Invitation/);
    const memberContext = await browser.newContext();
    const member = await memberContext.newPage();
    await member.goto(link);
    await expect(member.getByRole('heading', { level: 1 })).toContainText(name);
    await expect(member.locator('#givenName')).toHaveValue('Ousmane');
    await expect(member.locator('#familyName')).toHaveValue('Sèye');
    await expectAccessible(member, 'invitation');
    await member.locator('#password').fill(`Teranga-${tag}-Thies`);
    await member.getByRole('button', { name: 'Créer mon compte et accepter' }).click();
    await expect(member.getByTestId('accept-done')).toBeVisible();
    await expectAccessible(member, 'invitation accepted');
    await expectMemberStatus(page, dashboard, ousmane, 'Compte créé');

    await member.getByTestId('accept-continue').click();
    await member.waitForURL(new RegExp(`/fr/events/${SLUG}/register`));
    await expect(member.locator('#firstName')).toHaveValue('Ousmane');
    await expect(member.locator('#organization')).toHaveValue('Mutuelle de Thiès');
    await expectAccessible(member, 'registration, prefilled');
    await member.locator('#organizationKind').selectOption('COOPERATIVE');
    await member.getByTestId('step-submit').click();
    await member.getByTestId('participant-type').getByRole('radio').first().check();
    await member.getByTestId('fee-category').getByRole('radio').first().check();
    await member.getByTestId('languages').getByRole('checkbox').first().check();
    await member.getByRole('radio', { name: 'Oui' }).first().check();
    await member.getByRole('radio', { name: 'Ma délégation' }).check();
    await member.getByTestId('step-submit').click();
    await expect(member.getByTestId('accommodation')).toBeVisible();
    await expectMemberStatus(page, dashboard, ousmane, 'Inscription incomplète');
    await member.getByTestId('accommodation').getByRole('radio').first().check();
    await member.getByTestId('step-submit').click();
    await expect(member.locator('#visaLetterRequested')).toBeVisible();
    await member.getByTestId('step-submit').click();
    await member.locator('#consent').check();
    await member.getByTestId('step-submit').click();
    await member.waitForURL(new RegExp(`/fr/my/registrations/${SLUG}`));

    // The submission attaches the registration to the delegation (attachAcceptedInvite in the
    // registration flow); if it was not attached, the member joins from their delegations page.
    await member.goto('/fr/my/delegations');
    const joinNow = member.getByTestId('pending-join');
    if (await joinNow.isVisible()) await joinNow.click();
    await expect(member.getByRole('heading', { name, level: 3 })).toBeVisible();
    await expectAccessible(member, 'member delegations');
    await memberContext.close();

    // 6. The head sees the statuses change and quota use.
    await expectMemberStatus(page, dashboard, ousmane, 'Envoyée');
    await expect(page.getByTestId('quota-use')).toHaveText('1 place prise sur 10');
    await expect(memberRow(page, fatou).getByTestId('member-status')).toHaveText('Invité·e');
    await expectAccessible(page, 'head dashboard (statuses)');
  });

  test('a head cannot reach another delegation nor staff pages; an unknown code gets the same answer as a closed one', async ({ page }) => {
    await signIn(page, DEMO.head);
    await page.goto('/fr/my/delegations');
    const own = page.getByRole('link', { name: 'Délégation du Québec (GESQ)' });
    await expect(own).toBeVisible();
    await own.click();
    await expect(page.getByTestId('member-row').first()).toBeVisible();
    await expectAccessible(page, 'demo head dashboard');
    const response = await page.goto('/fr/my/delegations/not-a-real-id');
    expect(response?.status()).toBe(404);
    expect((await page.goto(`/fr/staff/events/${SLUG}/delegations`))?.status()).toBe(404);
    expect((await page.request.get('/api/delegations/not-a-real-id/members?format=csv')).status()).toBe(404);
    await page.goto('/fr/delegations/join/ZZZZZZZZ');
    await expect(page.getByTestId('join-invalid')).toBeVisible();
    await expectAccessible(page, 'invalid code');
  });
});
