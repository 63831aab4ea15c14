/**
 * Seeder 50 (engineer C, domain lifecycle): the history seeder (40) mails grant invitations and change-of-registrant
 * keys without links; Joker's mails carry "a link and a key" (seeds, grants-invite). Give the seeded mails the same
 * links the handlers put in new ones: the sandbox's invitation link (handlers/grants-accept.ts) and the panel's
 * landing pages (/invite, /cor). Deterministic: no randomness used.
 */
import { registerSeeder } from '../registry';

registerSeeder('lifecycle-links', 50, (ctx) => {
  for (const mail of ctx.state.outbox) {
    if (mail.links.length > 0 || !mail.key) continue;
    if (mail.kind === 'grant-invitation') {
      mail.links = [`/_sandbox/invitation?key=${mail.key}`, `/invite?key=${mail.key}`];
      mail.body += `\nLink: ${mail.links[0]}`;
    } else if (mail.kind === 'cor') {
      mail.links = [`/cor?key=${mail.key}`];
      mail.body += `\nLink: ${mail.links[0]}`;
    }
  }
});
