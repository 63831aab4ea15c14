import { Skeleton } from '@/components/ui/streamed';

/** The list's shape while its first screen is on its way. */
export function ListSkeleton() {
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <Skeleton className="h-12 w-56" />
        <Skeleton className="h-12 w-24" />
        <Skeleton className="h-12 w-32" />
        <Skeleton className="h-12 w-24" />
      </div>
      <p className="text-sm text-zinc-500">Loading the portfolio…</p>
      <Skeleton className="h-[calc(100vh-17rem)] min-h-64 w-full" />
    </div>
  );
}
