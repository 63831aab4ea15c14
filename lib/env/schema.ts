import 'server-only';
import { z } from 'zod';
import { isLoopbackHost, parseTrustedProxies } from './client-address.mjs';

/** Where the panel's DMAPI lives; derived from DMAPI_URL. */
export type Environment = 'sandbox' | 'ote' | 'production' | 'custom';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DMAPI_URL: optionalString.pipe(
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://dmapi.ote.joker.com' })
      .optional(),
  ),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  PANEL_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  PORT: port(3000),
  /** Interface the panel's server listens on (scripts/server.mjs). */
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  SANDBOX_PORT: port(7070),
  /** Proxies whose X-Forwarded-For is believed (IPs and CIDR ranges); nobody's by default. */
  TRUSTED_PROXIES: optionalString.superRefine((value, ctx) => {
    try {
      parseTrustedProxies(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  }),
  /** The address people open the panel at; its scheme decides the cookie's Secure flag and HSTS. */
  PANEL_URL: optionalString.pipe(
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://panel.example.com' }).optional(),
  ),
  /** The Joker account (User-Login or UID) that is this panel's reseller; in the sandbox its demo reseller. */
  PANEL_RESELLER: optionalString.pipe(z.string().max(254).optional()),
  /** Bulk job items in flight at once per panel process. */
  JOB_CONCURRENCY: z.coerce.number().int().min(1, 'must be at least 1').max(32).default(4),
  DMAPI_TIMEOUT_MS: z.coerce.number().int().min(1000, 'must be at least 1000 (ms)').max(600_000).default(30_000),
  SESSION_IDLE_HOURS: z.coerce.number().positive('must be above 0').max(24 * 30).default(8),
  /** A panel session ends this long after sign-in, however active it is. */
  SESSION_MAX_HOURS: z.coerce.number().positive('must be above 0').max(24 * 365).default(24 * 7),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type RawEnv = z.infer<typeof envSchema>;

export type Env = Omit<RawEnv, 'DMAPI_URL' | 'PANEL_URL'> & {
  /** Base URL of the DMAPI this panel talks to, without trailing slash. */
  DMAPI_URL: string;
  /** The panel's own base URL without trailing slash (default http://localhost:PORT); next-auth's base URL too. */
  PANEL_URL: string;
  /** PANEL_URL is https: the session cookie is Secure and HSTS is sent. */
  PANEL_SECURE: boolean;
  /** True when DMAPI_URL was not set: the panel serves and uses its own sandbox. */
  SANDBOX: boolean;
  ENVIRONMENT: Environment;
  DATABASE_KIND: 'pglite' | 'postgres';
};

export class EnvError extends Error {
  constructor(public readonly issues: { variable: string; message: string }[]) {
    super(
      `Invalid environment configuration:\n` +
        issues.map((i) => `  ${i.variable}: ${i.message}`).join('\n') +
        `\nSee .env.example for every variable.`,
    );
    this.name = 'EnvError';
  }
}

export function environmentOf(dmapiUrl: string | undefined): Environment {
  if (!dmapiUrl) return 'sandbox';
  const host = new URL(dmapiUrl).hostname.toLowerCase();
  if (host === 'dmapi.ote.joker.com') return 'ote';
  if (host === 'dmapi.joker.com') return 'production';
  return 'custom';
}

/**
 * Validates a raw environment (process.env or a test's object). Pure: it does not generate secrets or touch the
 * file system; `lib/env/index.ts` adds the generated PANEL_SECRET for sandbox and development.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? 'environment'), message: issue.message })),
    );
  }
  const raw = result.data;
  const environment = environmentOf(raw.DMAPI_URL);
  const issues = productionIssues(raw, environment);
  if (issues.length > 0) throw new EnvError(issues);
  const panelUrl = (raw.PANEL_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, '');
  return {
    ...raw,
    PANEL_URL: panelUrl,
    PANEL_SECURE: panelUrl.startsWith('https:'),
    DMAPI_URL: (raw.DMAPI_URL ?? `http://127.0.0.1:${raw.SANDBOX_PORT}`).replace(/\/+$/, ''),
    SANDBOX: environment === 'sandbox',
    ENVIRONMENT: environment,
    DATABASE_KIND: raw.DATABASE_URL ? 'postgres' : 'pglite',
  };
}

/** What a real deployment must configure (the sandbox and development run on defaults), and what is never safe. */
function productionIssues(raw: RawEnv, environment: Environment): { variable: string; message: string }[] {
  const issues: { variable: string; message: string }[] = [];
  // Credentials and Auth-Sids travel to the DMAPI: never in clear text beyond this machine.
  if (raw.DMAPI_URL?.startsWith('http:') && !isLoopbackHost(new URL(raw.DMAPI_URL).hostname)) {
    issues.push({ variable: 'DMAPI_URL', message: 'must be https:// (plain http only on this machine: localhost, 127.0.0.1, ::1)' });
  }
  if (raw.NODE_ENV !== 'production' || environment === 'sandbox') return issues;
  if (!raw.PANEL_SECRET) {
    issues.push({ variable: 'PANEL_SECRET', message: 'is required in production against a real DMAPI (generate one with: openssl rand -base64 48)' });
  }
  if (!raw.PANEL_RESELLER) {
    issues.push({
      variable: 'PANEL_RESELLER',
      message: 'is required in production against a real DMAPI: the User-Login or UID of the Joker account whose panel this is',
    });
  }
  if (!raw.PANEL_URL) {
    issues.push({ variable: 'PANEL_URL', message: 'is required in production against a real DMAPI: the https:// address people open the panel at' });
  } else if (raw.PANEL_URL.startsWith('http:') && !isLoopbackHost(new URL(raw.PANEL_URL).hostname)) {
    issues.push({ variable: 'PANEL_URL', message: 'must be https:// in production (the session cookie then travels over https only)' });
  }
  return issues;
}
