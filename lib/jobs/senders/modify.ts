import 'server-only';
import { listContactDefaults } from '@/lib/contacts/defaults';
import { domainModify } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import { tldOf } from '@/lib/net/suffix';
import { CONTACT_ROLES, resolveContactHandles, type TldContactHandles } from '../kinds';
import type { KindSender } from './types';

/** domain-modify is queued; only the fields given change (DMAPI documentation, domain-modify). */

export const nameserversSender: KindSender<'nameservers'> = {
  request: 'domain-modify',
  send: (client, p, item) => domainModify(client, { domain: item.domain, nsList: p.ns }),
};

const FIELD = Object.fromEntries(CONTACT_ROLES) as Record<keyof TldContactHandles, string>;

export const contactsSender: KindSender<'contacts'> = {
  request: 'domain-modify',
  // Roles from TLD defaults get the handles the summary resolved (stored with the job), so that what was shown before
  // confirming is what is sent even if Settings change while the job runs. A role left empty is not sent at all, so
  // that contact stays as it is.
  send: (client, p, item, stored) => {
    const tld = tldOf(item.domain);
    const { handles, missing } = resolveContactHandles(p, stored.contactDefaults?.[tld]);
    if (missing.length > 0) throw new ExpectedFailure(`.${tld} had no ${missing.map((k) => FIELD[k]).join(', ')} default in Settings when the job was planned`);
    return domainModify(client, { domain: item.domain, ...handles });
  },

  /** The account's contact defaults from Settings (the panel's database), read only when a role asks for them. */
  async gatherFacts({ db, session }, p) {
    if (!p.fromDefaults?.length) return {};
    const contactDefaults: Record<string, TldContactHandles> = {};
    for (const row of await listContactDefaults(session.uid, db)) {
      contactDefaults[row.tld] = {
        ...(row.admin ? { adminC: row.admin } : {}),
        ...(row.tech ? { techC: row.tech } : {}),
        ...(row.billing ? { billingC: row.billing } : {}),
      };
    }
    return { contactDefaults };
  },

  /** The handles each TLD of the sent items gets: stored with the job and listed in the summary. */
  async confirmPlan(_ctx, p, plan, _balance, facts) {
    if (!p.fromDefaults?.length) return {};
    const used: Record<string, TldContactHandles> = {};
    for (const item of plan.items) {
      if (item.skipReason) continue;
      const tld = tldOf(item.domain);
      used[tld] ??= resolveContactHandles(p, facts.contactDefaults?.[tld]).handles;
    }
    const notes = Object.keys(used)
      .sort()
      .map((tld) => `.${tld}: ${Object.entries(used[tld] ?? {}).map(([k, h]) => `${FIELD[k as keyof TldContactHandles]} ${h}`).join(', ')}`);
    return { contactDefaults: used, notes };
  },
};
