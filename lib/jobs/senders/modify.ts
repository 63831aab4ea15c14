import 'server-only';
import { domainModify } from '@/lib/dmapi';
import type { KindSender } from './types';

/** domain-modify is queued; only the fields given change (DMAPI documentation, domain-modify). */

export const nameserversSender: KindSender<'nameservers'> = {
  request: 'domain-modify',
  send: (client, p, item) => domainModify(client, { domain: item.domain, nsList: p.ns }),
};

export const contactsSender: KindSender<'contacts'> = {
  request: 'domain-modify',
  // A role left empty is not sent at all, so that contact stays as it is.
  send: (client, p, item) =>
    domainModify(client, {
      domain: item.domain,
      ...(p.adminC ? { adminC: p.adminC } : {}),
      ...(p.techC ? { techC: p.techC } : {}),
      ...(p.billingC ? { billingC: p.billingC } : {}),
    }),
};
