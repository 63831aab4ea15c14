import { dmapiDateMs } from '@/lib/dates/dmapi-date';
import type { ContactFieldError, ContactValues } from './types';

const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
/** EPP phone form `+CC.NUMBER`; the documentation's own example `+1.422.8001` has further dots, so dots/blanks/dashes pass. */
const PHONE = /^\+[0-9]{1,3}\.[0-9][0-9 .-]{2,20}$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

export function isPhone(value: string): boolean {
  return PHONE.test(value);
}

/** A real calendar date written YYYY-MM-DD (read by lib/dates, the one date reader). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dmapiDateMs(value));
}

/** Luhn check over a digit string (Swedish personal and organisational numbers carry one). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** First non-empty value among a field and its aliases. */
export function pick(values: ContactValues, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = values[name];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

/** Collects errors with a small fluent helper, so rule files read as lists of rules. */
export class ErrorList {
  readonly errors: ContactFieldError[] = [];
  add(field: string, message: string): this {
    this.errors.push({ field, message });
    return this;
  }
  require(values: ContactValues, field: string, message: string, ...aliases: string[]): string | undefined {
    const value = pick(values, field, ...aliases);
    if (value === undefined) this.add(field, message);
    return value;
  }
}
