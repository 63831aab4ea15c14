'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { decodePortfolio } from '@/lib/portfolio/encode';
import { queryKeys } from '@/lib/query-keys';
import { payloadFromText } from '@/lib/portfolio/payload-text';
import type { PortfolioPayload, PortfolioRow } from '@/lib/portfolio/types';
import { PORTFOLIO_URL } from './preload-portfolio';

/**
 * The request is exactly the one the page preloads (same URL, default mode and credentials, no cache option), so the
 * browser hands over the preloaded answer instead of asking again. The route answers `no-store`.
 */
async function fetchPortfolio(refresh: boolean): Promise<PortfolioPayload> {
  const response = await fetch(refresh ? `${PORTFOLIO_URL}?refresh=1` : PORTFOLIO_URL);
  if (!response.ok) {
    const failure = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new Error(failure?.error ?? `The domain list could not be loaded (HTTP ${response.status}).`);
  }
  // The route sends a gzip file once its copy is compressed (app/api/domains/route.ts), plain text before that.
  const text =
    response.headers.get('Content-Type') === 'application/gzip' && response.body
      ? await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text()
      : await response.text();
  return payloadFromText(text);
}

/**
 * The rows and TLDs of a payload, decoded once per payload rather than once per mount: Back to the list mounts the list
 * anew with react-query's cached payload, and decoding 100,000 rows again would cost the browser a frame or two.
 */
const decoded = new WeakMap<PortfolioPayload, { rows: PortfolioRow[]; tlds: string[] }>();
export function decodedPortfolio(payload: PortfolioPayload): { rows: PortfolioRow[]; tlds: string[] } {
  let view = decoded.get(payload);
  if (!view) {
    view = { rows: decodePortfolio(payload), tlds: [...payload.tlds].sort() };
    decoded.set(payload, view);
  }
  return view;
}

const EMPTY: { rows: PortfolioRow[]; tlds: string[] } = { rows: [], tlds: [] };

/**
 * The portfolio, read once per view and kept by react-query (the page may have handed it over already, see
 * app/(panel)/domains/page.tsx); `refresh` is the list's Refresh, which makes the server read the DMAPI again.
 */
export function usePortfolio() {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.portfolio(), queryFn: () => fetchPortfolio(false), staleTime: 5 * 60_000 });
  const { rows, tlds } = query.data ? decodedPortfolio(query.data) : EMPTY;
  const refresh = useCallback(
    () => queryClient.fetchQuery({ queryKey: queryKeys.portfolio(), queryFn: () => fetchPortfolio(true), staleTime: 0 }),
    [queryClient],
  );
  return { ...query, rows, tlds, readAt: query.data?.at ?? 0, refresh };
}
