'use client';

import { useEffect } from 'react';

/** Unexpected failures land here. The message shown is generic; details stay in the server log (digest links them). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="flex min-h-[60vh] items-center justify-center p-6">
      <div role="alert" className="max-w-md space-y-3 text-center">
        <h1 className="text-xl font-semibold">Something went wrong</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          The panel could not finish this request. Nothing was changed by the failed step. Try again; if it keeps
          failing, tell your administrator the reference below.
        </p>
        {error.digest ? <p className="font-mono text-xs text-zinc-500">Reference: {error.digest}</p> : null}
        <button
          type="button"
          onClick={reset}
          className="rounded bg-zinc-900 px-3 py-1.5 text-sm text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900"
        >
          Try again
        </button>
      </div>
    </main>
  );
}
