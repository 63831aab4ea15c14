'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { type ReactNode, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { forgetZoneDrafts } from '@/components/zones/draft-storage';

interface ActiveJob {
  id: number;
  title: string;
  finished: number;
  total: number;
}

const n = (v: number) => v.toLocaleString('en');

/** The session's running bulk jobs; none when the request fails (sign-out must never be blocked). */
async function activeJobs(): Promise<ActiveJob[]> {
  try {
    const response = await fetch('/api/jobs/active', { cache: 'no-store' });
    if (!response.ok) return [];
    return ((await response.json()) as { jobs: ActiveJob[] }).jobs;
  } catch {
    return [];
  }
}

/**
 * Sign-out that says first what it does to running bulk jobs: they pause (nothing more is sent with this session)
 * and go on when the same user signs in again. Without running jobs it signs out at once.
 */
export function useSignOutGuard(signOutNow: () => Promise<void>, hasJobs: boolean): { request: () => void; dialog: ReactNode } {
  // Unsaved zone edits kept in this browser go with the session: the next person at this browser does not get them.
  const signOut = () => {
    forgetZoneDrafts();
    return signOutNow();
  };
  const [jobs, setJobs] = useState<ActiveJob[] | null>(null);
  const [pending, startTransition] = useTransition();
  const request = () =>
    startTransition(async () => {
      const running = hasJobs ? await activeJobs() : [];
      if (running.length === 0) await signOut();
      else setJobs(running);
    });
  const confirm = () => startTransition(() => signOut());
  const finished = jobs?.reduce((s, j) => s + j.finished, 0) ?? 0;
  const total = jobs?.reduce((s, j) => s + j.total, 0) ?? 0;
  const count = jobs?.length ?? 0;
  const dialog = (
    <Dialog.Root open={jobs !== null} onOpenChange={(open) => (!open ? setJobs(null) : undefined)}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed left-1/2 top-24 z-50 w-[30rem] max-w-[95vw] -translate-x-1/2 space-y-3 rounded-lg border border-zinc-200 bg-white p-5 text-sm shadow-xl dark:border-zinc-700 dark:bg-zinc-900">
          <Dialog.Title className="text-base font-semibold">Sign out?</Dialog.Title>
          <Dialog.Description>
            {count === 1 ? '1 bulk job is' : `${count} bulk jobs are`} running ({n(finished)} / {n(total)}). Signing out pauses{' '}
            {count === 1 ? 'it' : 'them'} until you sign in again.
          </Dialog.Description>
          <ul aria-label="Running bulk jobs" className="space-y-1">
            {jobs?.map((j) => (
              <li key={j.id} className="flex justify-between gap-3 rounded bg-zinc-50 px-2 py-1 dark:bg-zinc-800">
                <span className="truncate">{j.title}</span>
                <span className="tabular-nums text-zinc-500">
                  {n(j.finished)} / {n(j.total)}
                </span>
              </li>
            ))}
          </ul>
          <div className="flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="secondary">Stay signed in</Button>
            </Dialog.Close>
            <Button variant="danger" onClick={confirm} disabled={pending}>
              {pending ? 'Signing out…' : 'Sign out and pause'}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
  return { request, dialog };
}
