'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while the server's HTML is being hydrated, true once this component runs in the browser. Use it for what
 * differs between server and browser (a theme icon) and to mark a form as ready (`data-ready`): before it, the kit's
 * forms keep what is typed but cannot be submitted, so tests and scripts wait for the mark before they submit.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
