import { can, type Subject } from '@/lib/auth/roles';
import { areaOfNavItem, NAV_ITEMS } from './nav-items';

/** The navigation entries a role may open: its area must allow `view`; entries without an area are reseller-only. */
export function allowedNavHrefs(subject: Subject): string[] {
  return NAV_ITEMS.filter((item) => {
    const area = areaOfNavItem(item);
    return area ? can(subject, area, 'view') : subject.role !== 'customer';
  }).map((item) => item.href);
}
