import { decodeSegment } from '@/lib/utils/segment';
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { ZoneEditor } from '@/components/zones/zone-editor';
import type { HistoryItem } from '@/components/zones/zone-history';
import { actionPermission, requireRole, requireSession, withDmapi } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { failureText } from '@/lib/failure';
import { isValidDomainName, toAsciiDomain, toUnicodeDomain } from '@/lib/net';
import { zoneDraftScope } from '@/lib/auth/zone-draft-scope';
import { listHistory } from '@/lib/zone/server/history';
import { loadZone } from '@/lib/zone/server/load';
import type { ZoneView } from '@/lib/zone';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ domain: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Zone ${toUnicodeDomain(decodeSegment((await params).domain))}` };
}

/**
 * One zone's editor. A reseller's staff work in the Zones area; a signed-in customer edits the zone of a domain of
 * their own or granted to them from "my domains", and Joker.com itself refuses what their grant role does not cover.
 */
export default async function ZonePage({ params }: Props) {
  const signedIn = await requireSession();
  const area = signedIn.role === 'customer' ? 'my-domains' : 'zones';
  const session = await requireRole(area);
  const raw = decodeSegment((await params).domain);
  if (!isValidDomainName(raw)) notFound();
  const domain = toAsciiDomain(raw);
  let view: ZoneView | undefined;
  let problem: string | undefined;
  try {
    view = (await withDmapi((client) => loadZone(client, domain))).view;
  } catch (error) {
    problem = failureText(error);
  }
  const rows = await listHistory(await getDb(), session.uid, domain, 30);
  const history: HistoryItem[] = rows.map((r) => ({
    id: r.id,
    at: r.createdAt.toISOString(),
    who: r.actorName,
    source: r.source,
    state: r.state,
    comment: r.comment,
    before: r.zoneBefore,
    after: r.zoneAfter,
  }));
  const back = area === 'zones' ? { href: '/zones', label: 'Zones' } : { href: '/my-domains', label: 'My domains' };
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={back.href} className="text-sky-700 hover:underline dark:text-sky-400">
          ← {back.label}
        </Link>
      </p>
      <h1 className="break-words text-lg font-semibold">Zone {toUnicodeDomain(domain)}</h1>
      {view ? (
        <ZoneEditor view={view} customer={area === 'my-domains'} change={actionPermission(session, area, 'change', 'dns-zone-put')} history={history} draftScope={zoneDraftScope(session)} />
      ) : (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {problem}
        </p>
      )}
    </div>
  );
}
