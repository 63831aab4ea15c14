import { describe, expect, it } from 'vitest';
import { authIdOf, MASK, readReply } from './reply';

describe('a stored reply read for people', () => {
  it('masks the transfer auth-id and secret-named lines, keeps the rest', () => {
    const body = [
      'Proc-ID: 8181810',
      'Completion-Status: ack',
      'domain: example.com',
      'The Authorization ID is: "x7$Qa-91_zz"',
      'password: hunter22',
      'Free text without a key',
    ].join('\n');
    const read = readReply(body);
    expect(read.completion).toBe('ack');
    expect(read.hasAuthId).toBe(true);
    expect(read.fields).toEqual([
      { key: 'Proc-ID', value: '8181810' },
      { key: 'domain', value: 'example.com' },
      { key: 'Auth-ID', value: MASK, secret: true },
      { key: 'password', value: MASK, secret: true },
      { key: '', value: 'Free text without a key' },
    ]);
    expect(JSON.stringify(read)).not.toContain('x7$Qa');
    expect(JSON.stringify(read)).not.toContain('hunter22');
    expect(authIdOf(body)).toBe('x7$Qa-91_zz');
  });

  it('collects a nack\'s reasons and reads a status-only reply', () => {
    const nack = readReply('Completion-Status: nack\nError: registry timeout, please retry\nError: auth-sid: 0123456789abcdef\n');
    expect(nack.completion).toBe('nack');
    expect(nack.reasons).toEqual(['registry timeout, please retry', 'auth-sid: [REDACTED]']);
    expect(nack.fields).toEqual([]);
    expect(readReply('Completion-Status: ?\n').completion).toBe('pending');
    expect(authIdOf('domain: example.com\n')).toBeUndefined();
  });
});
