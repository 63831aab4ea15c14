import 'server-only';
import { getDmapiClient } from '@/lib/auth';
import { queryWhois } from '@/lib/dmapi';
import { FactList, type Fact } from './fact-list';
import { formatDate } from '@/lib/format';

/** `query-whois` for the domain; null when the DMAPI has none right now (the page says so instead of failing). */
const whoisOf = (domain: string) =>
  getDmapiClient()
    .then((client) => queryWhois(client, { domain }))
    .catch(() => null);

/**
 * Starts the read before the page waits for anything else; WhoisFacts later gets the same answer (the data-access
 * layer makes one read per distinct request per render, lib/auth/read-once.ts).
 */
export function startWhois(domain: string): void {
  void whoisOf(domain);
}

/** Live registry facts: created, name servers, registry status. */
export async function WhoisFacts({ domain }: { domain: string }) {
  const whois = await whoisOf(domain);
  if (!whois?.domain) return <p className="text-sm text-zinc-500">Live whois data is not available for this domain right now.</p>;
  const facts: Fact[] = [
    ['Created', formatDate(whois.domain.created)],
    ['Name servers', whois.domain.nameservers.join(', ') || '—'],
  ];
  if (whois.domain.status.length > 0) facts.push(['Registry status', whois.domain.status.join(', ')]);
  return <FactList facts={facts} label="Live whois data" />;
}
