'use client';

import { Monitor, Moon, Sun } from 'lucide-react';
import { createContext, useContext, useSyncExternalStore } from 'react';
import { THEME_COOKIE, THEMES, type ThemeChoice, themeClass } from '@/lib/theme';

const CHANGED = 'panel-theme-change';

/** The choice the server read from the cookie for this page (app/layout.tsx): what the toggle says in the served HTML. */
const ServedChoice = createContext<ThemeChoice>('system');
export const ServedTheme = ServedChoice.Provider;

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  return () => window.removeEventListener(CHANGED, onChange);
}

/** The choice in force: the class the server rendered on <html> from the cookie, or the one set since. */
function currentTheme(): ThemeChoice {
  const list = document.documentElement.classList;
  return list.contains('dark') ? 'dark' : list.contains('light') ? 'light' : 'system';
}

function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  root.classList.remove('light', 'dark');
  const cls = themeClass(choice);
  if (cls) root.classList.add(cls);
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie =
    choice === 'system' ? `${THEME_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax${secure}` : `${THEME_COOKIE}=${choice}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
  window.dispatchEvent(new Event(CHANGED));
}

/** Cycles system → light → dark. The served HTML already names the choice in force (the cookie's, read by the server). */
export function ThemeToggle() {
  const served = useContext(ServedChoice);
  const current = useSyncExternalStore(subscribe, currentTheme, () => served);
  const next = THEMES[(THEMES.indexOf(current) + 1) % THEMES.length] ?? 'system';
  const Icon = current === 'dark' ? Moon : current === 'light' ? Sun : Monitor;
  return (
    <button
      type="button"
      onClick={() => applyTheme(next)}
      className="rounded p-1.5 text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      aria-label={`Theme: ${current}. Switch to ${next}`}
      title={`Theme: ${current}`}
    >
      <Icon className="size-4" aria-hidden />
    </button>
  );
}
