'use client';

import { answerVerificationAction } from '@/app/(public)/verify/actions';
import type { VerifyAnswerResult } from '@/lib/verification/public';
import { Button } from '@/components/ui/button';
import { AnswerSteps } from './answer-steps';
import { Notice } from './brand';
import { PublicProblem } from './messages';

/** The owner's yes or no on /verify, with the confirmation step and the outcome in plain words. */
export function VerifyAnswer({ keyValue, email, domains, provider }: { keyValue: string; email: string; domains: string[]; provider: string }) {
  return (
    <AnswerSteps<VerifyAnswerResult>
      keyValue={keyValue}
      action={answerVerificationAction}
      question={<>Is {email} your e-mail address, and is it right for these domains?</>}
      choices={[
        {
          answer: 'yes',
          button: 'Yes, this is correct',
          confirmTitle: 'Confirm your e-mail address',
          confirmText: (
            <p>
              You confirm that <strong>{email}</strong> is your address and that you are the owner of {domains.length === 1 ? 'this domain' : 'these domains'}, or act
              for the owner.
            </p>
          ),
          confirmButton: 'Confirm',
          tone: 'primary',
        },
        {
          answer: 'no',
          button: 'No, this is not correct',
          confirmTitle: 'Say that the address is not correct?',
          confirmText: (
            <>
              <p>
                The address <strong>{email}</strong> is then marked as invalid, and {domains.length === 1 ? 'the domain' : 'the domains'} may be suspended until the
                owner’s e-mail address has been corrected.
              </p>
              <p>Contact {provider} to correct it.</p>
            </>
          ),
          confirmButton: 'Yes, it is not correct',
          tone: 'danger',
        },
      ]}
      renderResult={(result, retry) =>
        result.ok ? (
          result.answer === 'yes' ? (
            <Notice tone="success" title="Thank you: your e-mail address is confirmed">
              <p>
                {result.email} is confirmed for {result.domains.join(', ')}. There is nothing more to do.
              </p>
            </Notice>
          ) : (
            <Notice tone="warning" title="Recorded: the address is not correct">
              <p>
                {result.email} is now marked as invalid. {provider[0]?.toUpperCase()}
                {provider.slice(1)} will need the correct owner e-mail address; until then the domains may be suspended.
              </p>
            </Notice>
          )
        ) : (
          <div className="space-y-3">
            <PublicProblem kind={result.view.kind} provider={provider} minutes={result.view.kind === 'limited' ? result.view.minutes : undefined} what="verification" />
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
