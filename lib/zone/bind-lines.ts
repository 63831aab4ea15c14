/**
 * The line structure of a BIND zone file (RFC 1035 §5.1) before its records are read by dns-zonefile: comments cut
 * off outside quotes, parenthesised records joined into one line, the owner of a line that starts with a blank
 * taken from the line before, TTLs with units (`1h`, `2d`) in seconds. dns-zonefile itself only joins the SOA's
 * parentheses and gives an ownerless line the owner of the previous record of the same type, so each record is
 * handed to it on its own, written out in full.
 */

/** The comment the BIND export writes for records that only Joker.com has (URL, FRAME, MAILFW, DYNA, DYNAAAA). */
export const JOKER_COMMENT = '; joker: ';

export type BindLine =
  | { kind: 'record'; line: number; text: string; owner: string; ttl?: number; type: string; rdata: string; klass: string }
  | { kind: 'joker'; line: number; text: string }
  | { kind: 'directive'; line: number; text: string; name: string; value: string }
  | { kind: 'bad'; line: number; text: string; reason: string };

const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** `3600`, `1h`, `1h30m` → seconds; undefined when it is not a TTL. */
export function bindTtl(text: string): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text);
  if (!/^([0-9]+[smhdw])+$/i.test(text)) return undefined;
  let total = 0;
  for (const [, n, u] of text.toLowerCase().matchAll(/([0-9]+)([smhdw])/g)) total += Number(n) * (UNIT[u as string] ?? 0);
  return total;
}

/** Splits on blanks outside double quotes; quotes stay on the words. */
export function words(text: string): string[] {
  return text.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
}

/** The text before a `;` that is outside quotes, and the depth change of its parentheses. */
function cut(raw: string): { text: string; open: number } {
  let quoted = false;
  let open = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\') i++;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') return { text: raw.slice(0, i), open };
    else if (!quoted && ch === '(') open++;
    else if (!quoted && ch === ')') open--;
  }
  return { text: raw, open };
}

const CLASSES = new Set(['IN', 'CH', 'HS', 'CS']);

function record(line: number, text: string, previousOwner: string): BindLine {
  const startsBlank = /^\s/.test(text);
  const parts = words(text.replace(/[()]/g, ' '));
  const owner = startsBlank ? previousOwner : (parts.shift() ?? '');
  if (!owner) return { kind: 'bad', line, text: text.trim(), reason: 'the record has no owner name' };
  let ttl: number | undefined;
  let klass = 'IN';
  // [<TTL>] [<class>] or [<class>] [<TTL>] before the type.
  for (let k = 0; k < 2 && parts.length > 0; k++) {
    const head = parts[0] as string;
    if (ttl === undefined && bindTtl(head) !== undefined) ttl = bindTtl(parts.shift() as string);
    else if (CLASSES.has(head.toUpperCase())) klass = (parts.shift() as string).toUpperCase();
  }
  const type = parts.shift()?.toUpperCase();
  if (!type) return { kind: 'bad', line, text: text.trim(), reason: 'the record has no type' };
  return { kind: 'record', line, text: text.trim(), owner, ...(ttl !== undefined ? { ttl } : {}), type, rdata: parts.join(' '), klass };
}

/** The zone file as logical lines, each with the number of the line it starts on. */
export function bindLines(text: string): BindLine[] {
  const out: BindLine[] = [];
  const raw = text.split(/\r\n|\n|\r/);
  let owner = '';
  for (let i = 0; i < raw.length; i++) {
    const first = raw[i] as string;
    const lineNo = i + 1;
    if (first.trimStart().startsWith(JOKER_COMMENT.trim())) {
      out.push({ kind: 'joker', line: lineNo, text: first.trimStart().slice(JOKER_COMMENT.trim().length).trim() });
      continue;
    }
    let { text: body, open } = cut(first);
    while (open > 0 && i + 1 < raw.length) {
      const next = cut(raw[++i] as string);
      body += ` ${next.text}`;
      open += next.open;
    }
    if (body.trim() === '') continue;
    if (body.startsWith('$')) {
      const [name = '', ...rest] = words(body.trim());
      out.push({ kind: 'directive', line: lineNo, text: body.trim(), name: name.toUpperCase(), value: rest.join(' ') });
      continue;
    }
    const parsed = record(lineNo, body, owner);
    if (parsed.kind === 'record') owner = parsed.owner;
    out.push(parsed);
  }
  return out;
}
