/** The error line under a field; its id is what the input's aria-describedby points at. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className="mt-1 text-xs text-rose-700 dark:text-rose-400">
      {messages.join(' ')}
    </p>
  );
}

/** The message at the top of a form: an expected failure in plain words, with the DMAPI's Error lines below it. */
export function FormError({ message, details }: { message?: string; details?: string[] }) {
  if (!message) return null;
  return (
    <div role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200">
      <p>{message}</p>
      {details && details.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 text-xs">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
