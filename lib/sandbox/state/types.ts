/**
 * The sandbox's whole world, as plain JSON-serialisable data. The working copy lives in memory (see store.ts) and is
 * persisted as a snapshot; keep every field JSON-safe (no Date, Map or class instances) so a restart restores it.
 * Times are epoch milliseconds on the SANDBOX clock (clock.ts), money is in integer cents.
 */

export type UserAccess = '@full' | '@modify-only' | '@readonly';

export interface ApiKey {
  key: string;
  access: UserAccess;
  /** Requests this key may not use beyond its User-Access (operator setting, POST /_sandbox/keys; README). */
  deny?: string[];
}

export interface Account {
  uid: string;
  login: string; // e-mail, also the username of `login`
  password: string;
  apiKeys: ApiKey[];
  reseller: boolean;
  currency: string; // 'EUR'
  balanceCents: number;
  pendingCents: number;
  rebate: number;
  contractDate: string; // YYYY-MM-DD
  customerId: string; // e.g. 'C-123456'
  profile: Record<string, string>; // fname, lname, organization, city, vat-id, …
  /** TLDs this account may use; `login` lists them, sorted. */
  tlds: string[];
  /** Contact-handle prefix per TLD, reported by `login prefixes=1`. */
  handlePrefixes: Record<string, string>;
  lastLoginAt: number | null;
  lastLoginIp: string | null;
  lastErrorAt: number | null;
  lastErrorIp: string | null;
  /** user-set-property values (rules/user-properties.ts); absent in snapshots older than that request. */
  properties?: Record<string, string>;
}

export interface Session {
  sid: string; // 40 hex characters
  uid: string;
  access: UserAccess;
  createdAt: number;
  lastSeenAt: number;
  /** Session-Timeout seconds: the session dies after this much inactivity on the sandbox clock. */
  timeoutSec: number;
  /** The key's `deny` at login: left out of query-request-list and refused. */
  deny?: string[];
}

export type PrivacyLevel = 'none' | 'basic' | 'pro';

export interface DsRecord {
  /** As sent in `ds-N`, normalised to `keytag:alg:digesttype:digest` (or the DNSKEY form the FAQ gives). */
  raw: string;
}

export type TransferState =
  | 'IN_DB'
  | 'PAYMENT_PREPARED'
  | 'PAYMENT_ACQUIRED'
  | 'PENDING_FOA_SENDING'
  | 'FOA_BEEN_SENT'
  | 'FOA_NACK'
  | 'FOA_ACK'
  | 'REGISTRY_REQUEST_SENT'
  | 'REGISTRY_REQUEST_RECEIVED_NOW_WAITING'
  | 'REGISTRY_CANCELATION_PENDING'
  | 'DOMAIN_WITH_JOKER_PENDING_COMPLETE'
  | 'PAYMENT_COMMITTED'
  | 'TRANSFER_PROCESSED_SUCCESSFULLY'
  | 'CANCELLED';

/**
 * An incoming transfer (domain-transfer-in-reseller) while it runs; the Domain is created in state.domains only when
 * it reaches TRANSFER_PROCESSED_SUCCESSFULLY. domain-transfer-control lists these.
 */
export interface TransferRecord {
  id: string; // transfer-id
  domain: string;
  uid: string;
  state: TransferState;
  ownerEmail: string;
  adminEmail: string;
  startedAt: number;
  /** When the sandbox clock moves the transfer to its next state (null: waits for someone, e.g. the FOA answer). */
  nextAt: number | null;
  /** The request's parameters needed to create the domain at the end (owner-c, admin-c, ns-list, autorenew …). */
  request: Record<string, string>;
  procId: number | null;
  chargedCents: number;
  foaKey: string | null;
  foaSentAt: number | null;
}

export type VerificationStatus = 'pending' | 'verified' | 'invalid';

export interface PendingOwnerChange {
  /** New owner data as sent to `domain-owner-change` (field name → value). */
  owner: Record<string, string>;
  /** Change-of-registrant confirmation keys (old and new owner), answered through `cor-verify`. */
  keys: string[];
  requestedAt: number;
  deadline: number;
  lockOptOut: boolean;
  procId: number | null;
}

