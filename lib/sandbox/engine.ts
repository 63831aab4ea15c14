/**
 * The engine: one SandboxState, its clock, and the dispatcher that turns a parsed DMAPI request into a Reply
 * (session check, User-Access check, handler, error mapping, request log). The HTTP face (http.ts) only parses and
 * writes bytes; tests may also call engine.dispatch directly.
 */
import { createHash, randomBytes } from 'node:crypto';
import { SandboxClock } from './clock';
import { DmapiError } from './errors';
import { allTickers, findHandler } from './registry';
import { completeDue, enqueue, purgeOldContent, type EnqueueOptions } from './queue/queue';
import { quote } from './money/pricing';
import { charge, recordFree, refund } from './money/ledger';
import { addOutboxMail } from './outbox';
import { nextId } from './state/store';
import type { Account, LogEntry, QueuedResult, SandboxState, Session } from './state/types';
import type { BaseCtx, HandlerCtx, JobCtx, OkOptions } from './context';
import { Params } from './wire/params';
import type { Reply, StatusName } from './wire/reply';
import { accessDenied, domainFor } from './access';
import { domainsTouched, mergeDirty, type DirtySet } from './dirty';
import { errReply, okReply } from './wire/build';

export { API_VERSION } from './wire/build';
const LOG_LIMIT = 20_000;

export interface DispatchInput {
  name: string;
  params: Params;
  cookieSid?: string;
  clientIp: string;
  /** 'root' for the paths outside /request/ (`/whois`, `/v2/…`); default 'request'. */
  via?: 'request' | 'root';
  /** The `nack` fault took this request: if it queues work, that work completes as nack (faults.ts). */
  forceNack?: boolean;
}

/** The log's digest of a request's parameters: the same read gives the same digest whichever session sends it. */
function paramsDigest(params: Params): string {
  const entries = params
    .names()
    .filter((n) => n !== 'auth-sid')
    .sort()
    .map((n) => [n, params.get(n) ?? '']);
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16);
}

export class Engine {
  readonly clock: SandboxClock;
  readonly log: LogEntry[] = [];
  private dirty: DirtySet | null = null;
  private lastTick = 0;
  /** Log ids keep rising across resets, so `GET /_sandbox/log?since=N` never misses or repeats an entry. */
  private logSeq = 0;
  /** Delay added to every DMAPI reply (`--latency`, `POST /_sandbox/latency`): not part of the saved world. */
  latency = { ms: 0, jitter: 0 };

  constructor(
    public state: SandboxState,
    private readonly onDirty: () => void = () => {},
  ) {
    this.clock = new SandboxClock(state.clockOffsetMs);
  }

  /** Swap in a new world (reset), keeping the engine and its HTTP server. */
  replaceState(state: SandboxState): void {
    state.clockOffsetMs = this.clock.offset;
    this.state = state;
    this.lastTick = 0;
    this.markDirty();
  }

  /** Bumped by every markDirty: read handlers may cache answers per version. */
  version = 0;
  /** Bumped when a domain, zone or grant may have changed (not by logins or contact/host edits). */
  domainsVersion = 0;

  /**
   * Something changed: `domains` names the domains (and zones) touched, [] means only the core (sessions, money,
   * results, contacts, hosts, …), nothing means "could be anything" (every snapshot bucket is rewritten).
   */
  markDirty(domains?: Iterable<string> | 'all'): void {
    const touched: DirtySet = domains === undefined || domains === 'all' ? 'all' : new Set(domains);
    this.version++;
    if (touched === 'all' || touched.size > 0) this.domainsVersion++;
    this.dirty = mergeDirty(this.dirty, touched);
    this.onDirty();
  }

  takeDirty(): DirtySet | null {
    const d = this.dirty;
    this.dirty = null;
    return d;
  }

  advanceClock(seconds: number): void {
    this.clock.advance(seconds);
    this.state.clockOffsetMs = this.clock.offset;
    this.tick(true);
    this.markDirty([]);
  }

