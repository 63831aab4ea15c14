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

/**
 * The domain's whois as it names the real owner: the public record, or, when whois privacy replaces the owner there,
 * the account's own view of it (`internal=1`). Within a page render each of the two reads is made once, whoever asks
 * (the overview, the owner section, the verification section: lib/auth/read-once.ts).
 */
export async function ownerWhois(client: DmapiClient, domain: string): Promise<WhoisRecord> {
  const whois = await queryWhois(client, { domain });
  const privacy = whois.entries['domain.privacy']?.[0];
  return privacy && privacy !== 'off' ? queryWhois(client, { domain, internal: true }) : whois;
}

/** The owner as the domain page shows it at once: the whois's owner lines (none when the whois cannot be read). */
export async function ownerFromWhois(client: DmapiClient, domain: string): Promise<CurrentOwner> {
  return ownerLines(domain, await ownerWhois(client, domain).catch(() => null));
}

/**
 * The owner contact itself when Joker.com shows it to this account (every field, TLD extensions included), else the
 * whois's owner lines. Read when the user opens the owner change, not on every view of the domain page: it is a
 * second DMAPI read after the whois (`query-whois contact=<handle>`) that only the change needs. A whois that cannot
 * be read is the caller's failure (the form says so); a contact that cannot be read leaves the whois's lines.
 */
export async function ownerForChange(client: DmapiClient, domain: string): Promise<CurrentOwner> {
  const fromWhois = ownerLines(domain, await ownerWhois(client, domain));
  if (!fromWhois.handle) return fromWhois;
  const stored = await queryContact(client, { handle: fromWhois.handle }).catch(() => null);
  return stored ? { handle: fromWhois.handle, fields: stored.fields } : fromWhois;
}
