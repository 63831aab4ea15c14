import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DmapiError, type Transport } from '@/lib/dmapi';
import { redactText } from '@/lib/dmapi/redact';
import { assertRequestAllowed } from './request-gate';

/** One DMAPI call as the audit log records it: outcome and ids, parameters with secrets already removed. */
export interface CapturedCall {
  request: string;
  params: Record<string, string>;
  read: boolean;
  statusCode: number | null;
  errors: string[];
  trackingId?: string;
  procId?: string;
}

const store = new AsyncLocalStorage<CapturedCall[]>();

/** Runs `work`, appending every DMAPI call it makes to `calls` (even on the shared per-session client). */
export function withCapture<T>(calls: CapturedCall[], work: () => Promise<T>): Promise<T> {
  return store.run(calls, work);
}

// Names of requests that change nothing; with the client's `idempotent` flag they are left out of the audit.
const READ_REQUEST = /^(query-|result-list|result-retrieve|dns-zone-get|dns-zone-list|domain-check|grants-list|wa-email-list|wa-email-details|domain-get-property|login|logout)/;

/** Parameters safe to store: secrets, the Auth-Sid and over-long values (a whole zone) are not kept verbatim. */
export function auditParams(params: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(params)) {
    if (raw === undefined || raw === null) continue;
    const lower = name.toLowerCase();
    if (lower === 'auth-sid') continue;
    // Secrets inside values too: the DynDNS password in a dns-zone-put zone's `$dyndns=yes:user:password` line.
    const value = redactText(String(raw));
    out[name] = SECRET_NAMES.has(lower) || SECRET_LIKE.test(name) ? '[REDACTED]' : value.length > 2000 ? `${value.slice(0, 2000)}… (${value.length} characters)` : value;
  }
  return out;
}

// Form field spellings (apiKey, newPassword, authId) as well as DMAPI parameter names.
const SECRET_LIKE = /pass|secret|api-?key|token|auth-?id|auth-?code|sid$|^key$|-key$/i;
const SECRET_NAMES = new Set(['password', 'api-key', 'transfer-auth-id', 'key', 'invitation-key', 'verification-key', 'auth-id', 'authcode', 'auth-code']);

/** Wraps a transport so that calls made inside captureDmapiCalls are recorded for the audit log. */
export function auditedTransport(inner: Transport): Transport {
  return {
    baseUrl: inner.baseUrl,
    async call(request, params, options) {
      // Before anything is sent: a request the key's list lacks is refused here (request-gate.ts).
      assertRequestAllowed(request, options?.root === true);
      const calls = store.getStore();
      const base = { request, params: auditParams(params), read: options?.idempotent === true || READ_REQUEST.test(request) };
      try {
        const reply = await inner.call(request, params, options);
        calls?.push({ ...base, statusCode: reply.statusCode, errors: [], trackingId: reply.trackingId, procId: reply.procId });
        return reply;
      } catch (error) {
        if (error instanceof DmapiError) {
          calls?.push({ ...base, statusCode: error.statusCode, errors: error.errors, trackingId: error.trackingId, procId: error.procId });
        } else {
          calls?.push({ ...base, statusCode: null, errors: [error instanceof Error ? error.message : 'unknown failure'] });
        }
        throw error;
      }
    },
  };
}
