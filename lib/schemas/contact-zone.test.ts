import { describe, expect, it } from 'vitest';
import { CLEAR_VALUE } from '@/lib/contacts/validate';
import { parseZone } from '@/lib/zone';
import { contactCreateSchema, contactModifySchema, domainOwnerChangeSchema } from './contact';
import { dnsZonePutSchema, zoneDirectivesSchema, zoneRecordSchema } from './zone';

const JOHN = { name: 'John Doe', email: 'johnd@someisp.com', 'address-1': 'Smartroad 1', city: 'Smalltown', 'postal-code': '40122', country: 'US', phone: '+1.422.8001' };

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('contact schemas (lib/contacts rules)', () => {
  it('create: the generic fields plus the TLD rules, field errors under fields.<name>', () => {
    expect(contactCreateSchema.safeParse({ tld: 'com', fields: JOHN }).success).toBe(true);
    expect(issues(contactCreateSchema.safeParse({ tld: 'com', fields: { ...JOHN, email: 'nope' } }))).toEqual([
      'fields.email: not a valid e-mail address',
    ]);
    expect(issues(contactCreateSchema.safeParse({ tld: 'us', fields: JOHN }))).toContain('fields.app-purpose: application purpose is required for .us contacts');
    expect(issues(contactCreateSchema.safeParse({ tld: 'com', fields: { ...JOHN, colour: 'blue' } }))).toEqual(['fields.colour: colour is not a contact field']);
  });
  it('modify: judges the fields it mentions; clearing a mandatory field is refused', () => {
    expect(contactModifySchema.safeParse({ handle: 'CCOM-1', tld: 'com', fields: { city: 'Bigtown', fax: CLEAR_VALUE } }).success).toBe(true);
    expect(issues(contactModifySchema.safeParse({ handle: 'CCOM-1', tld: 'com', fields: { city: CLEAR_VALUE } }))).toEqual([
      'fields.city: city is required',
    ]);
  });
  it('owner change: the rules of the domain TLD', () => {
    expect(domainOwnerChangeSchema.safeParse({ domain: 'Example.com', fields: JOHN }).data?.domain).toBe('example.com');
    expect(domainOwnerChangeSchema.safeParse({ domain: 'example.us', fields: JOHN }).success).toBe(false);
  });
});

describe('zone schemas (lib/zone rules)', () => {
  const [a, txt] = parseZone('www A 0 192.0.2.1 3600\nx TXT 0 "hello" 3600').records;
  it('accepts records lib/zone parsed and refuses what dns-zone-put refuses', () => {
    expect(zoneRecordSchema.safeParse(a).success).toBe(true);
    expect(zoneRecordSchema.safeParse(txt).success).toBe(true);
    expect(issues(zoneRecordSchema.safeParse({ ...a, target: 'not-an-ip' }))).toEqual([': invalid IPv4 address "not-an-ip"']);
    expect(zoneRecordSchema.safeParse({ ...a, ttl: 59 }).success).toBe(false);
    expect(zoneRecordSchema.safeParse({ ...a, type: 'SOA' }).success).toBe(false);
  });
  it('directives: DynDNS needs a user and password without ":"', () => {
    expect(zoneDirectivesSchema.safeParse({ dnssec: true, dyndns: { enabled: true, user: 'u', password: 'p' } }).success).toBe(true);
    expect(zoneDirectivesSchema.safeParse({ dyndns: { enabled: true, user: '', password: '' } }).success).toBe(false);
    expect(zoneDirectivesSchema.safeParse({ dyndns: { enabled: false, user: 'a:b', password: '' } }).success).toBe(false);
  });
  it('a put names a registrable domain', () => {
    expect(dnsZonePutSchema.safeParse({ domain: 'www.example.com', directives: {}, records: [a] }).success).toBe(false);
    expect(dnsZonePutSchema.parse({ domain: 'Example.com', directives: {}, records: [a] }).domain).toBe('example.com');
  });
});
