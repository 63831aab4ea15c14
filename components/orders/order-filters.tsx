import { FilterCheckbox, FilterForm, FilterSelect, FilterText } from '@/components/results/filter-form';
import { ORDER_STATUSES } from '@/lib/schemas/orders';
import { ORDER_TYPES } from '@/lib/schemas/order-types';

const TYPE_OPTIONS = [{ value: '', label: 'Any type' }, ...Object.entries(ORDER_TYPES).map(([value, label]) => ({ value, label: `${label} (${value})` }))];
const STATUS_OPTIONS = [{ value: '', label: 'Any status' }, ...ORDER_STATUSES.map((s) => ({ value: s, label: s }))];

/** query-order-list's filters, as the DMAPI documentation lists them; a name with * or ? is a pattern (fqdn-like). */
export function OrderFilters({ values, errors }: { values: Record<string, string | undefined>; errors?: Record<string, string[] | undefined> }) {
  return (
    <FilterForm action="/orders" label="Filter orders" clearHref="/orders">
      <FilterSelect name="type" label="Type" value={values.type} error={errors?.type} options={TYPE_OPTIONS} className="w-56" />
      <FilterSelect name="status" label="Status" value={values.status} error={errors?.status} options={STATUS_OPTIONS} className="w-32" />
      <FilterText name="tld" label="TLD" value={values.tld} error={errors?.tld} placeholder="com" className="w-24" />
      <FilterText name="fqdn" label="Domain or object" value={values.fqdn} error={errors?.fqdn} placeholder="*.com" hint="exact, or * and ?" />
      <FilterText name="after" label="From" type="date" value={values.after} error={errors?.after} className="w-40" />
      <FilterText name="before" label="To" type="date" value={values.before} error={errors?.before} hint="at most 90 days" className="w-40" />
      <FilterText name="orderIdAfter" label="Order-ID from" inputMode="numeric" value={values.orderIdAfter} error={errors?.orderIdAfter} className="w-32" />
      <FilterText name="orderIdBefore" label="Order-ID to" inputMode="numeric" value={values.orderIdBefore} error={errors?.orderIdBefore} className="w-32" />
      <FilterText name="procIdAfter" label="Proc-ID from" inputMode="numeric" value={values.procIdAfter} error={errors?.procIdAfter} className="w-32" />
      <FilterText name="procIdBefore" label="Proc-ID to" inputMode="numeric" value={values.procIdBefore} error={errors?.procIdBefore} className="w-32" />
      <FilterCheckbox name="showAll" label="Include free orders" checked={values.showAll === '1' || values.showAll === 'on'} />
    </FilterForm>
  );
}
