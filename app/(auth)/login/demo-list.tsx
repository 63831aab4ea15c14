'use client';

import { Button } from '@/components/ui/button';
import type { DemoEntry } from './sign-in-form';

/** Sandbox only: the documented demo accounts, each with the panel role it gets, one click to fill the form. */
export function DemoList({ demos, onPick }: { demos: DemoEntry[]; onPick: (entry: DemoEntry) => void }) {
  return (
    <section aria-labelledby="demo-heading" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-800 dark:bg-amber-950/40">
      <h2 id="demo-heading" className="mb-2 font-medium">
        Sandbox demo accounts
      </h2>
      <ul className="space-y-2">
        {demos.map((d) => (
          <li key={d.label} className="flex items-center justify-between gap-3">
            <span>
              <span className="font-medium">{d.label}</span>{' '}
              <span className="font-mono text-xs">{d.method === 'api-key' ? d.apiKey : `${d.username} / ${d.password}`}</span>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                Signs in as {d.role} ({d.access})
              </span>
            </span>
            <Button variant="secondary" size="sm" onClick={() => onPick(d)} aria-label={`Use ${d.label}`}>
              Use
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
