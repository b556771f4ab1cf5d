// The sixty-six countries of the Dakar 2005 demo (30 in Africa, 14 in the
// Americas, 11 in Europe, 8 in Asia, 3 in Oceania): their weight in the
// delegate population (per 1,200), name pools, languages, cities, phone prefix.
import type { NameRegion } from './names';

export type SeedLocale = 'fr' | 'en' | 'es' | 'pt';

export type CountryProfile = {
  code: string;
  weight: number;
  /** Name regions with their weights. */
  names: [NameRegion, number][];
  /** ISO 639-1 languages commonly spoken (the first is the main one). */
  languages: string[];
  /** Language used for the account and the organisation names. */
  locale: SeedLocale;
  cities: string[];
  phone: string;
  /** Pays the "North" rate (OECD high-income countries). */
  north: boolean;
};

// code | weight | names | languages | locale | cities | phone
const ROWS = `
SN|240|wolof:9 sahel:1|fr wo ff|fr|Dakar;Thiès;Saint-Louis;Kaolack;Ziguinchor;Rufisque;Mbour;Louga;Tambacounda;Kolda|+221
ML|45|sahel|fr bm|fr|Bamako;Ségou;Sikasso;Mopti;Kayes|+223
BF|40|sahel|fr|fr|Ouagadougou;Bobo-Dioulasso;Koudougou;Ouahigouya|+226
NE|20|sahel|fr ha|fr|Niamey;Zinder;Maradi|+227
GN|20|sahel:2 wolof:1|fr ff|fr|Conakry;Labé;Kankan|+224
CI|30|sahel|fr|fr|Abidjan;Bouaké;Yamoussoukro;Korhogo|+225
BJ|25|sahel|fr yo|fr|Cotonou;Porto-Novo;Parakou;Abomey|+229
TG|18|sahel|fr|fr|Lomé;Kara;Sokodé|+228
GM|10|wolof:3 westAnglo:1|en wo|en|Banjul;Serekunda;Brikama|+220
MR|12|maghreb:2 wolof:1|ar fr wo|fr|Nouakchott;Nouadhibou;Rosso|+222
CV|8|luso|pt|pt|Praia;Mindelo|+238
GW|8|luso:1 sahel:1|pt|pt|Bissau;Bafatá|+245
NG|18|westAnglo|en yo ha ig|en|Lagos;Abuja;Ibadan;Kano;Enugu|+234
GH|15|westAnglo|en tw|en|Accra;Kumasi;Tamale|+233
CM|28|central|fr en|fr|Yaoundé;Douala;Bamenda;Bafoussam|+237
CD|18|central|fr ln sw|fr|Kinshasa;Lubumbashi;Bukavu;Goma|+243
CG|10|central|fr ln|fr|Brazzaville;Pointe-Noire|+242
GA|8|central|fr|fr|Libreville;Port-Gentil|+241
RW|10|central|rw fr en|fr|Kigali;Butare;Gisenyi|+250
BI|8|central|fr|fr|Bujumbura;Gitega|+257
KE|15|east|en sw|en|Nairobi;Mombasa;Kisumu|+254
TZ|10|east|sw en|en|Dar es Salaam;Arusha;Mwanza|+255
UG|8|east|en|en|Kampala;Gulu;Mbarara|+256
ZA|15|southern|en zu xh|en|Johannesburg;Cape Town;Durban;Pretoria|+27
ZW|8|southern|en sn|en|Harare;Bulawayo|+263
MZ|10|luso:2 southern:1|pt|pt|Maputo;Beira;Nampula|+258
MG|12|malagasy|mg fr|fr|Antananarivo;Toamasina;Fianarantsoa|+261
MA|30|maghreb|ar fr|fr|Rabat;Casablanca;Fès;Marrakech;Agadir|+212
DZ|12|maghreb|ar fr|fr|Alger;Oran;Constantine|+213
TN|12|maghreb|ar fr|fr|Tunis;Sfax;Sousse|+216
CA|110|quebec:9 anglo:1|fr en|fr|Montréal;Québec;Sherbrooke;Rimouski;Trois-Rivières;Gatineau;Saguenay;Ottawa|+1
US|18|anglo:3 hispanic:1|en es|en|New York;Chicago;Oakland;Boston;Atlanta|+1
MX|18|hispanic|es|es|Ciudad de México;Oaxaca;Guadalajara;Chiapas|+52
GT|8|hispanic|es|es|Ciudad de Guatemala;Quetzaltenango|+502
NI|8|hispanic|es|es|Managua;León;Estelí|+505
HT|12|haitian|fr ht|fr|Port-au-Prince;Cap-Haïtien;Jacmel|+509
CU|8|hispanic|es|es|La Habana;Santiago de Cuba|+53
CO|12|hispanic|es|es|Bogotá;Medellín;Cali|+57
EC|10|hispanic:2 andean:1|es qu|es|Quito;Cuenca;Guayaquil|+593
PE|30|andean:1 hispanic:1|es qu ay|es|Lima;Cusco;Puno;Arequipa;Villa El Salvador|+51
BO|15|andean|es qu ay|es|La Paz;El Alto;Cochabamba;Sucre|+591
BR|40|luso|pt|pt|São Paulo;Porto Alegre;Recife;Salvador;Belo Horizonte;Fortaleza;Rio de Janeiro|+55
AR|12|hispanic:3 european:1|es|es|Buenos Aires;Rosario;Córdoba|+54
CL|8|hispanic|es|es|Santiago;Valparaíso;Concepción|+56
FR|55|french|fr|fr|Paris;Lyon;Marseille;Lille;Nantes;Toulouse;Grenoble|+33
BE|22|french:3 european:2|fr nl|fr|Bruxelles;Liège;Namur;Gand|+32
CH|15|french:2 european:1|fr de|fr|Genève;Lausanne;Berne|+41
ES|18|hispanic|es ca eu|es|Madrid;Barcelona;Bilbao;Sevilla|+34
PT|10|luso|pt|pt|Lisboa;Porto;Coimbra|+351
IT|15|european|it|en|Roma;Bologna;Milano;Napoli|+39
DE|10|european|de en|en|Berlin;Hamburg;Köln|+49
GB|10|anglo|en|en|London;Manchester;Glasgow|+44
IE|5|anglo|en|en|Dublin;Cork|+353
NL|8|european|nl en|en|Amsterdam;Utrecht|+31
SE|6|european|en|en|Stockholm;Göteborg|+46
JP|15|japanese|ja en|en|Tokyo;Osaka;Kyoto|+81
KR|10|korean|ko en|en|Seoul;Busan;Gwangju|+82
CN|6|chinese|zh en|en|Beijing;Shanghai;Chengdu|+86
PH|12|southeastAsian|tl en|en|Manila;Quezon City;Cebu;Davao|+63
IN|12|southAsian|hi en|en|New Delhi;Mumbai;Chennai;Ahmedabad;Kolkata|+91
BD|6|southAsian|bn en|en|Dhaka;Chittagong|+880
ID|6|southeastAsian|id en|en|Jakarta;Yogyakarta;Bandung|+62
VN|6|vietnamese|vi en|en|Hà Nội;Hồ Chí Minh;Huế|+84
AU|6|anglo|en|en|Sydney;Melbourne;Brisbane|+61
NZ|5|anglo:2 oceanian:1|en mi|en|Auckland;Wellington|+64
FJ|4|oceanian|en fj|en|Suva;Lautoka|+679
`;

const NORTH = new Set('CA US FR BE CH ES PT IT DE GB IE NL SE JP KR AU NZ'.split(' '));

export const COUNTRIES: CountryProfile[] = ROWS.trim()
  .split('\n')
  .map((row) => {
    const [code, weight, names, languages, locale, cities, phone] = row.split('|');
    return {
      code,
      weight: Number(weight),
      names: names.split(' ').map((part) => {
        const [region, w] = part.split(':');
        return [region as NameRegion, Number(w ?? 1)] as [NameRegion, number];
      }),
      languages: languages.split(' '),
      locale: locale as SeedLocale,
      cities: cities.split(';'),
      phone,
      north: NORTH.has(code),
    };
  });

export const COUNTRY_BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));
