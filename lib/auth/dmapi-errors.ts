import 'server-only';
import { DmapiAuthError, DmapiError, DmapiTransportError } from '@/lib/dmapi';

/**
 * Error checks that also hold across Next's server bundles: route handlers and pages are separate module graphs,
 * each with its own copy of the lib/dmapi classes, so `instanceof` alone can miss an error made by the other graph.
 */
function named(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}

export function isDmapiAuthError(error: unknown): error is DmapiAuthError {
  return error instanceof DmapiAuthError || named(error, 'DmapiAuthError');
}

export function isDmapiError(error: unknown): error is DmapiError {
  return error instanceof DmapiError || named(error, 'DmapiError') || isDmapiAuthError(error);
}

export function isDmapiTransportError(error: unknown): error is DmapiTransportError {
  return error instanceof DmapiTransportError || named(error, 'DmapiTransportError');
}
