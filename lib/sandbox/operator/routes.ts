/**
 * Operator endpoints (README.md, "Demo accounts (sandbox)"), loopback-only (socket, Host and Origin: see guard.ts):
 * GET /outbox (HTML, or JSON with `Accept: application/json`), GET|POST /_sandbox/clock, POST /_sandbox/faults, POST /_sandbox/reset,
 * GET /_sandbox/log?since=<id>. GET|POST /_sandbox/flags ({"padTxt": false} turns the live server's TXT padding off).
 * GET|POST /_sandbox/invitation?key=… is the grant invitation link (handlers/grants-accept.ts).
 * GET /_sandbox/sessions lists the live DMAPI sessions with their Auth-Sids, newest first: the operator's (and the
 * e2e suite's) way to follow a session the panel holds, so the panel itself never has to show one.
 * GET|POST /_sandbox/latency ({"ms": N, "jitter": N}) reads or sets the delay of every DMAPI reply (latency.ts).
 * POST /_sandbox/keys ({"key": "...", "deny": ["domain-lock"]}) sets the requests an API key may not use beyond its
 * User-Access, from its next login: its query-request-list leaves them out and the server refuses them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from '../engine';
import { FAULT_MODES } from '../faults';
import type { FaultMode } from '../state/types';
import { parseLatency } from '../latency';
import { operatorRefusal } from './guard';
import { renderOutboxHtml, outboxJson } from './outbox-view';
import { handleInvitationRoute } from '../handlers/grants-accept';

export interface OperatorHooks {
  /** Reseeds the world (same seed and size unless given) and drops sessions, results and the log. */
  reset(options: { seed?: number; domains?: number }): Promise<void>;
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const text = `${JSON.stringify(value)}\n`;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return {};
  const parsed: unknown = JSON.parse(text);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('body must be a JSON object');
  return parsed as Record<string, unknown>;
}

/** Returns true when the path was an operator route (answered). */
export async function handleOperator(req: IncomingMessage, res: ServerResponse, url: URL, engine: Engine, hooks: OperatorHooks): Promise<boolean> {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const known = path === '/outbox' || path.startsWith('/_sandbox/');
  if (!known) return false;
  const refusal = operatorRefusal(req, path);
  if (refusal) {
    json(res, refusal.status, { error: refusal.error });
    return true;
  }
  try {
    engine.tick();
    if (path === '/outbox' && req.method === 'GET') {
      const wantsJson = (req.headers.accept ?? '').includes('application/json') || url.searchParams.get('format') === 'json';
      if (wantsJson) json(res, 200, outboxJson(engine));
      else {
        const html = renderOutboxHtml(engine);
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html), 'Cache-Control': 'no-store' });
        res.end(html);
      }
      return true;
    }
    if (path === '/_sandbox/clock') {
      if (req.method === 'POST') {
        const body = await readJson(req);
        const seconds = Number(body.advance ?? 0);
        if (!Number.isFinite(seconds) || seconds < 0) {
          json(res, 400, { error: 'advance must be a non-negative number of seconds' });
          return true;
        }
        engine.advanceClock(seconds);
      }
      json(res, 200, { now: engine.clock.iso() });
      return true;
    }
    if (path === '/_sandbox/faults') {
      if (req.method === 'POST') {
        const body = await readJson(req);
        const mode = String(body.mode ?? '') as FaultMode;
        const request = String(body.request ?? '*').toLowerCase();
        const count = body.count === undefined ? 1 : Number(body.count);
        if (!FAULT_MODES.includes(mode) || !Number.isInteger(count) || count < 0 || !request) {
          json(res, 400, { error: `mode must be one of ${FAULT_MODES.join('|')}, count a whole number, request a name or *` });
          return true;
        }
        if (count === 0) engine.state.faults = engine.state.faults.filter((f) => f.request !== request);
        else engine.state.faults.push({ request, mode, remaining: count });
        engine.markDirty([]);
      }
      json(res, 200, { faults: engine.state.faults });
      return true;
    }
    if (path === '/_sandbox/flags') {
      if (req.method === 'POST') {
        const body = await readJson(req);
        if (body.padTxt !== undefined) {
          if (typeof body.padTxt !== 'boolean') {
            json(res, 400, { error: 'padTxt must be true or false' });
            return true;
          }
          engine.state.flags.padTxt = body.padTxt;
          engine.markDirty([]);
        }
      }
      json(res, 200, { flags: engine.state.flags });
      return true;
    }
    if (path === '/_sandbox/latency') {
      if (req.method === 'POST') {
        const next = parseLatency(await readJson(req), engine.latency);
        if (typeof next === 'string') {
          json(res, 400, { error: next });
          return true;
        }
        engine.latency = next;
      }
      json(res, 200, { latency: engine.latency });
      return true;
    }
    if (path === '/_sandbox/keys' && req.method === 'POST') {
      const body = await readJson(req);
      const hit = Object.values(engine.state.accounts).flatMap((a) => a.apiKeys).find((k) => k.key === body.key);
      if (!hit || !Array.isArray(body.deny) || !body.deny.every((r) => typeof r === 'string')) {
        json(res, 400, { error: 'key must be an API key of the sandbox, deny a list of request names' });
        return true;
      }
      hit.deny = (body.deny as string[]).map((r) => r.toLowerCase());
      engine.markDirty([]);
      json(res, 200, { key: hit.key, access: hit.access, deny: hit.deny });
      return true;
    }
    if (path === '/_sandbox/reset' && req.method === 'POST') {
      const body = await readJson(req);
      const seed = body.seed === undefined ? undefined : Number(body.seed);
      const domains = body.domains === undefined ? undefined : Number(body.domains);
      await hooks.reset({ seed, domains });
      json(res, 200, { ok: true, now: engine.clock.iso() });
      return true;
    }
    if (path === '/_sandbox/invitation') {
      // The link of grant invitation mails (handlers/grants-accept.ts): accept as a signed-in account.
      await handleInvitationRoute(req, res, url, engine);
      return true;
    }
    if (path === '/_sandbox/sessions' && req.method === 'GET') {
      const sessions = Object.values(engine.state.sessions)
        .filter((s) => engine.clock.now() - s.lastSeenAt <= s.timeoutSec * 1000)
        .sort((a, b) => b.createdAt - a.createdAt || (b.sid < a.sid ? -1 : 1))
        .map((s) => ({ authSid: s.sid, uid: s.uid, access: s.access, createdAt: new Date(s.createdAt).toISOString() }));
      json(res, 200, { sessions });
      return true;
    }
    if (path === '/_sandbox/log' && req.method === 'GET') {
      const since = Number(url.searchParams.get('since') ?? 0) || 0;
      json(res, 200, { entries: engine.log.filter((e) => e.id > since) });
      return true;
    }
    json(res, 404, { error: 'unknown operator endpoint' });
  } catch (e) {
    json(res, 400, { error: e instanceof Error ? e.message : String(e) });
  }
  return true;
}
