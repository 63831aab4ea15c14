import 'server-only';
import { type DmapiClient, queryContact, queryWhois, type WhoisRecord } from '@/lib/dmapi';
import { tldOf } from '@/lib/net/suffix';
import { contactFieldsFor } from './fields';

/** A domain's current owner as the owner change starts from it: its handle (when shown) and its contact fields. */
export interface CurrentOwner {
  handle?: string;
  fields: Record<string, string>;
}

/** The owner lines of a domain's whois (`domain.<field>`), redacted ones left out. */
function ownerLines(domain: string, whois: WhoisRecord | null): CurrentOwner {
  const handle = whois?.domain?.owner.handle;
  const fields: Record<string, string> = {};
  for (const spec of contactFieldsFor(tldOf(domain))) {
    const value = whois?.entries[`domain.${spec.name}`]?.[0];
    if (value && !/^REDACTED/i.test(value)) fields[spec.name] = value;
  }
  return { ...(handle ? { handle } : {}), fields };
}

/** The owner as the domain page shows it at once: the whois's owner lines (none when the whois cannot be read). */
export async function ownerFromWhois(client: DmapiClient, domain: string): Promise<CurrentOwner> {
  // The same read as the page's whois facts (`{ domain }`): the data-access layer makes it once per render.
  return ownerLines(domain, await queryWhois(client, { domain }).catch(() => null));
}

/**
 * The owner contact itself when Joker.com shows it to this account (every field, TLD extensions included), else the
 * whois's owner lines. Read when the user opens the owner change, not on every view of the domain page: it is a
 * second DMAPI read after the whois (`query-whois contact=<handle>`) that only the change needs. A whois that cannot
 * be read is the caller's failure (the form says so); a contact that cannot be read leaves the whois's lines.
 */
export async function ownerForChange(client: DmapiClient, domain: string): Promise<CurrentOwner> {
  const fromWhois = ownerLines(domain, await queryWhois(client, { domain }));
  if (!fromWhois.handle) return fromWhois;
  const stored = await queryContact(client, { handle: fromWhois.handle }).catch(() => null);
  return stored ? { handle: fromWhois.handle, fields: stored.fields } : fromWhois;
}
