import 'server-only';
import { type DmapiClient, queryContactList } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';

/**
 * Contact handles valid for a TLD: query-contact-list with `tld` "limits output to contact handles which may be used
 * with specified toplevel domain" (DMAPI documentation), which is Joker's own rule (same TLD, or the handle prefix the
 * login's `prefixes` names for both TLDs). The register, transfer and contacts forms offer only these.
 */

export interface HandleOption {
  handle: string;
  name?: string;
  organization?: string;
}

/** At most this many handles are offered in a picker; more are found by typing part of the handle. */
export const HANDLE_PAGE = 200;

export async function handlesForTld(client: DmapiClient, tld: string, pattern?: string): Promise<HandleOption[]> {
  const rows = await queryContactList(client, { tld, extendedFormat: true, from: 1, to: HANDLE_PAGE, ...(pattern ? { pattern } : {}) });
  return rows.map((r) => ({ handle: r.handle, ...(r.name ? { name: r.name } : {}), ...(r.organization ? { organization: r.organization } : {}) }));
}

/** Which of `handles` (upper case) exist in the account and may be used for `tld`: one read per distinct handle. */
export async function usableHandles(client: DmapiClient, tld: string, handles: readonly (string | undefined)[]): Promise<Set<string>> {
  const wanted = [...new Set(handles.filter((h): h is string => Boolean(h)).map((h) => h.toUpperCase()))];
  const usable = new Set<string>();
  await Promise.all(
    wanted.map(async (handle) => {
      const rows = await queryContactList(client, { tld, pattern: handle });
      if (rows.some((r) => r.handle.toUpperCase() === handle)) usable.add(handle);
    }),
  );
  return usable;
}

/**
 * Refuses, naming the form fields, when a handle does not exist or cannot be used for the TLD. One read per distinct
 * handle (the handle as pattern), so it stays cheap for accounts with tens of thousands of contacts.
 */
export async function requireHandlesFor(client: DmapiClient, tld: string, fields: Record<string, string | undefined>): Promise<void> {
  const usable = await usableHandles(client, tld, Object.values(fields));
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, handle] of Object.entries(fields)) {
    if (handle && !usable.has(handle.toUpperCase())) fieldErrors[field] = [`${handle} does not exist or cannot be used for .${tld} domains`];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new ExpectedFailure(`Some contact handles cannot be used for .${tld} domains. Nothing was sent.`, {
      code: 'invalid',
      next: `Pick handles made for .${tld} (or create one in Contacts).`,
      fieldErrors,
      fix: { label: 'Open Contacts', href: '/contacts' },
    });
  }
}
