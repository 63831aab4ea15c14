import { DYNDNS_PASSWORD_KEPT, type ZoneDirectives } from './types';

/** The directives as a browser or the history may see them: a DynDNS password becomes DYNDNS_PASSWORD_KEPT. */
export function hideDynDnsPassword(directives: ZoneDirectives): ZoneDirectives {
  const dyn = directives.dyndns;
  if (!dyn || dyn.password === '') return directives;
  return { ...directives, dyndns: { ...dyn, password: DYNDNS_PASSWORD_KEPT } };
}

/**
 * The directives to send: a DYNDNS_PASSWORD_KEPT password is replaced by the password the zone has now (`live`).
 * A message instead when there is none to keep (DynDNS switched on in a zone that never had a password).
 */
export function keepDynDnsPassword(next: ZoneDirectives, live: ZoneDirectives): { directives: ZoneDirectives } | { error: string } {
  const dyn = next.dyndns;
  if (!dyn || dyn.password !== DYNDNS_PASSWORD_KEPT) return { directives: next };
  const current = live.dyndns?.password ?? '';
  if (current === '') {
    return dyn.enabled
      ? { error: 'DynDNS needs a password: the zone has none yet, so type one.' }
      : { directives: { ...next, dyndns: { ...dyn, password: '' } } };
  }
  return { directives: { ...next, dyndns: { ...dyn, password: current } } };
}
