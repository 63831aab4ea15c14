import { describe, expect, it } from 'vitest';
import { payloadFrom, rowsFrom, SAMPLE } from '@/lib/portfolio/fixtures';
import { decodedPortfolio } from './use-portfolio';

describe('decodedPortfolio', () => {
  it('decodes a payload once: the list mounted again (Back) gets the same rows, a new read new ones', () => {
    const payload = payloadFrom(SAMPLE);
    const first = decodedPortfolio(payload);
    expect(first.rows.map((r) => r.domain)).toEqual(rowsFrom(SAMPLE).map((r) => r.domain));
    expect(first.tlds).toEqual([...payload.tlds].sort());
    expect(decodedPortfolio(payload)).toBe(first);
    expect(decodedPortfolio(payloadFrom(SAMPLE)).rows).not.toBe(first.rows);
  });
});
