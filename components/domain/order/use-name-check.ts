'use client';

import { useQuery } from '@tanstack/react-query';
import { useDebounced } from '@/lib/hooks/use-debounced';
import type { NameCheck } from '@/lib/lifecycle/availability';
import type { HandleOption } from '@/lib/lifecycle/handles';

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? 'The panel could not ask Joker.com.');
  return (await response.json()) as T;
}

/** Availability, class and prices of a typed name (GET /api/register/check), asked once typing pauses. */
export function useNameCheck(typed: string, years: number, operation: 'create' | 'transfer') {
  const domain = useDebounced(typed.trim());
  return useQuery({
    queryKey: ['name-check', operation, domain, years],
    queryFn: () => getJson<NameCheck>(`/api/register/check?${new URLSearchParams({ domain, years: String(years), for: operation })}`),
    enabled: domain.length > 2 && domain.includes('.'),
    staleTime: 30_000,
  });
}

/** Contact handles valid for a TLD (GET /api/register/handles). */
export function useHandles(tld: string | undefined) {
  return useQuery({
    queryKey: ['handles-for-tld', tld],
    queryFn: () => getJson<HandleOption[]>(`/api/register/handles?${new URLSearchParams({ tld: tld ?? '' })}`),
    enabled: Boolean(tld),
    staleTime: 60_000,
  });
}
