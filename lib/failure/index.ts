export type { Failure, FailureCode, FailureFix } from './types';
export { FAILURE_CODES } from './types';
export { ExpectedFailure } from './expected';
export { describeFailure, failureText, type DescribeOptions } from './describe';
export { dmapiWords, nackWords, fieldErrorsFrom, type Words } from './dmapi-words';
