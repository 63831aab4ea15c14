import { sandboxURL } from '../../playwright.config';
import { replyBody, sandboxDmapi } from './sandbox';

/** The sandbox's outbox and pending list, read the way the whois verification specs need them. */
export interface Mail {
  id: number;
  to: string;
  kind: string;
  key?: string;
  domain?: string;
  links?: string[];
}

export async function outbox(): Promise<Mail[]> {
  const res = await fetch(`${sandboxURL}/outbox`, { headers: { accept: 'application/json' } });
  return ((await res.json()) as { mails: Mail[] }).mails;
}

/** The sandbox's pending verifications, one address per entry, nearest deadline first (as wa-email-list gives them). */
export async function pendingEmails(): Promise<string[]> {
  const out: string[] = [];
  for (const line of replyBody(await sandboxDmapi('wa-email-list')).split('\n')) {
    const email = line.split('\t')[0]?.toLowerCase();
    if (email && !out.includes(email)) out.push(email);
  }
  return out;
}

/** wa-email-list rows: address, domain, deadline (ISO). */
export async function pendingRows(): Promise<{ email: string; domain: string; deadline: string }[]> {
  return replyBody(await sandboxDmapi('wa-email-list'))
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .map(([email, domain, deadline]) => ({ email: (email ?? '').toLowerCase(), domain: domain ?? '', deadline: deadline ?? '' }));
}

/**
 * A pending address with one verification only (one key in the outbox): an address that owns several domains may have
 * several verifications running, and answering one leaves the address pending.
 */
export async function singleVerificationEmail(): Promise<string> {
  const mails = await outbox();
  for (const email of await pendingEmails()) {
    const keys = new Set(mails.filter((m) => m.kind === 'verification' && m.to.toLowerCase() === email).map((m) => m.key));
    if (keys.size === 1) return email;
  }
  throw new Error('no pending address with a single verification');
}

export async function emailStatus(email: string): Promise<string> {
  return replyBody(await sandboxDmapi('wa-email-query-status', { email })).trim();
}

/** The key the sandbox mailed to an address for its verification (the newest mail). */
export async function verificationKey(email: string): Promise<string> {
  const key = (await outbox()).find((m) => m.kind === 'verification' && m.to.toLowerCase() === email)?.key;
  if (!key) throw new Error(`no verification mail to ${email}`);
  return key;
}

export { expectNoSeriousAxe as axeClean } from './contacts';

/** .com domains of the reseller in production with no change of registrant ever mailed (none can be waiting). */
export async function domainsForOwnerChange(): Promise<string[]> {
  const cor = new Set((await outbox()).filter((m) => m.kind === 'cor').map((m) => m.domain));
  return replyBody(await sandboxDmapi('query-domain-list', { showstatus: '1' }))
    .split('\n')
    .map((l) => l.split(/\s+/))
    .filter(([name, , status]) => !!name && name.endsWith('.com') && !name.startsWith('xn--') && (status ?? '').includes('production') && !cor.has(name))
    .map(([name]) => name as string);
}

/** The owner contact's handle of a domain at the sandbox (query-whois). */
export async function ownerHandle(domain: string): Promise<string | undefined> {
  return /^domain\.handle: (\S+)/m.exec(replyBody(await sandboxDmapi('query-whois', { domain })))?.[1];
}

export { fillContact } from './contacts';
