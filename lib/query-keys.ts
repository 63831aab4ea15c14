/** react-query keys from one place, so that polling, refresh and invalidation hit the same entries. */
export const queryKeys = {
  result: (procId: string) => ['results', 'one', procId] as const,
  results: () => ['results'] as const,
  contactPick: (tld: string, q: string) => ['contacts', 'pick', tld, q] as const,
  contactDefaults: (tld: string) => ['contacts', 'defaults', tld] as const,
};
