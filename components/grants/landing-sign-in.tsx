'use client';

import * as Tabs from '@radix-ui/react-tabs';
import { useActionState, useState } from 'react';
import { signInToAcceptAction } from '@/app/(public)/invite/[token]/actions';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field-error';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { SignInState } from '@/lib/auth/credential';

type Method = SignInState['method'];
const START: SignInState = { method: 'api-key', username: '' };

/**
 * Sign-in on the invitation's landing page with the invitee's own Joker.com account (API key, or username and
 * password); the server returns to the invitation. A plain POST also before JavaScript: a secret never goes into a URL.
 */
export function LandingSignIn({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(signInToAcceptAction, START);
  const [method, setMethod] = useState<Method>(state.method);
  return (
    <form action={formAction} aria-label="Sign in to accept" className="space-y-3" noValidate>
      <FormError message={state.error} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="method" value={method} />
      <Tabs.Root value={method} onValueChange={(v) => setMethod(v as Method)}>
        <Tabs.List aria-label="Sign-in method" className="mb-3 flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
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
          <Label htmlFor="invite-api-key">API key</Label>
          <Input id="invite-api-key" name="apiKey" type="password" autoComplete="off" />
        </Tabs.Content>
        <Tabs.Content value="password" className="space-y-3">
          <div className="space-y-1">
            <Label htmlFor="invite-username">Username</Label>
            <Input id="invite-username" name="username" autoComplete="username" defaultValue={state.username} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="invite-password">Password</Label>
            <Input id="invite-password" name="password" type="password" autoComplete="current-password" />
          </div>
        </Tabs.Content>
      </Tabs.Root>
      <Button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in with Joker.com'}
      </Button>
    </form>
  );
}
