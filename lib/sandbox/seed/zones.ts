import type { Rng } from '../rng';

/** A zone using every record type of the seeds (A AAAA MX CNAME TXT SRV NAPTR CAA URL FRAME MAILFW DYNA DYNAAAA). */
export function richZone(domain: string, rng: Rng): string[] {
  const ip = `203.0.113.${rng.int(1, 254)}`;
  return [
    `@ A 0 ${ip} 3600`,
    `www A 0 ${ip} 3600`,
    `@ AAAA 0 2001:db8::${rng.int(1, 0xfff).toString(16)} 3600`,
    `@ MX 10 mail.${domain}. 3600`,
    `@ MX 20 mx2.mail-backup.test. 3600`,
    `mail A 0 198.51.100.${rng.int(1, 254)} 3600`,
    `blog CNAME 0 www 3600`,
    `@ TXT 0 "v=spf1 mx -all" 3600`,
    `_dmarc TXT 0 "v=DMARC1; p=none" 3600`,
    `_sip._tcp SRV 10/100 sip.${domain}:5060 3600`,
    `@ NAPTR 100/10 _sip._udp.${domain}. 86400 0 0 "S" "SIP+D2U" ""`,
    `@ CAA 0 issue "letsencrypt.org" 3600`,
    `@ CAA 0 iodef "mailto:hostmaster@${domain}" 3600`,
    `go URL 0 https://www.${domain}/landing 3600`,
    `shop FRAME 0 https://shop.example.test/${rng.int(1, 99)} 3600 0 0 "" "" "Our shop" "Please enable frames"`,
    `info MAILFW 0 owner@${domain} 3600 0 0 1`,
    `home DYNA 0 192.0.2.${rng.int(1, 254)} 60`,
    `home6 DYNAAAA 0 2001:db8:1::${rng.int(1, 0xfff).toString(16)} 60`,
  ];
}

/** A compact zone for the bulk of the portfolio (memory matters at 100,000 domains). */
export function smallZone(rng: Rng): string[] {
  const ip = `203.0.113.${rng.int(1, 254)}`;
  return [`@ A 0 ${ip} 3600`, `www CNAME 0 @ 3600`, `@ MX 10 mx.mailhost.test. 3600`];
}
