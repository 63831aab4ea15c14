import { pick } from './checks';
import type { ContactClause, ContactCondition, ContactFieldSpec, ContactMode, ContactValues } from './types';

function clauseHolds(clause: ContactClause, values: ContactValues): boolean {
  const raw = pick(values, clause.field, ...(clause.aliases ?? []));
  const value = raw?.trim().toLowerCase();
  if (value === undefined && clause.orAbsent) return true;
  if (clause.in) return value !== undefined && clause.in.some((v) => v.toLowerCase() === value);
  if (clause.notIn) return value !== undefined && !clause.notIn.some((v) => v.toLowerCase() === value);
  return value !== undefined;
}

/** Whether a condition of lib/contacts holds for the values of one contact. */
export function conditionHolds(condition: ContactCondition, values: ContactValues): boolean {
  const all = condition.all ?? [];
  const any = condition.any ?? [];
  return all.every((c) => clauseHolds(c, values)) && (any.length === 0 || any.some((c) => clauseHolds(c, values)));
}

/** Whether a form shows the field (and sends its value) for these values. */
export function fieldShown(spec: ContactFieldSpec, values: ContactValues): boolean {
  return spec.visibleWhen === undefined || conditionHolds(spec.visibleWhen, values);
}

/**
 * Whether the field must be filled in right now: always-required fields, create-only ones on create, and conditional
 * ones whose data condition holds. Conditions that are no data (name or first + last name) answer false: the
 * validator says which of them is missing.
 */
export function fieldRequiredNow(spec: ContactFieldSpec, values: ContactValues, mode: ContactMode): boolean {
  if (spec.required === 'always') return true;
  if (spec.required === 'create') return mode === 'create';
  if (spec.required === 'conditional') return spec.requiredIf !== undefined && conditionHolds(spec.requiredIf, values);
  return false;
}

/** The words a form puts beside a field's label: "required", "optional", "required when …". */
export function requirementHint(spec: ContactFieldSpec, mode: ContactMode): string {
  if (spec.required === 'always') return 'required';
  if (spec.required === 'create') return mode === 'create' ? 'required' : 'set when created';
  if (spec.required === 'conditional') return spec.requiredWhen ? `required ${spec.requiredWhen}` : 'required in some cases';
  return 'optional';
}
