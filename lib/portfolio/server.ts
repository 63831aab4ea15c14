import 'server-only';
import { domainToUnicode } from 'node:url';
import { type DmapiClient, queryDomainList } from '@/lib/dmapi';
import { tldOf } from '@/lib/net/domain';
import { encodePortfolio } from './encode';
import type { PortfolioPayload } from './types';

const toUnicode = (ascii: string) => domainToUnicode(ascii) || ascii;

/** The whole portfolio from one `query-domain-list` with status, grants and privacy, as the list's payload. */
export async function loadPortfolio(client: DmapiClient): Promise<PortfolioPayload> {
  const rows = await queryDomainList(client, { showstatus: true, showgrants: true, showprivacy: true });
  return encodePortfolio(rows, { toUnicode, tldOf });
}
