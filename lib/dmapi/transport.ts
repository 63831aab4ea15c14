/**
 * HTTP transport: one POST per request to `<base>/request/<name>`, every value form-encoded, a timeout per call,
 * one automatic retry for reads that failed in transport (never for writes: a renew must not run twice). The few
 * requests the live server serves outside /request/ (`/whois`, `/v2/…`) are sent with `root: true`.
 */
import 'server-only';
import pkg from '../../package.json';
import { DmapiAuthError, DmapiError, DmapiTransportError } from './errors';
import { header, headerAll, isSuccessCode, parseReply, ReplyFormatError, statusCodeOf, type DmapiReply } from './parse';
import { redactParams, redactText, secretValues } from './redact';
import { httpExchange, HttpTimeoutError } from './http';

export type ParamValue = string | number | boolean | null | undefined;
export type Params = Readonly<Record<string, ParamValue>>;

export interface TransportOptions {
  baseUrl: string;
  /** Per call, default 30 s. */
  timeoutMs?: number;
  userAgent?: string;
  /** Receives one entry per HTTP attempt, with secrets already redacted. */
  onLog?: (entry: DmapiLogEntry) => void;
}

export interface DmapiLogEntry {
  request: string;
  params: Record<string, string>;
  attempt: number;
  durationMs: number;
  outcome: 'ok' | 'dmapi-error' | 'transport-error';
  httpStatus?: number;
  statusCode?: number;
  message?: string;
}

export interface CallOptions {
  /** GET only where a caller asks for it; long requests (dns-zone-put) fail with HTTP 414 over GET. */
  method?: 'GET' | 'POST';
  /** A read may be retried once after a transport failure; writes are never repeated automatically. */
  idempotent?: boolean;
  /** Overrides the transport's timeout for this call (e.g. a large dns-zone-put). */
  timeoutMs?: number;
  /** Send to `<base>/<request>` instead of `<base>/request/<request>` (`whois`, `v2/contact/create`, …). */
  root?: boolean;
}

/** A successful reply with its headers already read. */
export interface DmapiResponse extends DmapiReply {
  request: string;
  httpStatus: number;
  statusCode: number;
  statusText: string;
  warnings: string[];
  trackingId?: string;
  procId?: string;
}

export interface Transport {
  readonly baseUrl: string;
  call(request: string, params: Params, options?: CallOptions): Promise<DmapiResponse>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const USER_AGENT = `JokerResellerPanel/${pkg.version}`;

/** Drop absent values, turn booleans into the DMAPI's 1/0 and everything into strings. */
export function toFormParams(params: Params): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    out[name] = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  }
  return out;
}

/**
 * application/x-www-form-urlencoded: `&`, `=` and newlines inside values are escaped, so a value such as
 * `a.com&auth-sid=x` stays one value and cannot smuggle a parameter.
 */
export function encodeForm(params: Readonly<Record<string, string>>): string {
  return new URLSearchParams(Object.entries(params)).toString();
}

const REQUEST_NAME = /^[a-z][a-z0-9-]*$/i;
/** Root paths are a few fixed segments such as `v2/contact/create`: never `..`, a query or a scheme. */
const ROOT_PATH = /^[a-z][a-z0-9-]*(\/[a-z][a-z0-9-]*)*$/i;

export function createTransport(options: TransportOptions): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const userAgent = options.userAgent ?? USER_AGENT;

  /** One HTTP exchange, judged. */
  async function attempt(request: string, form: Record<string, string>, method: 'GET' | 'POST', n: number, timeoutMs: number, root: boolean) {
    const secrets = secretValues(form);
    const started = performance.now();
    const log: LogFn = (entry) =>
      options.onLog?.({ request, params: redactParams(form), attempt: n, durationMs: Math.round(performance.now() - started), ...entry });
    const body = encodeForm(form);
    const url = new URL(`${baseUrl}/${root ? '' : 'request/'}${request}${method === 'GET' && body ? `?${body}` : ''}`);
    const headers: Record<string, string> = { 'User-Agent': userAgent, Accept: 'text/plain' };
    if (method === 'POST') headers['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8';
    let reply;
    try {
      reply = await httpExchange(url, method, headers, method === 'POST' ? body : undefined, timeoutMs);
    } catch (e) {
      throw transportFailure(e, request, timeoutMs, secrets, log);
    }
    return interpret(request, reply.status, reply.text, secrets, log);
  }

  /** Runs one attempt, and for a read a second one after a transport failure. */
  async function withRetry<T>(request: string, params: Params, callOptions: CallOptions, run: Attempt<T>): Promise<T> {
    const root = callOptions.root === true;
    if (!(root ? ROOT_PATH : REQUEST_NAME).test(request)) throw new TypeError(`invalid DMAPI request name: ${request}`);
    const form = toFormParams(params);
    const method = callOptions.method ?? 'POST';
    const timeout = callOptions.timeoutMs ?? defaultTimeout;
    try {
      return await run(request, form, method, 1, timeout, root);
    } catch (e) {
      if (callOptions.idempotent && e instanceof DmapiTransportError) return run(request, form, method, 2, timeout, root);
      throw e;
    }
  }

  return {
    baseUrl,
    call: (request, params, callOptions = {}) => withRetry(request, params, callOptions, attempt),
  };
}

