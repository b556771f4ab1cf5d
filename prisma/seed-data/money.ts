// Demo money for Dakar: payments (bank transfer, mobile money, cash, card),
// partial payments, waivers, unpaid delegates, the organiser's payment
// instructions, and one payment reminder already sent to the attendees.
// Balances are then computed in SQL by seed.ts with the app's rules.
import type { Prisma } from '@/generated/prisma/client';
import { fillPlaceholders, pickLanguage } from '../../src/features/announcements/render';
import { formatMoney } from '../../src/features/money/rules';
import type { Rng } from './random';

type Reg = Prisma.RegistrationCreateManyInput;
type Locale = 'fr' | 'en' | 'es' | 'pt';
const METHODS = [['BANK_TRANSFER', 0.45], ['MOBILE_MONEY', 0.35], ['CASH', 0.15], ['CARD_TERMINAL', 0.05]] as const;

export const MONEY_SETTINGS = {
  legalDetails: "Comité d'organisation de la Rencontre de Dakar 2005\nAssociation sénégalaise loi 1901 · NINEA 004 512 337 2G2\nRue 10, Point E, Dakar, Sénégal",
  paymentInstructions: {
    fr: 'Virement : Banque de l’Habitat du Sénégal, IBAN SN08 SN01 0015 2000 0123 4567 8901, BIC BHSNSNDA.\nMobile money : Wave ou Orange Money au +221 77 000 20 05 (Rencontre Dakar).\nEspèces : à l’accueil, à votre arrivée.',
    en: 'Bank transfer: Banque de l’Habitat du Sénégal, IBAN SN08 SN01 0015 2000 0123 4567 8901, BIC BHSNSNDA.\nMobile money: Wave or Orange Money to +221 77 000 20 05 (Rencontre Dakar).\nCash: at the reception desk when you arrive.',
    es: 'Transferencia: Banque de l’Habitat du Sénégal, IBAN SN08 SN01 0015 2000 0123 4567 8901, BIC BHSNSNDA.\nDinero móvil: Wave u Orange Money al +221 77 000 20 05 (Rencontre Dakar).\nEfectivo: en la recepción, a su llegada.',
    pt: 'Transferência: Banque de l’Habitat du Sénégal, IBAN SN08 SN01 0015 2000 0123 4567 8901, BIC BHSNSNDA.\nDinheiro móvel: Wave ou Orange Money para +221 77 000 20 05 (Rencontre Dakar).\nNumerário: na receção, à chegada.',
  },
};

const REMINDER = {
  subject: { fr: 'Rappel : frais d’inscription ({reference})', en: 'Reminder: registration fee ({reference})', es: 'Recordatorio: cuota de inscripción ({reference})', pt: 'Lembrete: taxa de inscrição ({reference})' },
  body: {
    fr: 'Bonjour {givenName},\n\nVotre solde pour la Rencontre de Dakar est de {balance}. Indiquez {reference} avec votre paiement.\nDétails et facture : {registrationLink}',
    en: 'Hello {givenName},\n\nYour balance for the Dakar gathering is {balance}. Please quote {reference} with your payment.\nDetails and invoice: {registrationLink}',
    es: 'Hola {givenName}:\n\nSu saldo para el Encuentro de Dakar es de {balance}. Indique {reference} con su pago.\nDetalles y factura: {registrationLink}',
    pt: 'Olá {givenName},\n\nO seu saldo para o Encontro de Dacar é de {balance}. Indique {reference} com o pagamento.\nDetalhes e fatura: {registrationLink}',
  },
};

function pick<T extends string>(rng: Rng, weighted: readonly (readonly [T, number])[]): T {
  let x = rng.next();
  for (const [value, w] of weighted) if ((x -= w) < 0) return value;
  return weighted[weighted.length - 1][0];
}

