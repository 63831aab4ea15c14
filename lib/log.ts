import 'server-only';
import pino, { type DestinationStream, type Logger } from 'pino';
import { env } from '@/lib/env';

/**
 * THE logger of the panel's server side (pino, one JSON line per event, level from LOG_LEVEL). Never log a credential,
 * an Auth-Sid, an API key, an auth-id or a verification key: DMAPI entries arrive redacted from the transport, and the
 * paths below are cut out again as a second line of defence.
 */
const REDACT = [
  'password', 'apiKey', 'api-key', 'authSid', 'auth-sid', 'key', 'authId', 'auth-id', 'transfer-auth-id', 'token',
  '*.password', '*.apiKey', '*["api-key"]', '*.authSid', '*["auth-sid"]', '*.key', '*.authId', '*["auth-id"]',
  '*["transfer-auth-id"]', '*.token', 'params.*.password',
];

/** The panel's logger configuration; `destination` for tests (default: standard output). */
export function buildLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'joker-panel' },
    redact: { paths: REDACT, censor: '[REDACTED]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

let root: Logger | undefined;

function rootLogger(): Logger {
  root ??= buildLogger(env.LOG_LEVEL);
  return root;
}

/** A logger for one part of the panel: `log('jobs').warn({ jobId }, 'item failed')`. */
export function log(component: string): Logger {
  return rootLogger().child({ component });
}

/** An error as loggable fields: name and (already redacted) message, never the cause chain (it may hold a request). */
export function errorFields(error: unknown): { err: { name: string; message: string } } {
  return { err: error instanceof Error ? { name: error.name, message: error.message } : { name: 'unknown', message: String(error) } };
}
