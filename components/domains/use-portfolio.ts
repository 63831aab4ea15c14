'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { decodePortfolio } from '@/lib/portfolio/encode';
import { portfolioKeys } from '@/lib/portfolio/query-keys';
import { scanDomainList } from '@/lib/portfolio/scan';
import { wireFromText } from '@/lib/portfolio/wire-text';
import type { PortfolioPayload, PortfolioRow } from '@/lib/portfolio/types';

async function fetchPortfolio(): Promise<PortfolioPayload> {
  const response = await fetch('/api/domains', { cache: 'no-store' });
  if (!response.ok) {
    const failure = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new Error(failure?.error ?? `The domain list could not be loaded (HTTP ${response.status}).`);
  }
  return scanDomainList(wireFromText(await response.text()));
}

/** The portfolio, read once per view and kept by react-query; `refetch` is the list's Refresh. */
export function usePortfolio() {
  const query = useQuery({ queryKey: portfolioKeys.list(), queryFn: fetchPortfolio, staleTime: 5 * 60_000 });
  const rows = useMemo<PortfolioRow[]>(() => (query.data ? decodePortfolio(query.data) : []), [query.data]);
  const tlds = useMemo(() => (query.data ? [...query.data.tlds].sort() : []), [query.data]);
  return { ...query, rows, tlds, readAt: query.data?.at ?? 0 };
}
