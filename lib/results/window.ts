/**
 * result-list's time window in words (DMAPI documentation, result-list): `period` days back from today, 90 by
 * default; with `date`, back from the end of that day and 1 day by default. Browser-safe and pure.
 */
export function resultWindow(filters: { period?: number | undefined; date?: string | undefined }): string {
  const day = filters.date ? `${filters.date.slice(0, 4)}-${filters.date.replace(/-/g, '').slice(4, 6)}-${filters.date.replace(/-/g, '').slice(6, 8)}` : undefined;
  if (day) {
    const period = filters.period ?? 1;
    return period === 1 ? `received on ${day}` : `received in the ${period} days up to ${day}`;
  }
  const period = filters.period ?? 90;
  return period === 90 && filters.period === undefined ? 'received in the last 90 days (the DMAPI’s default)' : `received in the last ${period === 1 ? 'day' : `${period} days`}`;
}
