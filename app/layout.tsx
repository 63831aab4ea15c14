import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { THEME_COOKIE, themeClass, themeFromCookie } from '@/lib/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Reseller Panel', template: '%s · Reseller Panel' },
  description: 'Reseller control panel for the Joker.com DMAPI',
  manifest: '/manifest.webmanifest',
  icons: { icon: [{ url: '/icon.svg', type: 'image/svg+xml' }, { url: '/icon-192.png', sizes: '192x192', type: 'image/png' }], apple: '/icon-192.png' },
};

/**
 * The theme chosen in the cookie is the class of <html> (lib/theme), so the first screen paints in it with no script.
 * Reading the cookie also renders every page per request, as the CSP nonces
 * (scripts/server/page-policy.mjs) require.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = themeFromCookie((await cookies()).get(THEME_COOKIE)?.value);
  return (
    // The theme toggle changes the class in the browser.
    <html lang="en" className={themeClass(theme)} suppressHydrationWarning>
      <body>
        <Providers theme={theme}>{children}</Providers>
      </body>
    </html>
  );
}
