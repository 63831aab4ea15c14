import { failureOf, guard, statusOf } from '@/lib/actions/guard';
import { withGuardMeta } from '@/lib/actions/meta';
import { clientForSession } from '@/lib/auth';
import { streamListWire } from '@/lib/portfolio/server';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * The portfolio for the domain list (react-query): one JSON line (columns, read time), then the query-domain-list
 * body streamed through exactly as the DMAPI sends it, then a trailer line with the IDNs' Unicode names
 * (lib/portfolio/wire-text.ts); the browser maps it (lib/portfolio/scan.ts). Not JSON as a whole on purpose: holding,
 * escaping and re-sending a 7 MB body costs more than the margin the route has over the raw request at 100,000
 * domains. A DMAPI failure is known from the header block before any byte is sent, so it still answers as JSON. The guard is createRoute's (session → role domains/view → DMAPI
 * failures mapped to 401/502/503 JSON), written out because createRoute only answers JSON.
 */
async function handler(): Promise<Response> {
  const allowed = await guard('domains', 'view');
  if (!allowed.ok) {
    return Response.json({ error: allowed.error, code: allowed.code }, { status: allowed.code === 'unauthenticated' ? 401 : 403, headers: NO_STORE });
  }
  try {
    const body = await streamListWire(await clientForSession(allowed.session.id));
    return new Response(body, { headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' } });
  } catch (error) {
    const failure = await failureOf(error, allowed.session);
    if (!failure) throw error;
    return Response.json(failure, { status: statusOf(failure), headers: NO_STORE });
  }
}

export const GET = withGuardMeta(handler, { kind: 'route', name: 'listDomainsRoute', area: 'domains', operation: 'view' });
