import { describe, expect, it } from 'vitest';
import { bulkRegisterSchema, registerDomainSchema } from './register';
import { bulkTransferSchema, TRANSFER_LIST_MAX_LINES, transferControlSchema, transferInSchema } from './transfer';

type Parsed = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const issues = (r: Parsed) => (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const HANDLES = { ownerC: 'CCOM-1', adminC: 'CCOM-2', techC: 'CCOM-3', billingC: 'CCOM-4' };
const REGISTRATION = { years: '2', ...HANDLES, nsMode: 'joker', nsText: '', privacy: 'none', autorenew: true };
const TRANSFER = { nsMode: 'keep', nsText: '', privacy: 'basic', autorenew: false, lock: true };

describe('register', () => {
  it('one name: normalized, years as a number, Joker name servers need no list', () => {
    expect(registerDomainSchema.parse({ domain: 'Bücher.DE', ...REGISTRATION, confirmedTotal: 9.5 })).toMatchObject({
      domain: 'xn--bcher-kva.de',
      years: 2,
      confirmedTotal: 9.5,
    });
  });
  it('own name servers are checked; missing handles and bad terms are refused by field', () => {
    expect(issues(registerDomainSchema.safeParse({ domain: 'a.com', ...REGISTRATION, nsMode: 'own', nsText: '' }))).toEqual([
      'nsText: Give at least one name server',
    ]);
    expect(registerDomainSchema.safeParse({ domain: 'a.com', ...REGISTRATION, nsMode: 'own', nsText: 'ns1.example.net\nns2.example.net' }).success).toBe(true);
    expect(issues(registerDomainSchema.safeParse({ domain: 'a.com', ...REGISTRATION, years: '11' }))).toEqual(['years: Choose 1 to 10 years']);
    expect(issues(registerDomainSchema.safeParse({ domain: 'a.com', ...REGISTRATION, ownerC: '' }))[0]).toMatch(/^ownerC: /);
    expect(registerDomainSchema.safeParse({ domain: 'a.com', ...REGISTRATION, privacy: 'gold' }).success).toBe(false);
    expect(registerDomainSchema.safeParse({ domain: 'www.a.com', ...REGISTRATION }).success).toBe(false);
  });
  it('bulk: a list of names, not empty, not too long', () => {
    expect(bulkRegisterSchema.safeParse({ names: 'a.com\nb.net', ...REGISTRATION }).success).toBe(true);
    expect(issues(bulkRegisterSchema.safeParse({ names: '  ', ...REGISTRATION }))).toEqual(['names: Enter at least one domain name']);
    expect(issues(bulkRegisterSchema.safeParse({ names: 'a.com\n'.repeat(8000), ...REGISTRATION }))[0]).toMatch(/^names: The list is too long/);
  });
});

describe('transfer', () => {
  it('one domain: the auth-id is required except for .eu, and has no blanks', () => {
    expect(transferInSchema.safeParse({ domain: 'a.com', transferAuthId: 'X-1;y', ownerC: 'C-1', ...TRANSFER }).success).toBe(true);
    expect(transferInSchema.safeParse({ domain: 'a.eu', transferAuthId: '', ownerC: 'C-1', ...TRANSFER }).success).toBe(true);
    expect(issues(transferInSchema.safeParse({ domain: 'a.com', transferAuthId: '', ownerC: 'C-1', ...TRANSFER }))).toEqual([
      'transferAuthId: Enter the auth-id from the current registrar (every TLD but .eu needs one)',
    ]);
    expect(issues(transferInSchema.safeParse({ domain: 'a.com', transferAuthId: 'ab cd', ownerC: 'C-1', ...TRANSFER }))).toEqual([
      'transferAuthId: The auth-id has no blanks',
    ]);
  });
  it('other handles may be left empty, the owner may not', () => {
    expect(transferInSchema.safeParse({ domain: 'a.com', transferAuthId: 'x', ownerC: 'C-1', adminC: '', ...TRANSFER }).success).toBe(true);
    expect(transferInSchema.safeParse({ domain: 'a.com', transferAuthId: 'x', ownerC: '', ...TRANSFER }).success).toBe(false);
    expect(issues(transferInSchema.safeParse({ domain: 'a.com', transferAuthId: 'x', ownerC: 'C-1', ...TRANSFER, nsMode: 'own', nsText: 'bad!' }))[0]).toMatch(
      /^nsText: bad! is not a host name/,
    );
  });
  it('bulk: a list within the line and character limits', () => {
    expect(bulkTransferSchema.safeParse({ authIdCsv: 'a.com,secret', ...TRANSFER }).success).toBe(true);
    expect(issues(bulkTransferSchema.safeParse({ authIdCsv: '', ...TRANSFER }))).toEqual(['authIdCsv: Paste or upload the list']);
    const tooMany = Array.from({ length: TRANSFER_LIST_MAX_LINES + 1 }, (_, i) => `d${i}.com,x`).join('\n');
    expect(issues(bulkTransferSchema.safeParse({ authIdCsv: tooMany, ...TRANSFER }))).toEqual([
      'authIdCsv: The list is too long: at most 5,000 lines (200,000 characters) per bulk transfer. Split it into several lists.',
    ]);
  });
  it('transfer controls take one registrable name', () => {
    expect(transferControlSchema.parse({ domain: 'A.COM' })).toEqual({ domain: 'a.com' });
    expect(transferControlSchema.safeParse({ domain: 'com' }).success).toBe(false);
  });
});
