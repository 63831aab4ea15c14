import { RESULT_PAGE_SIZES } from '@/lib/schemas/results';
import { FilterCheckbox, FilterForm, FilterSelect, FilterText } from './filter-form';

const STATUS_OPTIONS = [
  { value: 'any', label: 'Any (running included)' },
  { value: 'pending', label: 'In progress (?)' },
  { value: 'ack', label: 'Done (ack)' },
  { value: 'nack', label: 'Refused (nack)' },
  { value: 'finished', label: 'Finished (ack or nack)' },
];

/** The inbox's filters: result-list's own, as the DMAPI documentation lists them; `*` and `?` are patterns. */
export function ResultFilters({ values, errors }: { values: Record<string, string | undefined>; errors?: Record<string, string[] | undefined> }) {
  return (
    <FilterForm action="/results" label="Filter queued requests" clearHref="/results">
      <FilterSelect name="status" label="Status" value={values.status ?? 'any'} error={errors?.status} options={STATUS_OPTIONS} className="w-48" />
      <FilterText name="type" label="Request type" value={values.type} error={errors?.type} placeholder="domain-r*" hint="e.g. domain-register, domain-*" />
      <FilterText name="object" label="Object" value={values.object} error={errors?.object} placeholder="*.com" hint="domain, handle or host; * and ?" />
      <FilterText name="procId" label="Proc-ID" value={values.procId} error={errors?.procId} placeholder="8181*" className="w-32" />
      <FilterText name="period" label="Days back" type="number" min={1} max={3650} value={values.period} error={errors?.period} hint="default 90; 1 with a date" className="w-28" />
      <FilterText name="date" label="On or before" type="date" value={values.date} error={errors?.date} className="w-40" />
      <FilterSelect
        name="size"
        label="Rows per page"
        value={values.size ?? '50'}
        error={errors?.size}
        options={RESULT_PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
        className="w-28"
      />
      <FilterCheckbox name="deleted" label="Include deleted replies" checked={values.deleted === '1' || values.deleted === 'on'} />
    </FilterForm>
  );
}
