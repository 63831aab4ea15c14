'use server';

import { requestIp } from '@/lib/auth/request-context';
import { answerChangeOfRegistrant, type CorAnswerResult } from '@/lib/verification/public';

/**
 * Public (no session, listed in lib/actions/inventory.ts): a registrant confirms or refuses a change of registrant
 * with the key from their e-mail (cor-verify, with the service credential); answers are limited per client address.
 */
export async function answerChangeOfRegistrantAction(_previous: CorAnswerResult | null, form: FormData): Promise<CorAnswerResult> {
  return answerChangeOfRegistrant({ key: form.get('key'), answer: form.get('answer') }, await requestIp());
}
