import { isEmail } from './checks';
import { isCountryCode } from './countries';

/** How an extension value is checked: a regular expression (anchored), or one of the table's `!@` validators. */
export type ExtensionCheck = RegExp | '!@email' | '!@country';

export interface ContactExtension {
  name: string;
  check: ExtensionCheck;
  meaning: string;
  /** The value list of an enumerated extension, for a select box. */
  values?: readonly string[];
  /** What the values mean, where the table (or the registry) says. */
  labels?: Readonly<Record<string, string>>;
  /** A rule of the table beyond the value's form, for the form's help text. */
  help?: string;
}

const LATIN1_30 = /^[\x20-\xff]{1,30}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/; // the table's .fr dates read `\d{4}-\d{2}\-d{2}`, a typo for this
const DIGITS = /^\d+$/;

function oneOf(name: string, values: readonly string[], meaning: string, more: Partial<ContactExtension> = {}): ContactExtension {
  const escaped = values.map((v) => v.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return { name, check: new RegExp(`^(${escaped.join('|')})$`), meaning, values, ...more };
}

function ext(name: string, check: ExtensionCheck, meaning: string, more: Partial<ContactExtension> = {}): ContactExtension {
  return { name, check, meaning, ...more };
}

const NO_YES = { '0': 'No', '1': 'Yes' };
/** .cn: "for I only (SFZ, HZ, GAJMTX, TWJMTX, WJLSFZ, GAJZZ, TWJZZ, JGZ, QT) allowed!" */
export const CN_INDIVIDUAL_ID_TYPES = ['SFZ', 'HZ', 'GAJMTX', 'TWJMTX', 'WJLSFZ', 'GAJZZ', 'TWJZZ', 'JGZ', 'QT'] as const;
const CN_ID_LABELS: Record<string, string> = {
  SFZ: 'SFZ – resident identity card', HZ: 'HZ – passport', GAJMTX: 'GAJMTX – Hong Kong/Macao travel permit',
  TWJMTX: 'TWJMTX – Taiwan travel permit', WJLSFZ: 'WJLSFZ – foreigner’s permanent residence card',
  GAJZZ: 'GAJZZ – Hong Kong/Macao residence permit', TWJZZ: 'TWJZZ – Taiwan residence permit',
  JGZ: 'JGZ – military officer card', QT: 'QT – other', ORG: 'ORG – organisation code certificate',
  YYZZ: 'YYZZ – business licence', TYDM: 'TYDM – unified social credit code certificate',
};
/** .it entity types as the .it registry defines them. */
const IT_ENTITY_LABELS: Record<string, string> = {
  '1': '1 – Italian and foreign natural persons', '2': '2 – Companies and one-person companies',
  '3': '3 – Freelancers and professionals', '4': '4 – Non-profit organisations', '5': '5 – Public organisations',
  '6': '6 – Other subjects', '7': '7 – Foreign entities matching 2 to 6',
};

/** "Known extensions, grouped by TLD" (DMAPI documentation). Keys are the TLDs the table names for each group. */
const GROUPS: { tlds: readonly string[]; extensions: readonly ContactExtension[] }[] = [
  { tlds: ['be'], extensions: [
    oneOf('x-be-lang', ['en', 'fr', 'nl'], 'Language for e-mails from the registry'),
    oneOf('x-be-type', ['owner', 'admin', 'tech', 'licensee', 'onsite'], 'Type of the contact'),
    ext('x-be-vatid', /^.*$/, 'VAT id of the company'),
  ] },
  { tlds: ['ca'], extensions: [
    oneOf('x-ca-legal-type', ['ABO', 'ASS', 'CCO', 'CCT', 'EDU', 'GOV', 'HOP', 'INB', 'LAM', 'LGR', 'MAJ', 'OMK',
      'PLT', 'PRT', 'RES', 'TDM', 'TRD', 'TRS'], 'CIRA legal type'),
  ] },
  { tlds: ['cn'], extensions: [
    ext('x-cn-owner-id-number', LATIN1_30, 'Passport id or company id from official documents'),
    oneOf('x-cn-owner-id-type', ['SFZ', 'HZ', 'GAJMTX', 'TWJMTX', 'WJLSFZ', 'GAJZZ', 'TWJZZ', 'JGZ', 'QT', 'ORG',
      'YYZZ', 'TYDM', 'BDDM', 'JDDWFW', 'SYDWFR', 'WGCZJG', 'SHTTFR', 'ZJCS', 'MBFQY', 'JJHFR', 'LSZY', 'WGZHWH',
      'WLCZJG', 'SFJD', 'JWJG', 'SHFWJG', 'MBXXBX', 'YLJGZY', 'GZJGZY', 'BJWSXX', 'QTTYDM'], 'Type of the id document',
    { labels: CN_ID_LABELS, help: `Individuals may only use ${CN_INDIVIDUAL_ID_TYPES.join(', ')}.` }),
    oneOf('x-cn-owner-type', ['E', 'I'], 'Owner type', { labels: { E: 'E – enterprise', I: 'I – individual' } }),
  ] },
  { tlds: ['at', 'co.at', 'or.at'], extensions: [
    oneOf('x-atnic-type', ['privateperson', 'role', 'organisation'], 'Type of the contact'),
  ] },
  { tlds: ['uk', 'co.uk', 'me.uk', 'net.uk', 'plc.uk', 'org.uk', 'ltd.uk'], extensions: [
    ext('x-nominet-trading-name', /^[\x20-\xff]{1,50}$/, 'Trading name of the organisation'),
    ext('x-nominet-company-no', LATIN1_30, 'Registered company number'),
    oneOf('x-nominet-type', ['LTD', 'PLC', 'PTNR', 'STRA', 'LLP', 'IP', 'IND', 'SCH', 'RCHAR', 'GOV', 'CRC', 'STAT',
      'OTHER', 'FIND', 'FCORP', 'FOTHER'], 'Account type'),
  ] },
  { tlds: ['de'], extensions: [oneOf('x-de-type', ['person', 'role', 'org'], 'Type of the contact')] },
  { tlds: ['dk'], extensions: [
    ext('x-dk-user-id-number', /^.*$/, 'User id for .dk domains'),
    oneOf('x-dk-user-type', ['COMPANY', 'PERSON', 'PUBORG', 'ASSOCIATION'], 'User type for .dk domains'),
  ] },
  { tlds: ['eu', 'xn--e1a4c', 'xn--qxa6a'], extensions: [
    oneOf('x-eu-natural-person', ['true', 'false'], 'Natural person'),
    ext('x-eu-country-of-citizenship', /^[A-Z]{2}$/, 'Country of citizenship'),
    oneOf('x-eu-lang', ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv',
      'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'], "Language of the owner in EURid's whois"),
    oneOf('x-eu-type', ['owner', 'admin', 'onsite'], 'Type of the contact'),
  ] },
  { tlds: ['fi'], extensions: [
    ext('x-ficora-birthdate', DATE, 'Birth date of an owner contact'),
    ext('x-ficora-identity', /^[\w-]{5,20}$/, 'Identity number of private individuals'),
    oneOf('x-ficora-is-finnish', ['yes', 'no'], 'Finnish person or company'),
    ext('x-ficora-legalemail', '!@email', 'Legal e-mail; required for companies'),
    ext('x-ficora-registernumber', /^.{3,30}$/, 'Registration number of companies'),
    oneOf('x-ficora-role', ['billing', 'admin', 'tech', 'owner'], 'Role of the contact'),
    oneOf('x-ficora-type', ['association', 'privateperson', 'company', 'corporation', 'institution', 'politicalparty',
      'township', 'government', 'publiccommunity', 'municipality'], 'Type of the contact'),
  ] },
  { tlds: ['fr'], extensions: [
    ext('x-fr-announce', DIGITS, 'Number of the announcement'),
    ext('x-fr-birthcity', LATIN1_30, 'City of birth (natural persons born in France)'),
    ext('x-fr-birthdate', DATE, "Registrant's birth date"),
    ext('x-fr-birthpc', LATIN1_30, 'Postcode of the place of birth'),
    ext('x-fr-birthplace', /^[A-Z]{2}$/, 'Country code of the place of birth'),
    ext('x-fr-date-association', DATE, 'Date of association'),
    ext('x-fr-date-publication-jo', DATE, 'Date of publication in the JO'),
    ext('x-fr-duns', LATIN1_30, 'Company DUNS'),
    ext('x-fr-local', LATIN1_30, 'Company local id'),
    ext('x-fr-numero-de-page-announce-jo', DIGITS, 'Page number of the announcement'),
    ext('x-fr-restrict-pub', /^\d$/, 'Whois publication', { values: ['0', '1'], labels: { '0': '0 – show', '1': '1 – do not show' } }),
    ext('x-fr-siren-or-siret', LATIN1_30, 'SIREN/SIRET number'),
    ext('x-fr-trademark', LATIN1_30, 'Trademark number'),
    ext('x-fr-vatid', LATIN1_30, 'Company VAT id'),
    ext('x-fr-waldec', DIGITS, 'Waldec id'),
  ] },
  { tlds: ['ie'], extensions: [
    ext('x-ie-applicant', /^.*$/, 'Name of the applicant'),
    oneOf('x-ie-applicant-class', ['Company', 'Business Owner', 'Club/Band/Local Group', 'School/College',
      'State Agency', 'Blogger/Other'], 'Applicant class'),
  ] },
  { tlds: ['it'], extensions: [
    oneOf('x-it-consentforpublishing', ['0', '1'], 'Consent to publishing', { labels: NO_YES }),
    oneOf('x-it-entity-type', ['1', '2', '3', '4', '5', '6', '7'], 'Entity type', { labels: IT_ENTITY_LABELS }),
    ext('x-it-pin', /^.*$/, 'Tax code or VAT number'),
    oneOf('x-it-sect3-liability', ['0', '1'], 'Section 3 liability declaration', { labels: NO_YES }),
    oneOf('x-it-sect5-personal-data-for-registration', ['0', '1'], 'Section 5 consent', { labels: NO_YES }),
    oneOf('x-it-sect6-personal-data-for-diffusion', ['0', '1'], 'Section 6 consent', { labels: NO_YES }),
    oneOf('x-it-sect7-explicit-acceptance', ['0', '1'], 'Section 7 acceptance', { labels: NO_YES }),
  ] },
  { tlds: ['nl'], extensions: [
    oneOf('x-nl-legal-form', ['ANDERS', 'BGG', 'BRO', 'BV', 'BVI/O', 'COOP', 'CV', 'EENMANSZAAK', 'EESV', 'KERK',
      'MAATSCHAP', 'NV', 'OWM', 'PERSOON', 'REDR', 'STICHTING', 'VERENIGING', 'VOF'], 'Legal form of the contact'),
    ext('x-nl-legal-form-registration-no', LATIN1_30, 'Registration number of the company'),
  ] },
  { tlds: ['nu'], extensions: [
    ext('x-iinu-orgid', LATIN1_30, 'Organisation id'),
    ext('x-iinu-vatid', LATIN1_30, 'VAT id'),
  ] },
  { tlds: ['se', 'pp.se'], extensions: [
    ext('x-iise-vatid', LATIN1_30, 'VAT id'),
    ext('x-iise-orgid', LATIN1_30, 'Organisation id'),
  ] },
  { tlds: ['sk'], extensions: [
    ext('x-sk-contact-ident-number', /^.*$/, 'Company registration number or personal id'),
    oneOf('x-sk-contact-legal-form', ['CORP', 'PERS'], 'Legal form', {
      labels: { CORP: 'CORP – company or organisation', PERS: 'PERS – natural person' } }),
  ] },
  { tlds: ['us'], extensions: [
    ext('x-us-app-purpose', /^[Pp][1-5]$/, '.us purpose of the contact'),
    ext('x-us-nexus-category', /^[Cc](11|12|21|31|32)$/, '.us nexus category'),
    ext('x-us-nexus-category-country', '!@country', '.us nexus category country'),
  ] },
  { tlds: ['xxx'], extensions: [ext('x-xxx-membership-token', LATIN1_30, 'Registrar tag for domains')] },
];

const BY_TLD = new Map<string, readonly ContactExtension[]>();
for (const group of GROUPS) for (const tld of group.tlds) BY_TLD.set(tld, group.extensions);

/** Every TLD the table names, in its order. */
export const EXTENSION_TLDS: readonly string[] = GROUPS.flatMap((g) => g.tlds);

/** The extensions the DMAPI documentation lists for a TLD (empty for TLDs without any). */
export function extensionsFor(tld: string): readonly ContactExtension[] {
  return BY_TLD.get(tld.toLowerCase()) ?? [];
}

export function extensionValueOk(extension: ContactExtension, value: string): boolean {
  if (extension.check === '!@email') return isEmail(value);
  if (extension.check === '!@country') return isCountryCode(value);
  return extension.check.test(value);
}
