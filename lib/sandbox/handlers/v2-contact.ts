/**
 * /v2/contact/create (Joker's WHMCS and Clientexec modules; lib/sandbox/README.md "Beyond the seeds"): the same
 * fields and rules as contact-create, same session (`auth-sid`), but synchronous: the body is `handle: <NEW-HANDLE>`
 * and the handle is usable at once in domain-register. Status-Code 1000 like the other newer requests; recorded as a
 * zero-amount `create-contact` order without a Proc-ID (nothing is queued).
 */
import { registerHandler } from '../registry';
import { linesBody } from '../wire/reply';
import { createContact } from './contacts';

registerHandler(
  'v2/contact/create',
  'modify',
  (ctx) => {
    const { handle, tld } = createContact(ctx);
    ctx.recordFree({ type: 'create-contact', object: handle, tld, periodMonths: 0, procId: null });
    return ctx.ok({ status: 'ok1000', body: linesBody([`handle: ${handle}`]) });
  },
  { via: 'root' },
);
