import { COUNTRY_NAMES } from './country-names';

/** ISO 3166-1 alpha-2 codes ("country: ISO country code (2 letters)"). */
const ISO_CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

export const COUNTRY_CODES: ReadonlySet<string> = new Set(ISO_CODES.split(' '));

/** European Union member states: .eu citizenship must be one of these. */
export const EU_COUNTRIES: ReadonlySet<string> = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

/** EU plus the EEA states whose residents may hold .eu names (Iceland, Liechtenstein, Norway). */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set([...EU_COUNTRIES, 'IS', 'LI', 'NO']);

/** Joker accepts `UK` beside `GB` (DMAPI documentation: "for GB and UK it will be IND"). */
export function isCountryCode(value: string): boolean {
  const code = value.toUpperCase();
  return value.length === 2 && (COUNTRY_CODES.has(code) || code === 'UK');
}

const NAME_OF: ReadonlyMap<string, string> = new Map(COUNTRY_NAMES);

/** The English name of a country code ("DE" → "Germany"); the code itself where it names no country. */
export function countryName(code: string): string {
  const upper = code.toUpperCase() === 'UK' ? 'GB' : code.toUpperCase();
  return NAME_OF.get(upper) ?? upper;
}

/** Every ISO code with its name, sorted by name, for a searchable country list. */
export function countryOptions(): { code: string; name: string }[] {
  return COUNTRY_NAMES.map(([code, name]) => ({ code, name }));
}