/** A failed exchange as a DmapiTransportError (timeout, refused or network), logged and redacted. */
function transportFailure(e: unknown, request: string, timeoutMs: number, secrets: string[], log: LogFn): DmapiTransportError {
  if (e instanceof DmapiTransportError) return e;
  const timedOut = e instanceof HttpTimeoutError;
  const reason = e instanceof Error ? `${e.message}${e.cause instanceof Error ? ` (${e.cause.message})` : ''}` : String(e);
  // The cause is not attached (it can carry the request); the message is redacted here instead.
  const code = e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : '';
  const refused = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)$/.test(code);
  const err = new DmapiTransportError(request, timedOut ? 'timeout' : refused ? 'refused' : 'network',
    timedOut ? `no answer within ${timeoutMs} ms` : `connection failed: ${reason}`, secrets);
  log({ outcome: 'transport-error', message: err.message });
  return err;
}

type Attempt<T> = (request: string, form: Record<string, string>, method: 'GET' | 'POST', n: number, timeoutMs: number, root: boolean) => Promise<T>;

type LogFn = (entry: Omit<DmapiLogEntry, 'request' | 'params' | 'attempt' | 'durationMs'>) => void;

/** Reads a reply's text: throws the typed error for anything but a success, else returns the checked response. */
export function interpret(request: string, httpStatus: number, text: string, secrets: string[], log: LogFn): DmapiResponse {
  let reply: DmapiReply;
  try {
    reply = parseReply(text);
  } catch (e) {
    if (!(e instanceof ReplyFormatError)) throw e;
    const kind = httpStatus !== 200 && httpStatus !== 401 ? 'http' : e.problem;
    const err = new DmapiTransportError(request, kind, `HTTP ${httpStatus}, not a DMAPI reply (${e.message})`, secrets, httpStatus);
    log({ outcome: 'transport-error', httpStatus, message: err.message });
    throw err;
  }
  // A proxy may wrap a DMAPI-looking body in a 5xx; the request's fate is unknown, so treat it as transport.
  if (httpStatus !== 200 && httpStatus !== 401) {
    const err = new DmapiTransportError(request, 'http', `unexpected HTTP ${httpStatus}`, secrets, httpStatus);
    log({ outcome: 'transport-error', httpStatus, message: err.message });
    throw err;
  }

  const statusCode = statusCodeOf(reply);
  const details = {
    request,
    httpStatus,
    statusCode,
    statusText: header(reply, 'Status-Text') ?? '',
    errors: headerAll(reply, 'Error'),
    warnings: headerAll(reply, 'Warning'),
    trackingId: header(reply, 'Tracking-Id') ?? header(reply, 'SvTrId'),
    procId: header(reply, 'Proc-ID') || undefined,
  };
  // Expired/unknown session: HTTP 401 with a normal body carrying Status-Code 2200. Either signal suffices.
  if (httpStatus === 401 || statusCode === 2200) {
    const err = new DmapiAuthError(details, secrets);
    log({ outcome: 'dmapi-error', httpStatus, statusCode, message: err.message });
    throw err;
  }
  if (!isSuccessCode(statusCode)) {
    const err = new DmapiError(details, secrets);
    log({ outcome: 'dmapi-error', httpStatus, statusCode, message: err.message });
    throw err;
  }
  log({ outcome: 'ok', httpStatus, statusCode });
  const response: DmapiResponse = {
    ...reply,
    request,
    httpStatus,
    statusCode,
    statusText: details.statusText,
    warnings: details.warnings.map((w) => redactText(w, secrets)),
  };
  if (details.trackingId !== undefined) response.trackingId = details.trackingId;
  if (details.procId !== undefined) response.procId = details.procId;
  return response;
}
