import 'server-only';
import { domainGetProperty, domainLock, domainSetProperty, domainUnlock } from '@/lib/dmapi';
import type { KindSender } from './types';

/**
 * Lock and unlock are queued (Proc-ID; result-list finds them after a crash). domain-set-property is not queued and
 * result-list never lists it, so autorenew and privacy read the property back with domain-get-property instead
 * (DMAPI documentation, domain-set-property / domain-get-property).
 */

export const lockSender: KindSender<'lock'> = {
  request: 'domain-lock',
  send: (client, _p, item) => domainLock(client, { domain: item.domain }),
};

export const unlockSender: KindSender<'unlock'> = {
  request: 'domain-unlock',
  send: (client, _p, item) => domainUnlock(client, { domain: item.domain }),
};

export const autorenewSender: KindSender<'autorenew'> = {
  request: 'domain-set-property',
  send: (client, p, item) => domainSetProperty(client, { domain: item.domain, pname: 'autorenew', pvalue: p.on ? '1' : '0' }),
  readBack: async (client, p, domain) => (await domainGetProperty(client, { domain, pname: 'autorenew' })).value === (p.on ? '1' : '0'),
};

export const privacySender: KindSender<'privacy'> = {
  request: 'domain-set-property',
  send: (client, p, item) => domainSetProperty(client, { domain: item.domain, pname: 'privacy', pvalue: p.level }),
  // The property reads as the active level, `off` when switched off, `none` without a subscription.
  readBack: async (client, p, domain) => (await domainGetProperty(client, { domain, pname: 'privacy' })).value === p.level,
};
