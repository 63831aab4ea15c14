/**
 * The bulk-kind registry's schemas, labels and skip rules. The bulk dialog (a client component) imports the registry,
 * so this file runs in Node and in the browser-like environment (vitest.config.mts). What each kind sends is tested
 * against the sandbox in lib/jobs/senders.
 */
import { describe, expect, it } from 'vitest';
import type { PortfolioRow } from '@/lib/portfolio/types';
import { BULK_MENU, describeJob, isJobKind, jobParamsSchema, kindOf, KINDS, NO_PRIVACY_SUBSCRIPTION, RENEWED_RECENTLY, renewYears } from './index';
import type { PlanFacts } from './types';

type Parsed = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const issues = (r: Parsed) => (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const NOW = Date.UTC(2027, 0, 15);
const row = (over: Partial<PortfolioRow> = {}): PortfolioRow => ({
  i: 0,
  domain: 'a.com',
  display: 'a.com',
  search: 'a.com',
  tld: 'com',
  expires: Date.UTC(2027, 5, 1),
  production: true,
  locked: false,
  autorenew: false,
  privacy: 'none',
  privacyExpires: 0,
  grants: [],
  confirmedGrants: 0,
  pendingInvitations: 0,
  ...over,
});
const facts = (over: Partial<PlanFacts> = {}): PlanFacts => ({
  renewedRecently: new Set(),
  renewPrices: new Map([['com', 12.5]]),
  balance: 100,
  currency: 'EUR',
  handlePrefixes: {},
  now: NOW,
  ...over,
});
const skip = (params: unknown, r: PortfolioRow, f = facts()) => {
  const p = jobParamsSchema.parse(params);
  return kindOf(p.kind).skip(p, r, f);
};

describe('the registry', () => {
  it('every kind is in the registry under its own name, and the menu uses only known kinds', () => {
    for (const [kind, def] of Object.entries(KINDS)) {
      expect(isJobKind(kind)).toBe(true);
      expect(def.schema.shape.kind.value).toBe(kind);
    }
    expect(isJobKind('delete')).toBe(false);
    expect(isJobKind('toString')).toBe(false);
    expect(BULK_MENU.map((m) => m.label)).toContain('Privacy pro');
    for (const entry of BULK_MENU) expect(KINDS[entry.start.kind].operation).toBe(entry.operation);
  });
  it('what costs money is an order', () => {
    expect(KINDS.renew.operation).toBe('order');
    expect(KINDS.register.operation).toBe('order');
    expect(KINDS.transfer.operation).toBe('order');
    expect(KINDS.lock.operation).toBe('change');
  });
  it('an unknown kind is refused', () => {
    expect(jobParamsSchema.safeParse({ kind: 'delete' }).success).toBe(false);
  });
});

describe('schemas and their refusals', () => {
  it('renew: whole years or an expiration year, not both', () => {
    expect(describeJob(jobParamsSchema.parse({ kind: 'renew', period: 24 }))).toBe('Renew for 2 years');
    expect(describeJob(jobParamsSchema.parse({ kind: 'renew', expyear: 2030 }))).toBe('Renew until 2030');
    expect(issues(jobParamsSchema.safeParse({ kind: 'renew', period: 12, expyear: 2030 }))).toEqual([': Give either a period or an expiration year']);
    expect(jobParamsSchema.safeParse({ kind: 'renew', period: 18 }).success).toBe(false);
  });
  it('name servers: two to thirteen host names, normalized', () => {
    expect(jobParamsSchema.parse({ kind: 'nameservers', ns: ['NS1.Example.net', 'ns2.example.net'] })).toEqual({
      kind: 'nameservers',
      ns: ['ns1.example.net', 'ns2.example.net'],
    });
    expect(issues(jobParamsSchema.safeParse({ kind: 'nameservers', ns: ['ns1.example.net'] }))).toEqual(['ns: Give at least two name servers']);
  });
  it('contacts: at least one handle, each well-formed', () => {
    expect(describeJob(jobParamsSchema.parse({ kind: 'contacts', adminC: 'CCOM-1', techC: '' }))).toBe('Contacts → admin-c CCOM-1');
    expect(issues(jobParamsSchema.safeParse({ kind: 'contacts', adminC: '', techC: '' }))).toEqual([': Give at least one handle to replace']);
    expect(jobParamsSchema.safeParse({ kind: 'contacts', adminC: 'C 1' }).success).toBe(false);
  });
  it('grants: no bulk @creator; revoke needs a person', () => {
    expect(jobParamsSchema.safeParse({ kind: 'grantInvite', email: 'x@example.org', role: '@admin' }).success).toBe(true);
    expect(issues(jobParamsSchema.safeParse({ kind: 'grantInvite', email: 'x@example.org', role: '@creator' }))).toEqual([
      'role: @creator hands a domain over: do it on the domain’s page, one domain at a time',
    ]);
    expect(issues(jobParamsSchema.safeParse({ kind: 'grantRevoke', person: ' ' }))).toEqual(['person: Enter the e-mail address or login']);
  });
});

describe('skip rules', () => {
  it('flags already set are skipped with the reason', () => {
    expect(skip({ kind: 'lock' }, row({ locked: true }))).toBe('Already locked');
    expect(skip({ kind: 'lock' }, row())).toBeUndefined();
    expect(skip({ kind: 'unlock' }, row())).toBe('Already unlocked');
    expect(skip({ kind: 'autorenew', on: false }, row())).toBe('Autorenew is already off');
  });
  it('privacy switches only a subscription the domain holds', () => {
    expect(skip({ kind: 'privacy', level: 'pro' }, row())).toBe(NO_PRIVACY_SUBSCRIPTION);
    expect(skip({ kind: 'privacy', level: 'pro' }, row({ privacyExpires: NOW + 1 }))).toBeUndefined();
    expect(skip({ kind: 'privacy', level: 'basic' }, row({ privacy: 'basic', privacyExpires: NOW + 1 }))).toBe('Privacy is already basic');
    expect(skip({ kind: 'privacy', level: 'off' }, row())).toBe('Privacy is already off');
  });
  it('renew: recently renewed or already long enough; priced per year', () => {
    expect(skip({ kind: 'renew', period: 12 }, row(), facts({ renewedRecently: new Set(['a.com']) }))).toBe(RENEWED_RECENTLY);
    expect(skip({ kind: 'renew', expyear: 2027 }, row())).toBe('Already expires in 2027');
    const p = jobParamsSchema.parse({ kind: 'renew', expyear: 2029 });
    if (p.kind !== 'renew') throw new Error('renew expected');
    expect(renewYears(p, row())).toBe(2);
    expect(KINDS.renew.price?.(p, row(), facts())).toBe(25);
    expect(KINDS.renew.price?.(p, row({ tld: 'de' }), facts())).toBeUndefined();
  });
  it('contacts: a handle of the wrong registry is refused per TLD', () => {
    const f = facts({ handlePrefixes: { com: 'CCOM' } });
    expect(skip({ kind: 'contacts', adminC: 'CDE-1' }, row(), f)).toBe('Handle CDE-1 is not valid for .com (needs a CCOM- handle)');
    expect(skip({ kind: 'contacts', adminC: 'ccom-1' }, row(), f)).toBeUndefined();
  });
  it('grants: not on domains shared with us; revoke skips where nobody holds anything', () => {
    expect(skip({ kind: 'grantInvite', email: 'x@example.org', role: '@tech' }, row({ grants: ['@tech'] }))).toMatch(/^Shared with this account/);
    expect(skip({ kind: 'grantRevoke', person: 'x@example.org' }, row())).toBe('Nobody holds a role or an invitation on this domain');
    expect(skip({ kind: 'grantRevoke', person: 'x@example.org' }, row({ pendingInvitations: null }))).toBeUndefined();
  });
  it('register and transfer skip names already in the portfolio', () => {
    const reg = { kind: 'register', period: 12, ownerC: 'C-1', adminC: 'C-1', techC: 'C-1', billingC: 'C-1', nsList: ['a.ns.joker.com'], privacy: 'none', autorenew: true };
    expect(skip(reg, row())).toBe('Already registered: it is in your portfolio');
    expect(skip({ kind: 'transfer', privacy: 'none', autorenew: true, lock: true }, row())).toBe('Already in your portfolio');
  });
});
