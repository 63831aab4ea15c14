import { describe, expect, it } from 'vitest';
import { checkText, putErrorsByRecord } from './zone-issues';
import { buildZoneText, builtZone } from './zone-model';

const HEAD = '$dnssec=no\n$dyndns=no::\n';

describe('checkText', () => {
  it('puts a line error on its line and a zone rule on its record', () => {
    const bad = checkText(`${HEAD}www A 0 192.0.2.1 3600\nx A 0 300.1.1.1 3600\n`, 'example.com');
    expect(bad.errors).toBe(1);
    expect(bad.issues[0]).toMatchObject({ line: 4, severity: 'error' });

    const cname = checkText(`${HEAD}www A 0 192.0.2.1 3600\nwww CNAME 0 example.net. 3600\n`, 'example.com');
    expect(cname.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.index])).toEqual([
      [3, 0],
      [4, 1],
    ]);
  });

  it('a clean zone has no issue', () => {
    expect(checkText(`${HEAD}www A 0 192.0.2.1 3600\n`, 'example.com').issues).toEqual([]);
  });
});

describe('putErrorsByRecord', () => {
  it('maps Joker’s "zone line N" to the record sent on that line, past the two directive lines', () => {
    const { parsed } = checkText(`${HEAD}# a comment\nwww A 0 192.0.2.1 3600\nbad URL 0 https://phishing.test/ 60\n`, 'example.com');
    const mapped = putErrorsByRecord(['zone line 4: URL destination phishing.test is refused', 'something else'], parsed);
    expect(mapped[0]).toMatchObject({ index: 1, line: 5 });
    expect(mapped[1]).toEqual({ message: 'something else' });
  });
});

describe('checkText of a text built from records', () => {
  it('finds what parsing the same text finds, and the records’ own rules', () => {
    const text = `${HEAD}www A 0 192.0.2.1 3600\nwww CNAME 0 example.net. 3600\n`;
    const parsed = checkText(text, 'example.com');
    const rebuilt = buildZoneText(parsed.parsed.directives, [...parsed.parsed.records]);
    expect(rebuilt).toBe(text);
    const built = checkText(rebuilt, 'example.com');
    expect(built.parsed.records).toBe(builtZone(rebuilt)?.records);
    expect(built.issues).toEqual(parsed.issues);

    const bad = { ...parsed.parsed.records[0]!, target: '300.1.1.1' };
    const withBad = checkText(buildZoneText(parsed.parsed.directives, [bad]), 'example.com');
    expect(withBad.issues).toEqual([{ line: 3, index: 0, severity: 'error', message: expect.stringContaining('300.1.1.1') }]);
  });
});
