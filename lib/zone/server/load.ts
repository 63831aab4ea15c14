import 'server-only';
import { type DmapiClient, DmapiError, dnsZoneGet, type ZoneGetResult, redactText } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure';
import { hideDynDnsPassword, type UnreadableLine, type ZoneView } from '@/lib/zone';
import { zoneVersion } from './version';

export interface LoadedZone {
  /** What a browser may see. */
  view: ZoneView;
  /** The zone as Joker served it, DynDNS password included: server-side only. */
  live: ZoneGetResult;
}

/** The lines lib/zone could not read, with their text (a `$dyndns` line's password removed). */
function unreadableLines(zone: ZoneGetResult): UnreadableLine[] {
  if (zone.errors.length === 0) return [];
  const lines = zone.text.split(/\r\n|\n|\r/);
  return zone.errors.map((e) => ({ line: e.line, text: redactText(lines[e.line - 1] ?? ''), message: e.message }));
}

export function viewOf(live: ZoneGetResult): ZoneView {
  return {
    domain: live.domain,
    directives: hideDynDnsPassword(live.directives),
    records: live.records,
    unreadable: unreadableLines(live),
    version: zoneVersion(live.text),
  };
}

/**
 * DMAPI dns-zone-get, as the editor and the conflict check need it. Joker answers 2202 when the account holds the
 * domain through a grant whose role does not cover zones (@billing): said in words about zones.
 */
export async function loadZone(client: DmapiClient, domain: string): Promise<LoadedZone> {
  let live: ZoneGetResult;
  try {
    live = await dnsZoneGet(client, { domain });
  } catch (error) {
    if (error instanceof DmapiError && error.statusCode === 2202) {
      throw new ExpectedFailure(`Joker.com does not let this account edit the zone of ${domain}: that needs the domain in your own portfolio, or a grant of @tech or @admin on it.`, {
        code: 'forbidden',
        next: `Joker.com said: ${error.errors.join('; ')}`,
      });
    }
    throw error;
  }
  return { live, view: viewOf(live) };
}
