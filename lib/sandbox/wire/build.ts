import { DmapiError } from '../errors';
import { STATUS, type Reply, type StatusName } from './reply';
import type { OkOptions } from '../context';

/** `Version` everywhere but login (which says 1.2), as recorded from DMAPI 1.2.53. */
export const API_VERSION = '1.2.53';

/** Standard success headers; their order varies on the live server, so clients must not depend on it. */
export function okReply(trackingId: string, options: OkOptions = {}): Reply {
  const [code, text] = STATUS[options.status ?? 'ok'];
  const headers: Array<[string, string]> = [
    ['Status-Code', String(code)],
    ['Status-Text', text],
  ];
  if (!options.noTracking) headers.push(['Tracking-Id', trackingId], ['SvTrId', trackingId]);
  headers.push(['Version', API_VERSION], ...(options.headers ?? []));
  return { httpStatus: 200, headers, body: options.body ?? '' };
}

/**
 * An error reply: one `Error:` header per reason (the DMAPI repeats the header), empty body. At least one `Error:` is
 * always sent (the Status-Text when no reason was given): lexicon reads `Error` unconditionally on a failure
 * (lib/sandbox/README.md "Beyond the seeds").
 */
export function errReply(trackingId: string | null, status: StatusName | DmapiError, errors: string[] = [], extra: Array<[string, string]> = []): Reply {
  const e = status instanceof DmapiError ? status : new DmapiError(status, errors);
  const headers: Array<[string, string]> = [
    ['Status-Code', String(e.code)],
    ['Status-Text', e.text],
  ];
  if (trackingId) headers.push(['Tracking-Id', trackingId], ['SvTrId', trackingId]);
  const reasons = e.errors.filter((m) => m.trim() !== '');
  headers.push(['Version', API_VERSION], ...(reasons.length ? reasons : [e.text]).map((m): [string, string] => ['Error', m]), ...extra);
  return { httpStatus: e.httpStatus, headers, body: '' };
}
