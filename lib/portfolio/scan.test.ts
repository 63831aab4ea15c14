import { describe, expect, it } from 'vitest';
import { mapDomainList, parseReply } from '@/lib/dmapi';
import { tldOf, toUnicodeDomain } from '@/lib/net';
import { decodePortfolio, privacyCode } from './encode';
import { type ListWire, scanDomainList } from './scan';
import { PRIVACY_LEVELS } from './types';

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

  it('reads TAB-separated bodies, stray blanks and empty lists', () => {
    const tab = scanDomainList(wire({ columns: ['domain', 'expiration_date'], separator: 'TAB', body: 'a.com\t2027-01-01\n' }));
    expect(tab.exp).toEqual([Date.UTC(2027, 0, 1) / 1000]);
    const blanks = scanDomainList(wire({ columns: ['domain', 'expiration_date'], body: ' b.de  2027-01-01 \n\n' }));
    expect(blanks.domain).toEqual(['b.de']);
    expect(scanDomainList(wire({ columns: ['domain', 'expiration_date'] })).domain).toEqual([]);
  });
});

describe('wire text', () => {
  it('round-trips, body untouched', async () => {
    const { wireFromText, wireToText } = await import('./wire-text');
    const w = wire({ columns: ['domain'], unicode: { 'xn--a': 'ä' }, body: 'a.de 2027\nb.de 2028' });
    const text = wireToText(w);
    expect(text.split('\n')[1]).toBe('a.de 2027');
    expect(wireFromText(text)).toEqual(w);
    expect(() => wireFromText('<html>')).toThrow();
  });

  it('keeps an empty body empty and refuses a cut-off answer (no trailer)', async () => {
    const { wireFromText, wireToText } = await import('./wire-text');
    const empty = wire({ columns: ['domain'], body: '' });
    expect(wireFromText(wireToText(empty))).toEqual(empty);
    const full = wireToText(wire({ columns: ['domain'], body: 'a.de 2027' }));
    expect(() => wireFromText(full.slice(0, full.indexOf('\u001e') - 1))).toThrow(/incomplete/);
  });
});
