import type { PanelSession } from '@/lib/auth';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { Panel } from './figure';
import { BalanceFigures, CoverSection, ExpiryFigures, NackSection, ResultsSection, TldFigures, TransfersSection, VerificationsSection } from './sections';

function Figures({ count, className }: { count: number; className: string }) {
  return (
    <div className={className}>
      {Array.from({ length: count }, (_, i) => (
        <Skeleton key={i} className="h-[4.5rem]" />
      ))}
    </div>
  );
}

const lines = <Skeleton className="h-20 w-full" />;

/**
 * The panel's home: money, portfolio figures (each linking to the filtered list), deadlines and recent requests. It
 * paints at once; every section streams in when its own data is there, so the balance and the counts never wait
 * for the renewal forecast over the whole portfolio.
 */
export function Overview({ session }: { session: PanelSession }) {
  return (
    <div className="space-y-4">
      <Streamed label="refused requests" fallback={<span />}>
        <NackSection session={session} />
      </Streamed>
      <Streamed label="the account balance" fallback={<Figures count={4} className="grid grid-cols-2 gap-3 md:grid-cols-4" />}>
        <BalanceFigures session={session} />
      </Streamed>
      <Streamed label="the portfolio figures" fallback={<Figures count={6} className="grid grid-cols-2 gap-3 md:grid-cols-6" />}>
        <ExpiryFigures session={session} />
      </Streamed>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <Streamed label="the renewal forecast" fallback={<Skeleton className="h-96 w-full" />}>
            <CoverSection session={session} />
          </Streamed>
        </div>
        <Streamed label="domains by TLD" fallback={<Skeleton className="h-96 w-full" />}>
          <TldFigures session={session} />
        </Streamed>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel title="Pending transfers" id="transfers-heading">
          <Streamed label="pending transfers" fallback={lines}>
            <TransfersSection session={session} />
          </Streamed>
        </Panel>
        <Panel title="Verifications nearest their deadline" id="verifications-heading">
          <Streamed label="verifications" fallback={lines}>
            <VerificationsSection session={session} />
          </Streamed>
        </Panel>
      </div>
      <Panel title="Recent queued requests" id="results-heading">
        <Streamed label="recent queued requests" fallback={lines}>
          <ResultsSection session={session} />
        </Streamed>
      </Panel>
    </div>
  );
}
