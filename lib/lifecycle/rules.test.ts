import { describe, expect, it } from 'vitest';
import { deleteRule, REFUND_WINDOW_MS } from './delete-rule';
import { dnssecEntryErrors, dnssecFormOf, dnssecValue, parseDnssecValue } from './dnssec';
import { nameserverWarning, parseNameservers } from './nameservers';
import { parseNameList } from './names';
import { summarize } from './order-summary';
import { privacyTerm } from './privacy';
import { canCancelTransfer, canResendFoa, isFinalTransferState, transferStateInfo, TRANSFER_STATES } from './transfer-states';
import { parseTransferCsv } from './transfer-csv';

const DS1 = 'AFE249392848D0458B3967BA1EE9BDEA6C3ECB43';
const KEY = 'AwEAAd4TaRzEn0zJfw9w2qkazHTqOX97XwNzoDHMKgClJbX/jr9YGdCYKpTfcKQbVmpI4EVBJOjNWawOJEgpVivw53yHbtEFLOCSYyjwHuXaWiEv0sESNAoPCXQurp4tbHSlnRpyxyzV3dsh9/qUIkJEXxcEuFPaLG3bz1z0Ude6gMXr';

describe('DNSSEC entries', () => {
  it('checks a DS record field by field and builds the documented tag:alg:digest-type:digest', () => {
    const ok = { keyTag: '38698', algorithm: '5', digestType: '1', digest: `${DS1.slice(0, 20)} ${DS1.slice(20).toLowerCase()}` };
    expect(dnssecEntryErrors(ok, 'dsdata')).toEqual({});
    expect(dnssecValue(ok, 'dsdata')).toBe(`38698:5:1:${DS1}`);
    const bad = dnssecEntryErrors({ keyTag: '70000', algorithm: '0', digestType: '2', digest: DS1 }, 'dsdata');
    expect(Object.keys(bad).sort()).toEqual(['algorithm', 'digest', 'keyTag']);
    expect(bad.digest).toMatch(/digest type 2 has 64 hex digits \(this has 40\)/);
    expect(dnssecEntryErrors({ keyTag: '1', algorithm: '13', digestType: '9', digest: 'zz' }, 'dsdata')).toMatchObject({ digestType: expect.any(String), digest: 'Digest: hexadecimal digits only' });
  });

  it('checks a DNSKEY (.de) and sends it as protocol:alg:flags:pubkey; reads either order back', () => {
    const key = { flags: '257', protocol: '3', algorithm: '8', publicKey: KEY };
    expect(dnssecEntryErrors(key, 'keydata')).toEqual({});
    expect(dnssecValue(key, 'keydata')).toBe(`3:8:257:${KEY}`);
    expect(dnssecEntryErrors({ flags: '1', protocol: '4', algorithm: '8', publicKey: 'short' }, 'keydata')).toEqual({
      flags: expect.any(String), protocol: 'Protocol: always 3', publicKey: expect.any(String),
    });
    expect(parseDnssecValue(`256:3:5:${KEY}`, 'keydata')).toEqual({ flags: '256', protocol: '3', algorithm: '5', publicKey: KEY });
    expect(parseDnssecValue(`3:5:257:${KEY}`, 'keydata')).toEqual({ flags: '257', protocol: '3', algorithm: '5', publicKey: KEY });
    expect([dnssecFormOf('keydata'), dnssecFormOf('dsdata'), dnssecFormOf('')]).toEqual(['keydata', 'dsdata', null]);
  });
});

describe('name lists', () => {
  it('converts IDN, drops duplicates, reports bad lines and TLDs the account may not use', () => {
    const list = parseNameList('Bücher.de\nexample.com, EXAMPLE.com\nnot a name!\nwww.example.com\nfoo.xyz', ['de', 'com']);
    expect(list.names.map((n) => [n.domain, n.display, n.tld])).toEqual([
      ['xn--bcher-kva.de', 'bücher.de', 'de'],
      ['example.com', 'example.com', 'com'],
    ]);
    expect(list.duplicates).toBe(1);
    expect(list.problems.map((p) => [p.line, p.text])).toEqual([[3, 'not'], [3, 'a'], [3, 'name!'], [4, 'www.example.com'], [5, 'foo.xyz']]);
    expect(list.problems.at(-1)?.message).toBe('your account cannot register .xyz domains');
  });
});

describe('transfer CSV', () => {
  it('reads domain,auth-id[,contacts] with or without a header; .eu needs no auth-id', () => {
    const csv = 'domain,auth-id,owner-c\nfoo.com,"a,b""c",ccom-1\nbar.eu,\nbaz.com\nfoo.com,x\n"bad name",y\nqux.net,x,CNET-1,,bad handle!';
    const list = parseTransferCsv(csv);
    expect(list.rows).toEqual([
      { domain: 'foo.com', display: 'foo.com', tld: 'com', authId: 'a,b"c', ownerC: 'CCOM-1' },
      { domain: 'bar.eu', display: 'bar.eu', tld: 'eu', authId: '' },
    ]);
    expect(list.problems.map((p) => p.line)).toEqual([4, 5, 6, 7]);
    expect(list.problems[0]?.message).toMatch(/auth-id is missing/);
    expect(list.problems[1]?.message).toMatch(/listed twice/);
    expect(list.problems[3]?.message).toMatch(/tech-c bad handle! is not a contact handle/);
    expect(parseTransferCsv('a.com,x', ['de']).problems[0]?.message).toMatch(/cannot transfer \.com/);
  });
});

