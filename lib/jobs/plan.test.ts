import { describe, expect, it } from 'vitest';
import { compileGlob } from '@/lib/net/glob';
import { NOW, rowsFrom, SAMPLE } from '@/lib/portfolio/fixtures';
import { jobParamsSchema } from './kinds';
import { NO_PRIVACY_SUBSCRIPTION, type PlanFacts, patternCovers, planJob, RENEWED_RECENTLY } from './plan';

const rows = rowsFrom(SAMPLE);
const facts = (over: Partial<PlanFacts> = {}): PlanFacts => ({
  renewedRecently: new Set(),
  renewPrices: new Map([['de', 10], ['com', 12]]),
  balance: 25,
  currency: 'EUR',
  handlePrefixes: {},
  now: NOW,
  ...over,
});

describe('planJob', () => {
  it('privacy: skips domains without a subscription, and domains already at the level', () => {
    const withSub = { ...rows[3]!, privacyExpires: NOW + 100 * 86_400_000 };
    const plan = planJob(jobParamsSchema.parse({ kind: 'privacy', level: 'basic' }), [rows[0]!, rows[1]!, rows[2]!, withSub], facts());
    // alpha.de (pro, subscribed) is switched; beta.com has no subscription; münchen is already basic; apple.de is off
    // but subscribed, so it is switched back on.
    expect(plan.items.filter((i) => !i.skipReason).map((i) => i.domain)).toEqual(['alpha.de', 'apple.de']);
    expect(plan.skipped).toEqual(
      expect.arrayContaining([
        { reason: NO_PRIVACY_SUBSCRIPTION, count: 1, examples: ['beta.com'] },
        { reason: 'Privacy is already basic', count: 1, examples: ['münchen.de'] },
      ]),
    );
    const off = planJob(jobParamsSchema.parse({ kind: 'privacy', level: 'off' }), [rows[1]!], facts());
    expect(off.skipped[0]?.reason).toBe('Privacy is already off');
  });

  it('renew: skips a recently renewed domain with its reason and prices the rest against the balance', () => {
    const params = jobParamsSchema.parse({ kind: 'renew', period: 12 });
    const plan = planJob(params, rows.slice(0, 2), facts({ renewedRecently: new Set(['alpha.de']) }));
    expect(plan.send).toBe(1);
    expect(plan.skipped).toEqual([{ reason: RENEWED_RECENTLY, count: 1, examples: ['alpha.de'] }]);
    expect(plan.cost).toEqual({ total: 12, unpriced: 0, balanceAfter: 13, currency: 'EUR' });
    expect(plan.items.find((i) => i.domain === 'beta.com')?.price).toBe(12);
  });

  it('renew: a modify-only key skips everything with the permission reason', () => {
    const params = jobParamsSchema.parse({ kind: 'renew', period: 24 });
    const plan = planJob(params, rows, facts({ refusal: 'This API key is modify-only' }));
    expect(plan.send).toBe(0);
    expect(plan.skipped[0]).toMatchObject({ reason: 'This API key is modify-only', count: 5 });
  });

  it('renew by expyear prices the years up to it and skips names already expiring then', () => {
    const params = jobParamsSchema.parse({ kind: 'renew', expyear: 2028 });
    const plan = planJob(params, rows.slice(0, 2), facts());
    expect(plan.cost?.total).toBe(2 * 10 + 2 * 12);
    const later = planJob(jobParamsSchema.parse({ kind: 'renew', expyear: 2026 }), rows.slice(0, 1), facts());
    expect(later.skipped[0]?.reason).toBe('Already expires in 2026');
  });

  it('lock and autorenew skip domains already in that state', () => {
    expect(planJob({ kind: 'lock' }, rows, facts()).send).toBe(3);
    const on = planJob({ kind: 'autorenew', on: true }, rows, facts());
    expect(on.skipped[0]).toMatchObject({ reason: 'Autorenew is already on', count: 3 });
  });

  it('contacts: a handle of the wrong prefix for the TLD is skipped', () => {
    const params = jobParamsSchema.parse({ kind: 'contacts', adminC: 'CNIC-1' });
    const plan = planJob(params, rows, facts({ handlePrefixes: { de: 'CDE', com: 'CNIC' } }));
    expect(plan.send).toBe(2);
    expect(plan.skipped[0]).toMatchObject({ count: 3, reason: 'Handle CNIC-1 is not valid for .de (needs a CDE- handle)' });
  });

  it('contacts from TLD defaults: a TLD without a default for a chosen role is skipped with the reason', () => {
    const params = jobParamsSchema.parse({ kind: 'contacts', techC: 'CDE-9', fromDefaults: ['adminC'] });
    const plan = planJob(params, rows, facts({ contactDefaults: { de: { adminC: 'CDE-1' }, com: { techC: 'CNIC-2' } } }));
    // The .de rows have an admin-c default; .com has only a tech-c default, .co.uk none at all.
    expect(plan.send).toBe(3);
    expect(plan.skipped).toEqual(
      expect.arrayContaining([
        { reason: '.com has no admin-c default in Settings', count: 1, examples: ['beta.com'] },
        { reason: '.co.uk has no admin-c default in Settings', count: 1, examples: ['gamma.co.uk'] },
      ]),
    );
    // A resolved default is held to the TLD's handle prefix like a typed handle.
    const prefixed = planJob(params, rows, facts({ contactDefaults: { de: { adminC: 'CNIC-1' } }, handlePrefixes: { de: 'CDE' } }));
    expect(prefixed.skipped.map((s) => s.reason)).toContain('Handle CNIC-1 is not valid for .de (needs a CDE- handle)');
  });

  it('autorenew over a covering pattern becomes one call', () => {
    const selected = rows.filter((r) => r.domain.startsWith('a'));
    expect(patternCovers(compileGlob('a*'), selected, rows)).toBe(true);
    expect(patternCovers(compileGlob('a*'), selected.slice(1), rows)).toBe(false);
    const plan = planJob({ kind: 'autorenew', on: true }, selected, facts({ pattern: 'a*' }));
    expect(plan).toMatchObject({ pattern: 'a*', send: 2, items: [{ domain: 'a*' }] });
    // Lock has no pattern form: one request per domain.
    expect(planJob({ kind: 'lock' }, selected, facts({ pattern: 'a*' })).pattern).toBeUndefined();
  });

  it('rejects bad parameters', () => {
    expect(jobParamsSchema.safeParse({ kind: 'renew', period: 12, expyear: 2030 }).success).toBe(false);
    expect(jobParamsSchema.safeParse({ kind: 'nameservers', ns: ['a.example.com'] }).success).toBe(false);
    expect(jobParamsSchema.safeParse({ kind: 'contacts' }).success).toBe(false);
    expect(jobParamsSchema.safeParse({ kind: 'contacts', fromDefaults: [] }).success).toBe(false);
    expect(jobParamsSchema.safeParse({ kind: 'contacts', fromDefaults: ['ownerC'] }).success).toBe(false);
    expect(jobParamsSchema.safeParse({ kind: 'contacts', adminC: 'CDE-1', fromDefaults: ['adminC'] }).success).toBe(false);
    expect(jobParamsSchema.safeParse({ kind: 'contacts', fromDefaults: ['adminC', 'techC', 'billingC'] }).success).toBe(true);
  });
});
