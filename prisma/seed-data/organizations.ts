// Organisation names by kind and language, and organisations of the social and
// solidarity economy known by name in some countries. "{city}" is replaced by a
// city of the delegate's country.
import type { SeedLocale } from './countries';

export type OrgKind =
  | 'COOPERATIVE'
  | 'UNION'
  | 'WOMENS_GROUP'
  | 'YOUTH_GROUP'
  | 'NGO'
  | 'RESEARCH'
  | 'LOCAL_GOVERNMENT'
  | 'OTHER';

/** Share of delegates by kind of organisation. */
export const KIND_WEIGHTS: [OrgKind, number][] = [
  ['COOPERATIVE', 24],
  ['NGO', 22],
  ['WOMENS_GROUP', 14],
  ['UNION', 10],
  ['RESEARCH', 9],
  ['YOUTH_GROUP', 8],
  ['LOCAL_GOVERNMENT', 7],
  ['OTHER', 6],
];

const t = (s: string) => s.split(';').map((x) => x.trim());

export const ORG_TEMPLATES: Record<SeedLocale, Record<OrgKind, string[]>> = {
  fr: {
    COOPERATIVE: t("Coopérative des transformatrices de céréales de {city};Union des coopératives agricoles de {city};Coopérative d'habitation Les Bâtisseurs ({city});Mutuelle d'épargne et de crédit de {city};Coopérative des pêcheurs artisans de {city};Coopérative de travail solidaire de {city};Caisse populaire de {city}"),
    UNION: t('Confédération nationale des travailleurs — section {city};Syndicat des travailleurs de l\'économie informelle de {city};Union syndicale des artisans de {city};Fédération des travailleuses domestiques ({city})'),
    WOMENS_GROUP: t("Groupement de promotion féminine de {city};Réseau des femmes entrepreneures de {city};Association des femmes pour l'épargne solidaire ({city});Collectif des femmes transformatrices de {city};Fédération des groupements féminins de {city}"),
    YOUTH_GROUP: t('Réseau jeunesse pour l\'économie solidaire ({city});Association des jeunes entrepreneurs de {city};Conseil des jeunes de {city};Coopérative jeunesse de services de {city}'),
    NGO: t("Solidarité et développement ({city});Association pour le commerce équitable de {city};Comité de solidarité internationale de {city};Centre d'appui aux initiatives locales ({city});ONG Développement durable et solidaire ({city})"),
    RESEARCH: t("Université de {city} — Chaire d'économie sociale;Institut de recherche sur le développement local ({city});Centre d'études en économie solidaire de {city};Laboratoire de recherche sur les pratiques solidaires ({city})"),
    LOCAL_GOVERNMENT: t('Ville de {city};Communauté urbaine de {city};Conseil régional de {city};Mairie de {city} — Service du développement local'),
    OTHER: t('Radio communautaire de {city};Fondation pour l\'entrepreneuriat collectif ({city});Commerce solidaire de {city}'),
  },
  en: {
    COOPERATIVE: t("{city} Farmers' Cooperative Union;{city} Savings and Credit Cooperative (SACCO);{city} Fair Trade Producers Cooperative;{city} Housing Cooperative;{city} Worker Cooperative Network"),
    UNION: t('{city} Informal Economy Workers Union;National Union of Domestic Workers — {city} branch;{city} Trades Council;General Agricultural Workers Union ({city})'),
    WOMENS_GROUP: t("{city} Women's Savings Group;Women in Informal Employment ({city});{city} Rural Women's Network;Self-Employed Women's Association — {city}"),
    YOUTH_GROUP: t('{city} Youth Enterprise Network;Young Cooperators of {city};{city} Youth Action for Solidarity'),
    NGO: t('{city} Community Development Trust;Solidarity Economy Network ({city});{city} Fair Trade Alliance;Centre for Community Economic Development ({city})'),
    RESEARCH: t('University of {city} — Centre for Social Economy;{city} Institute for Development Studies;{city} Policy Research Centre'),
    LOCAL_GOVERNMENT: t('City of {city};{city} Municipal Council;{city} District Assembly'),
    OTHER: t('{city} Community Radio;{city} Social Enterprise Hub'),
  },
  es: {
    COOPERATIVE: t('Cooperativa Agraria de {city};Cooperativa de Ahorro y Crédito {city};Cooperativa de Trabajo "La Esperanza" ({city});Central de Cooperativas Cafetaleras de {city};Cooperativa de Vivienda Mutua de {city}'),
    UNION: t('Central Única de Trabajadores — {city};Sindicato de Trabajadoras del Hogar de {city};Federación de Trabajadores Autogestionados de {city}'),
    WOMENS_GROUP: t('Asociación de Mujeres Productoras de {city};Red de Mujeres por la Economía Solidaria ({city});Comedores Populares de {city};Colectivo de Mujeres Artesanas de {city}'),
    YOUTH_GROUP: t('Red de Jóvenes Emprendedores de {city};Colectivo Juvenil Solidario ({city})'),
    NGO: t('Centro de Estudios y Promoción del Desarrollo ({city});Red de Economía Solidaria de {city};Fundación Comercio Justo {city};Asociación Tierra y Vida ({city})'),
    RESEARCH: t('Universidad de {city} — Instituto de Economía Social;Centro de Investigación en Economía Solidaria ({city})'),
    LOCAL_GOVERNMENT: t('Municipalidad de {city};Gobierno Regional de {city};Alcaldía de {city}'),
    OTHER: t('Radio Comunitaria de {city};Tienda Solidaria de {city}'),
  },
  pt: {
    COOPERATIVE: t('Cooperativa de Catadores de {city};Cooperativa Agrícola Familiar de {city};Cooperativa de Crédito Solidário de {city};Cooperativa de Costureiras de {city}'),
    UNION: t('Central Única dos Trabalhadores — {city};Sindicato dos Trabalhadores Rurais de {city};União dos Trabalhadores Autogestionários ({city})'),
    WOMENS_GROUP: t('Rede de Mulheres da Economia Solidária de {city};Associação de Mulheres Produtoras de {city};Grupo de Mulheres Artesãs de {city}'),
    YOUTH_GROUP: t('Rede de Jovens da Economia Solidária ({city});Coletivo Jovem Solidário de {city}'),
    NGO: t('Centro de Apoio às Iniciativas Solidárias ({city});Fórum de Economia Solidária de {city};Associação Comércio Justo e Solidário ({city})'),
    RESEARCH: t('Universidade Federal de {city} — Incubadora Tecnológica de Cooperativas Populares;Núcleo de Estudos em Economia Solidária ({city})'),
    LOCAL_GOVERNMENT: t('Prefeitura de {city} — Secretaria de Economia Solidária;Câmara Municipal de {city}'),
    OTHER: t('Rádio Comunitária de {city};Banco Comunitário de {city}'),
  },
};

