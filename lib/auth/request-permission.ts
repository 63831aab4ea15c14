/**
 * What the session's API key may send, from DMAPI `query-request-list`: the server refuses, for this key, every
 * request missing from that list (Joker's own reseller panel gates on it), so the panel disables such controls and
 * says why, and its server actions refuse them before the wire (lib/auth/request-gate.ts). Pure: no env, no database.
 */
import { permission, type Area, type Operation, type Permission, type Subject } from './roles';

/** Requests a client may always send: Joker's reseller panel exempts them from the list (login, the list, version). */
const ALWAYS = new Set(['login', 'query-request-list', 'version']);

/**
 * The root paths (`/v2/…`, `/whois`) are not in query-request-list: a root path that does the work of a listed
 * request is allowed as that request is; the others are not gated (undefined).
 */
const ROOT_AS_LISTED: Readonly<Record<string, string>> = {
  'v2/contact/create': 'contact-create',
  'v2/query-price-list': 'query-price-list',
};

/**
 * Pure: may a key with this request list send `name`? An unknown list (null: not read, or the server has no
 * query-request-list) allows everything; the server still decides.
 */
export function requestAllowed(requests: readonly string[] | null | undefined, name: string, options: { root?: boolean } = {}): Permission {
  const request = options.root ? ROOT_AS_LISTED[name.toLowerCase()] : name.toLowerCase();
  if (!requests || request === undefined || ALWAYS.has(request) || requests.includes(request)) return { allowed: true };
  return { allowed: false, reason: `Joker.com does not let this API key send ${request} (it is not in the key's request list).` };
}

/** requestAllowed for each entry of `requests` (e.g. bulk kind → the DMAPI request it sends). */
export function requestPermissions<K extends string>(list: readonly string[] | null | undefined, requests: Readonly<Record<K, string>>): Record<K, Permission> {
  const out = {} as Record<K, Permission>;
  for (const key of Object.keys(requests) as K[]) out[key] = requestAllowed(list, requests[key]);
  return out;
}

/** A signed-in subject with the request list its sign-in read (null: none). */
export interface RequestSubject extends Subject {
  requests: readonly string[] | null;
}

/**
 * THE permission of one control: the panel role × User-Access (roles.ts) first, then every DMAPI request the control
 * sends must be in the key's request list. Pages pass it to the control (disabled with the reason).
 */
export function actionPermission(subject: RequestSubject, area: Area, operation: Operation, request: string | readonly string[]): Permission {
  const role = permission(subject, area, operation);
  if (!role.allowed) return role;
  for (const name of typeof request === 'string' ? [request] : request) {
    const allowed = requestAllowed(subject.requests, name);
    if (!allowed.allowed) return allowed;
  }
  return role;
}
