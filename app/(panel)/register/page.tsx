import type { Metadata } from 'next';
import { BulkRegisterForm } from '@/components/domain/order/bulk-register-form';
import { RegisterForm } from '@/components/domain/order/register-form';
import { DomainSection } from '@/components/domain/domain-section';
import { actionPermission, getDmapiClient, requireRole } from '@/lib/auth';
import { queryAccountBalance } from '@/lib/dmapi';

export const metadata: Metadata = { title: 'Register' };
export const dynamic = 'force-dynamic';

/** Register one name (checked as you type) or several as a bulk job. */
export default async function RegisterPage() {
  const session = await requireRole('domains');
  const order = actionPermission(session, 'domains', 'order', 'domain-register');
  const balance = await queryAccountBalance(await getDmapiClient()).catch(() => undefined);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-lg font-semibold">Register</h1>
      <DomainSection id="one" title="One domain">
        <RegisterForm balance={balance ? { available: balance.available, currency: balance.currency } : undefined} order={order} createContact={actionPermission(session, 'contacts', 'change', 'contact-create')} />
      </DomainSection>
      <DomainSection id="several" title="Several domains">
        <BulkRegisterForm order={order} />
      </DomainSection>
    </div>
  );
}
