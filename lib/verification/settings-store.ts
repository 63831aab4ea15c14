import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { panelSettings } from '@/lib/db/schema';

/** JSON values in panel_settings (the reseller's public identity, the service credential's sealed record). */
export async function readSetting<T>(db: Db, key: string): Promise<{ value: T; updatedAt: Date } | null> {
  const [row] = await db.select().from(panelSettings).where(eq(panelSettings.key, key));
  if (!row) return null;
  try {
    return { value: JSON.parse(row.value) as T, updatedAt: row.updatedAt };
  } catch {
    return null;
  }
}

export async function writeSetting(db: Db, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  await db
    .insert(panelSettings)
    .values({ key, value: text })
    .onConflictDoUpdate({ target: panelSettings.key, set: { value: text, updatedAt: new Date() } });
}

export async function deleteSetting(db: Db, key: string): Promise<void> {
  await db.delete(panelSettings).where(eq(panelSettings.key, key));
}
