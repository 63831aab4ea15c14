/**
 * Reply texts written from docs/dmapi-notes.md and the DMAPI documentation's examples, shared by the tests.
 */
export const AUTH_SID = '0123456789abcdef0123456789abcdef01234567';

/** login, headers in the recorded order (note `Account-balance` with a lower-case second word; empty values keep a blank). */
export function loginReply(opts: { authSid?: string; access?: string; prefixes?: boolean } = {}): string {
  const headers = [
    'Status-Code: 0',
    'Status-Text: OK',
    'SvTrId: 5f2a9c0e1d7b4a38',
    'Tracking-Id: 5f2a9c0e1d7b4a38',
    'Timing: 0.012',
    'Version: 1.2',
    'UID: 4711',
    'User-Login: reseller@sandbox.test',
    `Auth-Sid: ${opts.authSid ?? AUTH_SID}`,
    'Session-Timeout: 3600',
    `User-Access: ${opts.access ?? '@full'}`,
    'Account-currency: EUR',
    'Account-balance: 1000.50',
    'Account-pending_amount: 25.00',
    'Account-rebate: 12.5',
    'Account-contract_date: 2019-05-01',
    'Stats-number-of-domains: 250',
    'Stats-last-login: 2026-11-21 10:00:00',
    'Stats-last-ip: 127.0.0.1',
    'Stats-last-error: ',
    'Stats-last-error-ip: ',
    'Stats-number-of-autorenew: 12',
  ];
  const body = opts.prefixes ? 'com\tCCOM\nde\tCODE\neu\tC\n' : 'com\nde\neu\n';
  return `${headers.join('\n')}\n\n${body}`;
}

export const AUTH_ERROR_TEXT = 'Status-Code: 2200\nStatus-Text: Authentication error\nVersion: 1.2.53\n\n';

export const HTML_PAGE = '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>\n';
