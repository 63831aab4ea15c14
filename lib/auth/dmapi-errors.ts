import 'server-only';
import { DmapiAuthError, DmapiError, DmapiTransportError } from '@/lib/dmapi';

/** Kept for the call sites that still use it; the classes themselves now answer `instanceof` across Next bundles. */
export function isDmapiAuthError(error: unknown): error is DmapiAuthError {
  return error instanceof DmapiAuthError;
}

export function isDmapiError(error: unknown): error is DmapiError {
  return error instanceof DmapiError;
}

export function isDmapiTransportError(error: unknown): error is DmapiTransportError {
  return error instanceof DmapiTransportError;
}
