import { z } from 'zod';
import { defineKind } from './types';

/** Lock, unlock, autorenew and privacy: flags of the domain, each skipped where it is already set. */

export const lockKind = defineKind({
  schema: z.object({ kind: z.literal('lock') }),
  operation: 'change',
  menu: [{ label: 'Lock', start: { kind: 'lock' } }],
  describe: () => 'Lock',
  skip: (_p, row) => (row.locked ? 'Already locked' : undefined),
});

export const unlockKind = defineKind({
  schema: z.object({ kind: z.literal('unlock') }),
  operation: 'change',
  menu: [{ label: 'Unlock', start: { kind: 'unlock' } }],
  describe: () => 'Unlock',
  skip: (_p, row) => (row.locked ? undefined : 'Already unlocked'),
});

export const autorenewKind = defineKind({
  schema: z.object({ kind: z.literal('autorenew'), on: z.boolean() }),
  operation: 'change',
  menu: [
    { label: 'Autorenew on', start: { kind: 'autorenew', on: true } },
    { label: 'Autorenew off', start: { kind: 'autorenew', on: false } },
  ],
  describe: (p) => (p.on ? 'Autorenew on' : 'Autorenew off'),
  skip: (p, row) => (row.autorenew === p.on ? `Autorenew is already ${p.on ? 'on' : 'off'}` : undefined),
  // Setting a flag that is already set is harmless, so one pattern call may cover the whole selection.
  patternForm: true,
});

export const NO_PRIVACY_SUBSCRIPTION = 'No privacy subscription: order privacy for this domain first (switching only works on a subscription)';

export const privacyKind = defineKind({
  schema: z.object({ kind: z.literal('privacy'), level: z.enum(['off', 'basic', 'pro']) }),
  operation: 'change',
  menu: [
    { label: 'Privacy basic', start: { kind: 'privacy', level: 'basic' } },
    { label: 'Privacy pro', start: { kind: 'privacy', level: 'pro' } },
    { label: 'Privacy off', start: { kind: 'privacy', level: 'off' } },
  ],
  describe: (p) => (p.level === 'off' ? 'Privacy off' : `Privacy ${p.level}`),
  skip: (p, row, facts) => {
    if (row.privacy === (p.level === 'off' ? 'none' : p.level)) return `Privacy is already ${p.level}`;
    // domain-set-property only switches a subscription the domain holds; without one (no active level and no
    // subscription end date in the list) Joker refuses, so say so before sending anything.
    if (p.level !== 'off' && row.privacy === 'none' && !(row.privacyExpires > facts.now)) return NO_PRIVACY_SUBSCRIPTION;
    return undefined;
  },
});
