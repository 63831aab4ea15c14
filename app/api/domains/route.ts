import { failureOf, guard, statusOf } from '@/lib/actions/guard';
import { withGuardMeta } from '@/lib/actions/meta';
import { clientForSession } from '@/lib/auth';
import { getPortfolioCopy } from '@/lib/portfolio/copy';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };
/** The body is a gzip file the browser unpacks itself (components/domains/use-portfolio.ts). */
const GZIP = 'application/gzip';

/**
 * The portfolio for the domain list (react-query): the account's held copy of `query-domain-list`
 * (lib/portfolio/copy.ts), so a view never reads the list a second time when its page already did. The copy's columns
 * are sent packed (lib/portfolio/payload-text.ts: about a third of the DMAPI's bytes, nothing left for the browser to
 * map). The text is gzip-compressed once per copy and sent as a gzip file (`application/gzip`) that the browser
 * unpacks with DecompressionStream: Next drops a route handler's own Content-Encoding header, and compressing megabytes
 * on every request is what made the list slow (issue #10); `no-transform` keeps Next's compression off. Until the gzip
 * is ready the plain text goes out. `?refresh=1` is the list's Refresh: read again unless the copy is a moment old.
 * The guard is createRoute's (session → role domains/view → DMAPI failures mapped to 401/502/503 JSON), written out
 * because createRoute only answers JSON.
 */
async function handler(request: Request): Promise<Response> {
  const allowed = await guard('domains', 'view');
  if (!allowed.ok) {
    return Response.json({ error: allowed.error, code: allowed.code }, { status: allowed.code === 'unauthenticated' ? 401 : 403, headers: NO_STORE });
  }
  const refresh = new URL(request.url).searchParams.get('refresh') === '1';
  try {
    const copy = await getPortfolioCopy(allowed.session.uid, await clientForSession(allowed.session.id, { checkedLive: true }), { refresh });
    const gzip = copy.gzipped();
    const body = gzip ?? copy.text();
    return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), {
      headers: { 'Cache-Control': 'no-store, no-transform', 'Content-Type': gzip ? GZIP : 'text/plain; charset=utf-8' },
    });
  } catch (error) {
    const failure = await failureOf(error, allowed.session);
    if (!failure) throw error;
    return Response.json(failure, { status: statusOf(failure), headers: NO_STORE });
  }
}

export const GET = withGuardMeta(handler, { kind: 'route', name: 'listDomainsRoute', area: 'domains', operation: 'view' });