  /** Completes due queued results, runs tickers (at most once per sandbox second unless forced). */
  tick(force = false): void {
    const now = this.clock.now();
    const previousNow = this.lastTick;
    if (!force && now - previousNow < 1000) return;
    this.lastTick = now;
    const base = this.baseCtx(now, undefined);
    const completed = completeDue(this.state, now, (r) => this.jobCtx(now, r));
    if (completed.length > 0) this.markDirty(completed.map((r) => r.object.toLowerCase()));
    purgeOldContent(this.state, now);
    for (const ticker of allTickers()) ticker({ ...base, previousNow });
  }

  baseCtx(now: number, account: Account | undefined): BaseCtx {
    const state = this.state;
    const who = (a?: Account): Account => {
      const acc = a ?? account;
      if (!acc) throw new Error('sandbox: money helper needs an account here');
      return acc;
    };
    return {
      state,
      clock: this.clock,
      now,
      stateVersion: this.version,
      domainsVersion: this.domainsVersion,
      addOutboxMail: (mail) => addOutboxMail(state, now, mail),
      quote: (domain, action, years) => quote(state, domain, action, years, now),
      charge: (input, a) => charge(state, who(a), now, input),
      refund: (input, a) => refund(state, who(a), now, input),
      recordFree: (input, a) => recordFree(state, who(a), now, input),
      newId: (prefix) => `${prefix}${nextId(state, 'idSeq')}`,
      randomHex: (length) => randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length),
      markDirty: (domains) => this.markDirty(domains),
    };
  }

  private jobCtx(now: number, result: QueuedResult): JobCtx {
    const account = this.state.accounts[result.uid];
    if (!account) throw new Error(`sandbox: result ${result.procId} of unknown account ${result.uid}`);
    return { ...this.baseCtx(now, account), account, result };
  }

  okReply(trackingId: string, options: OkOptions = {}): Reply {
    return okReply(trackingId, options);
  }

  errReply(trackingId: string | null, status: StatusName | DmapiError, errors: string[] = [], extra: Array<[string, string]> = []): Reply {
    return errReply(trackingId, status, errors, extra);
  }

  /** HTTP 401 with a normal DMAPI body (docs/dmapi-notes.md, "Replies"): body-readers and status-readers both see the failure. */
  authFailure(trackingId: string, reason: string): Reply {
    return { ...errReply(trackingId, 'auth', [reason]), httpStatus: 401 };
  }

  /** Looks up a live session, sliding its expiry; deletes it when expired on the sandbox clock. */
  sessionFor(sid: string | undefined, now: number): Session | undefined {
    if (!sid) return undefined;
    const session = this.state.sessions[sid];
    if (!session) return undefined;
    if (now - session.lastSeenAt > session.timeoutSec * 1000) {
      delete this.state.sessions[sid];
      return undefined;
    }
    session.lastSeenAt = now;
    return session;
  }

  async dispatch(input: DispatchInput): Promise<Reply> {
    this.tick();
    const now = this.clock.now();
    const name = input.name.toLowerCase();
    const trackingId = randomBytes(16).toString('hex');
    const found = findHandler(name);
    // A root-path handler is not reachable as /request/<name> and the other way round, as on the live server.
    const def = found && found.via === (input.via ?? 'request') ? found : undefined;
    let uid: string | null = null;
    let reply: Reply;
    if (!def) {
      reply = this.errReply(trackingId, 'unimplemented', [`${name}: unknown request`]);
    } else if (def.auth === false) {
      reply = await this.run(def.handler, this.anonymousCtx(name, input, now, trackingId));
      uid = reply.headers.find(([k]) => k === 'UID')?.[1] ?? null;
    } else {
      const sid = input.params.text('auth-sid') ?? input.cookieSid;
      const session = this.sessionFor(sid, now);
      const account = session ? this.state.accounts[session.uid] : undefined;
      if (!session || !account) {
        reply = this.authFailure(trackingId, sid ? 'session expired or unknown, please log in again' : 'auth-sid: missing');
      } else {
        uid = account.uid;
        const denied = accessDenied(def.access, session.access) ?? (session.deny?.includes(name) ? `${name}: this API key may not use this request` : null);
        reply = denied
          ? this.errReply(trackingId, 'authorization', [denied])
          : await this.run(def.handler, this.handlerCtx(name, input, now, trackingId, session, account));
        if (def.access !== 'read') this.markDirty(domainsTouched(name, input.params));
      }
    }
    this.record(now, name, uid, reply, input.params);
    return reply;
  }

  private async run(handler: (ctx: HandlerCtx) => Reply | Promise<Reply>, ctx: HandlerCtx): Promise<Reply> {
    try {
      return await handler(ctx);
    } catch (e) {
      if (e instanceof DmapiError) return this.errReply(ctx.trackingId, e);
      console.error(`[sandbox] ${ctx.request} failed:`, e);
      return this.errReply(ctx.trackingId, 'failed', ['internal error in the sandbox']);
    }
  }

  private anonymousCtx(name: string, input: DispatchInput, now: number, trackingId: string): HandlerCtx {
    const nobody = { sid: '', uid: '', access: '@readonly', createdAt: now, lastSeenAt: now, timeoutSec: 0 } as Session;
    return this.handlerCtx(name, input, now, trackingId, nobody, undefined);
  }

  private handlerCtx(name: string, input: DispatchInput, now: number, trackingId: string, session: Session, account: Account | undefined): HandlerCtx {
    const base = this.baseCtx(now, account);
    const params = input.params;
    const requireMatching = (field: string, pattern: RegExp, what?: string): string => {
      const v = ctx.require(field);
      if (!pattern.test(v)) throw new DmapiError('syntax', `${field}: invalid value${what ? ` (expected ${what})` : ''}`);
      return v;
    };
    const ctx: HandlerCtx = {
      ...base,
      request: name,
      params,
      session,
      account: account as Account,
      access: session.access,
      trackingId,
      clientIp: input.clientIp,
      require: (field) => {
        const v = params.text(field);
        if (v === undefined) throw new DmapiError('missing', `${field}: missing required parameter`);
        return v;
      },
      requireMatching,
      optionalMatching: (field, pattern, what) => (params.text(field) === undefined ? undefined : requireMatching(field, pattern, what)),
      ok: (options) => this.okReply(trackingId, options),
      err: (status, errors, headers) => this.errReply(trackingId, status, Array.isArray(errors) ? errors : [errors], headers),
      enqueue: (options: EnqueueOptions) =>
        enqueue(
          this.state,
          now,
          { uid: session.uid, request: name, svTrId: trackingId, clTrId: params.text('cltrid') ?? '-' },
          input.forceNack ? { ...options, forceNack: true } : options,
        ),
      queued: (options, okOptions = {}) => {
        const r = ctx.enqueue(options);
        return this.okReply(trackingId, { ...okOptions, headers: [['Proc-ID', String(r.procId)], ...(okOptions.headers ?? [])] });
      },
      domainFor: (domainName, roles, field) => domainFor(this.state, session.uid, domainName, roles, field),
    };
    return ctx;
  }

  private record(now: number, request: string, uid: string | null, reply: Reply, params: Params): void {
    const statusCode = Number(reply.headers.find(([k]) => k === 'Status-Code')?.[1] ?? -1);
    const procId = reply.headers.find(([k]) => k === 'Proc-ID')?.[1] ?? null;
    // The queued result knows its object best (contact-create makes its handle); else the request's own parameter.
    const queued = procId ? this.state.results.findLast((r) => String(r.procId) === procId) : undefined;
    const object = queued?.object ?? params.text('domain') ?? params.text('handle') ?? params.text('host') ?? params.text('contact') ?? null;
    this.log.push({ id: ++this.logSeq, at: this.clock.iso(now), request, uid, statusCode, httpStatus: reply.httpStatus, procId, object, params: paramsDigest(params) });
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
  }

  /** Operator-side log entries (faults answered without a handler still appear, with their HTTP status). */
  recordFault(request: string, httpStatus: number, params?: Params): void {
    const now = this.clock.now();
    this.log.push({ id: ++this.logSeq, at: this.clock.iso(now), request, uid: null, statusCode: -1, httpStatus, procId: null, object: null, params: params ? paramsDigest(params) : '' });
  }
}
