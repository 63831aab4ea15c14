/**
 * The link of a grant invitation mail (seeds: "he will get an email ('invitation'), containing a link and a key.
 * Either the link has to be clicked, or the key has to be applied using Joker.com"). The real link leads to
 * Joker.com, where the invitee signs in and accepts; the sandbox serves that step itself at
 * `/_sandbox/invitation?key=…`: GET shows the invitation and a sign-in form, POST (`api-key`, or `username` +
 * `password`) accepts it for that account — which then sees the domain in `query-domain-list showgrants=1` (or, for
 * @creator, in its own portfolio). Answers JSON to `Accept: application/json`. Any account may accept: the key is the
 * secret (the seeds allow invitations to "users which do not yet have a Joker.com account").
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from '../engine';
import { accountByApiKey, accountByLogin } from '../state/store';
import type { Account, Invitation } from '../state/types';
import { applyRole, openInvitation } from './grants';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function send(req: IncomingMessage, res: ServerResponse, status: number, json: Record<string, unknown>, html: string): void {
  const wantsJson = (req.headers.accept ?? '').includes('application/json');
  const text = wantsJson ? `${JSON.stringify(json)}\n` : `<!doctype html><meta charset="utf-8"><title>Invitation</title><main>${html}</main>`;
  res.writeHead(status, { 'Content-Type': wantsJson ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json') && text.trim()) {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    return new URLSearchParams(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
  }
  return new URLSearchParams(text);
}

function signIn(engine: Engine, form: URLSearchParams): Account | undefined {
  const key = form.get('api-key')?.trim();
  if (key) return accountByApiKey(engine.state, key)?.account;
  const account = accountByLogin(engine.state, form.get('username')?.trim() ?? '');
  return account && account.password === form.get('password') ? account : undefined;
}

export async function handleInvitationRoute(req: IncomingMessage, res: ServerResponse, url: URL, engine: Engine): Promise<void> {
  const key = url.searchParams.get('key') ?? '';
  const now = engine.clock.now();
  const inv: Invitation | undefined = engine.state.invitations.find((i) => i.key === key);
  if (!inv || !openInvitation(inv, now)) {
    send(req, res, 404, { error: 'no open invitation for this key' }, '<h1>Invitation not found</h1><p>The key is unknown, used, revoked or expired.</p>');
    return;
  }
  const inviter = engine.state.accounts[inv.invitedByUid]?.login ?? 'a Joker.com user';
  const about = `${esc(inviter)} invites ${esc(inv.email)} to the role <strong>${esc(inv.role)}</strong> on <strong>${esc(inv.domain)}</strong>.`;
  if (req.method !== 'POST') {
    send(req, res, 200, { domain: inv.domain, role: inv.role, email: inv.email, inviter, expires: new Date(inv.expiresAt).toISOString() },
      `<h1>Invitation</h1><p>${about}</p><form method="post"><label>API key <input name="api-key"></label> or <label>Username <input name="username"></label> <label>Password <input name="password" type="password"></label> <button>Accept</button></form>`);
    return;
  }
  const account = signIn(engine, await formBody(req));
  if (!account) {
    send(req, res, 401, { error: 'sign in with an API key or username and password' }, '<h1>Sign-in failed</h1>');
    return;
  }
  try {
    applyRole(engine.state, now, inv.domain, inv.role, account, inv.nickname, inv.invitedByUid);
  } catch (e) {
    send(req, res, 409, { error: e instanceof Error ? e.message : String(e) }, `<h1>Not accepted</h1><p>${esc(e instanceof Error ? e.message : String(e))}</p>`);
    return;
  }
  inv.status = 'accepted';
  engine.markDirty();
  send(req, res, 200, { ok: true, domain: inv.domain, role: inv.role, uid: account.uid }, `<h1>Accepted</h1><p>${about}</p><p>Account ${esc(account.login)} now holds it.</p>`);
}
