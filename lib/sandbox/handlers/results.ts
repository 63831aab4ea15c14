/**
 * result-list, result-retrieve, result-delete: the outcome of queued requests. result-list rows have seven
 * space-separated fields `timestamp svtrid proc-id request-type object status cltrid` (docs/dmapi-notes.md, "Lists"; the seeds'
 * header line forgets `object`); result-delete removes the content and hides the entry from result-list but keeps its
 * status (showall=1 still lists it, result-retrieve still tells the status).
 * What Joker's own clients rely on (lib/sandbox/README.md "Beyond the seeds"): rows newest first; requests still in
 * progress (`?`) only with pending=1 (alias showpending=1) or status=?; showdeleted=1 is an alias of showall=1;
 * `Row-Count` on every successful list (the rows of this reply; with count-only the total, also as `Records: N`).
 */
import { DAY, dmapiTimestamp } from '../clock';
import { dmapiDateMs } from '../../dates/dmapi-date';
import { DmapiError } from '../errors';
import { RESULT_RETENTION_MS } from '../queue/queue';
import { registerHandler } from '../registry';
import type { QueuedResult } from '../state/types';
import type { HandlerCtx } from '../context';
import { compileGlob, type GlobMatcher } from '../../net/glob';
import { linesBody, listBody } from '../wire/reply';

function whole(ctx: HandlerCtx, field: string): number | undefined {
  const raw = ctx.params.text(field);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new DmapiError('syntax', `${field}: must be a whole number`);
  return Number(raw);
}

/** `date` as YYYY-MM-DD or YYYYMMDD: the end of that UTC day. */
function endOfDay(raw: string): number {
  // lib/dates: a day that does not exist (2027-02-30) is refused, not rolled into March.
  const t = /^\d{4}-?\d{2}-?\d{2}$/.test(raw) ? dmapiDateMs(raw) : NaN;
  if (Number.isNaN(t)) throw new DmapiError('syntax', 'date: expected YYYY-MM-DD');
  return t + DAY - 1;
}

registerHandler('result-list', 'read', (ctx) => {
  const p = ctx.params;
  const dateRaw = p.text('date');
  const until = dateRaw ? endOfDay(dateRaw) : ctx.now;
  const period = whole(ctx, 'period') ?? (dateRaw ? 1 : 90);
  const since = until - period * DAY;
  const offset = whole(ctx, 'offset') ?? 0;
  const limit = whole(ctx, 'limit');
  const status = p.text('status')?.toLowerCase();
  if (status && status !== 'ack' && status !== 'nack' && status !== '?') throw new DmapiError('syntax', 'status: must be ack, nack or ?');
  const showAll = p.flag('showall') || p.flag('showdeleted');
  const pending = p.flag('pending') || p.flag('showpending') || status === '?';
  const globs: Array<[keyof QueuedResult, GlobMatcher]> = [];
  for (const [field, key] of [['rtype', 'request'], ['objid', 'object'], ['procid', 'procId'], ['svtrid', 'svTrId'], ['cltrid', 'clTrId']] as const) {
    const v = p.text(field);
    if (v) globs.push([key, compileGlob(v)]);
  }
  const rows = ctx.state.results.filter(
    (r) =>
      r.uid === ctx.account.uid &&
      (showAll || !r.deleted) &&
      r.createdAt > since &&
      r.createdAt <= until &&
      (pending || r.status !== '?') &&
      (!status || r.status === status) &&
      globs.every(([k, re]) => re.test(String(r[k]))),
  );
  if (p.flag('count-only')) return ctx.ok({ headers: [['Row-Count', String(rows.length)]], body: linesBody([`Records: ${rows.length}`]) });
  // Newest first: Joker's WHMCS module asks limit=1 right after a request and takes row 0 as that request.
  rows.sort((a, b) => b.createdAt - a.createdAt || b.procId - a.procId);
  const page = rows.slice(offset, limit === undefined ? undefined : offset + limit);
  const lines = page.map((r) => `${dmapiTimestamp(r.createdAt)} ${r.svTrId} ${r.procId} ${r.request} ${r.object} ${r.status} ${r.clTrId}`);
  return ctx.ok({ headers: [['Row-Count', String(page.length)]], body: listBody(lines) });
});

function findResult(ctx: HandlerCtx): QueuedResult {
  const svTrId = ctx.params.text('svtrid');
  const procId = ctx.params.text('proc-id') ?? ctx.params.text('procid');
  if (!svTrId && !procId) throw new DmapiError('missing', 'proc-id: missing required parameter (or svtrid)');
  // "If both are specified, SvTrId has precedence."
  const r = svTrId
    ? ctx.state.results.find((x) => x.svTrId === svTrId && x.uid === ctx.account.uid)
    : ctx.state.results.find((x) => String(x.procId) === procId && x.uid === ctx.account.uid);
  if (!r) throw new DmapiError('notExists', svTrId ? `svtrid: no result ${svTrId}` : `proc-id: no result ${procId}`);
  return r;
}

/**
 * result-retrieve: `key: value` lines about the request, an empty line, then the text of the original reply (its
 * lines, and its `Error:` reasons for a nack). Joker's clients read `Completion-Status` and `Object-Name` (the new
 * contact handle after contact-create, the domain after domain-register) from the part before the empty line; the
 * Ruby client splits there (lib/sandbox/README.md "Beyond the seeds"). **choice**: `Object-Name` for every request
 * kind (its result-list object), `Object` kept beside it for older readers; no empty line while nothing follows it.
 * Without content (deleted, or past the 30-day retention) only the status, as the seeds say.
 */
registerHandler('result-retrieve', 'read', (ctx) => {
  const r = findResult(ctx);
  const reply = [...r.body, ...r.errors.map((e) => `Error: ${e}`)];
  if (r.deleted || r.createdAt <= ctx.now - RESULT_RETENTION_MS) return ctx.ok({ body: linesBody([`Completion-Status: ${r.status}`]) });
  const keys = [
    `Proc-ID: ${r.procId}`, `SvTrId: ${r.svTrId}`, `Request-Type: ${r.request}`, `Object: ${r.object}`, `Object-Name: ${r.object}`,
    `Completion-Status: ${r.status}`,
  ];
  return ctx.ok({ body: linesBody(reply.length ? [...keys, '', ...reply] : keys) });
});

registerHandler('result-delete', 'modify', (ctx) => {
  const r = findResult(ctx);
  if (r.status === '?') throw new DmapiError('statusProhibits', `proc-id: request ${r.procId} is still in progress`);
  r.deleted = true;
  r.body = [];
  r.errors = [];
  return ctx.ok({ body: linesBody([`Result ${r.procId} deleted`]) });
});
