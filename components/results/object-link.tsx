import { ContactLink, HostLink } from '@/components/data-table/object-links';
import { DomainLink } from '@/components/domains/domain-link';
import { isValidDomainName, isValidHostname } from '@/lib/net';

const HANDLE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The object of a result-list row as a link to its page: a domain (domain-*), a contact handle (contact-*) or a host
 * (ns-* and the host-* aliases). result-list gives only the request type and the object's name, so the type says which
 * page it is; anything else, or a name that does not fit its kind, stays text.
 */
export function ResultObjectLink({ request, object }: { request: string; object: string | null | undefined }) {
  if (!object) return <span className="text-zinc-500">—</span>;
  if (request.startsWith('domain-') && isValidDomainName(object)) return <DomainLink domain={object} />;
  if (request.startsWith('contact-') && HANDLE.test(object)) return <ContactLink handle={object} />;
  if ((request.startsWith('ns-') || request.startsWith('host-')) && isValidHostname(object)) return <HostLink host={object} />;
  return <span className="break-all">{object}</span>;
}
