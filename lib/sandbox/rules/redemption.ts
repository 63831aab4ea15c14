/**
 * The redemption grace period (lib/sandbox/README.md "Beyond the seeds"): a deleted domain (domain-delete after the
 * 72-hour refund window, or the end of the 30-day expiry grace) is not released at once. For 30 days it is listed
 * nowhere and available to nobody, and its last holder may restore it with domain-redeem at the price list's restore
 * (rgp) price; after that it is purged and free. A ticker purges passed records (they are few: no domain scan).
 */
import { DAY } from '../clock';
import { registerTicker } from '../registry';
import type { Domain, Redemption, SandboxState } from '../state/types';

export const REDEMPTION_DAYS = 30;

/**
 * Moves a domain (and its zone) out of the portfolio into redemption. With `transit` (domain-delete type=transit) the
 * record only keeps the name taken for the same 30 days: domain-redeem cannot restore it (**choice**, README).
 */
export function enterRedemption(state: SandboxState, d: Domain, now: number, transit = false): Redemption {
  const r: Redemption = { domain: d, zone: state.zones[d.name] ?? null, deletedAt: now, until: now + REDEMPTION_DAYS * DAY };
  if (transit) r.transit = true;
  state.domains.delete(d.name);
  delete state.zones[d.name];
  state.grants = state.grants.filter((g) => g.domain !== d.name);
  state.redemptions[d.name] = r;
  return r;
}

/** A domain its last holder may still restore (domain-redeem); a domain released in transit is not one. */
export function inRedemption(state: SandboxState, name: string, now: number): Redemption | undefined {
  const r = state.redemptions[name];
  return r && r.until > now && !r.transit ? r : undefined;
}

registerTicker('redemption-purge', (ctx) => {
  let purged = false;
  for (const [name, r] of Object.entries(ctx.state.redemptions)) {
    if (r.until > ctx.now) continue;
    delete ctx.state.redemptions[name];
    purged = true;
  }
  if (purged) ctx.markDirty([]);
});
