'use client';

import * as Tabs from '@radix-ui/react-tabs';
import { type FormEvent, useEffect, useState } from 'react';
import type { SignInState } from '@/lib/auth/credential';
import type { SignInAnswer } from '../sign-in/route';
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

/** A path of this panel (the server names it; anything else is not followed). */
const panelPath = (location: string) => location.startsWith('/') && !location.startsWith('//') && !location.startsWith('/\\');

/**
 * Posts to the sign-in route (app/(auth)/sign-in/route.ts), also before the page's JavaScript has loaded: a plain
 * form POST, never a GET, so the key or password never lands in the address bar. With JavaScript the form posts with
 * fetch and then loads the page the server names as a new document, whose first screen paints as its HTML streams in.
 * On failure the reason is shown in plain words and the username is kept, the secret (key or password) is cleared.
 * `initial` is a refusal the server redirected back here (a post without JavaScript).
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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    setPending(true);
    let answer: SignInAnswer | null = null;
    try {
      const response = await fetch(form.action, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' } });
      answer = (await response.json().catch(() => null)) as SignInAnswer | null;
    } catch {
      answer = null;
    }
    if (answer && 'location' in answer && panelPath(answer.location)) {
      // Stays "Signing in…" until the panel's page replaces this one.
      window.location.assign(answer.location);
      return;
    }
    setPending(false);
    setApiKey('');
    setPassword('');
    if (answer && 'method' in answer) {
      setMethod(answer.method);
      setUsername(answer.username || username);
      setError(answer.error ?? 'Joker.com did not accept the sign-in. Try again.');
    } else {
      setError('The panel did not answer the sign-in. Check the connection and try again.');
    }
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
