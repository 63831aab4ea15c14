import { describe, expect, it } from 'vitest';
import { allRecordTypeInfo, recordTypeInfo } from './describe';
import { lintZone } from './lint';
import { parseZone } from './parse';
import { RECORD_TYPES } from './types';

const records = (text: string) => parseZone(text).records;

describe('lintZone', () => {
  it('warns about data beside a CNAME', () => {
    expect(lintZone(records('www CNAME 0 example.com. 3600\nwww A 0 192.0.2.1 3600\nmail A 0 192.0.2.2 3600'))).toEqual([
      { index: 0, message: 'CNAME at "www" cannot coexist with other records of the same name' },
    ]);
  });
  it('warns about duplicates and idle DynDNS records', () => {
    const zone = records('a A 0 192.0.2.1 3600\nA A 0 192.0.2.1 300\nh DYNA 0 192.0.2.9 60');
    expect(lintZone(zone).map((w) => w.index)).toEqual([1, 2]);
    expect(lintZone(zone, { dyndnsEnabled: true }).map((w) => w.index)).toEqual([1]);
  });
  it('ignores MAILFW mailbox names and a clean zone', () => {
    expect(lintZone(records('info MAILFW 0 a@example.com 86400\ninfo CNAME 0 x.example.com. 3600'))).toEqual([]);
  });
});

describe('recordTypeInfo', () => {
  it('describes every type', () => {
    expect(allRecordTypeInfo().map((i) => i.type)).toEqual([...RECORD_TYPES]);
    expect(recordTypeInfo('NAPTR')).toMatchObject({ minTtl: 0, pri: 'order/preference', params: ['flags', 'service', 'regex'] });
    expect(recordTypeInfo('CAA').tags).toEqual(['issue', 'issuewild', 'iodef']);
    expect(recordTypeInfo('MAILFW').ttlIgnored).toBe(true);
  });
});
