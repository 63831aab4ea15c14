'use client';

import { useId, useMemo, useState } from 'react';
import { FailureNotice } from '@/components/form';
import { QueuedResult } from '@/components/results/queued-result';
import { Button } from '@/components/ui/button';
import { saveMyZoneAction, saveZoneAction } from '@/app/(panel)/zones/actions';
import type { ActionResult } from '@/lib/actions/result';
import type { Permission } from '@/lib/auth/roles';
import type { Failure } from '@/lib/failure/types';
import { diffZones, rebaseEdits, saveRisk, serializeZone, type ParsedZone, type ZoneLike, type ZoneView } from '@/lib/zone';
import type { SaveZoneResult } from '@/lib/zone/server/save';
import { ZoneDiffList } from './zone-diff';

interface Props {
  domain: string;
  base: ZoneLike;
  baseVersion: string;
  parsed: ParsedZone;
  text: string;
  errors: number;
  customer: boolean;
  change: Permission;
  source: 'editor' | 'restore' | 'import';
  /** The other version after a conflict: the editor re-applies our edits on it. */
  onRebase: (text: string, theirs: ZoneView, conflicts: string[]) => void;
  onSaved: () => void;
  onRefused: (failure: Failure) => void;
}

/**
 * The staged save: the diff against what was loaded, the typed zone name when the save is large or touches the apex
 * MX/NS records, an optional comment, then the put. A conflict (the zone changed since it was loaded) sends nothing
 * and re-applies the edits on the other version for another review.
 */
export function ZoneSave({ domain, base, baseVersion, parsed, text, errors, customer, change, source, onRebase, onSaved, onRefused }: Props) {
  const confirmId = useId();
  const commentId = useId();
  const [confirmation, setConfirmation] = useState('');
  const [comment, setComment] = useState('');
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure>();
  const [sent, setSent] = useState<{ procId: string | null }>();
  const diff = useMemo(() => diffZones(base, parsed), [base, parsed]);
  const risk = useMemo(() => saveRisk(diff, base.records.length, { domain }), [diff, base.records.length, domain]);
  const nothing = diff.added.length + diff.removed.length + diff.changed.length === 0 && !diff.directives;
  const typedOk = !risk.typed || confirmation.trim().toLowerCase() === domain;
  const save = async () => {
    setPending(true);
    setFailure(undefined);
    const input = { domain, baseVersion, zone: text, comment: comment || undefined, confirmation: confirmation || undefined, source };
    const result = (await (customer ? saveMyZoneAction(input) : saveZoneAction(input))) as ActionResult<SaveZoneResult>;
    setPending(false);
    if (!result.ok) {
      setFailure(result);
      onRefused(result);
      return;
    }
    if (result.data.status === 'conflict') {
      const theirs = result.data.theirs;
      const rebased = rebaseEdits(base, parsed, theirs);
      onRebase(serializeZone(rebased.zone), theirs, rebased.conflicts);
      return;
    }
    if (result.data.status === 'unchanged') {
      setFailure({ code: 'invalid', error: 'The zone already is as edited: nothing was sent.' });
      return;
    }
    setSent({ procId: result.data.procId });
    setConfirmation('');
    setComment('');
    onSaved();
  };
  return (
    <section aria-labelledby={`${confirmId}-h`} className="space-y-2 rounded border border-zinc-200 p-3 dark:border-zinc-800">
      <h2 id={`${confirmId}-h`} className="font-medium">
        Review and save
      </h2>
      <ZoneDiffList diff={diff} label="Changes to save" />
      {risk.typed && !nothing ? (
        <div className="flex flex-col gap-1 text-sm">
          <p className="text-amber-800 dark:text-amber-300">{risk.reasons.join(' ')}</p>
          <label htmlFor={confirmId} className="font-medium">
            Type {domain} to confirm
          </label>
          <input id={confirmId} value={confirmation} onChange={(e) => setConfirmation(e.target.value)} autoComplete="off" className="w-64 rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
        </div>
      ) : null}
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor={commentId} className="font-medium">
          Comment (kept in the history)
        </label>
        <input id={commentId} value={comment} maxLength={500} onChange={(e) => setComment(e.target.value)} className="w-96 max-w-full rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
      </div>
      {errors > 0 ? <p className="text-sm text-red-700 dark:text-red-400">Fix the {errors} problem(s) shown before saving.</p> : null}
      {!change.allowed ? <p className="text-sm text-zinc-500">{change.reason}</p> : null}
      <Button disabled={!change.allowed || pending || nothing || errors > 0 || !typedOk} onClick={() => void save()}>
        {pending ? 'Saving…' : 'Save zone'}
      </Button>
      {failure ? <FailureNotice failure={failure} /> : null}
      {sent?.procId ? <QueuedResult key={sent.procId} procId={sent.procId} label={`Save zone ${domain}`} /> : sent ? <p role="status">Saved.</p> : null}
    </section>
  );
}
