import 'server-only';
import { type DmapiClient, resultList, resultRetrieve } from '@/lib/dmapi';
import { nackWords } from '@/lib/failure/dmapi-words';
import type { QueuedOutcome } from './types';

/**
 * Where one queued request stands: result-list filtered by Proc-ID (cheap), and for a nack also result-retrieve for its
 * `Error:` reasons. The reply's other fields are never passed on: some carry secrets (an auth-id).
 */
export async function followQueued(client: DmapiClient, procId: string): Promise<QueuedOutcome> {
  const rows = await resultList(client, { procid: procId });
  const row = rows.find((r) => r.procId === procId);
  if (!row) return { procId, status: 'unlisted' };
  const out: QueuedOutcome = {
    procId,
    status: row.status === '?' ? 'pending' : row.status,
    request: row.requestType,
  };
  if (row.object) out.object = row.object;
  if (row.timestamp) out.at = row.timestamp.toISOString();
  if (row.status === 'nack') {
    const retrieved = await resultRetrieve(client, { procId });
    const reasons = retrieved.fields.error ?? [];
    const words = nackWords(reasons);
    out.error = words.error;
    if (words.next) out.next = words.next;
    out.reasons = reasons;
  }
  return out;
}
