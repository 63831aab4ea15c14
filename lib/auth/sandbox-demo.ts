import 'server-only';
import type { Role } from './roles';

/**
 * The sandbox's documented demo credentials (README.md, "Demo accounts (sandbox)"). Public by design: the sign-in page
 * lists them in sandbox mode only. The three reseller keys are pre-registered with these panel roles.
 */
export interface DemoCredential {
  label: string;
  role: Role;
  access: string;
  method: 'api-key' | 'password';
  apiKey?: string;
  username?: string;
  password?: string;
}

export const DEMO_CREDENTIALS: readonly DemoCredential[] = [
  { label: 'Reseller, full key', role: 'owner', access: '@full', method: 'api-key', apiKey: 'sandbox-full-key' },
  { label: 'Reseller, modify-only key', role: 'support', access: '@modify-only', method: 'api-key', apiKey: 'sandbox-modify-key' },
  { label: 'Reseller, read-only key', role: 'read-only', access: '@readonly', method: 'api-key', apiKey: 'sandbox-readonly-key' },
  { label: 'Reseller account', role: 'owner', access: '@full', method: 'password', username: 'reseller@sandbox.test', password: 'sandbox-reseller' },
  { label: 'Customer, API key', role: 'customer', access: '@full', method: 'api-key', apiKey: 'sandbox-customer-key' },
  { label: 'Customer account', role: 'customer', access: '@full', method: 'password', username: 'customer@sandbox.test', password: 'sandbox-customer' },
];

export const DEMO_TEAM: readonly { apiKey: string; name: string; role: Role }[] = [
  { apiKey: 'sandbox-full-key', name: 'Demo owner (full key)', role: 'owner' },
  { apiKey: 'sandbox-modify-key', name: 'Demo support (modify-only key)', role: 'support' },
  { apiKey: 'sandbox-readonly-key', name: 'Demo read-only (read-only key)', role: 'read-only' },
];

/** The sandbox's reseller account (its User-Login): the panel's reseller when the sandbox is used and PANEL_RESELLER is unset. */
export const DEMO_RESELLER_LOGIN = 'reseller@sandbox.test';
