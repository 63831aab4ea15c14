'use client';

import { answerChangeOfRegistrantAction } from '@/app/(public)/cor/actions';
import type { CorAnswerResult } from '@/lib/verification/public';
import { Button } from '@/components/ui/button';
import { AnswerSteps } from './answer-steps';
import { Notice } from './brand';
import { PublicProblem } from './messages';

/** Confirm or refuse a change of registrant on /cor, with the confirmation step and the outcome in plain words. */
export function CorAnswer({ keyValue, provider }: { keyValue: string; provider: string }) {
  return (
    <AnswerSteps<CorAnswerResult>
      keyValue={keyValue}
      action={answerChangeOfRegistrantAction}
      question="Do you agree to this change of registrant?"
      choices={[
        {
          answer: 'yes',
          button: 'Confirm the change',
          confirmTitle: 'Confirm the change of registrant?',
          confirmText: (
            <p>
              The new registrant named in the e-mail becomes the domain’s holder, and unless the request opted out, the domain cannot move to another
              registrar for 60 days.
            </p>
          ),
          confirmButton: 'Yes, confirm',
          tone: 'primary',
        },
        {
          answer: 'no',
          button: 'Refuse the change',
          confirmTitle: 'Refuse the change of registrant?',
          confirmText: <p>The change will not be carried out; the domain keeps its current registrant.</p>,
          confirmButton: 'Yes, refuse',
          tone: 'danger',
        },
      ]}
      renderResult={(result, retry) =>
        result.ok ? (
          result.answer === 'yes' ? (
            <Notice tone="success" title="Thank you: the change is confirmed">
              <p>Your confirmation was accepted and the change of registrant is carried out. The domain’s registration shows the new registrant shortly.</p>
            </Notice>
          ) : (
            <Notice tone="warning" title="The change is refused">
              <p>Your refusal was accepted: the change of registrant will not be carried out, and the domain keeps its current registrant.</p>
            </Notice>
          )
        ) : (
          <div className="space-y-3">
            <PublicProblem kind={result.view.kind} provider={provider} minutes={result.view.kind === 'limited' ? result.view.minutes : undefined} what="cor" />
            {result.view.kind === 'unavailable' ? (
              <Button variant="secondary" onClick={retry}>
                Try again
              </Button>
            ) : null}
          </div>
        )
      }
    />
  );
}
