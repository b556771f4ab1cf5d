// The Dakar programme: venue rooms, tracks and the 53 sessions over five days
// (4 plenaries, 31 workshops, 9 caucuses, 5 continental meetings, 3 field
// visits, 1 social evening). Times are wall-clock times in Africa/Dakar.
import { WORKSHOPS, type Texts, type TrackKey } from './workshops';

export type Multilingual = { fr: string; en: string; es: string; pt?: string };
export const ml = ([fr, en, es, pt]: Texts): Multilingual => (pt ? { fr, en, es, pt } : { fr, en, es });

/** King Fahd Palace (formerly Hôtel Méridien Président), pointe des Almadies, Dakar. */
export const VENUE = 'King Fahd Palace, Almadies, Dakar';

// name | capacity | interpretation booths | location
export const ROOMS: { name: string; capacity: number; booths: number; location: string }[] = `
Salle Téranga|1200|4|Centre de conférences, rez-de-chaussée
Salle Gorée|350|3|Centre de conférences, 1er étage
Salle Casamance|250|3|Centre de conférences, 1er étage
Salle Saloum|180|2|Centre de conférences, 1er étage
Salle Ngor|150|2|Aile des Almadies
Salle Almadies|120|2|Aile des Almadies
Salle Joal|90|1|Aile des Almadies
Salle Podor|60|1|Pavillon des jardins
Salle Kédougou|45|0|Pavillon des jardins
Salle Lac Rose|30|0|Pavillon des jardins
Esplanade de l'océan|1000|0|Jardins, face à l'océan`
  .trim()
  .split('\n')
  .map((row) => {
    const [name, capacity, booths, location] = row.split('|');
    return { name, capacity: Number(capacity), booths: Number(booths), location };
  });

export const TRACKS: { key: TrackKey; name: Multilingual; color: string }[] = [
  { key: 'FINANCE', name: ml(['Finance solidaire et microcrédit', 'Solidarity finance and microcredit', 'Finanzas solidarias y microcrédito', 'Finanças solidárias e microcrédito']), color: '#0f766e' },
  { key: 'TRADE', name: ml(['Commerce équitable et consommation responsable', 'Fair trade and responsible consumption', 'Comercio justo y consumo responsable', 'Comércio justo e consumo responsável']), color: '#b45309' },
  { key: 'WOMEN', name: ml(['Femmes et autonomie économique', "Women's economic autonomy", 'Mujeres y autonomía económica', 'Mulheres e autonomia econômica']), color: '#be185d' },
  { key: 'FOOD', name: ml(['Souveraineté alimentaire', 'Food sovereignty', 'Soberanía alimentaria', 'Soberania alimentar']), color: '#15803d' },
  { key: 'POLICY', name: ml(['Politiques publiques et développement local', 'Public policy and local development', 'Políticas públicas y desarrollo local', 'Políticas públicas e desenvolvimento local']), color: '#1d4ed8' },
  { key: 'ENTERPRISE', name: ml(['Entreprises collectives et travail', 'Collective enterprises and work', 'Empresas colectivas y trabajo', 'Empreendimentos coletivos e trabalho']), color: '#7c3aed' },
];

export type SessionKindKey = 'PLENARY' | 'WORKSHOP' | 'CAUCUS' | 'CONTINENTAL' | 'FIELD_VISIT' | 'SOCIAL';
export type Eligibility = {
  continents?: ('AFRICA' | 'AMERICAS' | 'ASIA' | 'EUROPE' | 'OCEANIA')[];
  organizationKinds?: ('UNION' | 'RESEARCH' | 'LOCAL_GOVERNMENT')[];
  genders?: ('FEMALE' | 'OTHER')[];
};

export type SessionDef = {
  kind: SessionKindKey;
  track?: TrackKey;
  title: Multilingual;
  description: Multilingual;
  day: number;
  start: string;
  end: string;
  room?: string;
  capacity?: number;
  workingLanguages: string[];
  eligibility: Eligibility;
  /** Relative appeal when delegates pick among parallel sessions. */
  appeal: number;
};

type Def = Omit<SessionDef, 'title' | 'description' | 'workingLanguages' | 'eligibility' | 'appeal'> & {
  title: Texts;
  description: Texts;
  workingLanguages?: string[];
  eligibility?: Eligibility;
  appeal?: number;
};
const s = (d: Def): SessionDef => ({
  ...d,
  title: ml(d.title),
  description: ml(d.description),
  workingLanguages: d.workingLanguages ?? ['fr'],
  eligibility: d.eligibility ?? {},
  appeal: d.appeal ?? 1,
});

