'use client';

import { deleteContactAction } from '@/app/(panel)/contacts/actions';
import type { Permission } from '@/lib/auth/roles';
import { DeleteObject } from './delete-object';

/** Delete a contact handle (contact-delete); refused by Joker.com while a domain uses it. */
export function DeleteContact({ handle, permission }: { handle: string; permission: Permission }) {
  return (
    <DeleteObject
      name={handle}
      kind="contact"
      permission={permission}
      afterHref="/contacts"
      action={() => deleteContactAction({ handle })}
      consequence={
        <>
          <p>The handle is removed at Joker.com for good; it cannot be restored.</p>
          <p>Joker.com refuses while any domain still names it as owner, admin, tech or billing contact.</p>
        </>
      }
    />
  );
}
