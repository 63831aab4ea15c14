'use client';

import { type ReactNode, useActionState, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

export interface Choice {
  answer: 'yes' | 'no';
  /** The first step's button. */
  button: string;
  /** The confirmation step: what this answer does, and its button. */
  confirmTitle: string;
  confirmText: ReactNode;
  confirmButton: string;
  tone: 'primary' | 'danger';
}

export interface AnswerStepsProps<R> {
  keyValue: string;
  question: ReactNode;
  choices: [Choice, Choice];
  action: (previous: R | null, form: FormData) => Promise<R>;
  /** The outcome page for an answer's result; `retry` goes back to the confirmation step. */
  renderResult: (result: R, retry: () => void) => ReactNode;
}

/**
 * Yes / No, then a confirmation step that says what the answer does, then the outcome in plain words. Only the key
 * the visitor arrived with and the answer are posted. Focus moves to each step's heading for keyboard and screen
 * reader users.
 */
export function AnswerSteps<R>({ keyValue, question, choices, action, renderResult }: AnswerStepsProps<R>) {
  const [chosen, setChosen] = useState<Choice | null>(null);
  const [result, formAction, pending] = useActionState(action, null);
  // "Try again" dismisses a result; the next answer's result shows again.
  const [dismissed, setDismissed] = useState<R | null>(null);
  const shown = result !== null && result !== dismissed ? result : null;
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    // Not on the first paint: the page opens at its top; after each step, focus follows the step.
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [chosen, shown]);
  if (shown) {
    return (
      <div className="space-y-3">
        <h2 ref={heading} tabIndex={-1} className="sr-only">
          Outcome
        </h2>
        {renderResult(shown, () => setDismissed(shown))}
      </div>
    );
  }
  if (!chosen) {
    return (
      <div className="space-y-4">
        <h2 ref={heading} tabIndex={-1} className="text-base font-medium outline-none">
          {question}
        </h2>
        <div className="flex flex-wrap gap-2">
          {choices.map((c) => (
            <Button key={c.answer} variant={c.answer === 'yes' ? 'primary' : 'secondary'} onClick={() => setChosen(c)}>
              {c.button}
            </Button>
          ))}
        </div>
      </div>
    );
  }
  return (
    <form action={formAction} aria-labelledby="confirm-heading" className="space-y-4">
      <h2 id="confirm-heading" ref={heading} tabIndex={-1} className="text-base font-medium outline-none">
        {chosen.confirmTitle}
      </h2>
      <div className="space-y-2 text-sm">{chosen.confirmText}</div>
      <input type="hidden" name="key" value={keyValue} />
      <input type="hidden" name="answer" value={chosen.answer} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={chosen.tone} disabled={pending}>
          {pending ? 'Sending…' : chosen.confirmButton}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => setChosen(null)}>
          Back
        </Button>
      </div>
    </form>
  );
}
