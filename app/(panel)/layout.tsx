import type { ReactNode } from 'react';
import { PanelShell } from '@/components/layout/panel-shell';
import { env } from '@/lib/env';

export default function PanelLayout({ children }: { children: ReactNode }) {
  return <PanelShell environment={env.ENVIRONMENT}>{children}</PanelShell>;
}