const PLENARIES: SessionDef[] = [
  s({ kind: 'PLENARY', day: 0, start: '09:30', end: '11:30', room: 'Salle Téranga',
    title: ["Plénière d'ouverture : la globalisation de la solidarité", 'Opening plenary: globalising solidarity', 'Plenaria de apertura: la globalización de la solidaridad', 'Plenária de abertura: a globalização da solidariedade'],
    description: ['Accueil par le comité organisateur sénégalais, de Lima 1997 à Dakar 2005.', 'Welcome by the Senegalese organising committee; from Lima 1997 to Dakar 2005.', 'Bienvenida del comité organizador senegalés; de Lima 1997 a Dakar 2005.', 'Boas-vindas do comitê organizador senegalês; de Lima 1997 a Dakar 2005.'] }),
  s({ kind: 'PLENARY', day: 1, start: '09:00', end: '10:30', room: 'Salle Téranga',
    title: ["L'économie sociale et solidaire face à la mondialisation", 'The social and solidarity economy facing globalisation', 'La economía social y solidaria frente a la globalización', 'A economia social e solidária diante da globalização'],
    description: ['Table ronde avec des réseaux des cinq continents.', 'Round table with networks from five continents.', 'Mesa redonda con redes de los cinco continentes.', 'Mesa-redonda com redes dos cinco continentes.'] }),
  s({ kind: 'PLENARY', day: 2, start: '09:00', end: '10:30', room: 'Salle Téranga',
    title: ["Lutte contre la pauvreté et Objectifs du millénaire", 'Fighting poverty and the Millennium Development Goals', 'Lucha contra la pobreza y Objetivos del Milenio', 'Luta contra a pobreza e Objetivos do Milênio'],
    description: ["Quelle place pour l'économie solidaire dans les stratégies nationales ?", 'What place for the solidarity economy in national strategies?', '¿Qué lugar para la economía solidaria en las estrategias nacionales?', 'Que lugar para a economia solidária nas estratégias nacionais?'] }),
  s({ kind: 'PLENARY', day: 4, start: '09:30', end: '12:30', room: 'Salle Téranga',
    title: ['Plénière de clôture : Déclaration de Dakar', 'Closing plenary: the Dakar Declaration', 'Plenaria de clausura: Declaración de Dakar'],
    description: ['Synthèse des ateliers et adoption de la déclaration finale.', 'Workshop synthesis and adoption of the final declaration.', 'Síntesis de los talleres y adopción de la declaración final.'] }),
];

const WORKSHOP_ROOMS = ['Salle Gorée', 'Salle Casamance', 'Salle Saloum', 'Salle Ngor', 'Salle Almadies', 'Salle Joal', 'Salle Podor', 'Salle Kédougou'];
const WORKSHOP_BLOCKS = [
  { day: 0, start: '14:30', end: '16:30' },
  { day: 1, start: '11:00', end: '13:00' },
  { day: 1, start: '14:30', end: '16:30' },
  { day: 2, start: '11:00', end: '13:00' },
];
const WORKING: string[][] = [['fr'], ['fr'], ['fr'], ['en'], ['es'], ['fr', 'en'], ['pt'], ['fr', 'es']];

const WORKSHOP_SESSIONS: SessionDef[] = WORKSHOPS.map((w, i) => {
  const block = WORKSHOP_BLOCKS[Math.floor(i / 8)];
  const slot = i % 8;
  // Demand follows the room size, but a few themes draw more than their room holds:
  // they fill and wait-list.
  const room = ROOMS.find((r) => r.name === WORKSHOP_ROOMS[slot])!;
  const appeal = (room.capacity / 100) * [1, 0.8, 1.8, 0.9, 1.1, 0.7, 1.7, 1][(slot + 3 * Math.floor(i / 8)) % 8];
  return {
    kind: 'WORKSHOP',
    track: w.track,
    title: ml(w.title),
    description: ml(w.description),
    ...block,
    room: WORKSHOP_ROOMS[slot],
    capacity: slot === 3 && i % 3 === 0 ? 40 : undefined, // a hands-on format capped below the room
    workingLanguages: WORKING[(i * 5) % WORKING.length],
    eligibility: {},
    appeal,
  };
});

