/**
 * Real places for seeded contacts (`--seed`): city, postcodes, street names, state, phone country code and area code
 * that belong together, so a demo contact reads like an address somebody could have (lib/sandbox/README.md, "Seeded
 * contacts").
 */
export interface Place {
  city: string;
  postcodes: readonly string[];
  streets: readonly [string, string];
  /** State or province where the country's addresses carry one (US, CA). */
  state?: string;
  /** National area code for the phone number (without trunk prefix). */
  area: string;
}

export interface Country {
  /** E.164 country calling code. */
  cc: string;
  places: readonly Place[];
}

export const COUNTRIES: Record<string, Country> = {
  DE: { cc: '49', places: [
    { city: 'Berlin', postcodes: ['10115', '10117', '10178'], streets: ['Invalidenstrasse', 'Friedrichstrasse'], area: '30' },
    { city: 'Hamburg', postcodes: ['20095', '20099', '20354'], streets: ['Moenckebergstrasse', 'Jungfernstieg'], area: '40' },
    { city: 'Muenchen', postcodes: ['80331', '80333', '80469'], streets: ['Kaufingerstrasse', 'Sendlinger Strasse'], area: '89' },
  ] },
  AT: { cc: '43', places: [
    { city: 'Wien', postcodes: ['1010', '1020', '1070'], streets: ['Kaerntner Strasse', 'Mariahilfer Strasse'], area: '1' },
    { city: 'Graz', postcodes: ['8010', '8020'], streets: ['Herrengasse', 'Annenstrasse'], area: '316' },
    { city: 'Salzburg', postcodes: ['5020'], streets: ['Getreidegasse', 'Linzer Gasse'], area: '662' },
  ] },
  FI: { cc: '358', places: [
    { city: 'Helsinki', postcodes: ['00100', '00120', '00180'], streets: ['Mannerheimintie', 'Aleksanterinkatu'], area: '9' },
    { city: 'Tampere', postcodes: ['33100', '33200'], streets: ['Hameenkatu', 'Satakunnankatu'], area: '3' },
    { city: 'Turku', postcodes: ['20100', '20500'], streets: ['Aurakatu', 'Eerikinkatu'], area: '2' },
  ] },
  GB: { cc: '44', places: [
    { city: 'London', postcodes: ['SW1A 2AA', 'EC1A 1BB', 'W1D 3QF'], streets: ['Whitehall', 'Oxford Street'], area: '20' },
    { city: 'Manchester', postcodes: ['M1 1AE', 'M2 5DB'], streets: ['Market Street', 'Deansgate'], area: '161' },
    { city: 'Edinburgh', postcodes: ['EH1 1YZ', 'EH2 2ER'], streets: ['Princes Street', 'George Street'], area: '131' },
  ] },
  US: { cc: '1', places: [
    { city: 'Austin', postcodes: ['78701', '78702'], streets: ['Congress Avenue', 'Lamar Boulevard'], state: 'TX', area: '512' },
    { city: 'Springfield', postcodes: ['62701', '62702'], streets: ['Main Street', 'Capitol Avenue'], state: 'IL', area: '217' },
    { city: 'Seattle', postcodes: ['98101', '98104'], streets: ['Pike Street', 'Pine Street'], state: 'WA', area: '206' },
  ] },
  CA: { cc: '1', places: [
    { city: 'Toronto', postcodes: ['M5H 2N2', 'M5V 3L9'], streets: ['Queen Street West', 'King Street West'], state: 'ON', area: '416' },
    { city: 'Montreal', postcodes: ['H2Y 1C6', 'H3B 4W8'], streets: ['Rue Saint-Paul', 'Rue Sainte-Catherine'], state: 'QC', area: '514' },
    { city: 'Vancouver', postcodes: ['V6B 1A1', 'V6C 3L6'], streets: ['Granville Street', 'Robson Street'], state: 'BC', area: '604' },
  ] },
  SE: { cc: '46', places: [
    { city: 'Stockholm', postcodes: ['111 52', '111 57', '114 35'], streets: ['Kungsgatan', 'Drottninggatan'], area: '8' },
    { city: 'Goteborg', postcodes: ['411 06', '411 36'], streets: ['Kungsportsavenyen', 'Vallgatan'], area: '31' },
    { city: 'Malmo', postcodes: ['211 20', '211 43'], streets: ['Sodergatan', 'Stortorget'], area: '40' },
  ] },
  FR: { cc: '33', places: [
    { city: 'Paris', postcodes: ['75002', '75008', '75011'], streets: ['Rue de la Paix', 'Rue de Rivoli'], area: '1' },
    { city: 'Lyon', postcodes: ['69002', '69003'], streets: ['Rue de la Republique', 'Rue Merciere'], area: '4' },
    { city: 'Marseille', postcodes: ['13001', '13006'], streets: ['La Canebiere', 'Rue de Rome'], area: '4' },
  ] },
  IT: { cc: '39', places: [
    { city: 'Roma', postcodes: ['00186', '00187'], streets: ['Via del Corso', 'Via Nazionale'], area: '06' },
    { city: 'Milano', postcodes: ['20121', '20123'], streets: ['Via Montenapoleone', 'Corso Buenos Aires'], area: '02' },
    { city: 'Torino', postcodes: ['10121', '10123'], streets: ['Via Roma', 'Via Garibaldi'], area: '011' },
  ] },
  NL: { cc: '31', places: [
    { city: 'Amsterdam', postcodes: ['1012 JS', '1017 CT'], streets: ['Damrak', 'Kalverstraat'], area: '20' },
    { city: 'Rotterdam', postcodes: ['3011 AD', '3012 CL'], streets: ['Coolsingel', 'Lijnbaan'], area: '10' },
    { city: 'Utrecht', postcodes: ['3511 AA', '3512 JE'], streets: ['Oudegracht', 'Lange Viestraat'], area: '30' },
  ] },
  BE: { cc: '32', places: [
    { city: 'Bruxelles', postcodes: ['1000'], streets: ['Rue Neuve', 'Boulevard Anspach'], area: '2' },
    { city: 'Antwerpen', postcodes: ['2000', '2018'], streets: ['Meir', 'Groenplaats'], area: '3' },
    { city: 'Gent', postcodes: ['9000'], streets: ['Veldstraat', 'Korenmarkt'], area: '9' },
  ] },
  DK: { cc: '45', places: [
    { city: 'Kobenhavn', postcodes: ['1160', '1455'], streets: ['Vesterbrogade', 'Norregade'], area: '3' },
    { city: 'Aarhus', postcodes: ['8000'], streets: ['Ryesgade', 'Sondergade'], area: '8' },
    { city: 'Odense', postcodes: ['5000'], streets: ['Vestergade', 'Kongensgade'], area: '6' },
  ] },
};

