/**
 * Replies exactly as the live DMAPI writes them (docs/dmapi-notes.md, "Replies"): `Name: value` header lines (one space after the
 * colon, an empty value keeps its trailing space), ONE empty line that is there even with an empty body, then the
 * body. Line ends are `\n`. Whether the body ends in `\n` is up to each request (query-domain-list: no; login: yes),
 * so the builder never adds or strips one.
 */
export interface Reply {
  httpStatus: number;
  headers: Array<[string, string]>;
  body: string;
  /** Extra HTTP headers (e.g. Set-Cookie on login, Content-Disposition for csv). */
  httpHeaders?: Record<string, string>;
  /** When true, `body` is sent as-is with no DMAPI header block (query-order-list csv=1). */
  raw?: boolean;
}

export const CONTENT_TYPE = 'text/plain; charset=utf-8';

/** EPP-style codes the DMAPI uses, with the Status-Text the sandbox gives them. */
export const STATUS = {
  ok: [0, 'Command completed successfully'],
  ok1000: [1000, 'OK'],
  /** Status-Code 0 with the text `OK` (logout, as Joker's clients expect). */
  okText: [0, 'OK'],
  unimplemented: [2101, 'Unimplemented command'],
  missing: [2003, 'Required parameter missing'],
  syntax: [2005, 'Parameter value syntax error'],
  range: [2004, 'Parameter value range error'],
  policy: [2306, 'Parameter value policy error'],
  auth: [2200, 'Authentication error'],
  authorization: [2202, 'Authorization error'],
  exists: [2302, 'Object exists'],
  notExists: [2303, 'Object does not exist'],
  statusProhibits: [2304, 'Object status prohibits operation'],
  association: [2305, 'Object association prohibits operation'],
  billing: [2104, 'Billing failure'],
  failed: [2400, 'Command failed'],
} as const satisfies Record<string, readonly [number, string]>;

export type StatusName = keyof typeof STATUS;

export function serializeReply(reply: Reply): string {
  if (reply.raw) return reply.body;
  let out = '';
  for (const [name, value] of reply.headers) out += `${name}: ${value}\n`;
  return `${out}\n${reply.body}`;
}

/** Joins lines into a body that ends in `\n` (or '' for no lines): the common DMAPI body form. */
export function linesBody(lines: readonly string[]): string {
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Joins lines WITHOUT a trailing newline (query-domain-list and the other plain lists). */
export function listBody(lines: readonly string[]): string {
  return lines.join('\n');
}
