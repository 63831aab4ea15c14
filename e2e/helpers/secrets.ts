/**
 * Secrets that must never reach the browser outside the sign-in page (which lists the public sandbox demo
 * credentials by design): the demo API keys and passwords, and every Auth-Sid the run has seen.
 */
export const DEMO_SECRETS = [
  'sandbox-full-key',
  'sandbox-modify-key',
  'sandbox-readonly-key',
  'sandbox-customer-key',
  'sandbox-reseller',
  'sandbox-customer',
];

/** Auth-Sids read from the sandbox's /_sandbox/sessions; shared by every spec of the worker. */
export const seenAuthSids = new Set<string>();

export interface Captured {
  url: string;
  body: string;
  /** Where a server action redirected to: its response carries the target page's payload. */
  actionRedirect?: string;
}

/** The findings in one response body, or [] when it is clean. */
export function secretsIn(captured: Captured): string[] {
  const { pathname } = new URL(captured.url);
  const found: string[] = [];
  const loginPage = pathname === '/login' || (captured.actionRedirect ?? '').startsWith('/login');
  if (!loginPage) {
    // `sandbox-customer` is a prefix of `sandbox-customer-key`; a hit on either is a leak.
    for (const secret of DEMO_SECRETS) if (captured.body.includes(secret)) found.push(secret);
  }
  for (const sid of seenAuthSids) if (captured.body.includes(sid)) found.push(`Auth-Sid ${sid.slice(0, 6)}…`);
  return found;
}
