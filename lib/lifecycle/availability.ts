import type { OfferPrice, TldOffer } from './offer';

/**
 * What the register and transfer forms learn about a typed name (GET /api/register/check): whether it is a name the
 * account may order, domain-check's answer, and the prices for the chosen period. Browser-safe.
 */
export interface NameCheck {
  /** What was typed. */
  input: string;
  /** ASCII (punycode) form, '' when the input is not a registrable name. */
  domain: string;
  display: string;
  tld: string;
  /** Why nothing was asked (not a name, a TLD the account may not use). */
  problem?: string;
  status?: 'available' | 'premium' | 'unavailable';
  /** Registry wording (registered, blocked, reserved, redemption …). */
  reason?: string;
  priceClass?: string;
  /** Non-standard price class: the order must carry max-price. */
  premium: boolean;
  operation: 'create' | 'transfer';
  years: number;
  /** The operation's price for `years`. */
  price?: OfferPrice & { currency: string };
  /** The yearly renewal price afterwards. */
  renewal?: { total: number; currency: string };
  offer?: TldOffer;
}
