'use client';

import { Monitor, Moon, Sun } from 'lucide-react';
import { useTheme } from 'next-themes';
import { useHydrated } from '@/lib/hooks/use-hydrated';

const ORDER = ['system', 'light', 'dark'] as const;

/** Cycles system → light → dark. Renders a stable placeholder until mounted, as next-themes requires. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  const mounted = useHydrated();
  const current = (mounted ? theme : 'system') as (typeof ORDER)[number];
  const next = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length] ?? 'system';
  const Icon = current === 'dark' ? Moon : current === 'light' ? Sun : Monitor;
  return (
    <button
      type="button"
      onClick={() => setTheme(next)}
      className="rounded p-1.5 text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      aria-label={`Theme: ${current}. Switch to ${next}`}
      title={`Theme: ${current}`}
    >
      <Icon className="size-4" aria-hidden />
    </button>
  );
}
