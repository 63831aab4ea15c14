/**
 * The DMAPI client: the one door between the panel and Joker.com.
 *
 *   const transport = createTransport({ baseUrl: 'https://dmapi.ote.joker.com' });
 *   const client = new DmapiClient({ transport, credential: { apiKey } });
 *   const rows = await queryDomainList(client, { showstatus: true });
 *
 * Every request function takes the client first and a zod-validated input; the schemas are exported for forms.
 */
import 'server-only';
export { createTransport, encodeForm, toFormParams, DEFAULT_TIMEOUT_MS, USER_AGENT } from './transport';
export type { Transport, TransportOptions, CallOptions, DmapiResponse, DmapiLogEntry, Params, ParamValue } from './transport';
export { login, logoutSession, sessionFromReply } from './session';
export type { Credential, UserAccess, DmapiSession } from './session';
export { DmapiClient } from './client';
export type { DmapiClientOptions, ClientCallOptions } from './client';
export { BrandedError, DmapiError, DmapiAuthError, DmapiTransportError } from './errors';
export type { DmapiErrorDetails, TransportFailure } from './errors';
export { redactText, redactParams, REDACTED } from './redact';
export { parseReply, header, headerAll, parseTable, parseKeyValues, parseAmount, isSuccessCode, ReplyFormatError } from './parse';
export { parseDmapiDate } from '@/lib/dates/dmapi-date';
export type { DmapiReply, Table } from './parse';

export type { QueuedResult, WriteResult } from './requests/common';
export * from './requests/account';
export * from './requests/domain-list';
export * from './requests/domains';
export * from './requests/domain-properties';
export * from './requests/transfers';
export * from './requests/contacts';
export * from './requests/hosts';
export * from './requests/zones';
export * from './requests/grants';
export * from './requests/verification';
export * from './requests/other';
export * from './requests/session-info';
export * from './requests/restore';
export * from './requests/transfer-trivial';
export * from './requests/tld-info';
export * from './requests/verification-status';
export * from './requests/price-list';
export * from './requests/v2-contact';
export * from './requests/public-whois';
