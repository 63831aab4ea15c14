import { NextResponse } from 'next/server';
import { getSession } from '@/lib/auth';
import { isSecureHost } from '@/lib/auth/cookie';
import { loadDmapiState } from '@/lib/auth/session-store';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/**
 * Test hook, sandbox only and on a loopback host only: the current session's sandbox Auth-Sid, so the e2e suite can
 * prove that sign-out kills it at the DMAPI and scan every page for it. Outside the sandbox this route does not exist.
 */
export async function GET(request: Request): Promise<Response> {
  if (!env.SANDBOX || isSecureHost(request.headers.get('host'))) return new NextResponse(null, { status: 404 });
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'not signed in' }, { status: 401 });
  const state = await loadDmapiState(await getDb(), session.id);
  return NextResponse.json({ authSid: state?.dmapi.authSid ?? null }, { headers: { 'Cache-Control': 'no-store' } });
}
