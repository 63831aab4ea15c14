/** One whitespace-separated field of a zone line. */
export interface Token {
  /** Raw text; for a quoted token the text between the quotes, escapes untouched. */
  text: string;
  quoted: boolean;
  /** Number of blanks before the token: the live server's padded TXT form has two (`0  "tok "`). */
  gap: number;
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; message: string };

/**
 * Splits a zone line into fields. A field is either a run of non-blank characters or a double-quoted string in
 * which a backslash escapes the next character (FRAME headers carry `\n`, values may carry `\"`). A quote must be
 * followed by a blank or the end of the line.
 */
export function tokenizeLine(line: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const start = i;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i >= line.length) break;
    const gap = i - start;
    if (line[i] === '"') {
      i++;
      let text = '';
      let closed = false;
      while (i < line.length) {
        const ch = line[i] as string;
        if (ch === '\\' && i + 1 < line.length) {
          text += ch + (line[i + 1] as string);
          i += 2;
          continue;
        }
        if (ch === '"') {
          closed = true;
          i++;
          break;
        }
        text += ch;
        i++;
      }
      if (!closed) return { ok: false, message: 'unterminated quoted string' };
      if (i < line.length && line[i] !== ' ' && line[i] !== '\t') {
        return { ok: false, message: 'missing blank after closing quote' };
      }
      tokens.push({ text, quoted: true, gap });
    } else {
      let text = '';
      while (i < line.length && line[i] !== ' ' && line[i] !== '\t') {
        if (line[i] === '"') return { ok: false, message: 'quote inside an unquoted field' };
        text += line[i];
        i++;
      }
      tokens.push({ text, quoted: false, gap });
    }
  }
  return { ok: true, tokens };
}

/** Quotes a raw value for the zone text; the raw text is written as is (its escapes are already in place). */
export function quote(raw: string): string {
  return `"${raw}"`;
}

/** Turns user text into a raw quoted-field value: backslashes and quotes escaped, newlines as `\n`. */
export function escapeZoneString(plain: string): string {
  return plain.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n');
}

/** The inverse of escapeZoneString, for showing a raw value to a person. */
export function unescapeZoneString(raw: string): string {
  return raw.replace(/\\(.)/g, (_m, ch: string) => (ch === 'n' ? '\n' : ch));
}
