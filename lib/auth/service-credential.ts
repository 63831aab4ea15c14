import 'server-only';
import { DmapiAuthError, DmapiClient, login, logoutSession, type UserAccess } from '@/lib/dmapi';
import type { Db } from '@/lib/db';
import { ExpectedFailure } from '@/lib/failure/expected';
import { log } from '@/lib/log';
import { deleteSetting, readSetting, writeSetting } from '@/lib/verification/settings-store';
import { panelTransport } from './dmapi-pool';
import { decryptSecret, encryptSecret } from './keys';
import type { PanelSession } from './session-store';

/**
 * The service credential: an API key of the reseller's own account that the owner designates for the public
 * landing pages (/verify, /cor, and the invitation page), which have no signed-in user. Stored sealed like session
 * credentials (AES-256-GCM, lib/auth/keys) in panel_settings; never shown back, never in a log line or audit row.
 */
const SETTING = 'service-credential';

interface Sealed {
  blob: string;
  uid: string;
  userLogin: string;
  userAccess: UserAccess;
  setBy: string;
  setAt: string;
}

export type ServiceCredentialInfo =
  | { configured: false }
  | { configured: true; uid: string; userLogin: string; userAccess: UserAccess; setBy: string; setAt: string };

export async function serviceCredentialInfo(db: Db): Promise<ServiceCredentialInfo> {
  const sealed = (await readSetting<Sealed>(db, SETTING))?.value;
  if (!sealed) return { configured: false };
  const { uid, userLogin, userAccess, setBy, setAt } = sealed;
  return { configured: true, uid, userLogin, userAccess, setBy, setAt };
}

/**
 * Checks the key with a DMAPI login before keeping it: it must log in, belong to the signed-in reseller's account
 * (the pages answer for that account's domains) and may write (wa-email-verify and cor-verify are modifying
 * requests, refused for a @readonly key). The probe's DMAPI session is logged out again.
 */
export async function designateServiceCredential(db: Db, session: PanelSession, apiKey: string): Promise<ServiceCredentialInfo> {
  const transport = panelTransport();
  let probe;
  try {
    probe = await login(transport, { apiKey }, { prefixes: false });
  } catch (error) {
    if (error instanceof DmapiAuthError) {
      throw new ExpectedFailure('Joker.com did not accept this API key.', {
        code: 'invalid',
        fieldErrors: { apiKey: ['Joker.com did not accept this API key. Copy it again from your Joker.com account.'] },
      });
    }
    throw error;
  }
  await logoutSession(transport, probe.authSid).catch(() => undefined);
  if (probe.uid !== session.uid) {
    throw new ExpectedFailure('This API key belongs to another Joker.com account.', {
      code: 'invalid',
      fieldErrors: { apiKey: ['Use an API key of this reseller account: the pages answer for its domains.'] },
    });
  }
  if (probe.userAccess === '@readonly') {
    throw new ExpectedFailure('This API key is read-only (@readonly): the pages could not record an answer.', {
      code: 'invalid',
      fieldErrors: { apiKey: ['Make a key with @modify-only (enough) or @full access at Joker.com.'] },
    });
  }
  const sealed: Sealed = {
    blob: encryptSecret(apiKey, 'service-credential'),
    uid: probe.uid,
    userLogin: probe.userLogin,
    userAccess: probe.userAccess,
    setBy: session.actorName,
    setAt: new Date().toISOString(),
  };
  await writeSetting(db, SETTING, sealed);
  await dropServiceClient();
  return serviceCredentialInfo(db);
}

export async function removeServiceCredential(db: Db): Promise<void> {
  await deleteSetting(db, SETTING);
  await dropServiceClient();
}

/**
 * One client per process for the stored credential (its single-flight re-login keeps it to one login per hour of
 * use). Rebuilt when the owner designates another key; refuses to log in once the key has been removed.
 */
let held: { version: string; client: DmapiClient } | undefined;

async function dropServiceClient(): Promise<void> {
  const old = held;
  held = undefined;
  if (!old) return;
  await old.client.logout().catch(() => undefined);
  old.client.dispose();
}

export interface ServiceClient {
  client: DmapiClient;
  /** The reseller account the client acts for. */
  uid: string;
}

/** The client of the designated service credential, or null when the owner has not designated one. */
export async function serviceClient(db: Db): Promise<ServiceClient | null> {
  const sealed = (await readSetting<Sealed>(db, SETTING))?.value;
  if (!sealed) {
    await dropServiceClient();
    return null;
  }
  const version = `${sealed.uid}:${sealed.setAt}`;
  if (held?.version !== version) {
    await dropServiceClient();
    let apiKey: string;
    try {
      apiKey = decryptSecret(sealed.blob, 'service-credential');
    } catch {
      // PANEL_SECRET changed since the key was stored: it cannot be read any more.
      log('public-pages').warn('the stored service credential cannot be decrypted (PANEL_SECRET changed?); designate it again in Settings');
      return null;
    }
    held = {
      version,
      client: new DmapiClient({
        transport: panelTransport(),
        credential: { apiKey },
        prefixes: false,
        beforeLogin: async () => {
          const now = (await readSetting<Sealed>(db, SETTING))?.value;
          if (!now || `${now.uid}:${now.setAt}` !== version) throw new ExpectedFailure('The service credential was replaced or removed.', { code: 'unavailable' });
        },
      }),
    };
  }
  return { client: held.client, uid: sealed.uid };
}
