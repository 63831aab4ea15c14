import type { Account, Domain, SandboxState } from './types';

/** A blank world; seeders fill it (seed/index.ts). */
export function createEmptyState(seed: number, domainsSeeded: number): SandboxState {
  return {
    version: 1,
    seed,
    domainsSeeded,
    clockOffsetMs: 0,
    counters: { procId: 0, trackingSeq: 0, orderSeq: 0, outboxSeq: 0, logSeq: 0, idSeq: 0 },
    accounts: {},
    sessions: {},
    domains: new Map(),
    contacts: {},
    hosts: {},
    zones: {},
    transfers: {},
    redemptions: {},
    grants: [],
    invitations: [],
    verifications: {},
    results: [],
    orders: [],
    prices: {},
    promos: [],
    premium: {},
    outbox: [],
    faults: [],
    flags: { padTxt: true },
    ext: {},
  };
}

/** JSON form of the state for the snapshot (the domains Map becomes an array). */
export function stateToJson(state: SandboxState): string {
  return JSON.stringify({ ...state, domains: [...state.domains.values()] });
}

export function stateFromJson(json: string): SandboxState {
  const raw = JSON.parse(json) as Omit<SandboxState, 'domains'> & { domains: Domain[] };
  const domains = new Map<string, Domain>();
  for (const d of raw.domains) domains.set(d.name, d);
  return { ...raw, domains };
}

export function accountByLogin(state: SandboxState, login: string): Account | undefined {
  const wanted = login.trim().toLowerCase();
  return Object.values(state.accounts).find((a) => a.login.toLowerCase() === wanted);
}

export function accountByApiKey(state: SandboxState, key: string): { account: Account; access: Account['apiKeys'][number]['access']; deny?: string[] } | undefined {
  for (const account of Object.values(state.accounts)) {
    const hit = account.apiKeys.find((k) => k.key === key);
    if (hit) return { account, access: hit.access, ...(hit.deny?.length ? { deny: hit.deny } : {}) };
  }
  return undefined;
}

/** Next value of a named counter (Proc-ID, order id, …), rising by one. */
export function nextId(state: SandboxState, counter: keyof SandboxState['counters']): number {
  state.counters[counter] += 1;
  return state.counters[counter];
}
