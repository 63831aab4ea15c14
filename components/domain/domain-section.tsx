import type { ReactNode } from 'react';
import { Deferred, Skeleton } from '@/components/ui/streamed';

/** One section of the domain page; the page's table of contents links to it by `id`. */
export interface DomainSectionEntry {
  id: string;
  title: string;
  node: ReactNode;
  /** false: the node draws its own card and heading (another area's section); it only gets the anchor. */
  framed?: boolean;
}

/** A titled card with an anchor. */
export function DomainSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 space-y-3 rounded-md border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The page's sections in order, with a table of contents above them. The first is sent with the page's first bytes,
 * the others render after them (Deferred). `later` adds sections that wait for data of their own before they render
 * (an async component rendering a DomainSectionList): the contents name them at once.
 */
export function DomainSections({
  sections,
  later,
}: {
  sections: readonly DomainSectionEntry[];
  later?: { contents: readonly { id: string; title: string }[]; node: ReactNode };
}) {
  const contents = [...sections, ...(later?.contents ?? [])];
  return (
    <>
      <nav aria-label="Sections of this page">
        <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {contents.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="text-sky-700 hover:underline dark:text-sky-400">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.slice(0, 1).map(renderSection)}
      {(sections.length > 1 || later) && (
        <Deferred label="the rest of the page" fallback={<Skeleton className="h-64 w-full" />}>
          {sections.slice(1).map(renderSection)}
          {later?.node}
        </Deferred>
      )}
    </>
  );
}

/** Sections rendered in order (the `later` part of DomainSections). */
export function DomainSectionList({ sections }: { sections: readonly DomainSectionEntry[] }) {
  return <>{sections.map(renderSection)}</>;
}

function renderSection(s: DomainSectionEntry) {
  return s.framed === false ? (
    <div key={s.id} id={s.id} className="scroll-mt-4">
      {s.node}
    </div>
  ) : (
    <DomainSection key={s.id} id={s.id} title={s.title}>
      {s.node}
    </DomainSection>
  );
}
