import { decodeSegment } from '@/lib/utils/segment';
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound, unstable_rethrow } from 'next/navigation';
import { ZoneEditor } from '@/components/zones/zone-editor';
import type { HistoryItem } from '@/components/zones/zone-history';
import { actionPermission, type PanelSession, requireRole, requireSession, withDmapi } from '@/lib/auth';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { getDb } from '@/lib/db';
import { failureText } from '@/lib/failure';
import { isValidDomainName, toAsciiDomain, toUnicodeDomain } from '@/lib/net';
import { zoneDraftScope } from '@/lib/auth/zone-draft-scope';
import type { ZoneHistoryRow } from '@/lib/db/schema/zones';
import { listHistory } from '@/lib/zone/server/history';
import type { ZoneView } from '@/lib/zone';
import { loadZone } from '@/lib/zone/server/load';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ domain: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Zone ${toUnicodeDomain(decodeSegment((await params).domain))}` };
}

type ZoneData = [{ view: ZoneView; problem?: undefined } | { view?: undefined; problem: string }, ZoneHistoryRow[]];

/** The zone as Joker.com holds it and the panel's history of it, both read at once. */
function readZone(session: PanelSession, domain: string): Promise<ZoneData> {
  return Promise.all([
    withDmapi((client) => loadZone(client, domain)).then(
      (r) => ({ view: r.view }),
      (error: unknown) => {
        // A credential Joker.com no longer accepts sends the user to sign-in (withDmapi): that is not a problem to show.
        unstable_rethrow(error);
        return { problem: failureText(error) };
      },
    ),
    getDb().then((db) => listHistory(db, session.uid, domain, 30)),
  ]);
}

async function ZoneSection({ data, session, area }: { data: Promise<ZoneData>; session: PanelSession; area: 'zones' | 'my-domains' }) {
  const [loaded, rows] = await data;
  if (!loaded.view) {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
        {loaded.problem}
      </p>
    );
  }
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
  return (
    <ZoneEditor
      view={loaded.view}
      customer={area === 'my-domains'}
      change={actionPermission(session, area, 'change', 'dns-zone-put')}
      history={history}
      draftScope={zoneDraftScope(session)}
    />
  );
}

/**
 * One zone's editor. A reseller's staff work in the Zones area; a signed-in customer edits the zone of a domain of
 * their own or granted to them from "my domains", and Joker.com itself refuses what their grant role does not cover.
 * The reads start before the page renders; its frame is sent while they run, so only the editor is rendered after
 * Joker.com's answer.
 */
export default async function ZonePage({ params }: Props) {
  const signedIn = await requireSession();
  const area = signedIn.role === 'customer' ? 'my-domains' : 'zones';
  const session = await requireRole(area);
  const raw = decodeSegment((await params).domain);
  if (!isValidDomainName(raw)) notFound();
  const domain = toAsciiDomain(raw);
  const back = area === 'zones' ? { href: '/zones', label: 'Zones' } : { href: '/my-domains', label: 'My domains' };
  const data = readZone(session, domain);
  // The section awaits it and shows or rethrows its failure; should rendering stop before the section renders (the
  // browser went away), the rejection is still handled rather than left to the process.
  data.catch(() => undefined);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={back.href} className="text-sky-700 hover:underline dark:text-sky-400">
          ← {back.label}
        </Link>
      </p>
      <h1 className="break-words text-lg font-semibold">Zone {toUnicodeDomain(domain)}</h1>
      <Streamed label="the zone" fallback={<Skeleton className="h-96 w-full" />}>
        <ZoneSection data={data} session={session} area={area} />
      </Streamed>
    </div>
  );
}
