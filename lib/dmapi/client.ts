/**
 * The session-bound DMAPI client. One instance per panel session per process, so that parallel calls share the
 * single-flight re-login below.
 */
import 'server-only';
import { DmapiAuthError } from './errors';
import { login, logoutSession, type Credential, type DmapiSession } from './session';
import type { CallOptions, DmapiResponse, Params, Transport } from './transport';

export interface DmapiClientOptions {
  transport: Transport;
  credential: Credential;
  session?: DmapiSession;
  /** Called after every (re-)login, e.g. to store the new Auth-Sid. */
  onSessionChange?: (session: DmapiSession) => void | Promise<void>;
  /**
   * Called before every (re-)login; throwing refuses the login (the panel: its session has ended, so its stored
   * credential must not log in again).
   */
  beforeLogin?: () => void | Promise<void>;
  /**
   * Wraps every (re-)login, so that several holders of one stored session (panel processes, bundles) log in once
   * between them: given the session found stale (undefined when there was none) and the login itself, it returns the
   * session to use, either one another holder made meanwhile or a fresh one.
   */
  coordinateLogin?: (stale: DmapiSession | undefined, login: () => Promise<DmapiSession>) => Promise<DmapiSession>;
  /** Ask for contact prefixes (`prefixes=1`) on every login; default true. */
  prefixes?: boolean;
  /**
   * Called with the `Warning:` lines of every successful reply. Write results also carry them; this hook is how the
   * warnings of list reads (which return plain arrays) reach a log or the page instead of being dropped.
   */
  onWarnings?: (request: string, warnings: string[]) => void;
}

export interface ClientCallOptions extends CallOptions {
  /** A read: safe to repeat after a transport failure or a re-login. */
  idempotent?: boolean;
}

export class DmapiClient {
  readonly transport: Transport;
  // Private fields keep the credential out of JSON.stringify, util.inspect and error reports.
  #credential: Credential | undefined;
  readonly #onSessionChange: DmapiClientOptions['onSessionChange'];
  readonly #beforeLogin: DmapiClientOptions['beforeLogin'];
  readonly #coordinateLogin: DmapiClientOptions['coordinateLogin'];
  readonly #prefixes: boolean;
  readonly #onWarnings: DmapiClientOptions['onWarnings'];
  #session: DmapiSession | undefined;
  #pendingLogin: Promise<DmapiSession> | undefined;
  #lastActivity = 0;

  constructor(options: DmapiClientOptions) {
    this.transport = options.transport;
    this.#credential = options.credential;
    this.#session = options.session;
    this.#onSessionChange = options.onSessionChange;
    this.#beforeLogin = options.beforeLogin;
    this.#coordinateLogin = options.coordinateLogin;
    this.#prefixes = options.prefixes ?? true;
    this.#onWarnings = options.onWarnings;
  }

  get session(): DmapiSession | undefined {
    return this.#session;
  }

  /** When the session expires if nothing else happens (sliding inactivity expiry), as far as this process knows. */
  get expiresAt(): Date | undefined {
    if (!this.#session || this.#lastActivity === 0) return undefined;
    return new Date(this.#lastActivity + this.#session.sessionTimeout * 1000);
  }

  toJSON(): { session: DmapiSession | undefined } {
    return { session: this.#session && { ...this.#session, authSid: '[REDACTED]' } };
  }

  /**
   * Log in (again). Single-flight: concurrent callers share one login. When `stale` is given and the session has
   * already moved on from it, the newer session is returned without another login.
   */
  async relogin(stale?: DmapiSession): Promise<DmapiSession> {
    if (stale && this.#session && this.#session.authSid !== stale.authSid) return this.#session;
    if (!this.#pendingLogin) {
      this.#pendingLogin = (async () => {
        try {
          await this.#beforeLogin?.();
          const doLogin = () => {
            if (!this.#credential) throw new Error('This DMAPI client was disposed: its session has ended.');
            return login(this.transport, this.#credential, { prefixes: this.#prefixes });
          };
          const known = stale ?? this.#session;
          const fresh = this.#coordinateLogin ? await this.#coordinateLogin(known, doLogin) : await doLogin();
          this.#session = fresh;
          this.#lastActivity = Date.now();
          await this.#onSessionChange?.(fresh);
          return fresh;
        } finally {
          this.#pendingLogin = undefined;
        }
      })();
    }
    return this.#pendingLogin;
  }

  /**
   * Send one request with the session's Auth-Sid. On HTTP 401 / Status-Code 2200 the server rejected the call as
   * unauthenticated, so it was never processed: log in again once and repeat it (reads and writes alike). A write
   * that failed any other way (timeout, reset, 5xx) is never repeated, because it may have been carried out.
   */
  async call(request: string, params: Params, options: ClientCallOptions = {}): Promise<DmapiResponse> {
    const session = this.#session ?? (await this.relogin());
    try {
      return await this.#send(request, params, session, options);
    } catch (e) {
      if (!(e instanceof DmapiAuthError)) throw e;
      const fresh = await this.relogin(session);
      return this.#send(request, params, fresh, options);
    }
  }

  async #send(request: string, params: Params, session: DmapiSession, options: ClientCallOptions): Promise<DmapiResponse> {
    const reply = await this.transport.call(request, { ...params, 'auth-sid': session.authSid }, options);
    this.#lastActivity = Date.now();
    if (reply.warnings.length > 0) this.#onWarnings?.(request, reply.warnings);
    return reply;
  }

  /** Forget the credential and the session (the panel session ended); every later call fails without a request. */
  dispose(): void {
    this.#credential = undefined;
    this.#session = undefined;
    this.#lastActivity = 0;
  }

  /** DMAPI `logout`. A session that has already expired counts as ended. */
  async logout(): Promise<void> {
    const session = this.#session;
    this.#session = undefined;
    this.#lastActivity = 0;
    if (!session) return;
    try {
      await logoutSession(this.transport, session.authSid);
    } catch (e) {
      if (!(e instanceof DmapiAuthError)) throw e;
    }
  }
}
