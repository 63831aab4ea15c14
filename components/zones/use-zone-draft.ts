'use client';

import { useCallback, useEffect, useState } from 'react';

interface Draft {
  /** The version the edit began from, and that version's text: the base of the diff and of the conflict merge. */
  baseVersion: string;
  baseText: string;
  text: string;
}

const keyOf = (domain: string) => `zone-draft:${domain}`;

/**
 * The zone text being edited, kept in the browser (localStorage) until it is saved or discarded, so a reload or a
 * closed tab loses nothing. A draft begun on another version of the zone comes back with its own base: the save's
 * conflict check then shows the other change and re-applies the edits on it.
 */
export function useZoneDraft(domain: string, loaded: string, version: string) {
  const [state, setState] = useState({ text: loaded, baseText: loaded, baseVersion: version, restored: false, edited: false });
  useEffect(() => {
    const raw = window.localStorage.getItem(keyOf(domain));
    let draft: Draft | undefined;
    try {
      draft = raw ? (JSON.parse(raw) as Draft) : undefined;
    } catch {
      window.localStorage.removeItem(keyOf(domain));
    }
    // Reading the browser's storage after hydration (and a new version after a save) is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState(
      draft && typeof draft.text === 'string' && draft.text !== loaded
        ? { text: draft.text, baseText: draft.baseText, baseVersion: draft.baseVersion, restored: true, edited: false }
        : { text: loaded, baseText: loaded, baseVersion: version, restored: false, edited: false },
    );
  }, [domain, loaded, version]);
  // Written a moment after the edit, not during it: storing a 5,000-record zone takes milliseconds an edit should not
  // wait for. A page being left is stored at once.
  useEffect(() => {
    if (!state.edited) return;
    const write = () => {
      if (state.text === loaded && state.baseVersion === version) window.localStorage.removeItem(keyOf(domain));
      else window.localStorage.setItem(keyOf(domain), JSON.stringify({ baseVersion: state.baseVersion, baseText: state.baseText, text: state.text } satisfies Draft));
    };
    const timer = window.setTimeout(write, 250);
    window.addEventListener('pagehide', write);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', write);
    };
  }, [state, domain, loaded, version]);
  const setText = useCallback((text: string, base?: { text: string; version: string }) => {
    setState((old) => ({ ...old, text, ...(base ? { baseText: base.text, baseVersion: base.version } : {}), edited: true }));
  }, []);
  const discard = useCallback(() => {
    window.localStorage.removeItem(keyOf(domain));
    setState({ text: loaded, baseText: loaded, baseVersion: version, restored: false, edited: false });
  }, [domain, loaded, version]);
  return { ...state, setText, discard };
}
