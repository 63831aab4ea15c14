import { describe, expect, it } from 'vitest';
import { decodeSegment } from './segment';

describe('decodeSegment', () => {
  it('decodes a segment, and reads one that is not valid percent-encoding as nothing instead of throwing', () => {
    expect(decodeSegment('b%C3%BCcher.de')).toBe('bücher.de');
    expect(decodeSegment('example.com')).toBe('example.com');
    expect(decodeSegment('%')).toBe('');
    expect(decodeSegment('%E0%A4%A')).toBe('');
  });
});
