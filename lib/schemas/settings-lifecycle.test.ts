import { describe, expect, it } from 'vitest';
import { setAccountAutorenewSchema } from './account';
import {
  deleteFormSchema,
  domainContactsSchema,
  enableDnssecSchema,
  nameserversFormSchema,
  privacyOrderFormSchema,
  renewFormSchema,
  restoreFormSchema,
  revealAuthIdSchema,
} from './domain-lifecycle';
import { lockDomainSchema, setAutorenewSchema, setDomainFlagSchema, setPrivacySchema } from './domain-settings';
import { expYearField, optionalHandle, wholeNumber, yearsField } from './form-fields';

type Parsed = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
/** Each refusal as `path: message`, the way a form shows it next to its field. */
const issues = (r: Parsed) => (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const DS = { keyTag: '12345', algorithm: '13', digestType: '2', digest: 'ab'.repeat(32) };

describe('account and domain settings', () => {
  it('account autorenew takes a boolean only', () => {
    expect(setAccountAutorenewSchema.parse({ on: false })).toEqual({ on: false });
    expect(setAccountAutorenewSchema.safeParse({ on: 'yes' }).success).toBe(false);
  });
  it('lock, autorenew and flags take a registrable name, normalized', () => {
    expect(lockDomainSchema.parse({ domain: ' Example.COM ', lock: true })).toEqual({ domain: 'example.com', lock: true });
    expect(setAutorenewSchema.parse({ domain: 'bücher.de', on: false })).toEqual({ domain: 'xn--bcher-kva.de', on: false });
    expect(lockDomainSchema.safeParse({ domain: 'www.example.com', lock: true }).success).toBe(false);
    expect(setDomainFlagSchema.parse({ domain: 'a.com', pname: 'whois-opt-out', on: true }).pname).toBe('whois-opt-out');
    expect(issues(setDomainFlagSchema.safeParse({ domain: 'a.com', pname: 'autorenew', on: true }))[0]).toMatch(/^pname: /);
  });
  it('privacy is basic, pro or off', () => {
    for (const level of ['basic', 'pro', 'off']) expect(setPrivacySchema.safeParse({ domain: 'a.com', level }).success).toBe(true);
    expect(setPrivacySchema.safeParse({ domain: 'a.com', level: 'premium' }).success).toBe(false);
  });
});

describe('form fields', () => {
  it('whole numbers from text or numbers, refused with the given message', () => {
    expect(yearsField.parse('3')).toBe(3);
    expect(yearsField.parse(10)).toBe(10);
    for (const v of ['0', '11', '2.5', 'two', 1.5]) expect(issues(yearsField.safeParse(v)), String(v)).toEqual([': Choose 1 to 10 years']);
    expect(expYearField.parse(' 2030 ')).toBe(2030);
    expect(issues(expYearField.safeParse('1999'))).toEqual([': Enter a year such as 2030']);
    expect(wholeNumber(5, 6, 'five or six').safeParse('7').error?.issues[0]?.message).toBe('five or six');
  });
  it('a schema accepts its own output (the action parses what the form hook parsed)', () => {
    expect(yearsField.parse(yearsField.parse('4'))).toBe(4);
  });
  it('an optional handle may be empty, never malformed', () => {
    expect(optionalHandle.parse('')).toBe('');
    expect(optionalHandle.parse(undefined)).toBeUndefined();
    expect(optionalHandle.parse('CCOM-1')).toBe('CCOM-1');
    expect(optionalHandle.safeParse('C COM').success).toBe(false);
  });
});

describe('domain page writes', () => {
  it('name servers: each problem of the list under nsText', () => {
    expect(nameserversFormSchema.safeParse({ domain: 'a.com', nsText: 'ns1.example.net\nns2.example.net' }).success).toBe(true);
    expect(issues(nameserversFormSchema.safeParse({ domain: 'a.com', nsText: '' }))).toEqual(['nsText: Give at least one name server']);
    expect(issues(nameserversFormSchema.safeParse({ domain: 'a.com', nsText: 'ns1.example.net\nns1.example.net' }))).toEqual([
      'nsText: ns1.example.net is listed twice',
    ]);
  });
  it('contacts: three handles', () => {
    expect(domainContactsSchema.safeParse({ domain: 'a.com', adminC: 'C-1', techC: 'C-2', billingC: 'C-3' }).success).toBe(true);
    expect(issues(domainContactsSchema.safeParse({ domain: 'a.com', adminC: 'C 1', techC: 'C-2', billingC: 'C-3' }))).toEqual([
      'adminC: Enter a contact handle such as CCOM-123',
    ]);
  });
  it('DNSSEC: one to six entries, each field checked under entries.<i>.<field>', () => {
    expect(enableDnssecSchema.safeParse({ domain: 'a.com', form: 'dsdata', entries: [DS] }).success).toBe(true);
    expect(issues(enableDnssecSchema.safeParse({ domain: 'a.com', form: 'dsdata', entries: [] }))).toEqual(['entries: Add at least one key']);
    expect(issues(enableDnssecSchema.safeParse({ domain: 'a.com', form: 'dsdata', entries: Array(7).fill(DS) }))).toEqual(['entries: At most 6 keys']);
    expect(issues(enableDnssecSchema.safeParse({ domain: 'a.com', form: 'dsdata', entries: [DS, { ...DS, digest: 'abc' }] }))).toEqual([
      'entries.1.digest: Digest: digest type 2 has 64 hex digits (this has 3)',
    ]);
    expect(issues(enableDnssecSchema.safeParse({ domain: 'a.de', form: 'keydata', entries: [{ ...DS, flags: '257', protocol: '2', publicKey: 'A'.repeat(40) }] }))).toEqual([
      'entries.0.protocol: Protocol: always 3',
    ]);
  });
  it('privacy order: the term decides which field is required', () => {
    expect(privacyOrderFormSchema.safeParse({ domain: 'a.com', privacy: 'pro', term: 'remaining' }).success).toBe(true);
    expect(privacyOrderFormSchema.parse({ domain: 'a.com', privacy: 'basic', term: 'years', years: '2', confirmedTotal: 0 }).years).toBe(2);
    expect(issues(privacyOrderFormSchema.safeParse({ domain: 'a.com', privacy: 'pro', term: 'years' }))).toEqual(['years: Choose the number of years']);
    expect(issues(privacyOrderFormSchema.safeParse({ domain: 'a.com', privacy: 'pro', term: 'expyear' }))).toEqual([
      'expyear: Enter the year privacy should run until',
    ]);
    expect(privacyOrderFormSchema.safeParse({ domain: 'a.com', privacy: 'pro', term: 'remaining', confirmedTotal: -1 }).success).toBe(false);
  });
  it('renew: by expiration year or by years, the chosen one required', () => {
    expect(renewFormSchema.parse({ domain: 'A.com', mode: 'expyear', expyear: '2031', privacy: 'keep' })).toMatchObject({ domain: 'a.com', expyear: 2031 });
    expect(issues(renewFormSchema.safeParse({ domain: 'a.com', mode: 'expyear', privacy: 'keep' }))).toEqual(['expyear: Choose the new expiration year']);
    expect(issues(renewFormSchema.safeParse({ domain: 'a.com', mode: 'years', privacy: 'none' }))).toEqual(['years: Choose the number of years']);
    expect(renewFormSchema.safeParse({ domain: 'a.com', mode: 'years', years: 1, privacy: 'none', maxPrice: 0 }).success).toBe(false);
  });
  it('auth-id, delete and restore', () => {
    expect(revealAuthIdSchema.parse({ domain: 'a.com', procId: ' 123 ' }).procId).toBe('123');
    expect(issues(revealAuthIdSchema.safeParse({ domain: 'a.com', procId: '12a' }))).toEqual(['procId: A Proc-ID']);
    expect(deleteFormSchema.safeParse({ domain: 'a.com', force: 'yes' }).success).toBe(false);
    expect(restoreFormSchema.safeParse({ domain: 'a.com', confirmedTotal: 12.5 }).success).toBe(true);
    expect(restoreFormSchema.safeParse({ domain: 'a.com', maxPrice: -3 }).success).toBe(false);
  });
});
