'use client';

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <div role="alert" style={{ maxWidth: 420, textAlign: 'center' }}>
          <h1>The panel failed to load</h1>
          <p>Try again in a moment.{error.digest ? ` Reference: ${error.digest}` : ''}</p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </div>
      </body>
    </html>
  );
}
