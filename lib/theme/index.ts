/**
 * The colour theme: "system" follows the browser's prefers-color-scheme (CSS only, app/globals.css), "light" and
 * "dark" are a choice kept in a cookie, which the root layout renders as the class of <html>. The first screen is
 * painted in the right theme without a script: an inline script at the top of <body> (as next-themes puts there)
 * stops the HTML parser until the stylesheet is ready, and delayed every first view by tens of milliseconds.
 */
export const THEME_COOKIE = 'theme';
export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

export function themeFromCookie(value: string | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The class of <html> for a choice (none for "system"). */
export function themeClass(choice: ThemeChoice): string | undefined {
  return choice === 'system' ? undefined : choice;
}
