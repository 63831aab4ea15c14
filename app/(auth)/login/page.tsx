import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { EnvironmentBadge, environmentLabel } from '@/components/layout/environment-badge';
import { ThemeToggle } from '@/components/layout/theme-toggle';
import { getSession } from '@/lib/auth';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { DEMO_CREDENTIALS } from '@/lib/auth/sandbox-demo';
import { decodeSignInFlash, SIGN_IN_FLASH_HEADER } from '@/lib/auth/sign-in-flash';
import { env } from '@/lib/env';
import { SignInForm, type DemoEntry } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

const REASONS: Record<string, string> = {
  'signed-out': 'You are signed out.',
  expired: 'Your panel session ended after a period without activity. Sign in again.',
  lifetime: 'Your panel session reached its maximum length. Sign in again.',
  revoked: 'The owner has revoked this key’s access to the panel.',
  credential: 'Joker.com no longer accepts the credential you signed in with. Sign in again.',
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await getSession();
  if (session) redirect(session.role === 'customer' ? '/my-domains' : '/');
  const { reason } = await searchParams;
  const notice = typeof reason === 'string' ? REASONS[reason] : undefined;
  // A refusal of a sign-in posted without JavaScript, redirected back here (app/(auth)/sign-in/route.ts); its cookie
  // reaches the page through the panel's server (scripts/server/page-policy.mjs), which deletes it so that it shows once.
  const refused = decodeSignInFlash((await headers()).get(SIGN_IN_FLASH_HEADER) ?? undefined);
  // The demo credentials are public (the sandbox contract documents them); they are sent only in sandbox mode.
  const demos: DemoEntry[] = env.SANDBOX
    ? DEMO_CREDENTIALS.map((d) => ({
        label: d.label,
        role: ROLE_LABELS[d.role],
        access: d.access,
        method: d.method,
        apiKey: d.apiKey ?? '',
        username: d.username ?? '',
        password: d.password ?? '',
      }))
    : [];
  return (
    <main className="mx-auto flex min-h-screen max-w-lg flex-col justify-center gap-6 p-6">
      <div className="flex items-center gap-3">
        <h1 className="text-xl font-semibold">Sign in to the Reseller Panel</h1>
        <EnvironmentBadge environment={env.ENVIRONMENT} />
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </div>
      {notice ? (
        <p role="status" className="rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200">
          {notice}
        </p>
      ) : null}
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {env.SANDBOX
          ? `This panel talks to its embedded sandbox DMAPI (${env.DMAPI_URL}); nothing reaches Joker.com.`
          : `This panel talks to ${environmentLabel(env.ENVIRONMENT)}: ${env.DMAPI_URL}. Sign in with a Joker.com API key or your Joker.com username and password.`}
      </p>
      <SignInForm demos={demos} initial={refused} />
    </main>
  );
}
