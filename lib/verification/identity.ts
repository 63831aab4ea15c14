import 'server-only';
import type { Db } from '@/lib/db';
import { env } from '@/lib/env';
import { fetchLogo } from './logo';
import { readSetting, writeSetting } from './settings-store';

/** How the public landing pages introduce the reseller (Settings → Public pages). */
export interface PublicIdentity {
  name: string;
  /** The address the owner gave; the pages show the copy fetched from it (`logo`), never the address itself. */
  logoUrl: string;
  logo: { dataUrl: string; type: string; bytes: number; fetchedAt: string } | null;
  updatedBy?: string;
}

const SETTING = 'public-identity';
/** Until the owner names the business, the pages speak of "your domain provider". */
export const DEFAULT_IDENTITY: PublicIdentity = { name: '', logoUrl: '', logo: null };

export async function readIdentity(db: Db): Promise<PublicIdentity> {
  return (await readSetting<PublicIdentity>(db, SETTING))?.value ?? DEFAULT_IDENTITY;
}

/** Saves name and logo; the logo is fetched again on every save, so saving also picks up a changed image. */
export async function saveIdentity(db: Db, input: { name: string; logoUrl: string }, by: string): Promise<PublicIdentity> {
  const logo: PublicIdentity['logo'] = input.logoUrl
    ? { ...(await fetchLogo(input.logoUrl, { allowPrivate: env.ENVIRONMENT === 'sandbox' })), fetchedAt: new Date().toISOString() }
    : null;
  const next: PublicIdentity = { name: input.name, logoUrl: input.logoUrl, logo, updatedBy: by };
  await writeSetting(db, SETTING, next);
  return next;
}
