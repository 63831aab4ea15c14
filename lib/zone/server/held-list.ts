import 'server-only';
import { type DmapiClient, dnsZoneList } from '@/lib/dmapi';
import { accountCached, dropAccountCached } from '@/lib/portfolio/account-cache';
import { type PreparedZones, prepareZones } from '../list-page';

/**
 * How long the panel keeps an account's `dns-zone-list`, shared by every user and view of the account. The list page
 * is searched, sorted and paged on the server (list-page.ts): without a held copy each of those clicks read the whole
 * list again (about as many zones as domains, 100,000 for a large account). A minute, as the verification list: the
 * zones served change with registrations, deletions and name-server changes that do not go through the zone editor.
 */
export const ZONE_LIST_MAX_AGE_MS = 60_000;

const NAME = 'dns-zone-list';

export interface HeldZoneList {
  /** The zones, ready for paging: sorted, with each IDN's Unicode name for the search (list-page.ts). */
  prepared: PreparedZones;
  /** When the list was read from Joker.com (ms). */
  readAt: number;
}

/** The account's zones: read at most once a minute for the whole account, or now with `refresh` (Read again now). */
export function heldZoneList(uid: string, client: DmapiClient, refresh = false): Promise<HeldZoneList> {
  return accountCached(
    uid,
    NAME,
    ZONE_LIST_MAX_AGE_MS,
    async () => {
      const readAt = Date.now();
      const zones = (await dnsZoneList(client)).map((r) => ({ domain: r.domain, expiration: r.expiration?.toISOString() ?? null }));
      return { prepared: prepareZones(zones), readAt };
    },
    refresh ? { fresherThan: 0 } : {},
  );
}

/** After the panel's own dns-zone-put: a put may create the zone (a domain on Joker's name servers had none). */
export function forgetZoneList(uid: string): void {
  dropAccountCached(uid, NAME);
}
