import type { ZoneRecord } from './types';

export interface ZoneWarning {
  /** Index into the records array. */
  index: number;
  message: string;
}

function key(record: ZoneRecord): string {
  return [record.label.toLowerCase(), record.type, record.priority, record.weight ?? '', record.caaTag ?? '', record.target.toLowerCase()].join('\u0000');
}

/**
 * Advice for a zone editor beyond the line rules dns-zone-put enforces: DNS forbids other data beside a CNAME
 * (RFC 1034), identical records are pointless, and DYNA/DYNAAAA do nothing while `$dyndns` is off. These are
 * warnings: the DMAPI documentation does not say the server refuses them.
 */
export function lintZone(records: readonly ZoneRecord[], options: { dyndnsEnabled?: boolean } = {}): ZoneWarning[] {
  const warnings: ZoneWarning[] = [];
  const byLabel = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (r.type === 'MAILFW') return; // mailbox names, not DNS owner names
    const label = r.label.toLowerCase();
    byLabel.set(label, [...(byLabel.get(label) ?? []), i]);
  });
  for (const [label, indexes] of byLabel) {
    const cname = indexes.find((i) => records[i]?.type === 'CNAME');
    if (cname !== undefined && indexes.length > 1) {
      warnings.push({ index: cname, message: `CNAME at "${label}" cannot coexist with other records of the same name` });
    }
  }
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    const k = key(r);
    const first = seen.get(k);
    if (first !== undefined) warnings.push({ index: i, message: `same record as line ${first + 1} of the list` });
    else seen.set(k, i);
    if ((r.type === 'DYNA' || r.type === 'DYNAAAA') && !options.dyndnsEnabled) {
      warnings.push({ index: i, message: `${r.type} has no effect while DynDNS is off ($dyndns=no)` });
    }
  });
  return warnings.sort((a, b) => a.index - b.index);
}
