/**
 * Kinds whose failed items are not re-planned from the portfolio by "Retry failed items": their items carry more than
 * the action and the name (names not in the portfolio yet, per-name auth-ids, zone versions from a preview), so they
 * are sent again where they were made. Browser-safe: the job page shows the way instead of the button.
 */
export const RETRIED_ELSEWHERE: Partial<Record<string, { where: string; href: string; why: string }>> = {
  register: { where: 'Register', href: '/register', why: 'the names are not in the portfolio yet' },
  transfer: { where: 'Transfers', href: '/transfers', why: 'each name needs its auth-id again' },
  'zone-change': { where: 'Zones', href: '/zones', why: 'the change is previewed against each zone first' },
};
