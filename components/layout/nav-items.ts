import { LayoutDashboard, type LucideIcon } from 'lucide-react';

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
}

/** The panel's areas. Only areas that exist are listed; each issue that adds an area adds its entry here. */
export const NAV_ITEMS: NavItem[] = [{ href: '/', label: 'Overview', icon: LayoutDashboard }];
