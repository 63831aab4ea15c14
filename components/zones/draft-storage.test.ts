import { describe, expect, it } from 'vitest';
import { withoutTypedPassword } from './draft-storage';

describe('withoutTypedPassword', () => {
  it('replaces a typed DynDNS password by the kept marker and says so', () => {
    const text = '$dnssec=no\n$dyndns=yes:home:S3cret-typed\nwww A 0 192.0.2.1 3600';
    expect(withoutTypedPassword(text)).toEqual({ text: '$dnssec=no\n$dyndns=yes:home:(unchanged)\nwww A 0 192.0.2.1 3600', dropped: true });
  });

  it('leaves a text without a typed password as it is', () => {
    for (const line of ['$dyndns=no::', '$dyndns=yes:home:(unchanged)', '$dyndns=no:home:']) {
      const text = `$dnssec=no\n${line}\n@ MX 10 mail 3600`;
      expect(withoutTypedPassword(text)).toEqual({ text, dropped: false });
    }
  });

  it('drops a password kept while DynDNS is switched off', () => {
    expect(withoutTypedPassword('$dyndns=no:home:old-secret').text).toBe('$dyndns=no:home:(unchanged)');
  });

  it('strips every $dyndns line the parser would read: any case, blanks, CR line breaks, a duplicate', () => {
    const text = '$dnssec=no\r\n  $DynDNS=yes:home:First-secret \r\n$dyndns=yes:home:Second-secret\nwww A 0 192.0.2.1 3600';
    const stored = withoutTypedPassword(text);
    expect(stored.dropped).toBe(true);
    expect(stored.text).not.toMatch(/secret/);
    expect(stored.text).toBe('$dnssec=no\r\n  $DynDNS=yes:home:(unchanged)\r\n$dyndns=yes:home:(unchanged)\nwww A 0 192.0.2.1 3600');
  });
});
