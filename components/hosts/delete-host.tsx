'use client';

import { deleteHostAction } from '@/app/(panel)/hosts/actions';
import { DeleteObject } from '@/components/contacts/delete-object';
import type { Permission } from '@/lib/auth/roles';

/** Delete a host (ns-delete); refused by Joker.com while a domain is delegated to it. */
export function DeleteHost({ host, permission }: { host: string; permission: Permission }) {
  return (
    <DeleteObject
      name={host}
      kind="host"
      permission={permission}
      afterHref="/hosts"
      action={() => deleteHostAction({ host })}
      consequence={
        <>
          <p>The host and its glue addresses are removed at the registry.</p>
          <p>Joker.com refuses while any domain still uses it as a name server.</p>
        </>
      }
    />
  );
}
