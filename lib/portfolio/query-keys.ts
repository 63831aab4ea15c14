/** react-query keys of the portfolio area, from one place so refresh and invalidation hit the same entries. */
export const portfolioKeys = {
  all: ['portfolio'] as const,
  list: () => [...portfolioKeys.all, 'list'] as const,
  job: (id: number) => ['jobs', id] as const,
  jobs: () => ['jobs'] as const,
};