const CAUCUSES: SessionDef[] = [
  s({ kind: 'CAUCUS', day: 0, start: '17:00', end: '18:00', room: 'Salle Gorée', eligibility: { genders: ['FEMALE', 'OTHER'] }, appeal: 2,
    title: ['Caucus des femmes', "Women's caucus", 'Caucus de mujeres', 'Caucus das mulheres'], description: ['Préparer les propositions des femmes pour la déclaration.', "Preparing women's proposals for the declaration.", 'Preparar las propuestas de las mujeres para la declaración.', 'Preparar as propostas das mulheres para a declaração.'] }),
  s({ kind: 'CAUCUS', day: 0, start: '17:00', end: '18:00', room: 'Salle Casamance',
    title: ['Caucus des jeunes', 'Youth caucus', 'Caucus de jóvenes', 'Caucus da juventude'], description: ['Un réseau jeunesse intercontinental ?', 'An intercontinental youth network?', '¿Una red juvenil intercontinental?', 'Uma rede intercontinental da juventude?'] }),
  s({ kind: 'CAUCUS', day: 0, start: '17:00', end: '18:00', room: 'Salle Saloum', eligibility: { organizationKinds: ['UNION'] },
    title: ['Caucus syndical', 'Trade union caucus', 'Caucus sindical', 'Caucus sindical'], description: ['Travail décent et économie informelle.', 'Decent work and the informal economy.', 'Trabajo decente y economía informal.', 'Trabalho decente e economia informal.'] }),
  s({ kind: 'CAUCUS', day: 1, start: '17:00', end: '18:00', room: 'Salle Saloum', eligibility: { organizationKinds: ['RESEARCH'] },
    title: ['Caucus des chercheurs et universitaires', 'Researchers and academics caucus', 'Caucus de investigadores y universitarios', 'Caucus de pesquisadores e universitários'], description: ['Un réseau de recherche sur l’économie solidaire.', 'A research network on the solidarity economy.', 'Una red de investigación sobre economía solidaria.', 'Uma rede de pesquisa sobre economia solidária.'] }),
  s({ kind: 'CAUCUS', day: 1, start: '17:00', end: '18:00', room: 'Salle Ngor', eligibility: { organizationKinds: ['LOCAL_GOVERNMENT'] },
    title: ['Caucus des collectivités locales', 'Local governments caucus', 'Caucus de gobiernos locales', 'Caucus dos governos locais'], description: ['Élus et services municipaux engagés.', 'Elected officials and municipal services.', 'Autoridades electas y servicios municipales.', 'Eleitos e serviços municipais.'] }),
  s({ kind: 'CAUCUS', day: 1, start: '17:00', end: '18:00', room: 'Salle Almadies',
    title: ['Caucus des peuples autochtones', 'Indigenous peoples caucus', 'Caucus de pueblos indígenas'], description: ['Économies communautaires et territoires ancestraux.', 'Community economies and ancestral lands.', 'Economías comunitarias y territorios ancestrales.'] }),
  s({ kind: 'CAUCUS', day: 2, start: '14:30', end: '16:00', room: 'Salle Gorée',
    title: ['Caucus des paysans et pêcheurs', 'Farmers and fishers caucus', 'Caucus de campesinos y pescadores', 'Caucus de camponeses e pescadores'], description: ['Positions communes sur les accords commerciaux.', 'Common positions on trade agreements.', 'Posiciones comunes sobre los acuerdos comerciales.', 'Posições comuns sobre os acordos comerciais.'] }),
  s({ kind: 'CAUCUS', day: 2, start: '14:30', end: '16:00', room: 'Salle Casamance',
    title: ['Caucus des réseaux de commerce équitable', 'Fair trade networks caucus', 'Caucus de redes de comercio justo', 'Caucus das redes de comércio justo'], description: ['Coordination des réseaux nationaux.', 'Coordinating national networks.', 'Coordinación de las redes nacionales.', 'Coordenação das redes nacionais.'] }),
  s({ kind: 'CAUCUS', day: 2, start: '14:30', end: '16:00', room: 'Salle Saloum',
    title: ['Caucus de la finance solidaire', 'Solidarity finance caucus', 'Caucus de finanzas solidarias', 'Caucus das finanças solidárias'], description: ['Vers un fonds intercontinental ?', 'Towards an intercontinental fund?', '¿Hacia un fondo intercontinental?', 'Rumo a um fundo intercontinental?'] }),
];

