import { ArrowRightLeft, Globe, LayoutDashboard, type LucideIcon, PlusCircle, Settings } from 'lucide-react';
import { AREAS, type Area } from '@/lib/auth/roles';

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  /** The role-matrix area the entry opens; defaults to the first path segment when that names an area. */
  area?: Area;
}

/** The panel's areas. Only areas that exist are listed; each issue that adds an area adds its entry here. */
export const NAV_ITEMS: NavItem[] = [
  { href: '/', label: 'Overview', icon: LayoutDashboard, area: 'overview' },
  { href: '/domains', label: 'Domains', icon: Globe, area: 'domains' },
  { href: '/register', label: 'Register', icon: PlusCircle, area: 'domains' },
  { href: '/transfers', label: 'Transfers', icon: ArrowRightLeft, area: 'transfers' },
  { href: '/my-domains', label: 'My domains', icon: Globe, area: 'my-domains' },
  { href: '/settings', label: 'Settings', icon: Settings, area: 'audit' },
];

export function areaOfNavItem(item: NavItem): Area | undefined {
  if (item.area) return item.area;
  const segment = item.href.split('/')[1] ?? '';
  return (AREAS as readonly string[]).includes(segment) ? (segment as Area) : undefined;
}