const NUMBER_FIRST = new Set(['US', 'CA', 'GB', 'FR']);

/** Rolls in [0, 1) from the seed's RNG pick the place, street, postcode; the number's digits fill the phone. */
export function address(country: string, rolls: { place: number; street: number; postcode: number }, house: number, digits: string): Record<string, string> {
  const c = COUNTRIES[country] ?? (COUNTRIES.DE as Country);
  const place = c.places[Math.floor(rolls.place * c.places.length)] ?? (c.places[0] as Place);
  const street = place.streets[rolls.street < 0.5 ? 0 : 1];
  const postcode = place.postcodes[Math.floor(rolls.postcode * place.postcodes.length)] ?? (place.postcodes[0] as string);
  // National numbers of 9 to 10 digits: area code, then subscriber digits.
  const subscriber = digits.padEnd(10, '0').slice(0, Math.max(6, 9 - place.area.length + (c.cc === '1' ? 1 : 0)));
  const out: Record<string, string> = {
    // House number first where the country writes it so (US, CA, GB, FR), after the street elsewhere.
    'address-1': NUMBER_FIRST.has(country) ? `${house} ${street}` : `${street} ${house}`,
    city: place.city,
    'postal-code': postcode,
    country,
    phone: `+${c.cc}.${place.area}${subscriber}`,
  };
  if (place.state) out.state = place.state;
  return out;
}
