'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { draftGeneration, dropUnscopedDrafts, readDraft, removeDraft, withoutTypedPassword, writeDraft } from './draft-storage';

interface State {
  text: string;
  baseText: string;
  baseVersion: string;
  /** The edit came back from the browser's storage (a reload, a closed tab). */
  restored: boolean;
  /** That stored copy left out a DynDNS password typed in the edit: it must be typed again. */
  passwordDropped: boolean;
  /** Changed since it was loaded, restored or discarded: only such a state is written to storage. */
  edited: boolean;
}

const fresh = (loaded: string, version: string): State => ({ text: loaded, baseText: loaded, baseVersion: version, restored: false, passwordDropped: false, edited: false });

/**
 * The zone text being edited, kept in the browser (localStorage, see draft-storage.ts) until it is saved or
 * discarded, so a reload or a closed tab loses nothing. A draft begun on another version of the zone comes back with
 * its own base: the save's conflict check then shows the other change and re-applies the edits on it. `scope` is the
 * signed-in user's (lib/auth/zone-draft-scope.ts): an edit comes back only to the user who made it.
 */
export function useZoneDraft(scope: string, domain: string, loaded: string, version: string) {
  const [state, setState] = useState<State>(() => fresh(loaded, version));
  // Bumped by discard (and so by a save): a write scheduled before it, firing before React has rendered the
  // discard, must not put the saved edit back into storage (it would come back as "unsaved" on the next visit).
  const epoch = useRef(0);
  useEffect(() => {
    dropUnscopedDrafts();
    const draft = readDraft(scope, domain);
    // Reading the browser's storage after hydration (and a new version after a save) is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState((old) => {
      if (draft && draft.text !== loaded) {
        return { text: draft.text, baseText: draft.baseText, baseVersion: draft.baseVersion, restored: true, passwordDropped: draft.passwordDropped === true, edited: false };
      }
      // A new version arriving while an edit is not yet stored (it is written a moment after) keeps the edit.
      if (old.edited && old.text !== loaded) return old;
      return fresh(loaded, version);
    });
  }, [scope, domain, loaded, version]);
  // Written a moment after the edit, not during it: storing a 5,000-record zone takes milliseconds an edit should not
  // wait for. A page being left is stored at once.
  useEffect(() => {
    if (!state.edited) return;
    const mine = epoch.current;
    const signOuts = draftGeneration();
    const write = () => {
      // Discarded (or saved) meanwhile, or the user signed out: the edit is not to be kept.
      if (epoch.current !== mine || draftGeneration() !== signOuts) return;
      if (state.text === loaded && state.baseVersion === version) removeDraft(scope, domain);
      else writeDraft(scope, domain, { baseVersion: state.baseVersion, baseText: state.baseText, text: state.text, passwordDropped: state.passwordDropped });
    };
    const timer = window.setTimeout(write, 250);
    window.addEventListener('pagehide', write);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', write);
    };
  }, [state, scope, domain, loaded, version]);
  const setText = useCallback((text: string, base?: { text: string; version: string }) => {
    // A password typed again after a restore is no longer missing.
    setState((old) => ({ ...old, text, ...(base ? { baseText: base.text, baseVersion: base.version } : {}), passwordDropped: old.passwordDropped && !withoutTypedPassword(text).dropped, edited: true }));
  }, []);
  const discard = useCallback(() => {
    epoch.current += 1;
    removeDraft(scope, domain);
    setState(fresh(loaded, version));
  }, [scope, domain, loaded, version]);
  return { ...state, setText, discard };
}
