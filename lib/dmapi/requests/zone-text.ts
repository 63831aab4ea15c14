/**
 * A light reading of dns-zone-get bodies: the `$dnssec` / `$dyndns` directives and one record per line. The full
 * zone model (validation, serialisation) lives in lib/zone; this client only needs enough to hand typed data back.
 */

export interface ZoneRecordLine {
  label: string;
  type: string;
  /** `10` for MX, `10/100` for SRV/NAPTR, `0` otherwise. */
  priority: string;
  /** Unquoted. TXT comes back padded from the live server (`"tok "`); the padding is removed. */
  target: string;
  ttl: number | undefined;
  /** valid-from, valid-to and record parameters (NAPTR, MAILFW, FRAME, URL), unquoted. */
  extra: string[];
  /** The line as received. */
  raw: string;
}

export interface ZoneText {
  dnssec: boolean;
  dyndns: { enabled: boolean; username?: string; password?: string };
  records: ZoneRecordLine[];
}

interface Token {
  value: string;
  quoted: boolean;
}

/** Split at blanks, keeping double-quoted strings (with `\"` escapes) as one token. */
export function tokenizeZoneLine(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '"') {
      let value = '';
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length) i++;
        value += line[i];
        i++;
      }
      i++;
      tokens.push({ value, quoted: true });
      continue;
    }
    let j = i;
    while (j < line.length && line[j] !== ' ' && line[j] !== '\t') j++;
    tokens.push({ value: line.slice(i, j), quoted: false });
    i = j;
  }
  return tokens;
}

/** The live server returns `x TXT 0 "tok" 3600` as `x TXT 0  "tok " 3600`: drop that one padding blank. */
function unpadTxt(value: string): string {
  return value.endsWith(' ') ? value.slice(0, -1) : value;
}

export function parseZoneText(text: string): ZoneText {
  const out: ZoneText = { dnssec: false, dyndns: { enabled: false }, records: [] };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    // Lines starting with # and empty lines are ignored by the server, so by us too.
    if (line === '' || line.startsWith('#')) continue;
    const directive = /^\$(dnssec|dyndns)=(.*)$/i.exec(line);
    if (directive) {
      const value = (directive[2] as string).trim();
      if ((directive[1] as string).toLowerCase() === 'dnssec') out.dnssec = value.toLowerCase() === 'yes';
      else {
        const [flag, username, password] = value.split(':');
        out.dyndns = { enabled: flag?.toLowerCase() === 'yes' };
        if (username) out.dyndns.username = username;
        if (password) out.dyndns.password = password;
      }
      continue;
    }
    const t = tokenizeZoneLine(line);
    if (t.length < 4) continue;
    const type = (t[1] as Token).value.toUpperCase();
    // CAA carries its tag and value as two tokens: `caa CAA 0 issue "letsencrypt.org" 86400`.
    const targetTokens = type === 'CAA' && t.length >= 5 ? 2 : 1;
    const targetParts = t.slice(3, 3 + targetTokens);
    let target = targetParts.map((p) => p.value).join(' ');
    if (type === 'TXT' && targetParts[0]?.quoted) target = unpadTxt(target);
    const ttlToken = t[3 + targetTokens];
    const ttl = ttlToken && /^\d+$/.test(ttlToken.value) ? Number(ttlToken.value) : undefined;
    out.records.push({
      label: (t[0] as Token).value,
      type,
      priority: (t[2] as Token).value,
      target,
      ttl,
      extra: t.slice(4 + targetTokens).map((p) => p.value),
      raw: rawLine,
    });
  }
  return out;
}
