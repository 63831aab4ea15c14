import { BrandedError } from '@/lib/dmapi/errors';
import type { FailureCode, FailureFix } from './types';

/**
 * An expected failure a handler throws on purpose (a rule of the panel, a limit, a state the user must change first);
 * describeFailure turns it into a Failure value, never an error page. Branded, so it is recognised across bundles.
 */
export class ExpectedFailure extends BrandedError {
  static override readonly brand: string = 'ExpectedFailure';
  readonly code: FailureCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly next?: string;
  readonly fix?: FailureFix;

  constructor(
    message: string,
    options: { code?: FailureCode; fieldErrors?: Record<string, string[]>; next?: string; fix?: FailureFix } = {},
  ) {
    super(message);
    this.code = options.code ?? 'failed';
    if (options.fieldErrors) this.fieldErrors = options.fieldErrors;
    if (options.next) this.next = options.next;
    if (options.fix) this.fix = options.fix;
  }
}

