import 'server-only';
import { createTransport, DmapiClient, type DmapiLogEntry, type Transport } from '@/lib/dmapi';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { auditedTransport } from './audit-capture';
import { loadDmapiState, persistDmapiSession } from './session-store';

/**
 * One DmapiClient per panel session per process. Sharing the instance is what makes the client's single-flight
 * re-login work: ten parallel requests after the DMAPI session expired cause exactly one `login`. Deliberately NOT
 * on globalThis: Next bundles route handlers and pages as separate module graphs with their own copies of the
 * lib/dmapi error classes, and a client from one graph would throw errors the other graph's `instanceof` misses
 * (the client's re-login itself depends on that check). So the pool is per graph: pages and actions share one.
 */
const clients = new Map<string, Promise<DmapiClient>>();
let transport: Transport | undefined;

const dmapiLog = () => log('dmapi');

/** Every HTTP attempt, already redacted by the transport: failures as warnings, the rest at debug level. */
function logAttempt(entry: DmapiLogEntry): void {
  const { request, attempt, durationMs, outcome, httpStatus, statusCode, message } = entry;
  const fields = { request, attempt, durationMs, outcome, httpStatus, statusCode };
  if (outcome === 'ok') dmapiLog().debug(fields, 'DMAPI request');
  else dmapiLog().warn({ ...fields, message }, 'DMAPI request failed');
}

export function panelTransport(): Transport {
  transport ??= auditedTransport(createTransport({ baseUrl: env.DMAPI_URL, timeoutMs: env.DMAPI_TIMEOUT_MS, onLog: logAttempt }));
  return transport;
}

/** The client bound to a panel session (by its database id). The map is filled synchronously, so no two are made. */
export function clientForSession(sessionId: string): Promise<DmapiClient> {
  let client = clients.get(sessionId);
  if (!client) {
    client = build(sessionId);
    clients.set(sessionId, client);
    client.catch(() => clients.delete(sessionId));
  }
  return client;
}

async function build(sessionId: string): Promise<DmapiClient> {
  const db = await getDb();
  const state = await loadDmapiState(db, sessionId);
  if (!state) throw new Error('The panel session has ended.');
  return new DmapiClient({
    transport: panelTransport(),
    credential: state.credential,
    session: state.dmapi,
    // A re-login hands out a new Auth-Sid: store it so other processes and restarts reuse it.
    onSessionChange: async (fresh) => persistDmapiSession(await getDb(), sessionId, fresh),
    onWarnings: (request, warnings) => dmapiLog().warn({ request, warnings }, 'DMAPI warnings on a successful reply'),
  });
}

/** Forget a session's client (sign-out, revoke); returns it so the caller can log it out. */
export async function dropClient(sessionId: string): Promise<DmapiClient | undefined> {
  const client = clients.get(sessionId);
  clients.delete(sessionId);
  return client?.catch(() => undefined);
}
