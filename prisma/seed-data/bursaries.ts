// The Dakar bursary budget, in use: grants in full and in part, wait-listed,
// declined and pending requests, with the committed totals the counters hold
// (budget and continent ceilings must equal the sum of the grants).
import type { Continent } from '@/lib/geo';
import type { Rng } from './random';

type Reg = {
  id?: string; userId: string; status: string; continent: Continent; submittedAt?: Date | string;
  bursaryRequested?: boolean; bursaryAmountMinor?: number | null; bursaryStatus?: string | null;
  bursaryGrantedMinor?: number | null; bursaryFeeCoverMinor?: number | null; bursaryDecisionReason?: string | null;
  bursaryDecidedAt?: Date | null; bursaryDecidedById?: string | null;
};

const REASONS: Record<'PARTIAL' | 'WAITLISTED' | 'DECLINED', Record<string, string>> = {
  PARTIAL: { fr: 'Budget limité : le billet d’avion est pris en charge, pas l’hébergement.', en: 'Limited budget: the flight is covered, not the accommodation.', es: 'Presupuesto limitado: se cubre el vuelo, no el alojamiento.', pt: 'Orçamento limitado: o voo é coberto, o alojamento não.' },
  WAITLISTED: { fr: 'Reconsidérée si des fonds se libèrent.', en: 'To be reconsidered if funds become available.', es: 'Se reconsiderará si se liberan fondos.', pt: 'Será reconsiderado se houver fundos disponíveis.' },
  DECLINED: { fr: 'Votre organisation bénéficie déjà d’un autre financement.', en: 'Your organisation already receives other funding.', es: 'Su organización ya recibe otra financiación.', pt: 'A sua organização já recebe outro financiamento.' },
};

export function decideBursaries(input: { rng: Rng; registrations: Reg[]; locales: Map<string, string>; secretariatId: string; now: Date }) {
  const { rng, registrations, locales, secretariatId, now } = input;
  const byContinent = new Map<Continent, number>();
  let committed = 0;
  for (const r of registrations) {
    if (!r.bursaryRequested || !r.bursaryAmountMinor) continue;
    const asked = r.bursaryAmountMinor;
    const locale = locales.get(r.userId) ?? 'fr';
    let status = r.bursaryStatus ?? 'PENDING';
    if (status === 'GRANTED' && rng.chance(0.35)) status = 'PARTIAL';
    if (status === 'PENDING' && r.status === 'APPROVED' && rng.chance(0.2)) status = 'WAITLISTED';
    if (status === 'PENDING') continue;
    const granted = status === 'GRANTED' ? asked : status === 'PARTIAL' ? Math.max(5_000, Math.round((asked * 0.5) / 5_000) * 5_000) : null;
    r.bursaryStatus = status;
    r.bursaryGrantedMinor = granted;
    r.bursaryFeeCoverMinor = null;
    r.bursaryDecisionReason = status === 'GRANTED' ? null : (REASONS[status as keyof typeof REASONS][locale] ?? REASONS[status as keyof typeof REASONS].fr);
    r.bursaryDecidedAt = new Date(now.getTime() - rng.int(1, 20) * 86_400_000);
    r.bursaryDecidedById = secretariatId;
    if (granted) {
      committed += granted;
      byContinent.set(r.continent, (byContinent.get(r.continent) ?? 0) + granted);
    }
  }
  // A budget about a third larger than what is committed (rounded to 1 000 000 XOF), so some remains;
  // Africa has a ceiling a little above its grants, the other continents none.
  const amountMinor = Math.max(5_000_000, Math.ceil((committed * 1.35) / 1_000_000) * 1_000_000);
  const africa = byContinent.get('AFRICA') ?? 0;
  const ceilings = (['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'] as const).map((continent) => ({
    continent,
    ceilingMinor: continent === 'AFRICA' ? Math.ceil((africa * 1.25 + 1) / 500_000) * 500_000 : null,
    committedMinor: byContinent.get(continent) ?? 0,
  }));
  return { amountMinor, committedMinor: committed, ceilings };
}
