'use client';

import { useEffect, useState } from 'react';

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
  const [state, setState] = useState({ text: loaded, baseText: loaded, baseVersion: version, restored: false });
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
        ? { text: draft.text, baseText: draft.baseText, baseVersion: draft.baseVersion, restored: true }
        : { text: loaded, baseText: loaded, baseVersion: version, restored: false },
    );
  }, [domain, loaded, version]);
  const setText = (text: string, base?: { text: string; version: string }) => {
    const next = { ...state, text, ...(base ? { baseText: base.text, baseVersion: base.version } : {}) };
    setState(next);
    if (text === loaded && next.baseVersion === version) window.localStorage.removeItem(keyOf(domain));
    else window.localStorage.setItem(keyOf(domain), JSON.stringify({ baseVersion: next.baseVersion, baseText: next.baseText, text } satisfies Draft));
  };
  const discard = () => {
    window.localStorage.removeItem(keyOf(domain));
    setState({ text: loaded, baseText: loaded, baseVersion: version, restored: false });
  };
  return { ...state, setText, discard };
}
