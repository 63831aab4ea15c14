import { describe, expect, it } from 'vitest';
import { zoneDraftScope } from './zone-draft-scope';

describe('zoneDraftScope', () => {
  const fingerprint = 'a3f1'.repeat(16);

  it('is stable for one user and differs between users and accounts', () => {
    const mine = zoneDraftScope({ uid: 'acc-1', actorFingerprint: fingerprint });
    expect(zoneDraftScope({ uid: 'acc-1', actorFingerprint: fingerprint })).toBe(mine);
    expect(zoneDraftScope({ uid: 'acc-1', actorFingerprint: 'b4'.repeat(32) })).not.toBe(mine);
    expect(zoneDraftScope({ uid: 'acc-2', actorFingerprint: fingerprint })).not.toBe(mine);
  });

  it('reveals neither the fingerprint nor the account, and fits a storage key', () => {
    const scope = zoneDraftScope({ uid: 'acc-1', actorFingerprint: fingerprint });
    expect(scope).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(scope).not.toContain('acc-1');
    expect(fingerprint).not.toContain(scope.slice(0, 8));
  });
});
