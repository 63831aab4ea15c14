import { STATUS, type StatusName } from './wire/reply';

/**
 * Thrown by handlers (or ctx helpers such as ctx.require) to answer with a DMAPI error: the dispatcher turns it into
 * `Status-Code`/`Status-Text` plus one `Error:` line per reason (the DMAPI repeats the header, one per reason).
 */
export class DmapiError extends Error {
  readonly code: number;
  readonly text: string;
  readonly errors: string[];
  readonly httpStatus: number;

  constructor(status: StatusName, errors: string | string[], options: { httpStatus?: number } = {}) {
    const list = Array.isArray(errors) ? errors : [errors];
    super(list.join('; ') || STATUS[status][1]);
    this.code = STATUS[status][0];
    this.text = STATUS[status][1];
    this.errors = list;
    this.httpStatus = options.httpStatus ?? 200;
  }
}

export function fail(status: StatusName, errors: string | string[]): never {
  throw new DmapiError(status, errors);
}
