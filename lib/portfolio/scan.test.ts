import { describe, expect, it } from 'vitest';
import { mapDomainList, parseReply } from '@/lib/dmapi';
import { tldOf, toUnicodeDomain } from '@/lib/net';
import { decodePortfolio, privacyCode } from './encode';
import { payloadFromText, payloadToText } from './payload-text';
import { type ListWire, scanDomainList, scanDomainListInSlices } from './scan';
import { PRIVACY_LEVELS, type PortfolioPayload } from './types';

const REPLY = [
  'Status-Code: 0',
  'Status-Text: Command completed successfully',
  'Columns: domain,expiration_date,domain_status,grants,privacy-status,privacy-origin,privacy-expiration',
  '',
  'alpha.de 2027-01-25 production,lock,autorenew @creator pro pro 2027-01-25',
  'xn--mnchen-3ya.de 2026-03-01 production @admin,@tech none none -',
  'shared.co.uk 2028-12-31 production,autorenew @billing basic basic 2028-12-31',
  'plain.com 2030-06-15 - - - - -',
].join('\n');

const COLUMNS_LIVE = 'domain,expiration_date,domain_status,own_role,invitation_possible,number_of_confirmed_grants,pending_invitations,privacy-status,privacy-origin,privacy-expiration'.split(',');

const wire = (over: Partial<ListWire>): ListWire => ({ v: 2, at: 42, columns: [], separator: 'SPACE', unicode: {}, body: '', ...over });

describe('scanDomainList', () => {
  it('agrees with lib/dmapi mapDomainList row by row', () => {
    const reply = parseReply(REPLY);
    const fromScan = scanDomainList(
      wire({ columns: (reply.headers.columns?.[0] ?? '').split(','), unicode: { 'xn--mnchen-3ya.de': 'münchen.de' }, body: reply.body }),
    );
    const mapped = mapDomainList(reply, { showstatus: true, showgrants: true, showprivacy: true });
    const rows = decodePortfolio(fromScan);
    expect(rows.map((r) => ({ domain: r.domain, display: r.display, tld: r.tld, expires: r.expires, privacy: r.privacy, privacyExpires: r.privacyExpires }))).toEqual(
      mapped.map((m) => ({
        domain: m.domain,
        display: toUnicodeDomain(m.domain),
        tld: tldOf(m.domain),
        expires: m.expiration?.getTime() ?? 0,
        privacy: PRIVACY_LEVELS[privacyCode(m.privacyStatus)],
        privacyExpires: m.privacyExpiration?.getTime() ?? 0,
      })),
    );
    expect(rows.map((r) => [r.production, r.locked, r.autorenew])).toEqual(
      mapped.map((m) => ['production', 'lock', 'autorenew'].map((s) => (m.statuses ?? []).includes(s))),
    );
    expect(rows.map((r) => r.display)).toEqual(['alpha.de', 'münchen.de', 'shared.co.uk', 'plain.com']);
    expect(rows[1]).toMatchObject({ grants: ['@admin', '@tech'], privacy: 'none', locked: false });
    expect(rows[2]).toMatchObject({ tld: 'co.uk', autorenew: true, privacy: 'basic' });
    expect(rows[3]).toMatchObject({ production: false, grants: [], privacyExpires: 0 });
  });

  it('maps the same in slices as in one go, blank lines and all', async () => {
    const reply = parseReply(REPLY);
    const w = wire({ columns: (reply.headers.columns?.[0] ?? '').split(','), unicode: { 'xn--mnchen-3ya.de': 'münchen.de' }, body: `${reply.body}\n\n${reply.body}` });
    const whole = scanDomainList(w);
    expect(whole.domain).toHaveLength(8);
    for (const rows of [1, 2, 3, 100]) expect(await scanDomainListInSlices(w, rows)).toEqual(whole);
    expect(await scanDomainListInSlices(wire({ columns: ['domain'] }))).toEqual(scanDomainList(wire({ columns: ['domain'] })));
  });

  it('reads TAB-separated bodies, stray blanks and empty lists', () => {
    const tab = scanDomainList(wire({ columns: ['domain', 'expiration_date'], separator: 'TAB', body: 'a.com\t2027-01-01\n' }));
    expect(tab.exp).toEqual([Date.UTC(2027, 0, 1) / 1000]);
    const blanks = scanDomainList(wire({ columns: ['domain', 'expiration_date'], body: ' b.de  2027-01-01 \n\n' }));
    expect(blanks.domain).toEqual(['b.de']);
    expect(scanDomainList(wire({ columns: ['domain', 'expiration_date'] })).domain).toEqual([]);
  });
});

describe('payload text (GET /api/domains)', () => {
  const payload = (): PortfolioPayload => {
    const reply = parseReply(REPLY);
    return scanDomainList(wire({ columns: (reply.headers.columns?.[0] ?? '').split(','), unicode: { 'xn--mnchen-3ya.de': 'münchen.de' }, body: reply.body }));
  };

  it('round-trips the mapped list, sparse maps, times that are not whole days and unknown dates', () => {
    const p = payload();
    p.exp[2] = Date.UTC(2028, 11, 31, 13, 5, 7) / 1000;
    p.exp[3] = 0;
    p.grantCounts[0] = [2, 1];
    const text = payloadToText(p);
    expect(text.split('\n')).toHaveLength(5);
    expect(text.split('\n')[1]).toMatch(/^alpha\.de\t[0-9a-z]+\t[0-9a-z]+$/);
    expect(payloadFromText(text)).toEqual(p);
    expect(decodePortfolio(payloadFromText(text))).toEqual(decodePortfolio(p));
  });

  it('is smaller than the DMAPI body it was mapped from', () => {
    const body = Array.from({ length: 2000 }, (_, i) => `shop${i}.de 2030-02-14 production,lock,autorenew @creator true 0 undef none none -`).join('\n');
    const p = scanDomainList(wire({ columns: COLUMNS_LIVE, body }));
    expect(payloadToText(p).length).toBeLessThan(body.length / 2.5);
  });

  it('keeps an empty list empty and refuses anything else: another format, a cut-off answer, a bad row', () => {
    const empty = scanDomainList(wire({ columns: ['domain'] }));
    expect(payloadFromText(payloadToText(empty))).toEqual(empty);
    expect(() => payloadFromText('<html>')).toThrow(/not understood/);
    expect(() => payloadFromText('{"v":2,"columns":[]}\na.de 2027')).toThrow(/not understood/);
    const full = payloadToText(payload());
    expect(() => payloadFromText(full.slice(0, full.lastIndexOf('\n')))).toThrow(/incomplete/);
    expect(() => payloadFromText(full.replace(/\t[0-9a-z]+$/, '\t!'))).toThrow(/not understood/);
  });
});
