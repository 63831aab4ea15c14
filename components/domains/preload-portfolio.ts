import { preload } from 'react-dom';

/** The URL the list's react-query fetches; the page preloads exactly this (same URL, mode and credentials). */
export const PORTFOLIO_URL = '/api/domains';

/**
 * Asks the browser to fetch the whole list while it is still reading the page, so the request starts with the HTML
 * rather than after hydration. `crossOrigin: 'anonymous'` is what makes a preload match a plain same-origin fetch().
 */
export function preloadPortfolio(): void {
  preload(PORTFOLIO_URL, { as: 'fetch', crossOrigin: 'anonymous' });
}
