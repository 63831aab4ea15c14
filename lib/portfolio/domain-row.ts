import 'server-only';
import { cache } from 'react';
import { type DmapiClient, type DomainListRow, mapDomainList, queryDomainList } from '@/lib/dmapi';
import { heldPortfolioCopy } from './copy';
import { lineOf } from './patch';

const FLAGS = { showstatus: true, showgrants: true, showprivacy: true } as const;

/**
 * The held copy, if any, and the domain's line in it (undefined when it is not listed). Once per render (the domain
 * page asks twice: its preload and its core); finding the line searches the whole list's text.
 */
const heldLine = cache(async (accountUid: string, domain: string) => {
  const held = await heldPortfolioCopy(accountUid)?.catch(() => undefined);
  return held ? { held, at: lineOf(held.wire.body, domain, held.wire.separator === 'TAB' ? '\t' : ' ') } : undefined;
});

/** Whether the account's held copy lists the domain; undefined when no copy is held (nothing known, nothing read). */
export async function listedInHeldCopy(accountUid: string, domain: string): Promise<boolean | undefined> {
  const line = await heldLine(accountUid, domain);
  return line ? line.at !== undefined : undefined;
}

/**
 * What the list knows about one domain (status, expiry, privacy, grants): its line in the account's held copy when
 * there is one (the user came from the list, no DMAPI read at all), else one `query-domain-list` with the name as
 * pattern, never the whole list for one row.
 */
export async function domainListRow(accountUid: string, client: DmapiClient, domain: string): Promise<DomainListRow | undefined> {
  const line = await heldLine(accountUid, domain);
  if (line) {
    const { held, at } = line;
    if (at) {
      const reply = { headers: { columns: [held.wire.columns.join(',')], separator: [held.wire.separator] }, body: held.wire.body.slice(...at) };
      const row = mapDomainList(reply, FLAGS)[0];
      if (row) return row;
    }
  }
  const rows = await queryDomainList(client, { pattern: domain, ...FLAGS });
  return rows.find((r) => r.domain.toLowerCase() === domain);
}
