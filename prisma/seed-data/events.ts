// The demo events: Dakar 2005 (open for registration, dates moved to the near
// future at seed time) and the two archived rencontres, Lima 1997 and Québec 2001.
import { addDays, dateOnly, todayIn, zonedTime } from './random';

export const DAKAR_SLUG = 'dakar-2005';
export const PRIVACY_VERSION = '2026-1';
export const DAKAR_TZ = 'Africa/Dakar';

/** Wall-clock dates of the Dakar event, computed from today. */
export function dakarDates(now = new Date()) {
  const start = addDays(todayIn(DAKAR_TZ, now), 90);
  return {
    start,
    end: addDays(start, 4),
    /** "YYYY-MM-DD" of day `i` (0-based). */
    day: (i: number) => addDays(start, i),
    opensAt: zonedTime(addDays(start, -120), '09:00', DAKAR_TZ),
    closesAt: zonedTime(addDays(start, -30), '23:59', DAKAR_TZ),
  };
}

export function dakarEvent(now = new Date()) {
  const d = dakarDates(now);
  return {
    slug: DAKAR_SLUG,
    code: 'DKR05',
    title: {
      fr: '3e Rencontre internationale sur la globalisation de la solidarité — Dakar',
      en: '3rd International Meeting on the Globalisation of Solidarity — Dakar',
      es: '3.er Encuentro Internacional sobre la Globalización de la Solidaridad — Dakar',
      pt: '3º Encontro Internacional sobre a Globalização da Solidariedade — Dakar',
    },
    description: {
      fr: "Après Lima (1997) et Québec (2001), des délégations des cinq continents se retrouvent à Dakar pour renforcer les réseaux de l'économie sociale et solidaire et adopter une déclaration commune.",
      en: 'After Lima (1997) and Québec (2001), delegations from five continents meet in Dakar to strengthen social and solidarity economy networks and adopt a joint declaration.',
      es: 'Después de Lima (1997) y Quebec (2001), delegaciones de los cinco continentes se reúnen en Dakar para fortalecer las redes de la economía social y solidaria y adoptar una declaración común.',
      pt: 'Depois de Lima (1997) e Quebec (2001), delegações dos cinco continentes reúnem-se em Dakar para fortalecer as redes da economia social e solidária e adotar uma declaração comum.',
    },
    city: 'Dakar',
    country: 'SN',
    timeZone: DAKAR_TZ,
    startDate: dateOnly(d.start),
    endDate: dateOnly(d.end),
    registrationOpensAt: d.opensAt,
    registrationClosesAt: d.closesAt,
    capacity: 1500,
    languages: ['fr', 'en', 'es', 'pt'] as const,
    status: 'OPEN' as const,
    requiresApproval: true,
    participantTypes: ['DELEGATE', 'SPEAKER', 'OBSERVER', 'PRESS', 'VOLUNTEER'] as const,
    privacyNoticeVersion: PRIVACY_VERSION,
    privacyNotice: {
      fr: "Le GESQ et le comité organisateur sénégalais traitent vos données pour gérer votre inscription, votre accueil et, si vous la demandez, votre lettre d'invitation pour le visa. Les données du passeport ne sont vues que par vous et le secrétariat. Vous pouvez les exporter ou les supprimer à tout moment depuis votre espace.",
      en: 'GESQ and the Senegalese organising committee process your data to manage your registration, your reception and, if you ask for it, your visa invitation letter. Passport data is seen only by you and the secretariat. You can export or delete it at any time from your account.',
      es: 'El GESQ y el comité organizador senegalés tratan sus datos para gestionar su inscripción, su acogida y, si la solicita, su carta de invitación para el visado. Los datos del pasaporte solo los ven usted y la secretaría. Puede exportarlos o eliminarlos en cualquier momento desde su cuenta.',
      pt: 'O GESQ e o comitê organizador senegalês tratam os seus dados para gerir a sua inscrição, o seu acolhimento e, se a pedir, a sua carta-convite para o visto. Os dados do passaporte só são vistos por si e pelo secretariado. Pode exportá-los ou apagá-los a qualquer momento na sua conta.',
    },
  };
}

/**
 * Fees in XOF (CFA franc). XOF has no minor unit (ISO 4217 exponent 0), so
 * `amountMinor` holds whole francs: 150 000 XOF ≈ 229 EUR.
 */