describe('name servers', () => {
  it('parses a typed list, refuses repeats and bad names, warns below two', () => {
    expect(parseNameservers('ns1.example.net\nNS2.example.net.')).toEqual({ hosts: ['ns1.example.net', 'ns2.example.net'], problems: [] });
    expect(parseNameservers('ns1.example.net ns1.example.net bad_name').problems).toEqual(['ns1.example.net is listed twice', 'bad_name is not a host name (such as ns1.example.com)']);
    expect(parseNameservers('  ').problems).toEqual(['Give at least one name server']);
    expect(nameserverWarning(['a.example.net'])).toMatch(/Only one name server/);
    expect(nameserverWarning(['a.example.net', 'b.example.net'])).toBeUndefined();
  });
});

describe('delete rule', () => {
  const now = Date.UTC(2030, 0, 10);
  it('refunds a gTLD inside 72 hours, needs force after, never refunds a ccTLD', () => {
    expect(deleteRule(now - REFUND_WINDOW_MS + 60_000, 'com', now)).toMatchObject({ withinWindow: true, refund: true, needsForce: false });
    expect(deleteRule(now - REFUND_WINDOW_MS - 60_000, 'com', now)).toMatchObject({ withinWindow: false, refund: false, needsForce: true });
    expect(deleteRule(now - 3_600_000, 'de', now)).toMatchObject({ withinWindow: true, refund: false, needsForce: false });
    expect(deleteRule(undefined, 'com', now)).toMatchObject({ needsForce: true, refund: false });
  });
});

describe('privacy term', () => {
  const now = Date.UTC(2030, 5, 1);
  const base = { now, domainExpires: Date.UTC(2032, 5, 1), current: 'none' as const, currentExpires: undefined, level: 'basic' as const };
  it('bills started years: remaining lifetime, a number of years, up to a year; extends a running subscription', () => {
    expect(privacyTerm({ ...base, term: 'remaining' })).toMatchObject({ years: 2, until: Date.UTC(2032, 5, 1) });
    expect(privacyTerm({ ...base, term: 'years', years: 3 })).toMatchObject({ years: 3, until: Date.UTC(2033, 5, 1) });
    expect(privacyTerm({ ...base, term: 'expyear', expyear: 2031 })).toMatchObject({ years: 1 });
    expect(privacyTerm({ ...base, current: 'basic', currentExpires: Date.UTC(2031, 5, 1), term: 'remaining' })).toMatchObject({ years: 1 });
    expect(privacyTerm({ ...base, current: 'basic', currentExpires: Date.UTC(2032, 5, 1), term: 'remaining' }).problem).toMatch(/already covers/);
    expect(privacyTerm({ ...base, current: 'basic', currentExpires: Date.UTC(2032, 5, 1), term: 'expyear', expyear: 2032 }).problem).toMatch(/already runs until 2032/);
    // An upgrade to pro starts now.
    expect(privacyTerm({ ...base, level: 'pro', current: 'basic', currentExpires: Date.UTC(2032, 5, 1), term: 'remaining' })).toMatchObject({ years: 2 });
  });
});

describe('transfer states', () => {
  it('explains every documented state and knows which allow resend-foa and cancel', () => {
    for (const s of TRANSFER_STATES) expect(transferStateInfo(s).meaning.length).toBeGreaterThan(10);
    expect(TRANSFER_STATES.filter(canResendFoa)).toEqual(['FOA_BEEN_SENT']);
    expect(canCancelTransfer('REGISTRY_REQUEST_RECEIVED_NOW_WAITING')).toBe(true);
    expect(canCancelTransfer('DOMAIN_WITH_JOKER_PENDING_COMPLETE')).toBe(false);
    expect(canCancelTransfer('FOA_NACK')).toBe(false);
    expect(isFinalTransferState('FOA_NACK')).toBe(true);
    expect(transferStateInfo('SOMETHING_NEW')).toMatchObject({ label: 'SOMETHING_NEW', tone: 'neutral' });
    expect(transferStateInfo('FOA_BEEN_SENT').duration).toMatch(/5 days/);
  });
});

describe('order summary', () => {
  it('totals what is sent, groups what is left out, and says the balance after', () => {
    const s = summarize('Register', [{ domain: 'a.com', price: 8.9 }, { domain: 'b.com', skipReason: 'Not available' }, { domain: 'c.com', price: 2500 }], [], { balance: 100, currency: 'EUR' }, [{ domain: 'c.com', price: 2500 }]);
    expect(s).toMatchObject({ listed: 3, send: 2, total: 2508.9, balanceAfter: -2408.9, skipped: [{ reason: 'Not available', count: 1, examples: ['b.com'] }] });
  });
});
