import type { ListWire } from './scan';

/**
 * The text GET /api/domains sends: one JSON line with the list's metadata, the query-domain-list body exactly as the
 * DMAPI sent it (streamed through), then a trailer line starting with RS (U+001E) holding the Unicode names of the
 * IDNs, which are only known once the whole body has passed. Body lines never start with RS.
 */
export const TRAILER_MARK = '\n\u001e';

export type ListMeta = Omit<ListWire, 'body' | 'unicode'>;

export function metaLine(meta: ListMeta): string {
  return `${JSON.stringify(meta)}\n`;
}

export function trailerLine(unicode: Record<string, string>): string {
  return `${TRAILER_MARK}${JSON.stringify({ unicode })}`;
}

export function wireToText(wire: ListWire): string {
  const { body, unicode, ...meta } = wire;
  return `${metaLine(meta)}${body}${trailerLine(unicode)}`;
}

export function wireFromText(text: string): ListWire {
  const nl = text.indexOf('\n');
  const trailerAt = text.lastIndexOf(TRAILER_MARK);
  if (nl === -1 || trailerAt < nl) throw new Error('The domain list answer was not understood (incomplete).');
  const meta = JSON.parse(text.slice(0, nl)) as ListMeta;
  if (meta.v !== 2 || !Array.isArray(meta.columns)) throw new Error('The domain list answer was not understood.');
  const trailer = JSON.parse(text.slice(trailerAt + TRAILER_MARK.length)) as { unicode?: Record<string, string> };
  return { ...meta, unicode: trailer.unicode ?? {}, body: text.slice(nl + 1, Math.max(nl + 1, trailerAt)) };
}
