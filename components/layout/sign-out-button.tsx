'use client';

import type { ComponentProps } from 'react';
import { Button } from '@/components/ui/button';
import { forgetZoneDrafts } from '@/components/zones/draft-storage';
import { useHydrated } from '@/lib/hooks/use-hydrated';

/**
 * The submit button of a sign-out form outside the panel's account menu (the invitation page's "Sign out and use
 * another account"): like the menu's sign-out (sign-out-guard.tsx), it forgets the zone edits this browser keeps.
 * `data-ready` once hydrated, as the kit's forms: a click before it signs out without forgetting them.
 */
export function SignOutButton(props: Omit<ComponentProps<typeof Button>, 'type' | 'onClick'>) {
  const hydrated = useHydrated();
  return <Button {...props} type="submit" data-ready={hydrated ? '' : undefined} onClick={() => forgetZoneDrafts()} />;
}
