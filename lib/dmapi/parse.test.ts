import { describe, expect, it } from 'vitest';
import {
  bodyLines, cell, header, headerAll, isSuccessCode, parseAmount, parseKeyValues, parseRecordCount,
  parseReply, parseTable, ReplyFormatError, statusCodeOf,
} from './parse';
import { AUTH_ERROR_TEXT, HTML_PAGE, loginReply } from './test-fixtures';

describe('parseReply', () => {
  it('reads the login header block case-insensitively, keeping empty values, with the TLD body', () => {
    const r = parseReply(loginReply());
    expect(header(r, 'auth-sid')).toBe('0123456789abcdef0123456789abcdef01234567');
    expect(header(r, 'ACCOUNT-BALANCE')).toBe('1000.50');
    expect(header(r, 'Account-Pending_Amount')).toBe('25.00');
    expect(header(r, 'Stats-last-error')).toBe('');
    // the recorded order of the login header set (only login has a fixed order on the wire)
    expect(Object.keys(r.headers)).toEqual([
      'status-code', 'status-text', 'svtrid', 'tracking-id', 'timing', 'version', 'uid', 'user-login', 'auth-sid', 'session-timeout',
      'user-access', 'account-currency', 'account-balance', 'account-pending_amount', 'account-rebate', 'account-contract_date',
      'stats-number-of-domains', 'stats-last-login', 'stats-last-ip', 'stats-last-error', 'stats-last-error-ip', 'stats-number-of-autorenew',
    ]);
    expect(bodyLines(r.body)).toEqual(['com', 'de', 'eu']);
  });

  it('keeps repeated Error and Warning lines as lists', () => {
    const r = parseReply(
      'Status-Code: 2400\nStatus-Text: Command failed\nError: line 1: bad type\nError: line 3: bad ttl\nWarning: w1\nWarning: w2\n\n',
    );
    expect(headerAll(r, 'error')).toEqual(['line 1: bad type', 'line 3: bad ttl']);
    expect(headerAll(r, 'Warning')).toEqual(['w1', 'w2']);
    expect(statusCodeOf(r)).toBe(2400);
    expect(r.body).toBe('');
  });

  it('reads a 2200 body', () => {
    const r = parseReply(AUTH_ERROR_TEXT);
    expect(statusCodeOf(r)).toBe(2200);
    expect(header(r, 'status-text')).toBe('Authentication error');
  });

  it('refuses HTML, empty text and truncated headers with distinct problems', () => {
    const problem = (text: string) => {
      try {
        parseReply(text);
        return 'parsed';
      } catch (e) {
        return e instanceof ReplyFormatError ? e.problem : 'other';
      }
    };
    expect(problem(HTML_PAGE)).toBe('not-dmapi');
    expect(problem('')).toBe('empty');
    expect(problem('  \n')).toBe('empty');
    expect(problem('Status-Code: 0\nStatus-Text: Comm')).toBe('truncated');
    expect(problem('Status-Text: OK\n\nbody')).toBe('not-dmapi');
  });

  it('accepts CRLF line ends', () => {
    const r = parseReply('Status-Code: 0\r\nStatus-Text: OK\r\n\r\na\r\nb');
    expect(bodyLines(r.body)).toEqual(['a', 'b']);
  });
});

describe('success codes', () => {
  it('treats 0 and 1000-1999 as success, everything else as failure', () => {
    expect([0, 1000, 1999].map(isSuccessCode)).toEqual([true, true, true]);
    expect([1, 999, 2000, 2200, -1].map(isSuccessCode)).toEqual([false, false, false, false, false]);
  });
});

describe('parseTable', () => {
  it('splits TAB lists keeping empty cells and maps - to missing', () => {
    const r = parseReply('Status-Code: 0\nSeparator: TAB\nColumns: host,ipv4,ipv6\n\nns.example.com\t1.2.3.4\t-\nns6.example.com\t-\tfe80::1\n');
    const t = parseTable(r);
    expect(t.columns).toEqual(['host', 'ipv4', 'ipv6']);
    expect(t.rows).toEqual([['ns.example.com', '1.2.3.4', '-'], ['ns6.example.com', '-', 'fe80::1']]);
    expect(cell(t.rows[0]?.[2])).toBeUndefined();
  });

  it('splits SPACE lists on runs of blanks and reads an empty body without trailing newline as no rows', () => {
    const spaced = parseReply('Status-Code: 0\nColumns: domain,expiration_date\n\na.com  2027-01-01\nb.com 2028-02-02');
    expect(parseTable(spaced).rows).toEqual([['a.com', '2027-01-01'], ['b.com', '2028-02-02']]);
    const empty = parseReply('Status-Code: 0\nStatus-Text: Command completed successfully\nColumns: domain,expiration_date\n\n');
    expect(parseTable(empty).rows).toEqual([]);
  });
});

describe('key: value bodies', () => {
  it('keeps repeated keys of query-whois in order', () => {
    const kv = parseKeyValues('domain.status: lock,transfer-autoack\ndomain.nservers.nserver.handle: a.ns.joker.com\ndomain.nservers.nserver.handle: b.ns.joker.com\n');
    expect(kv['domain.nservers.nserver.handle']).toEqual(['a.ns.joker.com', 'b.ns.joker.com']);
    expect(kv['domain.status']).toEqual(['lock,transfer-autoack']);
  });

  it('reads Records: N', () => {
    expect(parseRecordCount(parseReply('Status-Code: 0\n\nRecords: 42\n'))).toBe(42);
  });
});

describe('values', () => {
  it('reads amounts, with - as missing', () => {
    expect(parseAmount('975.00')).toBe(975);
    expect(parseAmount('-10.19')).toBe(-10.19);
    expect(parseAmount('10,5')).toBe(10.5);
    expect(parseAmount('-')).toBeUndefined();
  });
});
