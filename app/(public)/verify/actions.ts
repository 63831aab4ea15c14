'use server';

import { requestIp } from '@/lib/auth/request-context';
import { answerVerification, type VerifyAnswerResult } from '@/lib/verification/public';

/**
 * Public (no session, listed in lib/actions/inventory.ts): the owner's yes or no for the key they arrived with. The
 * DMAPI call goes out with the service credential; answers are limited per client address.
 */
export async function answerVerificationAction(_previous: VerifyAnswerResult | null, form: FormData): Promise<VerifyAnswerResult> {
  return answerVerification({ key: form.get('key'), answer: form.get('answer') }, await requestIp());
}