/** Well-known organisations by country: [name, kind]. Some delegates belong to them. */
export const NAMED_ORGS: Record<string, [string, OrgKind][]> = {
  SN: [['RENAPESS — Réseau national des acteurs et promoteurs de l\'économie sociale et solidaire', 'NGO'], ['ENDA Tiers-Monde', 'NGO'], ['PAMECAS', 'COOPERATIVE'], ['FONGS — Action paysanne', 'COOPERATIVE'], ['Fédération nationale des groupements de promotion féminine', 'WOMENS_GROUP'], ['Université Cheikh Anta Diop — Faculté des sciences économiques', 'RESEARCH'], ['CNTS — Confédération nationale des travailleurs du Sénégal', 'UNION']],
  CA: [["Groupe d'économie solidaire du Québec (GESQ)", 'NGO'], ["Chantier de l'économie sociale", 'NGO'], ["Caisse d'économie solidaire Desjardins", 'COOPERATIVE'], ['CSN — Confédération des syndicats nationaux', 'UNION'], ['Oxfam-Québec', 'NGO'], ['SUCO', 'NGO'], ['Développement et Paix', 'NGO'], ['Équiterre', 'NGO'], ['Relais-femmes', 'WOMENS_GROUP'], ['CRISES — Université du Québec à Montréal', 'RESEARCH'], ['Centre d\'étude et de coopération internationale (CECI)', 'NGO']],
  ML: [['Kafo Jiginew', 'COOPERATIVE'], ['CNOP — Coordination nationale des organisations paysannes', 'COOPERATIVE']],
  BF: [['Réseau des caisses populaires du Burkina', 'COOPERATIVE'], ['Union des groupements Naam', 'COOPERATIVE']],
  FR: [['Mouvement pour l\'économie solidaire (MES)', 'NGO'], ['Artisans du Monde', 'NGO'], ['CRIDA', 'RESEARCH'], ['Crédit coopératif', 'COOPERATIVE']],
  BE: [['SAW-B', 'NGO'], ['Oxfam-Magasins du monde', 'NGO']],
  PE: [['GRESP — Grupo Red de Economía Solidaria del Perú', 'NGO'], ['Central Interregional de Artesanos del Perú (CIAP)', 'COOPERATIVE']],
  BR: [['Fórum Brasileiro de Economia Solidária (FBES)', 'NGO'], ['UNISOL Brasil', 'COOPERATIVE'], ['ANTEAG', 'NGO'], ['Cáritas Brasileira', 'NGO']],
  BO: [['Red Nacional de Comercialización Comunitaria (RENACC)', 'COOPERATIVE']],
  MA: [['REMESS — Réseau marocain de l\'économie sociale et solidaire', 'NGO']],
  PH: [['Asian Alliance for Solidarity Economy', 'NGO']],
  IN: [["Self-Employed Women's Association (SEWA)", 'WOMENS_GROUP']],
  JP: [['Japanese Consumers\' Co-operative Union', 'COOPERATIVE']],
  ES: [['REAS — Red de Redes de Economía Alternativa y Solidaria', 'NGO'], ['Mondragon Corporación Cooperativa', 'COOPERATIVE']],
};

/** Roles in the organisation: [feminine, masculine] forms. */
export const ROLES: Record<SeedLocale, [string, string][]> = {
  fr: [['Présidente', 'Président'], ['Coordonnatrice', 'Coordonnateur'], ['Chargée de projet', 'Chargé de projet'], ['Secrétaire générale', 'Secrétaire général'], ['Trésorière', 'Trésorier'], ['Animatrice', 'Animateur'], ['Directrice', 'Directeur'], ['Chercheuse', 'Chercheur'], ['Membre', 'Membre']],
  en: [['Chair', 'Chair'], ['Coordinator', 'Coordinator'], ['Project officer', 'Project officer'], ['General secretary', 'General secretary'], ['Treasurer', 'Treasurer'], ['Director', 'Director'], ['Researcher', 'Researcher'], ['Member', 'Member']],
  es: [['Presidenta', 'Presidente'], ['Coordinadora', 'Coordinador'], ['Responsable de proyectos', 'Responsable de proyectos'], ['Secretaria general', 'Secretario general'], ['Tesorera', 'Tesorero'], ['Investigadora', 'Investigador'], ['Socia', 'Socio']],
  pt: [['Presidenta', 'Presidente'], ['Coordenadora', 'Coordenador'], ['Assessora', 'Assessor'], ['Secretária executiva', 'Secretário executivo'], ['Tesoureira', 'Tesoureiro'], ['Pesquisadora', 'Pesquisador'], ['Associada', 'Associado']],
};
