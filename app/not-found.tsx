import Link from '@/components/ui/link';

export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="max-w-md space-y-3 text-center">
        <p className="font-mono text-sm text-zinc-500">404</p>
        <h1 className="text-xl font-semibold">Page not found</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          The page you asked for does not exist here, or it has moved.
        </p>
        <Link href="/" className="inline-block rounded bg-zinc-900 px-3 py-1.5 text-sm text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900">
          Back to the overview
        </Link>
      </div>
    </main>
  );
}
