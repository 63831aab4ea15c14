/**
 * One valid contact per TLD the contact rules know (the generic fields plus every TLD of the DMAPI documentation's
 * "Known extensions, grouped by TLD" table and the contact-create notes), as lib/contacts and the sandbox accept
 * them. Used by the rules' tests, the sandbox's tests and the e2e specs; also a worked example for readers.
 */
type Fields = Readonly<Record<string, string>>;

const address = (country: string, city: string, postal: string, street: string, phone: string): Fields => ({
  email: 'holder@example.org', 'address-1': street, city, 'postal-code': postal, country, phone,
});

const DE = address('DE', 'Köln', '51147', 'Heidestraße 17', '+49.2211234567');
const GB = address('GB', 'London', 'SW1A 1AA', '10 Downing Street', '+44.2071234567');
const SE = address('SE', 'Stockholm', '111 22', 'Drottninggatan 1', '+46.812345678');
const EU = { ...DE, name: 'Erika Mustermann', lang: 'DE', 'x-eu-natural-person': 'true', 'x-eu-lang': 'de', 'x-eu-type': 'owner' };
const AT = { ...address('AT', 'Wien', '1010', 'Stephansplatz 1', '+43.1123456'), name: 'Anna Huber', 'x-atnic-type': 'privateperson' };
const UK = {
  ...GB, name: 'Jane Smith', organization: 'Example Trading Ltd', individual: 'N', 'account-type': 'LTD',
  'company-number': '01234567', 'x-nominet-trading-name': 'Example Trading',
};
const SWEDISH = { ...SE, name: 'Sven Svensson', orgid: '[SE]811228-9874', vatid: 'SE 556012579001' };

export const VALID_CONTACTS: Readonly<Record<string, Fields>> = {
  com: {
    name: 'John Doe', email: 'johnd@someisp.com', 'address-1': 'Smartroad 1', city: 'Smalltown', 'postal-code': '40122',
    country: 'US', phone: '+1.422.8001',
  },
  be: { ...address('BE', 'Brussel', '1000', 'Grote Markt 1', '+32.21234567'), name: 'Jan Peeters', 'x-be-lang': 'nl', 'x-be-type': 'owner', 'x-be-vatid': 'BE0123456789' },
  ca: { ...address('CA', 'Ottawa', 'K1A 0A6', '111 Wellington St', '+1.6135550100'), name: 'Marie Tremblay', 'x-ca-legal-type': 'CCT' },
  cn: {
    ...address('CN', 'Beijing', '100000', '1 Chang An Avenue', '+86.1012345678'), name: 'Li Wei', 'x-cn-owner-type': 'I',
    'x-cn-owner-id-type': 'SFZ', 'x-cn-owner-id-number': '110101199003070000',
  },
  at: AT, 'co.at': AT, 'or.at': AT,
  uk: UK, 'co.uk': UK, 'me.uk': UK, 'net.uk': UK, 'plc.uk': UK, 'org.uk': UK, 'ltd.uk': UK,
  de: { ...DE, name: 'Erika Mustermann', 'x-de-type': 'person' },
  dk: { ...address('DK', 'København', '1050', 'Kongens Nytorv 1', '+45.33123456'), name: 'Mette Hansen', 'x-dk-user-type': 'PERSON', 'x-dk-user-id-number': 'MH1234-DK' },
  eu: EU, 'xn--e1a4c': EU, 'xn--qxa6a': EU,
  fi: {
    ...address('FI', 'Helsinki', '00100', 'Mannerheimintie 1', '+358.912345678'), fname: 'Matti', lname: 'Meikäläinen',
    'x-ficora-type': 'privateperson', 'x-ficora-is-finnish': 'yes', 'x-ficora-identity': '131052-308T', 'x-ficora-role': 'owner',
  },
  fr: {
    ...address('FR', 'Lyon', '69001', '1 Place Bellecour', '+33.412345678'), name: 'Marie Dupont', 'x-fr-birthdate': '1980-02-28',
    'x-fr-birthcity': 'Lyon', 'x-fr-birthpc': '69001', 'x-fr-birthplace': 'FR', 'x-fr-restrict-pub': '1',
  },
  ie: { ...address('IE', 'Dublin', 'D02 X285', '1 Grafton Street', '+353.11234567'), name: 'Sean Murphy', 'x-ie-applicant': 'Sean Murphy', 'x-ie-applicant-class': 'Blogger/Other' },
  it: {
    ...address('IT', 'Roma', '00184', 'Via Nazionale 1', '+39.0612345678'), name: 'Mario Rossi', 'x-it-entity-type': '1',
    'x-it-pin': 'RSSMRA80A01H501U', 'x-it-consentforpublishing': '1', 'x-it-sect3-liability': '1',
    'x-it-sect5-personal-data-for-registration': '1', 'x-it-sect6-personal-data-for-diffusion': '1', 'x-it-sect7-explicit-acceptance': '1',
  },
  nl: { ...address('NL', 'Amsterdam', '1012 JS', 'Dam 1', '+31.201234567'), name: 'Jan de Vries', 'x-nl-legal-form': 'PERSOON' },
  nu: SWEDISH, se: SWEDISH, 'pp.se': SWEDISH,
  sk: { ...address('SK', 'Bratislava', '811 01', 'Hlavné námestie 1', '+421.212345678'), name: 'Ján Novák', 'x-sk-contact-legal-form': 'PERS', 'x-sk-contact-ident-number': '8001011234' },
  us: {
    ...address('US', 'Washington', '20500', '1600 Pennsylvania Ave NW', '+1.2025550100'), name: 'Jane Roe', state: 'DC',
    'app-purpose': 'P3', 'nexus-category': 'C11', 'nexus-category-country': 'US',
  },
  xxx: { ...DE, name: 'Erika Mustermann', 'x-xxx-membership-token': 'MEMBER-12345' },
};
