/**
 * Seeder 45: a few of the reseller's domains in redemption (rules/redemption.ts), so domain-redeem can be tried on
 * any seeded world: one that expired and passed its grace period, one deleted early in its term, one near the end of
 * its redemption. Names come after every portfolio label; no randomness is drawn.
 */
import { addMonths, DAY } from '../clock';
import { newDomain } from '../rules/domain-factory';
import { REDEMPTION_DAYS } from '../rules/redemption';
import { registerSeeder } from '../registry';
import { label } from './names';

const CASES = [
  { tld: 'com', deletedDaysAgo: 4, expiredBeforeDelete: true },
  { tld: 'net', deletedDaysAgo: 12, expiredBeforeDelete: false },
  { tld: 'de', deletedDaysAgo: 27, expiredBeforeDelete: true },
] as const;

registerSeeder('redemption', 45, (ctx) => {
  const { state, now } = ctx;
  const contacts = Object.values(state.contacts).filter((c) => c.uid === ctx.resellerUid);
  for (const [i, c] of CASES.entries()) {
    const contact = contacts.find((x) => x.tld === c.tld) ?? contacts.find((x) => x.tld === 'com');
    if (!contact) continue;
    const name = `${label(160_000 + i)}.${c.tld}`;
    const deletedAt = now - c.deletedDaysAgo * DAY;
    const expiresAt = c.expiredBeforeDelete ? deletedAt - 30 * DAY : addMonths(deletedAt, 7);
    const domain = newDomain({
      name, tld: c.tld, uid: ctx.resellerUid, createdAt: addMonths(expiresAt, -24), expiresAt,
      ownerC: contact.handle, adminC: contact.handle, techC: contact.handle, billingC: contact.handle,
      ns: ['a.ns.joker.com', 'b.ns.joker.com'], authId: `redeem${i}seed${c.tld}`,
    });
    state.redemptions[name] = { domain, zone: null, deletedAt, until: deletedAt + REDEMPTION_DAYS * DAY };
  }
});