const CONTINENT_ROOMS = [
  ['AFRICA', 'Salle Téranga', 'Afrique', 'Africa', 'África', 'África'],
  ['AMERICAS', 'Salle Gorée', 'Amériques', 'Americas', 'Américas', 'Américas'],
  ['EUROPE', 'Salle Casamance', 'Europe', 'Europe', 'Europa', 'Europa'],
  ['ASIA', 'Salle Saloum', 'Asie', 'Asia', 'Asia', 'Ásia'],
  ['OCEANIA', 'Salle Lac Rose', 'Océanie', 'Oceania', 'Oceanía', 'Oceania'],
] as const;

const CONTINENTAL: SessionDef[] = CONTINENT_ROOMS.map(([continent, room, fr, en, es, pt]) =>
  s({ kind: 'CONTINENTAL', day: 3, start: '14:30', end: '17:30', room, eligibility: { continents: [continent] },
    workingLanguages: continent === 'AMERICAS' ? ['es', 'fr'] : continent === 'AFRICA' || continent === 'EUROPE' ? ['fr'] : ['en'],
    title: [`Rencontre continentale — ${fr}`, `Continental meeting — ${en}`, `Encuentro continental — ${es}`, `Encontro continental — ${pt}`],
    description: [`Réseau continental : plan d'action jusqu'à la prochaine rencontre (${fr}).`, `Continental network: action plan until the next meeting (${en}).`, `Red continental: plan de acción hasta el próximo encuentro (${es}).`, `Rede continental: plano de ação até o próximo encontro (${pt}).`] }),
);

const VISITS: SessionDef[] = [
  s({ kind: 'FIELD_VISIT', track: 'FOOD', day: 3, start: '08:30', end: '13:00', capacity: 50, appeal: 1.5,
    title: ['Visite : quai de pêche et femmes transformatrices de Kayar', 'Visit: Kayar fishing quay and women fish processors', 'Visita: muelle pesquero y transformadoras de Kayar', 'Visita: cais de pesca e transformadoras de Kayar'], description: ['Départ en car de l’hôtel à 8 h 30.', 'Coach leaves the hotel at 8:30.', 'Salida en autobús del hotel a las 8:30.', 'Saída de ônibus do hotel às 8h30.'] }),
  s({ kind: 'FIELD_VISIT', track: 'FINANCE', day: 3, start: '08:30', end: '13:00', capacity: 45,
    title: ['Visite : une mutuelle d’épargne et de crédit à Pikine', 'Visit: a savings and credit mutual in Pikine', 'Visita: una mutual de ahorro y crédito en Pikine'], description: ['Rencontre avec les sociétaires et le conseil d’administration.', 'Meeting members and the board.', 'Encuentro con los socios y el consejo.'] }),
  s({ kind: 'FIELD_VISIT', track: 'TRADE', day: 3, start: '08:30', end: '13:00', capacity: 30, appeal: 1.2,
    title: ['Visite : île de Gorée et artisans du village des arts', 'Visit: Gorée Island and the artists’ village craftspeople', 'Visita: isla de Gorea y artesanos de la aldea de las artes', 'Visita: ilha de Gorée e artesãos da aldeia das artes'], description: ['Chaloupe depuis le port de Dakar.', 'Ferry from Dakar harbour.', 'Lancha desde el puerto de Dakar.', 'Barco a partir do porto de Dakar.'] }),
];

const SOCIAL: SessionDef = s({ kind: 'SOCIAL', day: 3, start: '20:00', end: '23:30', room: "Esplanade de l'océan", appeal: 3,
  title: ['Soirée de la solidarité : musiques du monde', 'Solidarity evening: music of the world', 'Velada de la solidaridad: músicas del mundo', 'Noite da solidariedade: músicas do mundo'],
  description: ['Repas partagé, sabar et mbalax, orchestres des délégations.', 'Shared meal, sabar and mbalax, delegations’ bands.', 'Comida compartida, sabar y mbalax, músicos de las delegaciones.', 'Refeição partilhada, sabar e mbalax, músicos das delegações.'] });

export const SESSIONS: SessionDef[] = [...PLENARIES, ...WORKSHOP_SESSIONS, ...CAUCUSES, ...CONTINENTAL, ...VISITS, SOCIAL];
