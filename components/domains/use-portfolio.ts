'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { decodePortfolio } from '@/lib/portfolio/encode';
import { portfolioKeys } from '@/lib/portfolio/query-keys';
import { type ListWire, scanDomainList } from '@/lib/portfolio/scan';
import type { PortfolioPayload, PortfolioRow } from '@/lib/portfolio/types';

async function fetchPortfolio(): Promise<PortfolioPayload> {
  const response = await fetch('/api/domains', { headers: { Accept: 'application/json' }, cache: 'no-store' });
  const body = (await response.json().catch(() => null)) as (ListWire & { error?: string }) | null;
  if (!response.ok || !body) throw new Error(body?.error ?? `The domain list could not be loaded (HTTP ${response.status}).`);
  return scanDomainList(body);
}

/** The portfolio, read once per view and kept by react-query; `refetch` is the list's Refresh. */
export function usePortfolio() {
  const query = useQuery({ queryKey: portfolioKeys.list(), queryFn: fetchPortfolio, staleTime: 5 * 60_000 });
  const rows = useMemo<PortfolioRow[]>(() => (query.data ? decodePortfolio(query.data) : []), [query.data]);
  const tlds = useMemo(() => (query.data ? [...query.data.tlds].sort() : []), [query.data]);
  return { ...query, rows, tlds, readAt: query.data?.at ?? 0 };
}