export interface Domain {
  name: string; // lower-case ASCII (punycode for IDN)
  tld: string; // e.g. 'com', 'co.uk'
  uid: string; // owning account
  createdAt: number;
  expiresAt: number;
  /** Last successful renew (the 6-hour rule of domain-renew). */
  lastRenewAt: number | null;
  ownerC: string;
  adminC: string;
  techC: string;
  billingC: string;
  ns: string[];
  /** 'production' is always there; 'lock' and 'autorenew' are mirrored from the flags below for query-domain-list. */
  locked: boolean;
  autorenew: boolean;
  whoisOptOut: boolean;
  gdprOptIn: boolean;
  privacy: PrivacyLevel;
  privacyActive: boolean; // domain-set-property privacy=off keeps the subscription but deactivates it
  privacyExpiresAt: number | null;
  privacyOrigin: string | null; // e.g. 'registration', 'order', 'renew'
  dnssec: boolean;
  ds: DsRecord[];
  registrarTag: string | null;
  language: string | null;
  /** Free-form properties of domain-set-property beyond the typed ones above. */
  properties: Record<string, string>;
  authId: string;
  /** ms until which an IRTP-C 60-day transfer lock applies, or null. */
  transferLockUntil: number | null;
  premium: boolean;
  pendingOwnerChange: PendingOwnerChange | null;
  /** Id of the owner e-mail verification (Verification.id) that covers this domain, if any. */
  verificationId: string | null;
  /** Free for handlers to keep a few extra facts (e.g. deletedAt in grace). */
  extra: Record<string, string>;
}

export interface Contact {
  handle: string; // e.g. 'CCOM-1234'
  uid: string;
  tld: string; // the TLD (or 'com' style generic) the handle is usable with
  fields: Record<string, string>; // name, fname, lname, organization, email, address-1, city, postal-code, country, phone, …
  createdAt: number;
  modifiedAt: number;
}

export interface Host {
  name: string; // ns1.example.com
  uid: string;
  ipv4: string[];
  ipv6: string[];
  createdAt: number;
  modifiedAt: number;
}

export interface Zone {
  domain: string;
  uid: string;
  dnssec: boolean;
  dyndns: { enabled: boolean; user: string; password: string };
  /** The zone's record lines as the reseller last put them (without the $ directive lines). */
  records: string[];
  modifiedAt: number;
}

export type GrantRole = '@admin' | '@billing' | '@tech' | '@creator';

export interface Grant {
  id: string;
  domain: string;
  role: GrantRole;
  /** Account that received the role. */
  clientUid: string;
  clientLogin: string;
  nickname: string;
  grantedByUid: string;
  createdAt: number;
}

export interface Invitation {
  id: string;
  key: string;
  domain: string;
  role: GrantRole;
  email: string;
  nickname: string;
  invitedByUid: string;
  createdAt: number;
  expiresAt: number;
  status: 'open' | 'accepted' | 'declined' | 'revoked';
}

export interface Verification {
  id: string;
  key: string;
  uid: string; // the reseller account owning the domains
  email: string;
  domains: string[];
  status: VerificationStatus;
  createdAt: number;
  deadline: number; // 15 days after createdAt
  lastSentAt: number;
}

/**
 * A deleted domain in the redemption grace period (lib/sandbox/README.md "Beyond the seeds"): gone from every list,
 * not available to anyone, restorable by its last holder with domain-redeem until `until`, then purged.
 */
export interface Redemption {
  domain: Domain;
  zone: Zone | null;
  deletedAt: number;
  until: number;
  /** domain-delete type=transit: released to the registry (.de TRANSIT, .at withdrawal), not restorable here. */
  transit?: boolean;
}

export type CompletionStatus = 'ack' | 'nack' | '?';

export interface QueuedResult {
  procId: number;
  svTrId: string;
  clTrId: string; // '-' when none given
  uid: string;
  request: string;
  object: string;
  createdAt: number;
  completeAt: number;
  status: CompletionStatus;
  /** Registered job to run at completion (see registry.registerJob), with its JSON data. */
  job: string | null;
  data: unknown;
  /** `key: value` lines of the result-retrieve body once completed. */
  body: string[];
  errors: string[];
  /** result-delete removes the content and hides the entry from result-list (not from showall). */
  deleted: boolean;
  /** Set by the `nack` fault (POST /_sandbox/faults): completes as nack with these reasons, its charges refunded. */
  forcedNack?: string[];
}