export const FEE_CATEGORIES = [
  { code: 'NORTH', amountMinor: 150_000, label: { fr: 'Tarif Nord', en: 'North rate', es: 'Tarifa Norte', pt: 'Tarifa Norte' },
    description: { fr: 'Organisations d’Europe, d’Amérique du Nord, du Japon, de Corée et d’Océanie. Virement ou carte à l’accueil ; à régler avant le 31 janvier.', en: 'Organisations from Europe, North America, Japan, Korea and Oceania. Bank transfer or card at the desk; due by 31 January.', es: 'Organizaciones de Europa, América del Norte, Japón, Corea y Oceanía. Transferencia o tarjeta en la acogida; antes del 31 de enero.', pt: 'Organizações da Europa, América do Norte, Japão, Coreia e Oceânia. Transferência bancária ou cartão na receção; a pagar até 31 de janeiro.' } },
  { code: 'SOUTH', amountMinor: 25_000, label: { fr: 'Tarif Sud', en: 'South rate', es: 'Tarifa Sur', pt: 'Tarifa Sul' },
    description: { fr: 'Organisations d’Afrique, d’Amérique latine, des Caraïbes et d’Asie (hors Japon et Corée). En espèces (XOF) ou Mobile Money à l’accueil, à l’arrivée.', en: 'Organisations from Africa, Latin America, the Caribbean and Asia (except Japan and Korea). Cash (XOF) or mobile money at the desk on arrival.', es: 'Organizaciones de África, América Latina, el Caribe y Asia (salvo Japón y Corea). En efectivo (XOF) o dinero móvil en la acogida, a la llegada.', pt: 'Organizações de África, América Latina, Caraíbas e Ásia (exceto Japão e Coreia). Em numerário (XOF) ou dinheiro móvel na receção, à chegada.' } },
  { code: 'SOLIDARITY', amountMinor: 0, label: { fr: 'Tarif solidaire (exonéré)', en: 'Solidarity rate (waived)', es: 'Tarifa solidaria (exenta)', pt: 'Tarifa solidária (isenta)' },
    description: { fr: 'Groupes de femmes et de jeunes, personnes sans revenu : rien à payer. Le secrétariat le confirme en approuvant l’inscription.', en: 'Women’s and youth groups, people without income: nothing to pay. The secretariat confirms it when approving the registration.', es: 'Grupos de mujeres y de jóvenes, personas sin ingresos: nada que pagar. La secretaría lo confirma al aprobar la inscripción.', pt: 'Grupos de mulheres e de jovens, pessoas sem rendimentos: nada a pagar. O secretariado confirma-o ao aprovar a inscrição.' } },
] as const;

/** Answers: YES_NO as "yes"/"no"; CHOICE as the option value; TEXT as a string. */
export const QUESTIONS = [
  { key: 'first_rencontre', type: 'YES_NO' as const, required: true,
    label: { fr: "Est-ce votre première Rencontre internationale ?", en: 'Is this your first International Meeting?', es: '¿Es su primer Encuentro Internacional?', pt: 'É o seu primeiro Encontro Internacional?' } },
  { key: 'heard_from', type: 'CHOICE' as const, required: false,
    label: { fr: 'Comment avez-vous entendu parler de la Rencontre ?', en: 'How did you hear about the Meeting?', es: '¿Cómo se enteró del Encuentro?', pt: 'Como soube do Encontro?' },
    options: [
      { value: 'network', label: { fr: 'Mon réseau', en: 'My network', es: 'Mi red', pt: 'A minha rede' } },
      { value: 'delegation', label: { fr: 'Ma délégation', en: 'My delegation', es: 'Mi delegación', pt: 'A minha delegação' } },
      { value: 'previous', label: { fr: 'Une rencontre précédente', en: 'A previous meeting', es: 'Un encuentro anterior', pt: 'Um encontro anterior' } },
      { value: 'press', label: { fr: 'La presse', en: 'The press', es: 'La prensa', pt: 'A imprensa' } },
      { value: 'other', label: { fr: 'Autre', en: 'Other', es: 'Otro', pt: 'Outro' } },
    ] },
  { key: 'heard_from_other', type: 'TEXT' as const, required: false, showIfKey: 'heard_from', showIfValue: 'other',
    label: { fr: 'Précisez', en: 'Please specify', es: 'Precise', pt: 'Especifique' } },
];

export const HEARD_FROM_OTHER = ['Radio communautaire', 'Forum social mondial', 'Un collègue', 'Bulletin du RIPESS', 'Facebook', 'Universidad'];

export const PAST_EVENTS = [
  {
    slug: 'lima-1997', code: 'LIM97', city: 'Lima', country: 'PE', timeZone: 'America/Lima',
    start: '1997-07-01', end: '1997-07-04', capacity: 250,
    title: {
      fr: '1re Rencontre internationale sur la globalisation de la solidarité — Lima',
      en: '1st International Meeting on the Globalisation of Solidarity — Lima',
      es: '1.er Encuentro Internacional sobre la Globalización de la Solidaridad — Lima',
      pt: '1º Encontro Internacional sobre a Globalização da Solidariedade — Lima',
    },
    description: {
      fr: 'Environ 200 personnes de plus de trente pays adoptent la Déclaration de Lima.',
      en: 'About 200 people from over thirty countries adopt the Lima Declaration.',
      es: 'Unas 200 personas de más de treinta países adoptan la Declaración de Lima.',
      pt: 'Cerca de 200 pessoas de mais de trinta países adotam a Declaração de Lima.',
    },
  },
  {
    slug: 'quebec-2001', code: 'QC01', city: 'Québec', country: 'CA', timeZone: 'America/Toronto',
    start: '2001-10-09', end: '2001-10-12', capacity: 500,
    title: {
      fr: '2e Rencontre internationale sur la globalisation de la solidarité — Québec',
      en: '2nd International Meeting on the Globalisation of Solidarity — Québec',
      es: '2.º Encuentro Internacional sobre la Globalización de la Solidaridad — Quebec',
      pt: '2º Encontro Internacional sobre a Globalização da Solidariedade — Quebec',
    },
    description: {
      fr: "Quelque 400 participants de 37 pays ; naissance du RIPESS et du GESQ.",
      en: 'Some 400 participants from 37 countries; RIPESS and GESQ are born.',
      es: 'Unos 400 participantes de 37 países; nacen la RIPESS y el GESQ.',
    },
  },
];
