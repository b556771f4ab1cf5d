// The delegations of the Dakar demo. National delegations carry a country;
// network delegations carry a network and a continent and gather members from
// several countries of that continent. Past the curated list (larger --delegates
// runs), more national delegations are generated per region of the biggest countries.

export type DelegationDef = {
  name: string;
  country: string | null;
  network: string | null;
  /** For network delegations: whose members they draw. */
  continent?: 'AFRICA' | 'AMERICAS' | 'ASIA' | 'EUROPE' | 'OCEANIA';
  status: 'APPROVED' | 'REQUESTED' | 'CLOSED';
  description?: string;
};

/** The Québec delegation, headed by the demo account head@rencontre.test. */
export const QUEBEC_DELEGATION = 'Délégation du Québec (GESQ)';

// name | country | network | continent | status
const ROWS = `
${QUEBEC_DELEGATION}|CA|GESQ||APPROVED
Réseau canadien de développement économique communautaire|CA|CCEDNet||APPROVED
Sénégal — RENAPESS|SN|RENAPESS||APPROVED
Sénégal — Groupements de promotion féminine|SN|FNGPF||APPROVED
Sénégal — Région de Thiès|SN|||APPROVED
Sénégal — Région de Saint-Louis|SN|||APPROVED
Sénégal — Casamance|SN|||APPROVED
Sénégal — Jeunesse solidaire|SN|||APPROVED
Sénégal — Mutuelles et finance solidaire|SN|PAMECAS||APPROVED
Sénégal — Organisations paysannes|SN|FONGS||APPROVED
Sénégal — Syndicats|SN|CNTS||APPROVED
Délégation du Mali|ML|||APPROVED
Délégation du Burkina Faso|BF|||APPROVED
Délégation du Niger|NE|||APPROVED
Délégation de la Guinée|GN|||APPROVED
Délégation de la Côte d'Ivoire|CI|||APPROVED
Délégation du Bénin|BJ|||APPROVED
Délégation du Togo|TG|||APPROVED
Gambia delegation|GM|||APPROVED
Délégation de la Mauritanie|MR|||APPROVED
Delegação de Cabo Verde|CV|||APPROVED
Delegação da Guiné-Bissau|GW|||APPROVED
Nigeria delegation|NG|||APPROVED
Ghana delegation|GH|||APPROVED
Délégation du Cameroun|CM|||APPROVED
Délégation de la RD Congo|CD|||APPROVED
Délégation du Congo|CG|||APPROVED
Délégation du Rwanda|RW|||APPROVED
Délégation du Burundi|BI|||REQUESTED
Kenya delegation|KE|||APPROVED
Tanzania delegation|TZ|||APPROVED
South Africa delegation|ZA|||APPROVED
Delegação de Moçambique|MZ|||APPROVED
Délégation de Madagascar|MG|||APPROVED
Délégation du Maroc — REMESS|MA|REMESS||APPROVED
Délégation de l'Algérie|DZ|||APPROVED
Délégation de la Tunisie|TN|||APPROVED
Réseau africain de l'économie sociale et solidaire|||AFRICA|APPROVED
Délégation d'Haïti|HT|||APPROVED
United States Solidarity Economy delegation|US|||APPROVED
Delegación de México|MX|||APPROVED
Delegación de Nicaragua|NI|||APPROVED
Delegación de Colombia|CO|||APPROVED
Delegación del Ecuador|EC|||APPROVED
Delegación del Perú — GRESP|PE|GRESP||APPROVED
Delegación de Bolivia|BO|||APPROVED
Delegação do Brasil — FBES|BR|FBES||APPROVED
Delegación de la Argentina|AR|||APPROVED
Delegación de Chile|CL|||REQUESTED
Red Latinoamericana de Socioeconomía Solidaria|||AMERICAS|APPROVED
Délégation de la France — MES|FR|MES||APPROVED
Délégation de la Belgique|BE|SAW-B||CLOSED
Délégation de la Suisse|CH|||APPROVED
Delegación de España — REAS|ES|REAS||APPROVED
Delegação de Portugal|PT|||APPROVED
Delegazione italiana|IT|||APPROVED
Japan delegation|JP|||APPROVED
Asian Alliance for Solidarity Economy|||ASIA|APPROVED
Philippines delegation|PH|||APPROVED
Oceania Community Economies Network|||OCEANIA|APPROVED`;

export const DELEGATIONS: DelegationDef[] = ROWS.trim()
  .split('\n')
  .map((row) => {
    const [name, country, network, continent, status] = row.split('|');
    return {
      name,
      country: country || null,
      network: network || null,
      continent: (continent || undefined) as DelegationDef['continent'],
      status: status as DelegationDef['status'],
    };
  });
