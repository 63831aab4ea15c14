/**
 * Seeding: `seedState` builds a deterministic world from (seed, domains) by running every registered seeder in
 * order. Each area file registers its seeder at import; add your area's import line below (B: contacts/hosts/zones
 * extras, C: transfers/grants/verifications extras). Seeders must draw randomness only from ctx.rng.
 */
import { addOutboxMail } from '../outbox';
import { allSeeders } from '../registry';
import { Rng } from '../rng';
import { createEmptyState } from '../state/store';
import type { SandboxState } from '../state/types';
import { DEMO } from './catalog';
import './base';
import './portfolio';
import './history';
import './redemption';
import './contacts';
import './lifecycle';

export const DEFAULT_DOMAINS = 250;
export const MAX_DOMAINS = 100_000;

export function seedState(seed: number, domainCount: number, now: number): SandboxState {
  const count = Math.max(0, Math.min(MAX_DOMAINS, Math.floor(domainCount)));
  const state = createEmptyState(seed, count);
  const rng = new Rng(seed);
  for (const seeder of allSeeders()) {
    seeder({
      state,
      rng,
      now,
      domainCount: count,
      resellerUid: DEMO.reseller.uid,
      customerUid: DEMO.customer.uid,
      addOutboxMail: (mail, at) => addOutboxMail(state, at ?? now, mail),
    });
  }
  // Seeders add mail in area order; the outbox is served by id, so renumber it in time order.
  state.outbox.sort((a, b) => a.at - b.at || a.id - b.id);
  state.outbox.forEach((m, i) => (m.id = i + 1));
  state.counters.outboxSeq = state.outbox.length;
  return state;
}
