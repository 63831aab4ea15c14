/** react-query keys from one place, so that polling, refresh and invalidation hit the same entries. */
export const queryKeys = {
  portfolio: () => ['portfolio', 'list'] as const,
  job: (id: number) => ['jobs', id] as const,
  jobs: () => ['jobs'] as const,
  result: (procId: string) => ['results', 'one', procId] as const,
  results: () => ['results'] as const,
  /** A page of the queued-request inbox, by its URL query. */
  resultPage: (query: string) => ['results', 'page', query] as const,
  /** The navigation badge: requests still in progress. */
  pendingResults: () => ['results', 'pending'] as const,
  /** The header's account balance. */
  balance: () => ['account', 'balance'] as const,
  /** Incoming transfers (the Transfers page, read again every 15 s). */
  transfers: () => ['transfers'] as const,
  contactPick: (tld: string, q: string) => ['contacts', 'pick', tld, q] as const,
  contactDefaults: (tld: string) => ['contacts', 'defaults', tld] as const,
};
