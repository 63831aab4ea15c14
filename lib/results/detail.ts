import 'server-only';
import type { PanelSession } from '@/lib/auth/session-store';
import { getDb } from '@/lib/db';
import { type DmapiClient, resultList, resultRetrieve } from '@/lib/dmapi';
import { nackWords } from '@/lib/failure/dmapi-words';
import { causesOf } from './cause';
import { inboxRow } from './inbox';
import { authIdOf, readReply } from './reply';
import type { ResultDetail } from './types';

/**
 * One queued request: its result-list row (time, type, object, status; deleted replies included) and its stored
 * reply (result-retrieve) with secrets masked, joined with who caused it. Both reads go out at once. A Proc-ID Joker
 * does not know fails with its DMAPI refusal (2303).
 */
export async function loadResultDetail(client: DmapiClient, session: PanelSession, procId: string): Promise<ResultDetail> {
  const [rows, retrieved] = await Promise.all([
    resultList(client, { procid: procId, pending: true, showall: true }),
    resultRetrieve(client, { procId }),
  ]);
  const listed = rows.find((r) => r.procId === procId);
  const causes = await causesOf(await getDb(), session, [procId]);
  const reply = readReply(retrieved.body);
  const completion = reply.completion ?? (listed ? (listed.status === '?' ? 'pending' : listed.status) : null);
  const detail: ResultDetail = {
    row: listed ? inboxRow(listed, causes.get(procId)) : null,
    procId,
    completion,
    fields: reply.fields,
    reasons: reply.reasons,
    hasContent: reply.fields.length > 0 || reply.reasons.length > 0,
    hasAuthId: reply.hasAuthId,
  };
  if (completion === 'nack') {
    const words = nackWords(reply.reasons);
    detail.error = words.error;
    if (words.next) detail.next = words.next;
  }
  return detail;
}

/** The auth-id a domain-transfer-get-auth-id reply carries (for the audited reveal only), with the domain it is for. */
export async function retrieveAuthId(client: DmapiClient, procId: string): Promise<{ authId: string | undefined; domain: string | undefined }> {
  const retrieved = await resultRetrieve(client, { procId });
  return { authId: authIdOf(retrieved.body), domain: retrieved.fields['domain']?.[0] ?? retrieved.fields['object']?.[0] };
}