export interface Order {
  id: string; // order id, rising
  uid: string;
  at: number;
  /** create | renew | transfer | restore | privacy | refund | … */
  type: string;
  object: string;
  tld: string;
  periodMonths: number;
  /** Positive for a charge, negative for a refund. */
  amountCents: number;
  currency: string;
  procId: number | null;
  /** As query-order-list reports it. */
  status: 'ok' | 'error' | 'pending';
}

export interface PriceEntry {
  /** Cents per period length in years (1..10). */
  create: Record<number, number>;
  renew: Record<number, number>;
  transfer: Record<number, number>;
  restore: number;
  privacyBasic: number; // per year
  privacyPro: number; // per year
  currency: string;
}

export interface Promo {
  tld: string;
  action: 'create' | 'renew' | 'transfer';
  /** flex: per-year price for any period in min..max years; exact: total price for exactly minYears (= maxYears). */
  mode: 'flex' | 'exact';
  minYears: number;
  maxYears: number;
  priceCents: number;
  startsAt: number;
  endsAt: number;
}

export interface PremiumName {
  domain: string;
  create: number; // cents
  renew: number;
  transfer: number;
  domainClass: string; // e.g. 'premium-1'
}

export interface OutboxMail {
  id: number;
  at: number;
  to: string;
  subject: string;
  /** verification | cor | grant-invitation | transfer-foa | notice */
  kind: string;
  body: string;
  domain: string | null;
  /** The key the mail carries (verification key, cor key, invitation key), if any. */
  key: string | null;
  /** Links the mail would carry (e.g. the invitation landing page). */
  links: string[];
}

export interface LogEntry {
  id: number;
  at: string; // ISO, sandbox clock
  request: string;
  uid: string | null;
  statusCode: number;
  httpStatus: number;
  procId: string | null;
  object: string | null;
  /**
   * A digest of the request's parameters without the Auth-Sid, so that a reader can tell one read from another
   * of the same request (count-only or a filter) without the log holding any parameter value.
   */
  params: string;
}

export type FaultMode = 'http500' | 'timeout' | 'garbage' | 'expire-session' | 'reset' | 'nack';

export interface Fault {
  request: string; // request name or '*'
  mode: FaultMode;
  remaining: number;
}

export interface Counters {
  procId: number;
  trackingSeq: number;
  orderSeq: number;
  outboxSeq: number;
  logSeq: number;
  idSeq: number;
}

export interface SandboxState {
  /** Format version of the snapshot. */
  version: 1;
  seed: number;
  domainsSeeded: number;
  /** Sandbox clock: sandbox now = real now + offsetMs. */
  clockOffsetMs: number;
  counters: Counters;
  accounts: Record<string, Account>; // by uid
  sessions: Record<string, Session>; // by sid
  domains: Map<string, Domain>; // by name; a Map for 100k-scale iteration order and speed
  contacts: Record<string, Contact>; // by handle (upper-case)
  hosts: Record<string, Host>; // by name
  zones: Record<string, Zone>; // by domain
  transfers: Record<string, TransferRecord>; // by domain name
  /** Deleted domains in redemption, by name (absent in snapshots older than domain-redeem: read it with `?? {}`). */
  redemptions: Record<string, Redemption>;
  grants: Grant[];
  invitations: Invitation[];
  verifications: Record<string, Verification>; // by id
  results: QueuedResult[]; // ascending procId
  orders: Order[]; // ascending id
  prices: Record<string, PriceEntry>; // by tld
  promos: Promo[];
  premium: Record<string, PremiumName>; // by domain name
  outbox: OutboxMail[]; // ascending id (served newest first)
  faults: Fault[];
  /** Options that change the wire behaviour, e.g. padded TXT in dns-zone-get. */
  flags: { padTxt: boolean };
  /** Free space for areas (B, C) to keep their own JSON data without changing this type. */
  ext: Record<string, unknown>;
}
