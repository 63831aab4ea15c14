import 'server-only';
import { createHmac, hkdfSync } from 'node:crypto';
import { env } from '@/lib/env';

let key: Buffer | undefined;

/**
 * The version of a zone as dns-zone-get served it: a keyed hash of its text. The conflict check compares versions;
 * keyed (from PANEL_SECRET) because the text holds the DynDNS password, which a plain hash would let a browser guess.
 */
export function zoneVersion(text: string): string {
  key ??= Buffer.from(hkdfSync('sha256', env.PANEL_SECRET as string, 'joker-reseller-panel/v1', 'zone-version', 32));
  return createHmac('sha256', key).update(text).digest('hex').slice(0, 32);
}
