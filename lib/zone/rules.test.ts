import { describe, expect, it } from 'vitest';
import { parseZone } from './parse';

/** Each rule with a line it refuses and a line it accepts. */
const errorsOf = (line: string) => parseZone(line).errors.map((e) => e.message);

const CASES: { rule: string; bad: string; good: string; message: RegExp }[] = [
  { rule: 'TTL at least 60', bad: 'www A 0 192.0.2.1 59', good: 'www A 0 192.0.2.1 60', message: /at least 60/ },
  { rule: 'NAPTR TTL may be 0', bad: 'n NAPTR 10/100 . x 0 0 "U" "E2U+sip" "!^.*$!sip:a@example.com!"', good: 'n NAPTR 10/100 . 0 0 0 "U" "E2U+sip" "!^.*$!sip:a@example.com!"', message: /whole number/ },
  { rule: 'priority only for MX, SRV, NAPTR', bad: 'www A 10 192.0.2.1 3600', good: '@ MX 10 mail.example.com. 3600', message: /pri must be 0/ },
  { rule: 'MX preference is a 16-bit number', bad: '@ MX 65536 mail.example.com. 3600', good: '@ MX 65535 mail.example.com. 3600', message: /MX preference/ },
  { rule: 'TXT must be quoted', bad: 't TXT 0 v=spf1 3600', good: 't TXT 0 "v=spf1" 3600', message: /quoted/ },
  { rule: 'TXT length', bad: `t TXT 0 "${'x'.repeat(4001)}" 3600`, good: `t TXT 0 "${'x'.repeat(4000)}" 3600`, message: /at most 4000/ },
  { rule: 'TXT without control characters', bad: 't TXT 0 "a\u0001b" 3600', good: 't TXT 0 "a\\"b" 3600', message: /control characters/ },
  { rule: 'NAPTR replacement xor regex', bad: 'n NAPTR 10/100 sip.example.com. 60 0 0 "U" "E2U+sip" "!^.*$!sip:a@example.com!"', good: 'n NAPTR 10/100 sip.example.com. 60 0 0 "S" "SIP+D2U" ""', message: /regex must have "\." as replacement/ },
  { rule: 'NAPTR needs one of them', bad: 'n NAPTR 10/100 . 60 0 0 "S" "SIP+D2U" ""', good: 'n NAPTR 10/100 . 60 0 0 "U" "E2U+sip" "!^.*$!sip:a@example.com!"', message: /either a replacement or a regex/ },
  { rule: 'valid-from before valid-to', bad: 'w A 0 192.0.2.1 3600 2000000000 1900000000', good: 'w A 0 192.0.2.1 3600 1900000000 2000000000', message: /after valid-to/ },
  { rule: 'valid-to alone is no limit', bad: 'w A 0 192.0.2.1 3600 x 0', good: 'w A 0 192.0.2.1 3600 0 2000000000', message: /valid-from must be/ },
  { rule: 'IPv4 syntax', bad: 'w A 0 192.0.2.300 3600', good: 'w A 0 192.0.2.30 3600', message: /invalid IPv4/ },
  { rule: 'IPv6 syntax', bad: 'w AAAA 0 2001:db8::g 3600', good: 'w AAAA 0 2001:db8::f 3600', message: /invalid IPv6/ },
  { rule: 'DYNA takes IPv4', bad: 'h DYNA 0 2001:db8::1 60', good: 'h DYNA 0 192.0.2.1 60', message: /invalid IPv4/ },
  { rule: 'labels: relative, no trailing dot', bad: 'www.example.com. A 0 192.0.2.1 3600', good: 'www A 0 192.0.2.1 3600', message: /relative/ },
  { rule: 'labels: wildcard only leftmost', bad: 'a.*.b A 0 192.0.2.1 3600', good: '*.b A 0 192.0.2.1 3600', message: /invalid label/ },
  { rule: 'labels: underscores allowed for service names', bad: '_dmarc! TXT 0 "v=DMARC1" 3600', good: '_dmarc TXT 0 "v=DMARC1" 3600', message: /invalid label/ },
  { rule: 'labels: 63 characters per label', bad: `${'a'.repeat(64)} A 0 192.0.2.1 3600`, good: `${'a'.repeat(63)} A 0 192.0.2.1 3600`, message: /invalid label/ },
  { rule: 'MX target is not an address', bad: '@ MX 10 192.0.2.1 3600', good: '@ MX 10 mx.example.com. 3600', message: /not an address/ },
  { rule: 'MX target is a host name', bad: '@ MX 10 _mx.example.com. 3600', good: '@ MX 10 mx-1.example.com. 3600', message: /must be a host name/ },
  { rule: 'SRV target is not an address', bad: '_sip._tcp SRV 10/10 192.0.2.1:5060 3600', good: '_sip._tcp SRV 10/10 sip.example.com:5060 3600', message: /not an address/ },
  { rule: 'SRV label is _service._proto', bad: 'sip SRV 10/10 sip.example.com:5060 3600', good: '_sip._udp SRV 10/10 sip.example.com:5060 3600', message: /_service._protocol/ },
  { rule: 'CNAME target may be a service name', bad: 'acme CNAME 0 192.0.2.1 3600', good: '_acme-challenge CNAME 0 _acme-challenge.example.net. 3600', message: /not an address/ },
  { rule: 'NS target is a host name', bad: 'sub NS 0 ns_1.example.net. 3600', good: 'sub NS 0 ns1.example.net. 3600', message: /must be a host name/ },
  { rule: 'NS cannot be a wildcard', bad: '*.sub NS 0 ns1.example.net. 3600', good: 'sub NS 0 ns1.example.net. 3600', message: /wildcard/ },
  { rule: 'CAA tags', bad: 'c CAA 0 contactemail "a@example.com" 3600', good: 'c CAA 0 issuewild "letsencrypt.org" 3600', message: /CAA tag/ },
  { rule: 'CAA issue domain', bad: 'c CAA 0 issue "lets encrypt" 3600', good: 'c CAA 0 issue "letsencrypt.org" 3600', message: /invalid CAA issue domain/ },
  { rule: 'CAA issue parameters', bad: 'c CAA 0 issue "letsencrypt.org; accounturi" 3600', good: 'c CAA 0 issue "letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1" 3600', message: /key=value/ },
  { rule: 'CAA iodef URL', bad: 'c CAA 0 iodef "security@example.com" 3600', good: 'c CAA 0 iodef "https://example.com/caa" 3600', message: /iodef/ },
  { rule: 'MAILFW e-mail syntax', bad: 'info MAILFW 0 owner(at)example.com 86400', good: 'info MAILFW 0 owner@example.com 86400', message: /e-mail/ },
  { rule: 'MAILFW spam flag 0 or 1', bad: 'info MAILFW 0 owner@example.com 86400 0 0 yes', good: 'info MAILFW 0 owner@example.com 86400 0 0 0', message: /spam filter/ },
  { rule: 'MAILFW mailbox label', bad: 'in(fo MAILFW 0 owner@example.com 86400', good: 'first.last MAILFW 0 owner@example.com 86400', message: /invalid mailbox name/ },
  { rule: 'URL absolute http(s)', bad: 'go URL 0 www.example.com/x 3600', good: 'go URL 0 https://www.example.com/x 3600', message: /http:\/\/ or https:\/\// },
  { rule: 'FRAME absolute http(s) with up to 4 parameters', bad: 'f FRAME 0 /relative 3600', good: 'f FRAME 0 https://example.com/ 3600 0 0 "" "" "Title" ""', message: /http:\/\/ or https:\/\// },
];

describe('record rules: each refuses one line and accepts another', () => {
  for (const c of CASES) {
    it(c.rule, () => {
      const bad = errorsOf(c.bad);
      expect(bad.length, c.bad).toBeGreaterThan(0);
      expect(bad.join(' | ')).toMatch(c.message);
      expect(errorsOf(c.good), c.good).toEqual([]);
    });
  }
});
