/**
 * Whether a request that changes state was sent by a page of this panel: its `Origin` names the host the request was
 * sent to, the check Next makes for server actions. The panel's server drops `X-Forwarded-Host` unless a trusted proxy
 * sent it, so the host compared is the one the browser addressed. A post without `Origin` (or with `Origin: null`)
 * is refused: every browser sends it on a form post or a fetch.
 */
export function isSameOriginPost(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  return Boolean(host) && originHost.toLowerCase() === host!.toLowerCase();
}
