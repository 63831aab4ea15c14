/**
 * Pure parser for DMAPI replies (no I/O, no Node APIs): header block, empty line, body (docs/dmapi-notes.md, "Replies").
 * Dates are read by lib/dates/dmapi-date.ts, the one date reader of the panel.
 */

/** A parsed reply. Header names are lower-cased (DMAPI names are case-insensitive); repeated names keep every value. */
export interface DmapiReply {
  headers: Record<string, string[]>;
  body: string;
}

export type ReplyFormatProblem = 'empty' | 'not-dmapi' | 'truncated';

export class ReplyFormatError extends Error {
  constructor(
    readonly problem: ReplyFormatProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ReplyFormatError';
  }
}

// `Name: value`; the value may be empty (an empty header keeps its trailing space on the wire).
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9_.-]*):[ \t]?(.*)$/;

/**
 * Split a reply into headers and body. Throws ReplyFormatError for an empty text, for text that is not a DMAPI
 * header block (an HTML page from a proxy) and for a header block without its terminating empty line (truncated).
 */
export function parseReply(text: string): DmapiReply {
  if (text.trim() === '') throw new ReplyFormatError('empty', 'empty reply');
  const normalised = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const end = normalised.indexOf('\n\n');
  // No empty line: a reply cut short inside its header block (if it starts like one), else something else entirely.
  if (end === -1) {
    const firstLine = normalised.slice(0, normalised.indexOf('\n') === -1 ? undefined : normalised.indexOf('\n'));
    if (HEADER_LINE.test(firstLine)) throw new ReplyFormatError('truncated', 'reply ends inside the header block');
    throw new ReplyFormatError('not-dmapi', `not a DMAPI reply: ${firstLine.slice(0, 60)}`);
  }
  const head = normalised.slice(0, end);
  const headers: Record<string, string[]> = {};
  for (const line of head.split('\n')) {
    if (line === '') continue;
    const m = HEADER_LINE.exec(line);
    if (!m) throw new ReplyFormatError('not-dmapi', `not a DMAPI header line: ${line.slice(0, 60)}`);
    const name = (m[1] as string).toLowerCase();
    const value = (m[2] as string).trimEnd();
    const list = headers[name];
    if (list) list.push(value);
    else headers[name] = [value];
  }
  if (!headers['status-code']) throw new ReplyFormatError('not-dmapi', 'reply has no Status-Code header');
  return { headers, body: normalised.slice(end + 2) };
}

/** First value of a header (case-insensitive name). */
export function header(reply: DmapiReply, name: string): string | undefined {
  return reply.headers[name.toLowerCase()]?.[0];
}

/** Every value of a repeated header such as `Error` or `Warning`. */
export function headerAll(reply: DmapiReply, name: string): string[] {
  return reply.headers[name.toLowerCase()] ?? [];
}

export function statusCodeOf(reply: DmapiReply): number {
  const raw = header(reply, 'Status-Code') ?? '';
  const n = Number.parseInt(raw, 10);
  return Number.isNaN(n) ? -1 : n;
}

/** Success is Status-Code 0, or anything from 1000 to 1999 (DMAPI documentation; domain-check and newer requests answer 1000). */
export function isSuccessCode(code: number): boolean {
  return code === 0 || (code >= 1000 && code <= 1999);
}

/** Body lines without the trailing empty line; an empty body (e.g. an empty domain list) gives no lines. */
export function bodyLines(body: string): string[] {
  if (body === '') return [];
  const lines = body.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export interface Table {
  columns: string[];
  rows: string[][];
}

const WHITESPACE_RUN = /[ \t]+/;

/**
 * Split a list body into rows. `Separator: TAB` splits on single tabs (empty cells kept); the default SPACE splits on
 * runs of blanks, as Joker's own Perl sample does. Cells are kept raw: `-` (missing) is mapped by the caller.
 */
export function parseTable(reply: DmapiReply, fallbackColumns: readonly string[] = []): Table {
  const declared = header(reply, 'Columns');
  const columns = declared ? declared.split(',').map((c) => c.trim()) : [...fallbackColumns];
  const tab = (header(reply, 'Separator') ?? 'SPACE').toUpperCase() === 'TAB';
  const lines = bodyLines(reply.body);
  const rows: string[][] = new Array(lines.length);
  let n = 0;
  for (const line of lines) {
    if (line === '') continue;
    rows[n++] = tab ? line.split('\t') : line.trim().split(WHITESPACE_RUN);
  }
  rows.length = n;
  return { columns, rows };
}

/** `-` marks a missing value in DMAPI lists. */
export function cell(value: string | undefined): string | undefined {
  return value === undefined || value === '-' || value === '' ? undefined : value;
}

/** `key: value` body lines; repeated keys (query-whois nameservers) keep every value, keys lower-cased. */
export function parseKeyValues(body: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const line of bodyLines(body)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const list = out[key];
    if (list) list.push(value);
    else out[key] = [value];
  }
  return out;
}

/** `Records: N` from result-list count-only (in the body, or as a header on some servers). */
export function parseRecordCount(reply: DmapiReply): number | undefined {
  const raw = parseKeyValues(reply.body)['records']?.[0] ?? header(reply, 'Records');
  if (raw === undefined) return undefined;
  const n = Number.parseInt(raw, 10);
  return Number.isNaN(n) ? undefined : n;
}

/** A money or number cell: undefined for `-`/empty/unreadable; accepts a comma decimal separator. */
export function parseAmount(value: string | undefined): number | undefined {
  const v = cell(value?.trim());
  if (v === undefined) return undefined;
  const n = Number(v.includes(',') && !v.includes('.') ? v.replace(',', '.') : v);
  return Number.isFinite(n) ? n : undefined;
}

/** Comma-joined lists such as `production,autorenew`; `-` or empty gives []. */
export function parseList(value: string | undefined): string[] {
  const v = cell(value);
  if (v === undefined) return [];
  return v.split(',').map((s) => s.trim()).filter((s) => s !== '');
}
