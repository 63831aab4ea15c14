/** Shared parameter checks of the contact, host and zone lists (from/to positions, 0/1 switches). */
import { DmapiError } from '../errors';
import type { Params } from '../wire/params';

function position(params: Params, field: string): number | undefined {
  const raw = params.text(field);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new DmapiError('syntax', `${field}: must be a positive whole number (position in the list)`);
  return Number(raw);
}

/** `from`/`to`: "start from this item in list", "end by this item in list" (1-based, inclusive). */
export function listSlice<T>(rows: readonly T[], params: Params): T[] {
  const from = position(params, 'from');
  const to = position(params, 'to');
  return rows.slice(from ? from - 1 : 0, to ?? rows.length);
}

/** A documented 0/1 switch (`extended-format`, `full`, `include-defaults`): anything else names the field. */
export function optionalFlag(params: Params, field: string): boolean {
  const raw = params.text(field);
  if (raw === undefined) return false;
  if (!/^(0|1|y|n|yes|no|true|false)$/i.test(raw)) throw new DmapiError('syntax', `${field}: must be 0 or 1`);
  return params.flag(field);
}
