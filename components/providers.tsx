'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Toaster } from 'sonner';
import { makeQueryClient } from '@/lib/query/make-query-client';
import type { ThemeChoice } from '@/lib/theme';
import { ServedTheme } from '@/components/layout/theme-toggle';

/**
 * Browser-side providers: one react-query client per browser tab, and the toasts. The theme needs no provider to
 * paint (lib/theme); `theme`, the choice the server read from the cookie, only lets the toggle's served label say it.
 */
export function Providers({ children, theme }: { children: ReactNode; theme: ThemeChoice }) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <ServedTheme value={theme}>
      <QueryClientProvider client={queryClient}>
        {children}
        <Toaster position="bottom-right" richColors closeButton />
      </QueryClientProvider>
    </ServedTheme>
  );
}
