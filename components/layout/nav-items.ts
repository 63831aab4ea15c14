import { ArrowRightLeft, CircleUserRound, Globe, Inbox, LayoutDashboard, type LucideIcon, MailCheck, Network, PlusCircle, ReceiptText, Server, Settings, ShieldCheck, Tags, Users } from 'lucide-react';
import { AREAS, type Area } from '@/lib/auth/roles';

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  /** The role-matrix area the entry opens; defaults to the first path segment when that names an area. */
  area?: Area;
  /** A live figure beside the label: the number of queued requests still in progress. */
  badge?: 'pending-results';
}

/** The panel's areas. Only areas that exist are listed; each issue that adds an area adds its entry here. */
export const NAV_ITEMS: NavItem[] = [
  { href: '/', label: 'Overview', icon: LayoutDashboard, area: 'overview' },
  { href: '/domains', label: 'Domains', icon: Globe, area: 'domains' },
  { href: '/register', label: 'Register', icon: PlusCircle, area: 'domains' },
  { href: '/transfers', label: 'Transfers', icon: ArrowRightLeft, area: 'transfers' },
  { href: '/my-domains', label: 'My domains', icon: Globe, area: 'my-domains' },
  { href: '/contacts', label: 'Contacts', icon: Users, area: 'contacts' },
  { href: '/hosts', label: 'Hosts', icon: Server, area: 'hosts' },
  { href: '/zones', label: 'Zones', icon: Network, area: 'zones' },
  { href: '/grants', label: 'Access', icon: ShieldCheck, area: 'grants' },
  { href: '/verification', label: 'Verification', icon: MailCheck, area: 'verification' },
  { href: '/results', label: 'Results', icon: Inbox, area: 'results', badge: 'pending-results' },
  { href: '/orders', label: 'Orders', icon: ReceiptText, area: 'orders' },
  { href: '/prices', label: 'Prices', icon: Tags, area: 'prices' },
  { href: '/account', label: 'Account', icon: CircleUserRound, area: 'overview' },
  { href: '/settings', label: 'Settings', icon: Settings, area: 'audit' },
];

export function areaOfNavItem(item: NavItem): Area | undefined {
  if (item.area) return item.area;
  const segment = item.href.split('/')[1] ?? '';
  return (AREAS as readonly string[]).includes(segment) ? (segment as Area) : undefined;
}
