/**
 * Server-side checks of contact handles against the DMAPI: whether a handle exists and may be used for a TLD, and the
 * words for a contact or host that cannot be deleted while in use. Server-only (it calls the DMAPI).
 */
import 'server-only';
import { queryContactList, type DmapiClient } from '@/lib/dmapi';
import { DmapiError } from '@/lib/dmapi/errors';
import { ExpectedFailure } from '@/lib/failure';

/**
 * Handles among `handles` that do not exist or cannot be used for `tld`, each with the reason. One
 * `query-contact-list tld=<tld> pattern=<handle>` per distinct handle: the DMAPI's own "may be used with" rule.
 */
export async function unusableHandles(client: DmapiClient, tld: string, handles: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const handle of new Set(handles.map((h) => h.trim()).filter(Boolean))) {
    const rows = await queryContactList(client, { tld, pattern: handle });
    if (!rows.some((r) => r.handle.toLowerCase() === handle.toLowerCase())) {
      out.set(handle, `${handle} does not exist or cannot be used for .${tld} domains`);
    }
  }
  return out;
}

/** The objects an "in use" refusal names ("handle: CCOM-1 is in use by a.com, b.com"), when it names them. */
function usersNamed(error: DmapiError): string | undefined {
  for (const line of error.errors) {
    const m = /in use by (.+)$/i.exec(line);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

/** A refusal because the object is still used (2305, or an Error line saying so). */
export function isInUse(error: unknown): error is DmapiError {
  return error instanceof DmapiError && (error.statusCode === 2305 || error.errors.some((l) => /\b(in use|still used|is used)\b/i.test(l)));
}

/** contact-delete refused while domains use the handle, in words: who uses it and what to do. */
export function contactInUse(handle: string, error: DmapiError): ExpectedFailure {
  const users = usersNamed(error);
  return new ExpectedFailure(
    `${handle} is still a contact of ${users ? `these domains: ${users}` : 'one or more domains'}, so Joker.com will not delete it.`,
    {
      code: 'dmapi',
      next: 'Give those domains another contact first (on the domain page, or Domains → Bulk action → replace contacts), then delete it.',
    },
  );
}

/** ns-delete refused while domains are delegated to the host, in words. */
export function hostInUse(host: string, error: DmapiError): ExpectedFailure {
  const users = usersNamed(error);
  return new ExpectedFailure(
    `${host} is still a name server of ${users ? `these domains: ${users}` : 'one or more domains'}, so Joker.com will not delete it.`,
    { code: 'dmapi', next: 'Give those domains other name servers first, then delete the host.' },
  );
}
