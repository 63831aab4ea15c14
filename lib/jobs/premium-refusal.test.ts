import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type SandboxWorld } from '@/lib/dmapi/sandbox-world';
import { premiumRefusal } from './senders';

let world: SandboxWorld;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.sandbox.close());

describe('premiumRefusal (renewals whose class the summary did not check)', () => {
  it('lets a standard renewal through', async () => {
    expect(await premiumRefusal(world.client, world.domain)).toBeUndefined();
  });

  it('refuses a premium renewal with its unconfirmed price instead of sending a max-price', async () => {
    const reason = await premiumRefusal(world.client, 'cars.com');
    expect(reason).toMatch(/^Premium renewal price \(250\.00 EUR a year\) was not confirmed/);
  });
});
