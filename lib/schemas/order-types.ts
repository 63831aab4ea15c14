/** query-order-list's order types and what they are (DMAPI documentation, query-order-list). Browser-safe. */
export const ORDER_TYPES = {
  create: 'Domain registration',
  renew: 'Domain renewal',
  transfer: 'Domain transfer',
  restore: 'Domain restore (RGP)',
  delete_domain: 'Domain deletion',
  cor: 'Owner change (COR)',
  'create-contact': 'Contact creation',
  autons: 'DNS zone change',
  lock: 'Domain lock',
  unlock: 'Domain unlock',
  privacy_pp1: 'Privacy Basic',
  privacy_pp2: 'Privacy Pro',
  'credit-increase': 'Account top-up',
  payment_fee: 'Payment fee',
} as const;
export type OrderType = keyof typeof ORDER_TYPES;
export const orderTypeValues = Object.keys(ORDER_TYPES) as [OrderType, ...OrderType[]];
