import { DYNDNS_PASSWORD_KEPT } from '@/lib/zone';

/** A zone edit kept in this browser until it is saved or discarded (see use-zone-draft.ts). */
export interface StoredDraft {
  /** The version the edit began from, and that version's text: the base of the diff and of the conflict merge. */
  baseVersion: string;
  baseText: string;
  text: string;
  /** A DynDNS password typed in the edit was left out of the stored copy (it is never written to the browser's storage). */
  passwordDropped?: boolean;
}

const PREFIX = 'zone-draft:';
/** A draft's key: the user's scope (lib/auth/zone-draft-scope.ts) and the domain; another user's drafts are not read. */
const keyOf = (scope: string, domain: string) => `${PREFIX}${scope}:${domain}`;

/**
 * Every `$dyndns=flag:user:password` line, as lib/zone's parser reads them: any case, surrounding blanks, any line
 * break. Every one, not only the first: a text being typed may hold two (the parser reports the duplicate).
 */
const DYNDNS_LINES = /^([ \t]*\$dyndns=[^:\r\n]*:[^:\r\n]*:)([^\r\n]*)$/gim;

/** The text as it may be stored: a typed DynDNS password becomes the "kept" marker, so no secret reaches storage. */
export function withoutTypedPassword(text: string): { text: string; dropped: boolean } {
  let dropped = false;
  const stored = text.replace(DYNDNS_LINES, (line, head: string, password: string) => {
    if (password.trim() === '' || password.trim() === DYNDNS_PASSWORD_KEPT) return line;
    dropped = true;
    return `${head}${DYNDNS_PASSWORD_KEPT}`;
  });
  return { text: stored, dropped };
}

/** Every key of this browser's storage that `keep` says yes to, removed; storage that cannot be read holds nothing. */
function removeKeys(keep: (key: string) => boolean): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key !== null && keep(key)) keys.push(key);
    }
    for (const key of keys) window.localStorage.removeItem(key);
  } catch {
    // Disabled or private storage: nothing is kept there.
  }
}

/**
 * Drafts kept before drafts had a scope (`zone-draft:<domain>`, no user in the key): whose edit each one was cannot be
 * told, so none is ever shown, and opening a zone removes them rather than leaving another user's edit in the browser
 * until the next sign-out. (A domain name holds no colon: a scoped key has two.)
 */
export function dropUnscopedDrafts(): void {
  removeKeys((key) => key.startsWith(PREFIX) && !key.slice(PREFIX.length).includes(':'));
}

export function readDraft(scope: string, domain: string): StoredDraft | undefined {
  const raw = window.localStorage.getItem(keyOf(scope, domain));
  if (!raw) return undefined;
  try {
    const draft = JSON.parse(raw) as StoredDraft;
    if (typeof draft.text === 'string' && typeof draft.baseText === 'string' && typeof draft.baseVersion === 'string') return draft;
  } catch {
    // An unreadable entry is dropped below.
  }
  window.localStorage.removeItem(keyOf(scope, domain));
  return undefined;
}

export function writeDraft(scope: string, domain: string, draft: StoredDraft): void {
  const stored = withoutTypedPassword(draft.text);
  const value: StoredDraft = { ...draft, text: stored.text, passwordDropped: stored.dropped || draft.passwordDropped === true };
  window.localStorage.setItem(keyOf(scope, domain), JSON.stringify(value));
}

export function removeDraft(scope: string, domain: string): void {
  window.localStorage.removeItem(keyOf(scope, domain));
}

// Counts sign-outs in this page: a write scheduled before one (an editor's timer still pending) must not store its
// edit again after the drafts were forgotten.
let generation = 0;

/** The sign-out count a pending write was scheduled under (see useZoneDraft). */
export const draftGeneration = (): number => generation;

/**
 * Every kept zone edit of this browser (every user's, and those kept before drafts had a scope), forgotten at sign-out:
 * the next person at this browser does not get them.
 */
export function forgetZoneDrafts(): void {
  generation += 1;
  removeKeys((key) => key.startsWith(PREFIX));
}
