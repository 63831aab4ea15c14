import type { Metadata } from 'next';
import { DomainSection } from '@/components/domain/domain-section';
import { BulkTransferForm } from '@/components/domain/transfer/bulk-transfer-form';
import { TransferInForm } from '@/components/domain/transfer/transfer-in-form';
import { TransferList } from '@/components/domain/transfer/transfer-list';
import { actionPermission, getDmapiClient, permission, requireRole } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { queryAccountBalance } from '@/lib/dmapi';
import { transfersView } from '@/lib/lifecycle/transfer-list';
import { HydrateClient, prefetch } from '@/lib/query/server';
import { queryKeys } from '@/lib/query-keys';

export const metadata: Metadata = { title: 'Transfers' };
export const dynamic = 'force-dynamic';

/** Incoming transfers (domain-transfer-control) with their states in words, and transfer in, one or a list. */
export default async function TransfersPage() {
  const session = await requireRole('transfers');
  const order = permission(session, 'transfers', 'order');
  // The list's read starts with the page and streams in (lib/query/server.tsx), beside the balance's.
  prefetch({ queryKey: queryKeys.transfers(), queryFn: async () => transfersView(await getDb(), session.uid, await getDmapiClient()) });
  const balance = await queryAccountBalance(await getDmapiClient()).catch(() => undefined);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-lg font-semibold">Transfers</h1>
      <DomainSection id="pending" title="Incoming transfers">
        <HydrateClient>
          <TransferList change={permission(session, 'transfers', 'change')} />
        </HydrateClient>
      </DomainSection>
      <DomainSection id="transfer-in" title="Transfer a domain in">
        <TransferInForm balance={balance ? { available: balance.available, currency: balance.currency } : undefined} order={order} createContact={actionPermission(session, 'contacts', 'change', 'contact-create')} />
      </DomainSection>
      <DomainSection id="transfer-list" title="Transfer several domains in">
        <BulkTransferForm order={order} />
      </DomainSection>
    </div>
  );
}