export function buildMoney(input: { rng: Rng; now: Date; eventId: string; slug: string; opensAt: Date; registrations: Reg[]; fees: Record<string, number>; locales: Map<string, string>; skipUserIds: string[]; secretariatId: string; organizerId: string; appUrl: string; languages: readonly Locale[] }) {
  const { rng, now } = input;
  const entries: Prisma.PaymentEntryCreateManyInput[] = [];
  const waived: string[] = [];
  const unpaid: Reg[] = [];
  const span = Math.max(1, now.getTime() - input.opensAt.getTime());
  const day = () => new Date(new Date(input.opensAt.getTime() + rng.next() * span).toISOString().slice(0, 10));
  const pay = (r: Reg, amountMinor: number, at: Date) => {
    const method = pick(rng, METHODS);
    entries.push({
      id: rng.id(), eventId: input.eventId, registrationId: r.id!, kind: 'PAYMENT', amountMinor, currency: 'XOF', method, paidOn: at,
      payerReference: method === 'BANK_TRANSFER' ? `VIR-${rng.int(100000, 999999)}` : method === 'MOBILE_MONEY' ? `${rng.chance(0.6) ? 'WAVE' : 'OM'}-${rng.int(1000000, 9999999)}` : null,
      idempotencyKey: `seed-${rng.id()}`, recordedById: method === 'CASH' ? input.organizerId : input.secretariatId, createdAt: new Date(at.getTime() + 10 * 3_600_000),
    });
  };
  for (const r of input.registrations) {
    if (r.status !== 'APPROVED' && r.status !== 'SUBMITTED') continue;
    const fee = input.fees[r.feeCategoryId ?? ''] ?? 0;
    if (fee <= 0 || input.skipUserIds.includes(r.userId)) {
      if (fee > 0) unpaid.push(r);
      continue;
    }
    const x = rng.next();
    if (x < 0.45) {
      const at = day();
      if (rng.chance(0.2)) {
        pay(r, Math.round(fee / 2), at);
        pay(r, fee - Math.round(fee / 2), new Date(Math.min(now.getTime(), at.getTime() + 14 * 86_400_000)));
      } else pay(r, fee, at);
    } else if (x < 0.6) pay(r, Math.round((fee * rng.int(2, 8)) / 10), day());
    else if (x < 0.65) waived.push(r.id!);
    else unpaid.push(r);
  }
  // Receipt numbers: one unbroken sequence in the order payments were received.
  entries.sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime());
  entries.forEach((e, i) => (e.receiptNumber = i + 1));

  // One message already sent: a payment reminder to the approved, unpaid delegates of the Americas.
  const announcementId = rng.id();
  const sentAt = new Date(now.getTime() - 2 * 86_400_000);
  const filter = { status: 'APPROVED', continent: 'AMERICAS', paymentStatus: 'UNPAID' } as const;
  const recipients = unpaid.filter((r) => r.status === 'APPROVED' && r.continent === 'AMERICAS');
  const emails: Prisma.EmailOutboxCreateManyInput[] = recipients.map((r, i) => {
    const own = (input.locales.get(r.userId) ?? 'fr') as Locale;
    const body = pickLanguage<Locale>(REMINDER.body, own, input.languages);
    const locale = body.locale;
    const values = { givenName: r.firstName, reference: r.referenceNumber, balance: formatMoney(input.fees[r.feeCategoryId ?? ''] ?? 0, 'XOF', locale), registrationLink: `${input.appUrl}/${locale}/my/registrations/${input.slug}` };
    const failed = i % 17 === 5;
    return {
      id: rng.id(), createdAt: sentAt, userId: r.userId, to: r.email, locale, template: 'announcement.registration',
      subject: fillPlaceholders(pickLanguage<Locale>(REMINDER.subject, locale, input.languages).text, values, { singleLine: true }), text: `${fillPlaceholders(body.text, values)}\n`,
      dedupeKey: `announcement:${announcementId}:${r.id}`, status: failed ? 'FAILED' : 'SENT', attempts: failed ? 5 : 1,
      sentAt: failed ? null : new Date(sentAt.getTime() + 60_000), lastError: failed ? 'mailbox unavailable' : null,
    };
  });
  const announcement: Prisma.AnnouncementCreateManyInput = {
    id: announcementId, eventId: input.eventId, kind: 'REGISTRATION', filter, subject: REMINDER.subject, body: REMINDER.body,
    recipientCount: emails.length, idempotencyKey: `seed-${announcementId}`, sentById: input.secretariatId, createdAt: sentAt,
  };
  return { entries, waived, announcement, emails, settings: { eventId: input.eventId, ...MONEY_SETTINGS, receiptCounter: entries.length } };
}
