/**
 * One answer for an impossible DMAPI date on every path that reads one: the domain page (query-domain-list through
 * lib/dmapi, fast and generic mapping), the list and bulk planning (lib/portfolio's browser scanner) and whois. A row
 * dated 2027-02-30 is "no expiration", not 2 March.
 */
import { describe, expect, it } from 'vitest';
import { decodePortfolio } from '@/lib/portfolio/encode';
import { scanDomainList } from '@/lib/portfolio/scan';
import { parseKeyValues, parseReply } from './parse';
import { mapDomainList } from './requests/domain-list';
import { mapWhois } from './requests/other';

const COLUMNS = 'domain,expiration_date,domain_status,grants,privacy-status,privacy-origin,privacy-expiration';
const BODY = 'odd.com 2027-02-30 production - pro pro 2027-02-30\nfine.com 2027-02-28 production - - - -';
const FLAGS = { showstatus: true, showgrants: true, showprivacy: true };

describe('2027-02-30 on every path', () => {
  it('query-domain-list, fast (SPACE) and generic (TAB) mapping: no expiration', () => {
    const fast = mapDomainList(parseReply(`Status-Code: 0\nColumns: ${COLUMNS}\n\n${BODY}`), FLAGS);
    const tab = mapDomainList(parseReply(`Status-Code: 0\nColumns: ${COLUMNS}\nSeparator: TAB\n\n${BODY.replace(/ /g, '\t')}`), FLAGS);
    for (const rows of [fast, tab]) {
      expect(rows[0]?.domain).toBe('odd.com');
      expect(rows[0]?.expiration).toBeUndefined();
      expect(rows[0]?.privacyExpiration).toBeUndefined();
      expect(rows[1]?.expiration?.toISOString()).toBe('2027-02-28T00:00:00.000Z');
    }
  });

  it('the browser list scanner (list page, bulk planning): expiry unknown (0)', () => {
    const payload = scanDomainList({ v: 2, at: 0, columns: COLUMNS.split(','), separator: 'SPACE', unicode: {}, body: BODY });
    const [odd, fine] = decodePortfolio(payload);
    expect(odd).toMatchObject({ domain: 'odd.com', expires: 0, privacyExpires: 0 });
    expect(fine?.expires).toBe(Date.UTC(2027, 1, 28));
  });

  it('query-whois: no expiration', () => {
    const whois = mapWhois(parseKeyValues('domain: odd.com\ndomain.expires: 20270230000000\ndomain.created.date: 20000914175917\n'));
    expect(whois.domain?.expires).toBeUndefined();
    expect(whois.domain?.created?.toISOString()).toBe('2000-09-14T17:59:17.000Z');
  });
});
